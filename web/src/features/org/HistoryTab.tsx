import { Table, Tag } from "antd";
import { EmptyState } from "@/components/EmptyState";
import { useFormat } from "@/lib/format";
import type { Change, UnitDetail } from "./api";
import { orgMessages, useOrgText, type OrgText } from "./messages";

const KIND_COLOR: Record<string, string> = {
  create: "green",
  rename: "blue",
  update: "cyan",
  move: "purple",
  dissolve: "red",
  merge: "orange",
  split: "gold",
};

function kindLabel(tr: OrgText, kind: string): string {
  const key = `kind.${kind}`;
  return key in orgMessages ? tr(key as keyof typeof orgMessages) : kind;
}

/** A short sentence of what changed, from the change's detail (before/after, from/to parent, sources). */
function describe(tr: OrgText, c: Change): string {
  const d = c.detail as Record<string, unknown>;
  if (c.kind === "move" && d.to_parent_id) return tr("movedFromTo", { from: String(d.from_parent_id ?? "—"), to: String(d.to_parent_id) });
  const before = d.before as Record<string, unknown> | undefined;
  const after = d.after as Record<string, unknown> | undefined;
  if (c.kind === "rename" && before && after) return tr("renamedFromTo", { from: String(before.name ?? ""), to: String(after.name ?? "") });
  if ((c.kind === "merge" || c.kind === "split") && Array.isArray(d.sources))
    return `${(d.sources as string[]).join(", ")} → ${((d.targets as string[] | undefined) ?? []).join(", ")}`;
  if (c.kind === "create" && d.parent_id) return `${tr("parent")}: ${String(d.parent_id)}`;
  if (typeof d.note === "string") return d.note;
  return "";
}

/** Every dated change of the unit with its decision, newest first. */
export function HistoryTab({ unit }: { unit: UnitDetail }) {
  const tr = useOrgText();
  const f = useFormat();
  const rows = [...unit.history].sort((a, b) => b.effective_on.localeCompare(a.effective_on));
  return (
    <Table<Change>
      data-testid="unit-history"
      size="small"
      rowKey="id"
      dataSource={rows}
      pagination={false}
      scroll={{ x: "max-content" }}
      locale={{ emptyText: <EmptyState description={tr("historyEmpty")} /> }}
      columns={[
        { title: tr("effectiveOn"), dataIndex: "effective_on", render: f.date, width: 110 },
        { title: tr("changeKind"), dataIndex: "kind", render: (k: string) => <Tag color={KIND_COLOR[k]}>{kindLabel(tr, k)}</Tag> },
        { title: "", key: "what", render: (_, c) => describe(tr, c) },
        { title: tr("decisionNumber"), dataIndex: "decision_number" },
        { title: tr("decisionDate"), dataIndex: "decision_date", render: f.date },
        { title: tr("signer"), dataIndex: "signer" },
      ]}
    />
  );
}
