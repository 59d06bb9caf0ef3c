import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { TreeSelect } from "antd";
import { useEffect, useMemo, useState } from "react";
import { useDebounced } from "@/lib/debounce";
import { unitLabel, type Unit } from "@/lib/units";
import { orgApi } from "../api";
import { useOrgText } from "../messages";

interface Node {
  id: string;
  pId: string | null;
  value: string;
  title: string;
  isLeaf: boolean;
}

const toNode = (u: Unit, parent: string | null): Node => ({
  id: u.unit_id,
  pId: parent,
  value: u.unit_id,
  title: `${unitLabel(u)} (${u.unit_id})`,
  isLeaf: u.has_children === false,
});

type Value = string | string[] | undefined;

/**
 * A form control choosing one unit (or several with `multiple`) from today's tree: browse level by level,
 * or type part of a name or code (diacritics optional) to search the whole scope. No unit is filtered
 * out here; the service says why a choice is refused (a cycle, a dissolved unit...).
 */
export function UnitField({ value, onChange, multiple, id, known = [], testId }: {
  value?: Value;
  onChange?: (value: Value) => void;
  multiple?: boolean;
  id?: string;
  /** Units that may be preselected, so that their names show before the tree is opened. */
  known?: { unit_id: string; name: string }[];
  testId?: string;
}) {
  const tr = useOrgText();
  const [nodes, setNodes] = useState<Node[]>([]);
  const [search, setSearch] = useState("");
  const [names, setNames] = useState<Record<string, string>>(() =>
    Object.fromEntries(known.map((k) => [k.unit_id, `${k.name} (${k.unit_id})`])),
  );
  const q = useDebounced(search.trim(), 250);
  const roots = useQuery({ queryKey: ["org", "roots", null], queryFn: () => orgApi.roots(null) });
  useEffect(() => setNodes((roots.data ?? []).map((u) => toNode(u, null))), [roots.data]);
  const hits = useQuery({
    queryKey: ["org", "search", q],
    queryFn: ({ signal }) => orgApi.search(q, signal),
    enabled: q.length >= 2,
    staleTime: 30_000,
    // The units found for the previous text stay while the next ones load: none vanish under the pointer.
    placeholderData: keepPreviousData,
  });

  const treeData = useMemo<Node[]>(() => {
    const base: Node[] =
      q.length >= 2
        ? (hits.data ?? []).map((h) => ({
            id: `s:${h.unit_id}`,
            pId: null,
            value: h.unit_id,
            title: `${h.name} (${h.unit_id})${h.path_names.length > 1 ? ` — ${h.path_names.slice(0, -1).join(" › ")}` : ""}`,
            isLeaf: true,
          }))
        : nodes;
    // Chosen units not in the visible list still need their names: hidden entries carry them.
    const chosen = value === undefined ? [] : Array.isArray(value) ? value : [value];
    const extra = chosen
      .filter((v) => !base.some((n) => n.value === v))
      .map((v) => ({ id: `h:${v}`, pId: "__hidden__", value: v, title: names[v] ?? v, isLeaf: true }));
    return [...base, ...extra];
  }, [q, hits.data, nodes, value, names]);

  const loadData = async (node: { value?: unknown }) => {
    const parent = String(node.value);
    if (nodes.some((n) => n.pId === parent)) return;
    const kids = await orgApi.children(parent, null);
    setNodes((prev) => {
      const seen = new Set(prev.map((n) => n.id));
      const marked = kids.length ? prev : prev.map((n) => (n.id === parent ? { ...n, isLeaf: true } : n));
      return [...marked, ...kids.filter((k) => !seen.has(k.unit_id)).map((k) => toNode(k, parent))];
    });
  };

  return (
    <TreeSelect
      id={id}
      data-testid={testId}
      treeDataSimpleMode
      treeData={treeData}
      loadData={q.length >= 2 ? undefined : loadData}
      value={value}
      multiple={multiple}
      allowClear
      placeholder={tr("unitPicker")}
      showSearch={{ searchValue: search, onSearch: setSearch, filterTreeNode: false, autoClearSearchValue: true }}
      notFoundContent={q.length >= 2 && !hits.isFetching ? tr("searchEmpty") : null}
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { maxHeight: 380, overflow: "auto", minWidth: 360 } } }}
      treeDefaultExpandedKeys={roots.data?.length === 1 ? [roots.data[0].unit_id] : []}
      onChange={(v: Value) => {
        const picked = v === undefined ? [] : Array.isArray(v) ? v : [v];
        setNames((prev) => {
          const next = { ...prev };
          for (const p of picked) {
            const n = treeData.find((t) => t.value === p);
            if (n) next[p] = n.title.split(" — ")[0];
          }
          return next;
        });
        setSearch("");
        onChange?.(v);
      }}
    />
  );
}
