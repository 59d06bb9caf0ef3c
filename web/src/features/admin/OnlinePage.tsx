import { useQuery } from "@tanstack/react-query";
import { Alert, Badge, Flex, Table, Typography, type TableColumnsType } from "antd";
import { EmptyState } from "@/components/EmptyState";
import { ApiError } from "@/lib/errors";
import { formatTime, useFormat } from "@/lib/format";
import { useI18n } from "@/lib/i18n";
import { listOnline, type OnlineRow } from "./api";
import { useAdminT } from "./messages";

const EVERY_SECONDS = 15;

/** Accounts of the caller's scope with a live session, refreshed while the screen is open. */
export function OnlinePage() {
  const t = useAdminT();
  const { t: tt, lang } = useI18n();
  const f = useFormat();
  const result = useQuery({
    queryKey: ["online"],
    queryFn: ({ signal }) => listOnline(signal),
    refetchInterval: EVERY_SECONDS * 1000,
  });
  const columns: TableColumnsType<OnlineRow> = [
    {
      title: t("col.username"),
      dataIndex: "username",
      render: (v: string) => (
        <Flex gap={8} align="center">
          <Badge status="success" />
          <strong>{v}</strong>
        </Flex>
      ),
    },
    { title: t("col.fullName"), dataIndex: "full_name", render: f.name },
    { title: t("col.unit"), dataIndex: "unit_name", render: (v: string | null, r) => v ?? r.unit_id },
    { title: t("online.signedInAt"), dataIndex: "signed_in_at", render: f.dateTime },
    { title: t("online.lastAccess"), dataIndex: "last_access_at", render: f.dateTime },
  ];
  const updated = result.dataUpdatedAt ? formatTime(result.dataUpdatedAt) : "";
  return (
    <>
      <Flex justify="space-between" wrap gap={8} style={{ marginBottom: 12 }}>
        <Typography.Text strong data-testid="online-count">
          {t("online.count", { n: result.data?.count ?? 0 })}
        </Typography.Text>
        <Typography.Text type="secondary">{t("online.refresh", { s: EVERY_SECONDS, time: updated })}</Typography.Text>
      </Flex>
      {result.error && (
        <Alert type="error" showIcon style={{ marginBottom: 12 }} title={result.error instanceof ApiError ? result.error.text(lang) : tt("app.networkError")} />
      )}
      <Table<OnlineRow>
        data-testid="online-table"
        size="middle"
        rowKey="account_id"
        columns={columns}
        dataSource={result.data?.data ?? []}
        loading={result.isLoading}
        locale={{ emptyText: <EmptyState description={t("online.none")} /> }}
        scroll={{ x: "max-content" }}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showTotal: (n) => tt("app.total", { n }) }}
      />
    </>
  );
}
