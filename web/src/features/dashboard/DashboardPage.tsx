import { ApartmentOutlined, AuditOutlined, ClockCircleOutlined, SwapOutlined, TeamOutlined } from "@ant-design/icons";
import { useQuery } from "@tanstack/react-query";
import { Card, Col, List, Row, Statistic, Typography } from "antd";
import { lazy, Suspense, type ReactNode } from "react";
import { Link } from "react-router";
import { EmptyState } from "@/components/EmptyState";
import { PageHeader } from "@/components/PageHeader";
import { useI18n } from "@/lib/i18n";
import type { MessageKey } from "@/lib/messages";
import { APPROVERS, DATA_ROLES, hasAnyRole } from "@/lib/roles";
import { useSession } from "@/lib/session";
import { useUnitScope } from "@/lib/unitScope";
import { fetchChildUnits } from "@/lib/units";
import { dashboardSources } from "./sources";
import { DueTag } from "@/features/transfer/DueTag";
import { DueFigures } from "@/features/careers/DueFigures";

// The charts (and ECharts) load only when the home page shows them: the main bundle stays as it was.
const DashboardCharts = lazy(() => import("./DashboardCharts").then((m) => ({ default: m.DashboardCharts })));

function Figure({ title, icon, unitId, source, to }: {
  title: MessageKey;
  icon: ReactNode;
  unitId: string;
  source: (unitId: string) => Promise<number | null>;
  to?: string;
}) {
  const { t } = useI18n();
  const q = useQuery({ queryKey: ["dashboard", title, unitId], queryFn: () => source(unitId), retry: false });
  const value = q.data ?? null;
  const body = (
    <Card size="small" hoverable={!!to} data-testid={`figure-${title}`}>
      <Statistic
        title={t(title)}
        prefix={icon}
        loading={q.isLoading}
        value={value ?? "—"}
        styles={{ content: { color: value === null ? "#999" : undefined } }}
      />
      {!q.isLoading && value === null && <Typography.Text type="secondary">{t("app.noData")}</Typography.Text>}
    </Card>
  );
  return to ? <Link to={to}>{body}</Link> : body;
}

/** Home: the chosen unit at a glance (headcount, pending approvals and transfers, what falls due). */
export function DashboardPage() {
  const { t, pick } = useI18n();
  const { selected } = useUnitScope();
  const { account } = useSession();
  const unitId = selected?.unit_id ?? "";
  const due = useQuery({ queryKey: ["dashboard", "due", unitId], queryFn: () => dashboardSources.dueSoon(unitId), retry: false, enabled: !!unitId });
  const children = useQuery({ queryKey: ["units", "children", unitId], queryFn: () => fetchChildUnits(unitId), enabled: !!unitId });
  if (!unitId) return <PageHeader title={t("dashboard.title")} />;

  return (
    <>
      <PageHeader title={<span data-testid="dashboard-unit">{selected?.name ?? t("dashboard.title")}</span>} />
      <Row gutter={[16, 16]}>
        <Col xs={24} sm={12} xl={6}>
          <Figure title="dashboard.headcount" icon={<TeamOutlined />} unitId={unitId} source={dashboardSources.headcount} to="/personnel" />
        </Col>
        <Col xs={24} sm={12} xl={6}>
          <Figure title="dashboard.pendingApprovals" icon={<AuditOutlined />} unitId={unitId} source={dashboardSources.pendingApprovals} to={hasAnyRole(account.roles, APPROVERS) ? "/approvals" : undefined} />
        </Col>
        <Col xs={24} sm={12} xl={6}>
          <Figure title="dashboard.transfers" icon={<SwapOutlined />} unitId={unitId} source={dashboardSources.transfers} />
        </Col>
        <Col xs={24} sm={12} xl={6}>
          <Figure
            title="dashboard.dueSoon"
            icon={<ClockCircleOutlined />}
            unitId={unitId}
            source={async (u) => (await dashboardSources.dueSoon(u))?.length ?? null}
          />
        </Col>
        <DueFigures unitId={unitId} />
        {hasAnyRole(account.roles, DATA_ROLES) && <Suspense fallback={null}><DashboardCharts unitId={unitId} /></Suspense>}
        <Col xs={24} lg={14}>
          <Card title={<><ClockCircleOutlined /> {t("dashboard.dueSoon")}</>} size="small">
            {due.data?.length ? (
              <List
                size="small"
                dataSource={due.data}
                renderItem={(d) => (
                  <List.Item extra={<DueTag due={d.due_date} daysLeft={d.days_left ?? null} />}>
                    {d.case_id ? <Link to={`/transfers/${d.case_id}`}>{d.full_name}</Link> : d.person_id ? <Link to={`/personnel/${d.person_id}`}>{d.full_name}</Link> : d.full_name} — {pick(d.label, d.label_en)}
                  </List.Item>
                )}
              />
            ) : (
              <EmptyState description={`${t("app.noData")}. ${t("dashboard.dueSoonHint")}`} />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card title={<><ApartmentOutlined /> {t("dashboard.subunits")}</>} size="small" data-testid="dashboard-subunits">
            {children.data?.length ? (
              <List
                size="small"
                dataSource={children.data.slice(0, 12)}
                renderItem={(u) => <List.Item>{u.name}</List.Item>}
                footer={children.data.length > 12 ? <Link to="/org">{t("dashboard.allSubunits", { n: children.data.length })}</Link> : undefined}
              />
            ) : (
              <EmptyState />
            )}
          </Card>
        </Col>
      </Row>
    </>
  );
}
