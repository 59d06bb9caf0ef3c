import { useQuery } from "@tanstack/react-query";
import { Alert, Table, Tag } from "antd";
import { EmptyState } from "@/components/EmptyState";
import { ApiError } from "@/lib/errors";
import { useFormat } from "@/lib/format";
import { useI18n } from "@/lib/i18n";
import type { MessageKey } from "@/lib/messages";
import { orgApi, type Account } from "./api";
import { useOrgText } from "./messages";

/** The sign-in accounts attached to the unit (identity answers only to those allowed to see them). */
export function AccountsTab({ unitId }: { unitId: string }) {
  const tr = useOrgText();
  const { t, lang } = useI18n();
  const f = useFormat();
  const q = useQuery({ queryKey: ["identity", "accounts", unitId], queryFn: () => orgApi.accounts(unitId), retry: false });
  if (q.error)
    return <Alert type="info" showIcon title={q.error instanceof ApiError ? q.error.text(lang) : t("app.networkError")} />;
  return (
    <Table<Account>
      data-testid="unit-accounts"
      size="small"
      rowKey="account_id"
      loading={q.isLoading}
      dataSource={q.data?.data ?? []}
      pagination={false}
      scroll={{ x: "max-content" }}
      locale={{ emptyText: <EmptyState /> }}
      columns={[
        { title: tr("username"), dataIndex: "username" },
        { title: tr("fullName"), dataIndex: "full_name", render: f.name },
        {
          title: tr("roles"),
          dataIndex: "roles",
          render: (roles: string[]) => roles.map((r) => <Tag key={r}>{t(`role.${r}` as MessageKey)}</Tag>),
        },
        {
          title: tr("accountStatus"),
          dataIndex: "status",
          render: (s: string) => (s === "locked" ? <Tag color="red">{tr("accountLocked")}</Tag> : <Tag color="green">{tr("accountActive")}</Tag>),
        },
        {
          title: tr("lastSignIn"),
          dataIndex: "last_sign_in_at",
          render: (v: string | null) => f.dateTime(v) || "—",
        },
      ]}
    />
  );
}
