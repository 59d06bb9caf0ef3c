import { CalculatorOutlined, DownloadOutlined, FileDoneOutlined } from "@ant-design/icons";
import { App, Button, Card, DatePicker, Flex, InputNumber, Tabs, Tag, Typography, type TableColumnsType } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import { PageHeader } from "@/components/PageHeader";
import { PagedTable } from "@/components/PagedTable";
import { UnitPicker } from "@/components/UnitPicker";
import { saveBlob } from "@/features/personnel/files";
import { ApiError } from "@/lib/errors";
import { apiMonth, useFormat, todayInVietnam } from "@/lib/format";
import { useI18n } from "@/lib/i18n";
import { withParam } from "@/lib/searchParams";
import { useUnitScope } from "@/lib/unitScope";
import { EDITORS, hasAnyRole } from "@/lib/roles";
import { useSession } from "@/lib/session";
import { BATCH_KIND_OF, careersApi, DUE_KINDS, dueListPath, type DueDetails, type DueKind, type DueListItem } from "./api";
import { rememberPick } from "./BatchNewPage";
import { EarlyRaiseTab } from "./EarlyRaiseTab";
import { useCt, type CareerMessageKey } from "./messages";

const STATE_COLORS: Record<string, string> = {
  past_due: "red", notice_overdue: "orange", decision_overdue: "red", past: "default",
  warning: "orange", overdue: "red", ended: "default", upcoming: "blue", running: "green",
};

