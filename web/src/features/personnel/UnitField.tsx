import { TreeSelect } from "antd";
import { useEffect, useState } from "react";
import { matches } from "@/lib/text";
import { useUnitScope } from "@/lib/unitScope";
import { fetchChildUnits, unitLabel } from "@/lib/units";

interface Node {
  id: string;
  pId: string | null;
  value: string;
  title: string;
  isLeaf: boolean;
}

/**
 * A unit of the account's subtree as a form control (the header's unit picker chooses what the screens
 * look at; this one chooses where a new person works). Loaded level by level like the picker.
 */
export function UnitField({ value, onChange, placeholder, testId = "unit-field", allowClear }: {
  value?: string;
  onChange?: (v: string) => void;
  placeholder?: string;
  testId?: string;
  allowClear?: boolean;
}) {
  const { roots, selected } = useUnitScope();
  const [nodes, setNodes] = useState<Node[]>([]);
  useEffect(() => {
    const base = roots.map((u) => ({ id: u.unit_id, pId: null, value: u.unit_id, title: unitLabel(u), isLeaf: u.has_children === false }));
    // The scope's chosen unit may be deep in the tree: offer it at once.
    if (selected && !base.some((n) => n.id === selected.unit_id))
      base.push({ id: selected.unit_id, pId: null, value: selected.unit_id, title: selected.name, isLeaf: false });
    setNodes(base);
  }, [roots, selected]);

  const loadData = async (node: { value?: unknown }) => {
    const id = String(node.value);
    if (nodes.some((n) => n.pId === id)) return;
    const children = await fetchChildUnits(id);
    setNodes((prev) => {
      const known = new Set(prev.map((n) => n.id));
      const added = children
        .filter((c) => !known.has(c.unit_id) && c.active !== false)
        .map((c) => ({ id: c.unit_id, pId: id, value: c.unit_id, title: unitLabel(c), isLeaf: c.has_children === false }));
      return [...(children.length ? prev : prev.map((n) => (n.id === id ? { ...n, isLeaf: true } : n))), ...added];
    });
  };

  return (
    <TreeSelect
      data-testid={testId}
      allowClear={allowClear}
      style={{ width: "100%" }}
      treeDataSimpleMode
      treeData={nodes}
      loadData={loadData}
      value={value}
      onChange={(v: string) => onChange?.(v)}
      placeholder={placeholder}
      showSearch={{ filterTreeNode: (input, node) => matches(String(node.title ?? ""), input) }}
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { maxHeight: 400, overflow: "auto", minWidth: 320 } } }}
    />
  );
}
