import { BarChartOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Card, Flex, Select, Tabs, Tag, Typography } from "antd";
import { useState } from "react";
import { Link, useNavigate } from "react-router";
import { PageHeader } from "@/components/PageHeader";
import { PagedTable } from "@/components/PagedTable";
import { formatDate } from "@/features/personnel/labels";
import { useI18n } from "@/lib/i18n";
import { hasAnyRole, type Role } from "@/lib/roles";
import { useSession } from "@/lib/session";
import { useUnitScope } from "@/lib/unitScope";
import { transferApi, type TransferCase } from "./api";
import { CaseForm } from "./CaseForm";
import { DueTag } from "./DueTag";
import { CREATABLE_KINDS, KIND_LABELS, STATE_LABELS, kindLabel, stateColor, stateLabel } from "./labels";
import { useTt } from "./messages";

type Box = "incoming" | "outgoing" | "all";
// Who opens cases and takes their steps (the transfer service's Editor): personnel officers and the Department.
export const CASE_EDITORS: Role[] = ["province_admin", "unit_officer"];

/** Hồ sơ đến / đi of the chosen unit: every case with its next due date in working days. */
export function TransfersPage() {
  const tt = useTt();
  const { lang } = useI18n();
  const navigate = useNavigate();
  const { account } = useSession();
  const { selected } = useUnitScope();
  const [box, setBox] = useState<Box>("incoming");
  const [state, setState] = useState<string>("open");
  const [kind, setKind] = useState<string | undefined>();
  const [creating, setCreating] = useState(false);
  const mayEdit = hasAnyRole(account.roles, CASE_EDITORS);
  return (
    <>
      <PageHeader
        title={tt("t.title")}
        extra={
          <Flex gap={8}>
            <Link to="/transfers/timeliness" data-testid="timeliness-link">
              <Button icon={<BarChartOutlined />}>{tt("t.timeliness")}</Button>
            </Link>
            {mayEdit && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="new-case">
                {tt("t.new")}
              </Button>
            )}
          </Flex>
        }
      />
      <Card size="small">
        <Typography.Paragraph type="secondary">{tt("t.hint")}</Typography.Paragraph>
        <Flex gap={12} wrap align="center" style={{ marginBottom: 8 }}>
          <Tabs
            activeKey={box}
            onChange={(k) => setBox(k as Box)}
            items={[
              { key: "incoming", label: tt("t.incoming") },
              { key: "outgoing", label: tt("t.outgoing") },
              { key: "all", label: tt("t.all") },
            ]}
            style={{ flex: 1, minWidth: 280 }}
            data-testid="case-boxes"
          />
          <Select
            style={{ width: 220 }}
            value={state}
            onChange={setState}
            options={[
              { value: "open", label: tt("t.open") },
              { value: "", label: tt("t.anyState") },
              ...Object.entries(STATE_LABELS).map(([k, v]) => ({ value: k, label: v[lang] })),
            ]}
          />
          <Select
            style={{ width: 240 }}
            allowClear
            placeholder={tt("t.anyKind")}
            value={kind}
            onChange={setKind}
            options={[...CREATABLE_KINDS, "reorganization" as const].map((k) => ({ value: k, label: KIND_LABELS[k][lang] }))}
          />
        </Flex>
        <PagedTable<TransferCase>
          testId="cases-table"
          path={transferApi.casesPath}
          query={{ box, unit_id: selected?.unit_id, state: state || undefined, kind }}
          rowKey="id"
          onRow={(c) => ({ onClick: () => navigate(`/transfers/${c.id}`) })}
          columns={[
            { title: tt("t.person"), dataIndex: "full_name", render: (v: string) => <Typography.Link>{v}</Typography.Link> },
            { title: tt("t.kind"), dataIndex: "kind", render: (k: string) => kindLabel(k, lang) },
            {
              title: tt("t.route"),
              key: "route",
              render: (_, c) => `${c.from_unit_name ?? c.from_unit_id ?? tt("t.outside")} → ${c.to_unit_name ?? c.to_unit_id ?? tt("t.outside")}`,
            },
            {
              title: tt("t.decision"),
              key: "decision",
              render: (_, c) => (
                <span>
                  {c.decision_number}
                  <div style={{ fontSize: 12, opacity: 0.7 }}>{formatDate(c.effective_on)}</div>
                </span>
              ),
            },
            { title: tt("t.state"), dataIndex: "state", render: (s: string) => <Tag color={stateColor(s)}>{stateLabel(s, lang)}</Tag> },
            { title: tt("t.due"), key: "due", render: (_, c) => <DueTag due={c.next_due_on} daysLeft={c.next_days_left} /> },
          ]}
        />
      </Card>
      <CaseForm open={creating} onClose={() => setCreating(false)} />
    </>
  );
}
