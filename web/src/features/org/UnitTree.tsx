import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Card, Input, List, Spin, Tree, Typography } from "antd";
import type { DataNode, EventDataNode } from "antd/es/tree";
import { useCallback, useEffect, useRef, useState, type Key } from "react";
import { EmptyState } from "@/components/EmptyState";
import { useDebounced } from "@/lib/debounce";
import { unitLabel, type Unit } from "@/lib/units";
import { orgApi } from "./api";
import { useOrgText } from "./messages";

interface Node extends DataNode {
  key: string;
  children?: Node[];
}

function toNode(u: Unit): Node {
  return {
    key: u.unit_id,
    title: (
      <span data-unit-id={u.unit_id}>
        {unitLabel(u)} <Typography.Text type="secondary" style={{ fontSize: 12 }}>{u.unit_id}</Typography.Text>
      </span>
    ),
    isLeaf: u.has_children === false,
  };
}

function withChildren(nodes: Node[], key: string, children: Node[]): Node[] {
  return nodes.map((n) =>
    n.key === key
      ? n.children
        ? n // loaded already (two callers raced): keep what is below, expanded levels included
        : { ...n, children, isLeaf: children.length === 0 }
      : n.children
        ? { ...n, children: withChildren(n.children, key, children) }
        : n,
  );
}

function find(nodes: Node[], key: string): Node | undefined {
  for (const n of nodes) {
    if (n.key === key) return n;
    const inner = n.children && find(n.children, key);
    if (inner) return inner;
  }
  return undefined;
}

/**
 * The account's part of the tree on a date, loaded one level at a time, with a search box (diacritics
 * optional, the service folds them). `expandPath` (root .. parent of the selected unit) opens the
 * branches leading to a unit chosen elsewhere, e.g. from the search results.
 */
export function UnitTree({ asOf, selectedId, expandPath, onSelect }: {
  asOf: string | null;
  selectedId: string | null;
  expandPath: string[];
  onSelect: (unitId: string) => void;
}) {
  const tr = useOrgText();
  const [text, setText] = useState("");
  const q = useDebounced(text.trim(), 300);
  const [nodes, setNodes] = useState<Node[]>([]);
  const [expanded, setExpanded] = useState<Key[]>([]);
  const nodesRef = useRef(nodes);
  nodesRef.current = nodes;

  const roots = useQuery({ queryKey: ["org", "roots", asOf], queryFn: () => orgApi.roots(asOf) });
  useEffect(() => {
    const list = roots.data ?? [];
    setNodes(list.map(toNode));
    setExpanded(list.length === 1 ? [list[0].unit_id] : []);
  }, [roots.data]);

  const load = useCallback(
    async (key: string): Promise<string[]> => {
      const known = find(nodesRef.current, key);
      if (known?.children) return known.children.map((c) => c.key);
      const kids = await orgApi.children(key, asOf);
      setNodes((prev) => withChildren(prev, key, kids.map(toNode)));
      return kids.map((k) => k.unit_id);
    },
    [asOf],
  );

  // Open the branches down to the chosen unit, level by level (each level is loaded on demand).
  const pathKey = expandPath.join("/");
  useEffect(() => {
    if (!pathKey || !nodes.length) return;
    let cancelled = false;
    (async () => {
      let reachable = new Set(nodesRef.current.map((n) => n.key));
      for (const id of expandPath) {
        if (cancelled || !reachable.has(id)) return;
        reachable = new Set(await load(id));
        setExpanded((prev) => (prev.includes(id) ? prev : [...prev, id]));
      }
    })();
    return () => {
      cancelled = true;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pathKey, nodes.length > 0, load]);

  const hits = useQuery({
    queryKey: ["org", "search", q],
    queryFn: ({ signal }) => orgApi.search(q, signal),
    enabled: q.length >= 2,
    staleTime: 30_000,
    // The units found for the previous text stay while the next ones load: none vanish under the pointer.
    placeholderData: keepPreviousData,
  });

  const searching = q.length >= 2;
  // The tree scrolls inside its card: as tall as the window allows, so the page itself barely scrolls.
  const height = Math.max(280, window.innerHeight - (asOf ? 380 : 330));
  return (
    <Card size="small" title={tr("tree")} data-testid="org-tree" styles={{ body: { padding: 8 } }}>
      <Input.Search
        allowClear
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder={tr("searchPlaceholder")}
        aria-label={tr("searchPlaceholder")}
        data-testid="org-search"
        loading={hits.isFetching}
        style={{ marginBottom: 8 }}
      />
      {searching ? (
        <List
          data-testid="org-search-results"
          size="small"
          loading={hits.isLoading}
          locale={{ emptyText: <EmptyState description={tr("searchEmpty")} /> }}
          dataSource={hits.data ?? []}
          style={{ maxHeight: height, overflow: "auto" }}
          renderItem={(h) => (
            <List.Item
              style={{ cursor: "pointer", background: h.unit_id === selectedId ? "#e6f4ff" : undefined }}
              onClick={() => onSelect(h.unit_id)}
            >
              <List.Item.Meta
                title={<span>{h.name} <Typography.Text type="secondary" style={{ fontSize: 12 }}>{h.unit_id}</Typography.Text></span>}
                description={h.path_names.slice(0, -1).join(" › ")}
              />
            </List.Item>
          )}
        />
      ) : roots.isLoading ? (
        <Spin style={{ display: "block", margin: 24 }} />
      ) : nodes.length ? (
        <Tree<Node>
          showLine
          blockNode
          height={height}
          treeData={nodes}
          expandedKeys={expanded}
          onExpand={(keys) => setExpanded(keys)}
          selectedKeys={selectedId ? [selectedId] : []}
          loadData={async (node: EventDataNode<Node>) => void (await load(String(node.key)))}
          onSelect={(_, info) => {
            // Choosing a unit also opens its level, so its sub-units are one click away.
            const key = String(info.node.key);
            if (!info.node.isLeaf && !expanded.includes(key))
              void load(key).then(() => setExpanded((prev) => (prev.includes(key) ? prev : [...prev, key])));
            onSelect(key);
          }}
        />
      ) : (
        <EmptyState />
      )}
    </Card>
  );
}
