import { useQuery } from "@tanstack/react-query";
import { Alert, Button, Col, DatePicker, Flex, Row, Tooltip } from "antd";
import { useState } from "react";
import { useNavigate, useParams } from "react-router";
import { PageHeader } from "@/components/PageHeader";
import { apiDate, pickerDate, useFormat, todayInVietnam } from "@/lib/format";
import { useUnitScope } from "@/lib/unitScope";
import { useAsOf } from "./hooks";
import { useOrgText } from "./messages";
import { UnitPanel } from "./UnitPanel";
import { UnitTree } from "./UnitTree";
import { orgApi } from "./api";

/**
 * Tổ chức - biên chế: the tree of the account's scope (on today or a past date) beside the chosen unit's
 * page. /org shows the unit chosen in the header; /org/units/:unitId a given one.
 */
export function OrgPage() {
  const tr = useOrgText();
  const f = useFormat();
  const navigate = useNavigate();
  const { unitId: routeUnit } = useParams();
  const { selected } = useUnitScope();
  const [asOf, setAsOf] = useAsOf();
  // Bumped after a structural change: the tree is rebuilt (its loaded levels may be out of date).
  const [revision, setRevision] = useState(0);
  const unitId = routeUnit ?? selected?.unit_id ?? null;
  const detail = useQuery({
    queryKey: ["org", "unit", unitId, asOf],
    queryFn: () => orgApi.unit(unitId ?? "", asOf),
    enabled: !!unitId,
    retry: false,
  });
  const open = (id: string) => navigate({ pathname: `/org/units/${encodeURIComponent(id)}`, search: asOf ? `?as_of=${asOf}` : "" });
  const ancestors = (detail.data?.path ?? []).slice(0, -1).map((p) => p.unit_id);

  return (
    <>
      <PageHeader
        title={tr("title")}
        crumbs={routeUnit ? [{ title: detail.data?.name ?? routeUnit }] : []}
        extra={
          <Flex gap={8} align="center" wrap>
            <Tooltip title={tr("asOfHint")}>
              <span data-testid="org-as-of">
              <DatePicker
                format={f.dateInput}
                placeholder={tr("today")}
                value={pickerDate(asOf)}
                disabledDate={(d) => d.isAfter(todayInVietnam(), "day")}
                onChange={(d) => setAsOf(d && !d.isSame(todayInVietnam(), "day") ? apiDate(d) : null)}
                prefix={<span style={{ opacity: 0.7 }}>{tr("asOf")}:</span>}
                allowClear
              />
              </span>
            </Tooltip>
          </Flex>
        }
      />
      {asOf && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="org-as-of-banner"
          title={tr("asOfPast", { date: f.date(asOf) })}
          action={<Button size="small" onClick={() => setAsOf(null)}>{tr("backToToday")}</Button>}
        />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={9}>
          <UnitTree key={`${asOf}-${revision}`} asOf={asOf} selectedId={unitId} expandPath={ancestors} onSelect={open} />
        </Col>
        <Col xs={24} lg={15}>
          <UnitPanel
            unitId={unitId}
            asOf={asOf}
            detail={detail}
            onOpen={open}
            onChanged={(id) => {
              setRevision((r) => r + 1);
              open(id);
            }}
          />
        </Col>
      </Row>
    </>
  );
}
