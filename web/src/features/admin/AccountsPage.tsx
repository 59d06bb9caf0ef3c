import { DownOutlined, HistoryOutlined, KeyOutlined, LockOutlined, MobileOutlined, PlusOutlined, TeamOutlined, UnlockOutlined } from "@ant-design/icons";
import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Dropdown, Flex, Input, Select, Space, Table, Tag, Tooltip, type MenuProps, type TableColumnsType } from "antd";
import { useState } from "react";
import { useNavigate } from "react-router";
import { EmptyState } from "@/components/EmptyState";
import { ApiError } from "@/lib/errors";
import { useFormat } from "@/lib/format";
import { useI18n } from "@/lib/i18n";
import { useErrorNotice } from "@/lib/notify";
import { ROLE_ORDER } from "@/lib/roles";
import { useSession } from "@/lib/session";
import { SECOND_ADMIN_REQUIRED, listAccounts, requestAction, resetPassword, type AccountRow } from "./api";
import { PendingRequests } from "./PendingRequests";
import { CreateAccountDrawer } from "./CreateAccountDrawer";
import { LockDialog } from "./LockDialog";
import { useAdminT } from "./messages";
import { RolesDialog } from "./RolesDialog";
import { mayManage } from "./rules";
import { TemporaryPassword } from "./TemporaryPassword";
import { UnitSelect } from "./UnitSelect";
import { usePaging } from "@/components/paging";

type Status = "active" | "locked";

