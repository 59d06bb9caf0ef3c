import { useQuery } from "@tanstack/react-query";
import { Button, Table, Typography } from "antd";
import { useMemo } from "react";
import { personnelApi } from "./api";
import type { CatalogIndex } from "./catalogs";
import { dayInVietnam, useFormat } from "@/lib/format";
import { useDt, useLabel } from "./messages";
import { useFormatValue } from "./profile/display";
import { fieldAt } from "./profile/spec";
import type { FieldEvent, StatusEvent, VersionInfo } from "./types";

/** "Field › label" of a service path, e.g. training[1].institution -> "Trình độ - đào tạo › Cơ sở đào tạo (dòng 2)". */
export function useFieldName(): (path: string) => string {
  const label = useLabel();
  return (path) => {
    const found = fieldAt(path);
    if (!found) return path;
    const row = /\[(\d+)\]|\.(\d+)\./.exec(path);
    const n = row ? Number(row[1] ?? row[2]) + 1 : null;
    const part = found.part.type === "table" ? label(found.part.title) : label(found.tab.label);
    return `${part} › ${label(found.field.label)}${n ? ` (${n})` : ""}`;
  };
}

/** Lịch sử thay đổi: the approved versions (who, when, which decision), each field's history, status events. */
export function HistoryTab({ personId, catalogs, onViewAsOf }: { personId: string; catalogs: CatalogIndex; onViewAsOf: (date: string) => void }) {
  const dt = useDt();
  const fieldName = useFieldName();
  const format = useFormatValue(catalogs);
  const f = useFormat();
  const versions = useQuery({ queryKey: ["versions", personId], queryFn: () => personnelApi.versions(personId) });
  const fields = useQuery({ queryKey: ["field-history", personId], queryFn: () => personnelApi.fieldHistory(personId) });
  const statuses = useQuery({ queryKey: ["status-events", personId], queryFn: () => personnelApi.statusEvents(personId) });
  const fieldRows = useMemo(
    () =>
      Object.entries(fields.data ?? {})
        .flatMap(([path, events]) => events.map((e) => ({ ...e, path, key: `${path}-${e.version}` })))
        .filter((r) => r.version > 1) // version 1 is the record's creation: every field "changed"
        .sort((a, b) => b.version - a.version || a.path.localeCompare(b.path)),
    [fields.data],
  );
  const show = (path: string, v: unknown) => format(fieldAt(path)?.field ?? null, v) || "—";

  return (
    <>
      <Typography.Title level={5}>{dt("h.versions")}</Typography.Title>
      <Table<VersionInfo>
        size="small"
        rowKey="version"
        loading={versions.isLoading}
        dataSource={[...(versions.data ?? [])].reverse()}
        pagination={false}
        style={{ marginBottom: 20 }}
        columns={[
          { title: dt("d.version"), dataIndex: "version", width: 90, align: "center" },
          { title: dt("h.when"), dataIndex: "approved_at", render: f.dateTime },
          { title: dt("h.who"), dataIndex: "approved_by" },
          { title: dt("h.submittedBy"), dataIndex: "submitted_by" },
          { title: dt("h.decision"), key: "decision", render: (_, v) => [v.decision_number, f.date(v.decision_signed_on)].filter(Boolean).join(" · ") },
          { title: "", key: "view", render: (_, v) => <Button size="small" onClick={() => onViewAsOf(dayInVietnam(v.approved_at))}>{dt("h.view")}</Button> },
        ]}
      />
      <Typography.Title level={5}>{dt("h.fields")}</Typography.Title>
      <Table<FieldEvent & { path: string; key: string }>
        size="small"
        rowKey="key"
        loading={fields.isLoading}
        dataSource={fieldRows}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        style={{ marginBottom: 20 }}
        columns={[
          { title: dt("h.field"), dataIndex: "path", render: fieldName },
          { title: dt("h.old"), key: "old", render: (_, r) => show(r.path, r.old) },
          { title: dt("h.new"), key: "new", render: (_, r) => <Typography.Text strong>{show(r.path, r.new)}</Typography.Text> },
          { title: dt("h.who"), dataIndex: "changed_by" },
          { title: dt("h.when"), dataIndex: "changed_at", render: f.dateTime },
          { title: dt("h.decision"), dataIndex: "decision_number" },
        ]}
      />
      <Typography.Title level={5}>{dt("h.status")}</Typography.Title>
      <Table<StatusEvent>
        size="small"
        rowKey="id"
        loading={statuses.isLoading}
        dataSource={statuses.data ?? []}
        pagination={false}
        columns={[
          { title: dt("h.effectiveOn"), dataIndex: "effective_on", render: f.date },
          { title: "", dataIndex: "status", render: (v: string) => catalogs.label("employment_status", v) },
          { title: dt("h.leavingForm"), dataIndex: "leaving_form", render: (v: string) => catalogs.label("leaving_service_forms", v) },
          { title: dt("h.reason"), dataIndex: "reason" },
          { title: dt("h.decision"), dataIndex: "decision_number" },
          { title: dt("h.who"), dataIndex: "recorded_by" },
        ]}
      />
    </>
  );
}