/** Who is due a step raise, a beyond-frame rate, retirement or the end of a term, in the unit chosen. */
export function DueListsPage() {
  const ct = useCt();
  const f = useFormat();
  const { lang } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { selected } = useUnitScope();
  const [params, setParams] = useSearchParams();
  const early = params.get("kind") === "early_raise";
  const kind = (DUE_KINDS.find((k) => k === params.get("kind")) ?? "raise") as DueKind;
  const { account } = useSession();
  const mayDecide = hasAnyRole(account.roles, EDITORS) && !hasAnyRole(account.roles, ["system_admin"]);
  const [picked, setPicked] = useState<string[]>([]);
  const batchKind = BATCH_KIND_OF[kind];
  const decide = () => {
    if (!batchKind) return;
    rememberPick(batchKind, picked);
    navigate("/careers/batches/new", { state: { kind: batchKind, ids: picked } });
  };
  // Raises: a month (this one by default). Retirement and terms: a month, or the coming months when cleared.
  const monthParam = params.get("month");
  const month: Dayjs | null = monthParam === "all" ? null : monthParam ? dayjs(`${monthParam}-01`) : kind === "raise" || kind === "beyond_frame" ? todayInVietnam() : null;
  const [within, setWithin] = useState<number>(12);
  const query = {
    kind,
    unit_id: selected?.unit_id ?? undefined,
    month: month ? apiMonth(month) ?? undefined : undefined,
    within_months: !month && kind === "retirement" ? within : undefined,
  };
  const [exporting, setExporting] = useState(false);
  const download = async () => {
    setExporting(true);
    try {
      saveBlob(await careersApi.exportList(query), `den-han-${kind}-${query.month ?? todayInVietnam().format("YYYY-MM")}.xlsx`);
    } catch (err) {
      message.error(err instanceof ApiError ? err.text(lang) : String(err));
    } finally {
      setExporting(false);
    }
  };
  const d = (v: unknown) => (typeof v === "string" && v ? f.date(v) : "—");
  const state = (s: string) => <Tag color={STATE_COLORS[s] ?? "default"}>{ct(`c.state.${s}` as CareerMessageKey)}</Tag>;
  const details = (i: DueListItem) => i.details as DueDetails;

  // Raises show the salary columns; retirement the birth date; retirement and terms the position.
  const salaryList = kind === "raise" || kind === "beyond_frame";
  const common: TableColumnsType<DueListItem> = [
    { title: ct("c.name"), key: "name", render: (_, i) => <Link to={`/personnel/${i.person_id}`}>{i.full_name}</Link> },
    ...(kind !== "retirement" ? [] : [{ title: ct("c.birth"), key: "birth", width: 110, render: (_: unknown, i: DueListItem) => d(i.birth_date) }]),
    { title: ct("c.unit"), key: "unit", render: (_, i) => i.unit_name ?? i.unit_id },
    ...(salaryList ? [] : [{ title: ct("c.position"), key: "position", render: (_: unknown, i: DueListItem) => details(i).position ?? "" }]),
  ];
  const byKind: Record<DueKind, TableColumnsType<DueListItem>> = {
    raise: [
      { title: ct("c.rank"), key: "rank", width: 80, render: (_, i) => details(i).rank_code },
      { title: ct("c.step"), key: "step", render: (_, i) => `${details(i).step} (${details(i).coefficient ?? "—"})` },
      { title: ct("c.nextStep"), key: "next", render: (_, i) => `${details(i).next_step ?? "—"} (${details(i).next_coefficient ?? "—"})` },
      { title: ct("c.heldSince"), key: "held", width: 110, render: (_, i) => d(details(i).held_since) },
      { title: ct("c.dueRaise"), key: "due", width: 110, render: (_, i) => <b>{d(i.due_on)}</b> },
      { title: ct("c.extension"), key: "ext", width: 90, align: "right", render: (_, i) => details(i).extension_months || "" },
    ],
    beyond_frame: [
      { title: ct("c.rank"), key: "rank", width: 80, render: (_, i) => details(i).rank_code },
      { title: ct("c.heldSince"), key: "held", width: 110, render: (_, i) => d(details(i).held_since) },
      { title: ct("c.percent"), key: "pct", width: 120, align: "right", render: (_, i) => `${details(i).beyond_frame_percent ?? "—"}%` },
      { title: ct("c.dueRaise"), key: "due", width: 110, render: (_, i) => <b>{d(i.due_on)}</b> },
    ],
    retirement: [
      { title: ct("c.retireOn"), key: "due", width: 120, render: (_, i) => <b>{d(i.due_on)}</b> },
      { title: ct("c.pensionFrom"), key: "pension", width: 120, render: (_, i) => d(details(i).pension_from) },
      { title: ct("c.noticeDue"), key: "notice", width: 120, render: (_, i) => d(details(i).notice_due) },
      { title: ct("c.decisionDue"), key: "decision", width: 120, render: (_, i) => d(details(i).decision_due) },
    ],
    term: [
      { title: ct("c.termStart"), key: "start", width: 110, render: (_, i) => d(details(i).term_start) },
      { title: ct("c.termEnd"), key: "due", width: 110, render: (_, i) => <b>{d(i.due_on)}</b> },
      { title: ct("c.warnFrom"), key: "warn", width: 110, render: (_, i) => d(details(i).warn_from) },
      { title: ct("c.procedureBy"), key: "by", width: 120, render: (_, i) => d(details(i).procedure_start_by) },
    ],
  };
  const columns = [...common, ...byKind[kind], { title: ct("c.state"), key: "state", width: 170, render: (_: unknown, i: DueListItem) => state(i.state) }];

  return (
    <>
      <PageHeader
        title={ct("c.title")}
        crumbs={[{ title: ct("c.title") }]}
        extra={
          <Flex gap={8}>
            <Button icon={<FileDoneOutlined />} onClick={() => navigate("/careers/batches")} data-testid="open-batches">
              {ct("b.title")}
            </Button>
            <Button icon={<CalculatorOutlined />} onClick={() => navigate("/careers/calculator")} data-testid="open-calculator">
              {ct("c.calculator")}
            </Button>
            <Button icon={<DownloadOutlined />} onClick={download} loading={exporting} data-testid="due-export">
              {ct("c.export")}
            </Button>
          </Flex>
        }
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Typography.Paragraph type="secondary">{ct("c.hint")}</Typography.Paragraph>
        <Flex gap={12} wrap align="center">
          <UnitPicker />
          <span>{ct("c.month")}</span>
          <span data-testid="due-month">
            <DatePicker
              picker="month"
              aria-label={ct("c.month")}
              format={f.monthInput}
              value={month}
              allowClear={kind === "retirement" || kind === "term"}
              placeholder={ct("c.allMonths")}
              onChange={(v) => setParams((prev) => withParam(prev, "month", v ? v.format("YYYY-MM") : "all"), { replace: true })}
            />
          </span>
          {!month && kind === "retirement" && (
            <>
              <span>{ct("c.within")}</span>
              <InputNumber min={1} max={120} value={within} onChange={(v) => v && setWithin(v)} data-testid="due-within" />
            </>
          )}
          {!month && kind === "term" && <Typography.Text type="secondary">{ct("c.termWindow")}</Typography.Text>}
        </Flex>
      </Card>
      <Card size="small">
        <Tabs
          activeKey={early ? "early_raise" : kind}
          onChange={(k) => {
            setPicked([]);
            setParams((prev) => withParam(withParam(prev, "kind", k), "month", null));
          }}
          items={[
            ...DUE_KINDS.map((k) => ({ key: k, label: <span data-testid={`due-tab-${k}`}>{ct(`c.kind.${k}` as CareerMessageKey)}</span> })),
            { key: "early_raise", label: <span data-testid="due-tab-early_raise">{ct("e.tab")}</span> },
          ]}
          data-testid="due-tabs"
        />
        {early ? <EarlyRaiseTab unitId={selected?.unit_id ?? undefined} mayDecide={mayDecide} /> : (
          <>
            {mayDecide && batchKind && (
              <Flex gap={12} align="center" style={{ marginBottom: 12 }}>
                <Button type="primary" icon={<FileDoneOutlined />} disabled={!picked.length} onClick={decide} data-testid="due-decide">
                  {ct("b.fromList", { n: picked.length })}
                </Button>
                {!picked.length && <Typography.Text type="secondary">{ct("b.selectHint")}</Typography.Text>}
              </Flex>
            )}
            <PagedTable<DueListItem>
              path={dueListPath}
              query={query}
              columns={columns}
              rowKey="person_id"
              testId="due-table"
              rowSelection={mayDecide && batchKind ? {
                selectedRowKeys: picked,
                preserveSelectedRowKeys: true,
                onChange: (keys) => setPicked(keys.map(String)),
              } : undefined}
            />
          </>
        )}
      </Card>
    </>
  );
}