/** Accounts of the administrator's scope: filter, create, roles, lock and unlock, password reset. */
export function AccountsPage() {
  const t = useAdminT();
  const { t: tt, lang } = useI18n();
  const f = useFormat();
  const { account: me } = useSession();
  const { modal, message } = App.useApp();
  const notice = useErrorNotice();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [q, setQ] = useState("");
  const [unitId, setUnitId] = useState<string | undefined>();
  const [status, setStatus] = useState<Status | undefined>();
  const { page, size, setPage, pagination } = usePaging();
  const [creating, setCreating] = useState(false);
  const [locking, setLocking] = useState<AccountRow | null>(null);
  const [roling, setRoling] = useState<AccountRow | null>(null);
  const [shown, setShown] = useState<{ title: string; password: string } | null>(null);

  const filters = { q: q.trim() || undefined, unit_id: unitId, status };
  const result = useQuery({
    queryKey: ["accounts", filters, page, size],
    queryFn: ({ signal }) => listAccounts({ ...filters, limit: size, offset: (page - 1) * size }, signal),
    placeholderData: keepPreviousData,
  });
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ["accounts"] });
  const filter = (fn: () => void) => {
    fn();
    setPage(1);
  };

  const reset = (a: AccountRow) => {
    let password: string | null = null;
    modal.confirm({
      title: t("reset.title", { username: a.username }),
      content: t("reset.hint"),
      okText: t("reset.confirm"),
      okButtonProps: { danger: true, "data-testid": "reset-confirm" } as never,
      cancelText: tt("app.cancel"),
      onOk: async () => {
        try {
          password = (await resetPassword(a.account_id)).temporary_password;
          refresh();
        } catch (err) {
          if (err instanceof ApiError && err.code === SECOND_ADMIN_REQUIRED) {
            try {
              await requestAction(a.account_id, "reset", t("request.resetReason"));
              void message.info(t("request.sent"));
              refresh();
            } catch (inner) {
              notice(inner);
            }
          } else notice(err);
        }
      },
      // The password shows once this dialog is gone, as after a creation (see CreateAccountDrawer): one
      // layer at a time, so no late hand-back of focus happens under the next one.
      afterClose: () => {
        if (password) setShown({ title: t("password.resetTitle", { username: a.username }), password });
      },
    });
  };

  // A lost or replaced phone: an administrator's authenticator app is removed by two administrators.
  const secondFactor = (a: AccountRow) => {
    modal.confirm({
      title: t("secondFactor.title", { username: a.username }),
      content: t("secondFactor.hint"),
      okText: t("secondFactor.confirm"),
      okButtonProps: { danger: true, "data-testid": "second-factor-confirm" } as never,
      cancelText: tt("app.cancel"),
      onOk: async () => {
        try {
          await requestAction(a.account_id, "second_factor", t("request.secondFactorReason"));
          void message.info(t("request.sent"));
          refresh();
        } catch (err) {
          notice(err);
        }
      },
    });
  };

  const columns: TableColumnsType<AccountRow> = [
    {
      title: t("col.account"),
      dataIndex: "username",
      render: (v: string, a) => (
        <>
          <strong>{v}</strong>
          {a.full_name && <div style={{ fontSize: 12, opacity: 0.75 }}>{f.name(a.full_name)}</div>}
        </>
      ),
    },
    { title: t("col.unit"), dataIndex: "unit_name", render: (v: string | null, a) => v ?? a.unit_id },
    {
      title: t("col.roles"),
      dataIndex: "roles",
      render: (roles: string[]) =>
        ROLE_ORDER.filter((r) => roles.includes(r)).map((r) => (
          <Tag key={r} color={r === "system_admin" || r === "province_admin" ? "red" : undefined}>
            {tt(`role.${r}`)}
          </Tag>
        )),
    },
    {
      title: t("col.status"),
      dataIndex: "status",
      render: (s: Status, a) =>
        s === "locked" ? (
          <Tooltip title={a.lock_reason ? t("lockedBecause", { reason: a.lock_reason }) : undefined}>
            <Tag color="error" icon={<LockOutlined />} data-testid="account-status">
              {t("status.locked")}
            </Tag>
          </Tooltip>
        ) : (
          <Tag color="success" data-testid="account-status">
            {t("status.active")}
          </Tag>
        ),
    },
    {
      title: t("col.lastSignIn"),
      dataIndex: "last_sign_in_at",
      render: (v: string | null) => (v ? f.dateTime(v) : <span style={{ opacity: 0.6 }}>{t("never")}</span>),
    },
    {
      title: t("col.actions"),
      key: "actions",
      fixed: "right",
      render: (_, a) => {
        const allowed = mayManage(me.roles, a.roles);
        const active = a.status === "active";
        const more: MenuProps["items"] = [
          { key: "roles", icon: <TeamOutlined />, label: <span data-testid="account-roles-edit">{t("action.roles")}</span>, disabled: !allowed, onClick: () => setRoling(a) },
          { key: "reset", icon: <KeyOutlined />, label: <span data-testid="account-reset">{t("action.reset")}</span>, disabled: !allowed, onClick: () => reset(a) },
          ...(a.roles.some((r) => r === "province_admin" || r === "system_admin")
            ? [{ key: "second-factor", icon: <MobileOutlined />, label: <span data-testid="account-second-factor">{t("action.secondFactor")}</span>, disabled: !allowed, onClick: () => secondFactor(a) }]
            : []),
          { type: "divider" },
          {
            key: "audit",
            icon: <HistoryOutlined />,
            label: <span data-testid="account-audit">{t("action.audit")}</span>,
            onClick: () => navigate(`/admin/audit?resource_id=${encodeURIComponent(a.account_id)}`),
          },
        ];
        return (
          <Space size={4} wrap={false}>
            <Tooltip title={allowed ? undefined : t("action.beyondScope")}>
              <Button
                size="small"
                danger={active}
                icon={active ? <LockOutlined /> : <UnlockOutlined />}
                disabled={!allowed || (active && a.account_id === me.subject)}
                onClick={() => setLocking(a)}
                data-testid={active ? "account-lock" : "account-unlock"}
                style={{ minWidth: 96 }}
              >
                {t(active ? "action.lock" : "action.unlock")}
              </Button>
            </Tooltip>
            <Dropdown trigger={["click"]} menu={{ items: more }}>
              <Button size="small" data-testid="account-more">
                {t("action.more")} <DownOutlined />
              </Button>
            </Dropdown>
          </Space>
        );
      },
    },
  ];

  return (
    <>
      <PendingRequests onPassword={(title, password) => setShown({ title, password })} onChanged={refresh} />
      <Flex gap={8} wrap justify="space-between" style={{ marginBottom: 12 }}>
        <Flex gap={8} wrap>
          <Input.Search
            allowClear
            placeholder={t("accounts.search")}
            style={{ width: 240 }}
            onSearch={(v) => filter(() => setQ(v))}
            data-testid="accounts-search"
          />
          <UnitSelect value={unitId} onChange={(v) => filter(() => setUnitId(v))} placeholder={t("accounts.unitFilter")} testId="accounts-unit" />
          <Select<Status>
            allowClear
            placeholder={t("accounts.statusFilter")}
            style={{ width: 170 }}
            value={status}
            onChange={(v) => filter(() => setStatus(v))}
            options={[
              { value: "active", label: t("status.active") },
              { value: "locked", label: t("status.locked") },
            ]}
            data-testid="accounts-status"
          />
        </Flex>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="account-new">
          {t("accounts.create")}
        </Button>
      </Flex>
      {result.error && (
        <Alert type="error" showIcon style={{ marginBottom: 12 }} title={result.error instanceof ApiError ? result.error.text(lang) : tt("app.networkError")} />
      )}
      <Table<AccountRow>
        data-testid="accounts-table"
        size="middle"
        rowKey="account_id"
        columns={columns}
        dataSource={result.data?.data ?? []}
        loading={result.isFetching}
        locale={{ emptyText: <EmptyState /> }}
        scroll={{ x: "max-content" }}
        pagination={pagination(result.data?.count ?? 0)}
      />
      <CreateAccountDrawer
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(a, password) => {
          setShown({ title: t("password.createdTitle", { username: a.username }), password });
          refresh();
        }}
      />
      <LockDialog
        account={locking}
        onClose={() => setLocking(null)}
        onRequested={() => {
          setLocking(null);
          refresh();
        }}
        onDone={(a) => {
          setLocking(null);
          void message.success(t(a.status === "locked" ? "lock.done" : "unlock.done"));
          refresh();
        }}
      />
      <RolesDialog
        account={roling}
        onClose={() => setRoling(null)}
        onReloaded={refresh}
        onDone={() => {
          setRoling(null);
          void message.success(t("roles.done"));
          refresh();
        }}
      />
      <TemporaryPassword title={shown?.title ?? ""} password={shown?.password ?? null} onClose={() => setShown(null)} />
    </>
  );
}
