import { CalendarOutlined, FieldTimeOutlined, RiseOutlined } from "@ant-design/icons";
import { useQuery } from "@tanstack/react-query";
import { Card, Col, Statistic } from "antd";
import type { ReactNode } from "react";
import { Link } from "react-router";
import { apiOrNull, type Page } from "@/lib/api";
import { dueListPath } from "./api";
import { useCt, type CareerMessageKey } from "./messages";

/** The due lists on the dashboard: how many in the unit's subtree are due a raise this month, retire within
 * 12 months, end a term within 120 days; each opens its list. */
export function DueFigures({ unitId }: { unitId: string }) {
  const figures: { title: CareerMessageKey; kind: string; icon: ReactNode }[] = [
    { title: "dash.raisesDue", kind: "raise", icon: <RiseOutlined /> },
    { title: "dash.retirements", kind: "retirement", icon: <CalendarOutlined /> },
    { title: "dash.termsEnding", kind: "term", icon: <FieldTimeOutlined /> },
  ];
  return (
    <>
      {figures.map((fig) => (
        <Col xs={24} sm={8} key={fig.kind}>
          <DueFigure {...fig} unitId={unitId} />
        </Col>
      ))}
    </>
  );
}

function DueFigure({ title, kind, icon, unitId }: { title: CareerMessageKey; kind: string; icon: ReactNode; unitId: string }) {
  const ct = useCt();
  const q = useQuery({
    queryKey: ["dashboard", "due-list", kind, unitId],
    queryFn: async () => (await apiOrNull<Page<unknown>>(dueListPath, { query: { kind, unit_id: unitId, page: 1, size: 1 } }))?.total ?? null,
    retry: false,
  });
  return (
    <Link to={`/careers?kind=${kind}`}>
      <Card size="small" hoverable data-testid={`figure-due-${kind}`}>
        <Statistic title={ct(title)} prefix={icon} loading={q.isLoading} value={q.data ?? "—"} />
      </Card>
    </Link>
  );
}
