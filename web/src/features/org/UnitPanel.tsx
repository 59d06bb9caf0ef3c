import type { UseQueryResult } from "@tanstack/react-query";
import { Alert, Card, Flex, Skeleton, Tabs, Tag, Typography } from "antd";
import { ApiError } from "@/lib/errors";
import { useI18n } from "@/lib/i18n";
import { hasAnyRole, PROVINCE_WIDE, type Role } from "@/lib/roles";
import { useSession } from "@/lib/session";
import { AccountsTab } from "./AccountsTab";
import type { UnitDetail } from "./api";
import { ChangeActions } from "./changes/ChangeActions";
import { DetailsTab } from "./DetailsTab";
import { HistoryTab } from "./HistoryTab";
import { JobPlanTab } from "./JobPlanTab";
import { useOrgText } from "./messages";
import { PositionsTab } from "./PositionsTab";
import { QuotaTab } from "./QuotaTab";

// Who may list a unit's accounts: identity's AccountReader (services/identity/src/identity/deps.py).
const ACCOUNT_READERS: Role[] = ["system_admin", "province_admin", "unit_leader"];
// Who may propose a job-position plan version: org's UnitEditor (services/org/src/org/deps.py).
const PLAN_PROPOSERS: Role[] = ["system_admin", "province_admin", "unit_officer"];

/** A unit's page: details, history, quotas beside headcount, job positions and (for admins) accounts. */
export function UnitPanel({ unitId, asOf, detail, onOpen, onChanged }: {
  unitId: string | null;
  asOf: string | null;
  detail: UseQueryResult<UnitDetail>;
  onOpen: (unitId: string) => void;
  /** After a structural change: the tree is reloaded and this unit opened. */
  onChanged: (unitId: string) => void;
}) {
  const tr = useOrgText();
  const { lang } = useI18n();
  const { account } = useSession();
  const isAdmin = hasAnyRole(account.roles, PROVINCE_WIDE);
  const u = detail.data;

  if (!unitId)
    return (
      <Card size="small" data-testid="org-details">
        <Typography.Text type="secondary">{tr("pick")}</Typography.Text>
      </Card>
    );
  if (detail.isLoading)
    return (
      <Card size="small" data-testid="org-details">
        <Skeleton active />
      </Card>
    );
  if (!u) {
    const err = detail.error;
    return (
      <Card size="small" data-testid="org-details">
        <Alert
          type={err instanceof ApiError && err.isNotFound ? "info" : "error"}
          showIcon
          title={err instanceof ApiError && !err.isNotFound ? err.text(lang) : tr("notExisting")}
        />
      </Card>
    );
  }

  const tabs = [
    { key: "details", label: tr("tabDetails"), children: <DetailsTab unit={u} onOpen={onOpen} /> },
    { key: "history", label: tr("tabHistory"), children: <HistoryTab unit={u} /> },
    { key: "quotas", label: tr("tabQuotas"), children: <QuotaTab unitId={u.unit_id} editable={isAdmin && u.active !== false} /> },
    { key: "positions", label: tr("tabPositions"), children: <PositionsTab unitId={u.unit_id} editable={isAdmin && u.active !== false} /> },
    {
      key: "job-plan",
      label: tr("tabJobPlan"),
      children: (
        <JobPlanTab
          unitId={u.unit_id}
          canPropose={hasAnyRole(account.roles, PLAN_PROPOSERS) && u.active !== false}
          canDecide={hasAnyRole(account.roles, ["province_admin"])}
        />
      ),
    },
    ...(hasAnyRole(account.roles, ACCOUNT_READERS)
      ? [{ key: "accounts", label: tr("tabAccounts"), children: <AccountsTab unitId={u.unit_id} /> }]
      : []),
  ];

  return (
    <Card
      size="small"
      data-testid="org-details"
      title={
        <Flex gap={8} align="center" wrap style={{ padding: "6px 0" }}>
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="unit-title">
            {u.name}
          </Typography.Title>
          <Tag>{u.unit_id}</Tag>
          {u.active === false ? <Tag color="default">{tr("dissolved")}</Tag> : <Tag color="green">{tr("active")}</Tag>}
        </Flex>
      }
      extra={isAdmin && u.active !== false && !asOf ? <ChangeActions unit={u} onDone={onChanged} /> : null}
    >
      <Tabs key={u.unit_id} items={tabs} data-testid="unit-tabs" />
    </Card>
  );
}
