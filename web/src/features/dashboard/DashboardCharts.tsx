import { useQuery } from "@tanstack/react-query";
import { Card, Col, Empty, Typography } from "antd";
import type { ReactNode } from "react";
import { useNavigate } from "react-router";
import type { components as TransferSchemas } from "@/api/transfer";
import { dashboardApi } from "@/features/reports/api";
import { valueKey } from "@/features/reports/listFilters";
import { useRt } from "@/features/reports/messages";
import { api, apiOrNull, type Page } from "@/lib/api";
import { Chart } from "./Chart";
import { agePyramid, bandRange, dueByMonth, headcountVsQuota, mix, nextMonths, timelinessRanking, type ChartSpec } from "./charts";
import { useChartText } from "./messages";
import { todayInVietnam } from "@/lib/format";

type Timeliness = TransferSchemas["schemas"]["TimelinessReport"];
interface Quota { staffing_quota?: number | null; headcount_quota?: number | null }

function listLink(unitId: string, filters: Record<string, unknown>): string {
  return `/reports/lists?unit=${encodeURIComponent(unitId)}&f=${encodeURIComponent(JSON.stringify(filters))}`;
}

function ChartCard({ title, testId, loading, spec, empty, onPick, extra }: {
  title: string;
  testId: string;
  loading: boolean;
  spec: ChartSpec | null;
  empty: boolean;
  onPick?: (series: number, index: number) => void;
  extra?: ReactNode;
}) {
  const ct = useChartText();
  return (
    <Card size="small" title={title} extra={extra} data-testid={testId} loading={loading}>
      {spec && !empty ? <Chart spec={spec} onPick={onPick} testId={`${testId}-chart`} /> : <Empty description={ct("c.noData")} />}
    </Card>
  );
}

/** The home page's charts for the chosen unit: every figure counted by the service that owns it (reporting's
 * read model, org's quotas, personnel's due lists, transfer's timeliness); a bar opens the list behind it. */
export function DashboardCharts({ unitId }: { unitId: string }) {
  const ct = useChartText();
  const rt = useRt();
  const navigate = useNavigate();
  const year = todayInVietnam().year();
  const dash = useQuery({ queryKey: ["dashboard", "reporting", unitId], queryFn: () => dashboardApi.get(unitId), retry: false });
  const units = dash.data?.units ?? [];
  const quotas = useQuery({
    queryKey: ["dashboard", "quotas", unitId, year, units.map((u) => u.unit_id).join()],
    enabled: units.length > 0,
    queryFn: async () => {
      const found = await Promise.all(units.slice(0, 12).map((u) => apiOrNull<Quota>(`/api/org/units/${encodeURIComponent(u.unit_id)}/quotas/${year}`)));
      const out: Record<string, number | null> = {};
      units.slice(0, 12).forEach((u, i) => {
        const q = found[i];
        const total = (q?.staffing_quota ?? 0) + (q?.headcount_quota ?? 0);
        out[u.unit_id] = q && (q.staffing_quota != null || q.headcount_quota != null) ? total : null;
      });
      return out;
    },
  });
  const months = nextMonths(todayInVietnam().format("YYYY-MM"));
  const due = useQuery({
    queryKey: ["dashboard", "due-months", unitId, months[0]],
    retry: false,
    queryFn: async () => {
      const count = async (kind: string, month: string) =>
        (await apiOrNull<Page<unknown>>("/api/personnel/due-lists", { query: { kind, unit_id: unitId, month, page: 1, size: 1 } }))?.total ?? 0;
      const [retirements, raises] = await Promise.all([
        Promise.all(months.map((m) => count("retirement", m))),
        Promise.all(months.map((m) => count("raise", m))),
      ]);
      return { retirements, raises };
    },
  });
  const timely = useQuery({
    queryKey: ["dashboard", "timeliness", unitId],
    retry: false,
    queryFn: () => api<Timeliness>("/api/transfer/timeliness", {
      query: { unit_id: unitId, from: todayInVietnam().subtract(1, "year").add(1, "day").format("YYYY-MM-DD"), to: todayInVietnam().format("YYYY-MM-DD") },
    }).catch(() => null),
  });

  const d = dash.data;
  const label = (key: string) => {
    const k = valueKey(key);
    return k ? rt(k) : key;
  };
  const headcount = d ? headcountVsQuota(d.units, quotas.data ?? {}, { headcount: ct("c.actual"), quota: ct("c.quota") }) : null;
  const pyramid = d ? agePyramid(d.age_pyramid, { male: ct("c.male"), female: ct("c.female") }) : null;
  const quals = d ? mix(d.qualification, label, "#5b8ff9") : null;
  const grades = d ? mix(d.grade_group, label, "#5ad8a6") : null;
  const dueSpec = due.data ? dueByMonth(months, due.data.retirements, due.data.raises, { retirement: ct("c.retirement"), raise: ct("c.raise") }) : null;
  const timeSpec = timely.data ? timelinessRanking(timely.data.units, { onTime: ct("c.onTime"), late: ct("c.late"), open: ct("c.openOverdue") }) : null;

  return (
    <>
      <Col span={24}>
        <Typography.Text type="secondary" data-testid="dashboard-total">
          {d ? `${ct("c.total", { n: d.total })}. ${ct("c.clickHint")}` : ""}
        </Typography.Text>
      </Col>
      <Col xs={24} xl={12}>
        <ChartCard title={ct("c.headcount")} testId="chart-headcount" loading={dash.isLoading} spec={headcount}
          empty={!headcount?.keys.length}
          onPick={(_, i) => headcount && navigate(listLink(headcount.keys[i], {}))} />
      </Col>
      <Col xs={24} xl={12}>
        <ChartCard title={ct("c.pyramid")} testId="chart-pyramid" loading={dash.isLoading} spec={pyramid} empty={!d?.total}
          onPick={(series, i) => pyramid && navigate(listLink(unitId, { sex: [series === 0 ? "male" : "female"], ...bandRange(pyramid.keys[i]) }))} />
      </Col>
      <Col xs={24} xl={12}>
        <ChartCard title={ct("c.qualification")} testId="chart-qualification" loading={dash.isLoading} spec={quals} empty={!d?.total}
          onPick={(_, i) => quals && quals.keys[i] !== "unknown" && navigate(listLink(unitId, { professional_level: [quals.keys[i]] }))} />
      </Col>
      <Col xs={24} xl={12}>
        <ChartCard title={ct("c.grades")} testId="chart-grades" loading={dash.isLoading} spec={grades} empty={!d?.total}
          onPick={(_, i) => grades && grades.keys[i] !== "unknown" && navigate(listLink(unitId, { grade_group: [grades.keys[i]] }))} />
      </Col>
      <Col xs={24} xl={12}>
        <ChartCard title={ct("c.due")} testId="chart-due" loading={due.isLoading} spec={dueSpec} empty={!dueSpec}
          onPick={(series, i) => navigate(`/careers?kind=${series === 0 ? "retirement" : "raise"}&month=${months[i]}`)} />
      </Col>
      <Col xs={24} xl={12}>
        <ChartCard title={ct("c.timeliness")} testId="chart-timeliness" loading={timely.isLoading} spec={timeSpec}
          empty={!timeSpec?.keys.length} onPick={() => navigate("/transfers/timeliness")} />
      </Col>
    </>
  );
}
