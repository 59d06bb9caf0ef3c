import { useQueries, useQuery } from "@tanstack/react-query";
import { Card, Space, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { useNavigate } from "react-router";
import { EmptyState } from "@/components/EmptyState";
import { PageHeader } from "@/components/PageHeader";
import { personnelApi } from "@/features/personnel/api";
import { useFormat } from "@/lib/format";
import { usePt } from "@/features/personnel/messages";
import type { ChangeRequest } from "@/features/personnel/types";
import { useI18n } from "@/lib/i18n";
import { useAt } from "./messages";
import { useUnitNames } from "./units";

/** Kiểm duyệt: change requests waiting in the leader's scope, newest first. */
export function ApprovalsPage() {
  const at = useAt();
  const pt = usePt();
  const { t } = useI18n();
  const f = useFormat();
  const navigate = useNavigate();
  const [page, setPage] = useState(1);
  const list = useQuery({
    queryKey: ["approvals", page],
    queryFn: () => personnelApi.changeRequests({ state: "submitted", page, size: 20 }),
  });
  const items = list.data?.items ?? [];
  const unitName = useUnitNames(items.map((r) => r.unit_id));
  // A change started from an older version can no longer be approved: flag it in the list already.
  const versions = useQueries({
    queries: items
      .filter((r) => r.kind === "update")
      .map((r) => ({ queryKey: ["versions", r.person_id], queryFn: () => personnelApi.versions(r.person_id), staleTime: 30_000 })),
  });
  const updates = items.filter((r) => r.kind === "update");
  const current = new Map(updates.map((r, i) => [r.person_id, Math.max(0, ...(versions[i]?.data ?? []).map((v) => v.version))]));
  const stale = (r: ChangeRequest) => r.kind === "update" && (current.get(r.person_id) ?? r.base_version) !== r.base_version && !!current.get(r.person_id);

  return (
    <>
      <PageHeader title={at("a.title")} />
      <Card size="small">
        <Typography.Paragraph type="secondary">{at("a.hint")}</Typography.Paragraph>
        <Table<ChangeRequest>
          data-testid="approvals-table"
          size="middle"
          rowKey="id"
          loading={list.isFetching}
          dataSource={items}
          scroll={{ x: "max-content" }}
          locale={{ emptyText: <EmptyState description={at("a.empty")} /> }}
          onRow={(r) => ({ onClick: () => navigate(`/approvals/${r.id}`), style: { cursor: "pointer" } })}
          pagination={{ current: page, pageSize: 20, total: list.data?.total ?? 0, onChange: setPage, showTotal: (n) => t("app.total", { n: f.number(n) }) }}
          columns={[
            { title: at("a.person"), key: "name", render: (_, r) => <Typography.Link>{f.name(r.profile.identity?.full_name)}</Typography.Link> },
            { title: at("a.kind"), dataIndex: "kind", render: (k: string) => <Tag color={k === "create" ? "blue" : "default"}>{pt(k === "create" ? "cr.create" : "cr.update")}</Tag> },
            { title: at("a.unit"), dataIndex: "unit_id", render: unitName },
            { title: at("a.submittedBy"), dataIndex: "submitted_by" },
            { title: at("a.submittedAt"), dataIndex: "submitted_at", render: f.date },
            {
              title: at("a.flags"),
              key: "flags",
              render: (_, r) => (
                <Space size={4} wrap>
                  {r.warnings.length > 0 && <Tag color="orange">{at("a.warnings", { n: r.warnings.length })}</Tag>}
                  {stale(r) && <Tag color="red" data-testid="stale-flag">{at("a.stale")}</Tag>}
                </Space>
              ),
            },
          ]}
        />
      </Card>
    </>
  );
}
