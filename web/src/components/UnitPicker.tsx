import { TreeSelect } from "antd";
import { useEffect, useMemo, useState } from "react";
import { useI18n } from "@/lib/i18n";
import { matches } from "@/lib/text";
import { useUnitScope } from "@/lib/unitScope";
import { fetchChildUnits, unitLabel, type Unit } from "@/lib/units";

interface Node {
  id: string;
  pId: string | null;
  value: string;
  title: string;
  isLeaf: boolean;
}

function toNode(u: Unit, parent: string | null): Node {
  return { id: u.unit_id, pId: parent, value: u.unit_id, title: unitLabel(u), isLeaf: u.has_children === false };
}

/** Chooses the unit the screens look at; offers only the account's subtree, loaded level by level. */
export function UnitPicker({ width = 300 }: { width?: number | string }) {
  const { roots, selected, select, rootsLoading } = useUnitScope();
  const { t } = useI18n();
  const [nodes, setNodes] = useState<Node[]>([]);

  useEffect(() => {
    setNodes(roots.map((u) => toNode(u, null)));
  }, [roots]);

  const treeData = useMemo(() => {
    // The chosen unit may be deep in the tree and not loaded yet: show its name anyway.
    if (selected && !nodes.some((n) => n.id === selected.unit_id))
      return [...nodes, { id: selected.unit_id, pId: "__hidden__", value: selected.unit_id, title: selected.name, isLeaf: true }];
    return nodes;
  }, [nodes, selected]);

  const loadData = async (node: { value?: unknown }) => {
    const id = String(node.value);
    if (nodes.some((n) => n.pId === id)) return;
    const children = await fetchChildUnits(id);
    setNodes((prev) => {
      const known = new Set(prev.map((n) => n.id));
      const added = children.filter((c) => !known.has(c.unit_id)).map((c) => toNode(c, id));
      const leafIfEmpty = children.length === 0 ? prev.map((n) => (n.id === id ? { ...n, isLeaf: true } : n)) : prev;
      return [...leafIfEmpty, ...added];
    });
  };

  return (
    <TreeSelect
      data-testid="unit-picker"
      aria-label={t("unit.picker")}
      style={{ width, maxWidth: "100%" }}
      treeDataSimpleMode
      treeData={treeData}
      loadData={loadData}
      value={selected?.unit_id}
      loading={rootsLoading}
      placeholder={t("unit.picker")}
      notFoundContent={t("unit.pickerEmpty")}
      showSearch={{ filterTreeNode: (input, node) => matches(String(node.title ?? ""), input) }}
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { maxHeight: 420, overflow: "auto", minWidth: 320 } } }}
      treeDefaultExpandedKeys={roots.length === 1 ? [roots[0].unit_id] : []}
      onChange={(value: string) => {
        const node = treeData.find((n) => n.value === value);
        if (node) select({ unit_id: node.value, name: node.title });
      }}
    />
  );
}
