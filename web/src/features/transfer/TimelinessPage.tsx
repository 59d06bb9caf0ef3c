import { DownloadOutlined } from "@ant-design/icons";
import { useQuery } from "@tanstack/react-query";
import { Alert, App, Button, Card, DatePicker, Flex, Progress, Statistic, Table, Tag, Typography } from "antd";
import type { Dayjs } from "dayjs";
import { useState } from "react";
import { Link } from "react-router";
import { PageHeader } from "@/components/PageHeader";
import { UnitPicker } from "@/components/UnitPicker";
import { saveBlob } from "@/features/personnel/files";
import { formatDate } from "@/features/personnel/labels";
import { ApiError } from "@/lib/errors";
import { useI18n } from "@/lib/i18n";
import { useUnitScope } from "@/lib/unitScope";
import { transferApi, type OverdueItem, type UnitTimeliness } from "./api";
import { useTt } from "./messages";
import { todayInVietnam } from "@/lib/format";

const percent = (share: number | null) => (share === null ? "—" : `${Math.round(share * 1000) / 10}%`);

/** For the Department of Home Affairs and unit heads: who keeps the regulation's deadlines, ranked. */
export function TimelinessPage() {
  const tt = useTt();
  const { lang } = useI18n();
  const { message } = App.useApp();
  const { selected } = useUnitScope();
  const [range, setRange] = useState<[Dayjs, Dayjs]>([todayInVietnam().subtract(3, "month").startOf("month"), todayInVietnam()]);
  const period = {
    from: range[0].format("YYYY-MM-DD"),
    to: range[1].format("YYYY-MM-DD"),
    unit_id: selected?.unit_id ?? undefined,
  };
  const report = useQuery({ queryKey: ["transfer", "timeliness", period], queryFn: () => transferApi.timeliness(period) });
  const overdue = useQuery({ queryKey: ["transfer", "overdue", period.unit_id], queryFn: () => transferApi.overdue(period.unit_id) });
  const [exporting, setExporting] = useState(false);

  const download = async () => {
    setExporting(true);
    try {
      saveBlob(await transferApi.timelinessExport(period), `tinh-kip-thoi-${period.from}-${period.to}.xlsx`);
    } catch (err) {
      message.error(err instanceof ApiError ? err.text(lang) : String(err));
    } finally {
      setExporting(false);
    }
  };

  const error = report.error ?? overdue.error;
  const r = report.data;
  return (
    <>
      <PageHeader
        title={tt("tl.title")}
        crumbs={[{ title: tt("tl.title") }]}
        extra={
          <Button icon={<DownloadOutlined />} onClick={download} loading={exporting} data-testid="timeliness-export">
            {tt("tl.export")}
          </Button>
        }
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Typography.Paragraph type="secondary">{tt("tl.hint")}</Typography.Paragraph>
        <Flex gap={12} wrap align="center">
          <UnitPicker />
          <span>{tt("tl.period")}</span>
          <DatePicker.RangePicker
            value={range}
            format="DD/MM/YYYY"
            allowClear={false}
            onChange={(v) => v && v[0] && v[1] && setRange([v[0], v[1]])}
          />
        </Flex>
      </Card>
      {error && <Alert type="error" showIcon title={error instanceof ApiError ? error.text(lang) : String(error)} />}
      {r && (
        <Card size="small" style={{ marginBottom: 16 }} data-testid="timeliness-total">
          <Flex gap={32} wrap>
            <Statistic title={tt("tl.total")} value={percent(r.share_on_time)} />
            <Statistic title={tt("tl.due")} value={r.due} />
            <Statistic title={tt("tl.onTime")} value={r.on_time} />
            <Statistic title={tt("tl.late")} value={r.late} />
            <Statistic title={tt("tl.openOverdue")} value={r.open_overdue} />
          </Flex>
        </Card>
      )}
      <Card size="small" style={{ marginBottom: 16 }}>
        <Table<UnitTimeliness>
          rowKey="unit_id"
          size="small"
          loading={report.isLoading}
          dataSource={r?.units ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          data-testid="timeliness-table"
          columns={[
            { title: tt("tl.rank"), dataIndex: "rank", width: 70 },
            { title: tt("tl.unit"), render: (_, u) => u.unit_name ?? u.unit_id },
            { title: tt("tl.due"), dataIndex: "due", align: "right" },
            { title: tt("tl.onTime"), dataIndex: "on_time", align: "right" },
            { title: tt("tl.late"), dataIndex: "late", align: "right", render: (n: number) => (n ? <Tag color="orange">{n}</Tag> : n) },
            { title: tt("tl.openOverdue"), dataIndex: "open_overdue", align: "right", render: (n: number) => (n ? <Tag color="red">{n}</Tag> : n) },
            { title: tt("tl.openNotDue"), dataIndex: "open_not_due", align: "right" },
            {
              title: tt("tl.share"),
              width: 200,
              render: (_, u) =>
                u.share_on_time === null ? "—" : (
                  <Progress percent={Math.round(u.share_on_time * 1000) / 10} size="small" status={u.share_on_time < 0.8 ? "exception" : "normal"} />
                ),
            },
          ]}
        />
      </Card>
      <Card size="small" title={tt("tl.overdue")}>
        <Table<OverdueItem>
          rowKey="obligation_id"
          size="small"
          loading={overdue.isLoading}
          dataSource={overdue.data ?? []}
          locale={{ emptyText: tt("tl.none") }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          data-testid="overdue-table"
          columns={[
            { title: tt("tl.unit"), render: (_, o) => o.unit_name ?? o.unit_id },
            {
              title: tt("tl.task"),
              render: (_, o) => (o.case_id ? <Link to={`/transfers/${o.case_id}`}>{o.label}</Link> : o.person_id ? <Link to={`/personnel/${o.person_id}`}>{o.label}</Link> : o.label),
            },
            { title: tt("tl.trigger"), dataIndex: "trigger_on", render: (d: string) => formatDate(d) },
            { title: tt("tl.dueOn"), dataIndex: "due_on", render: (d: string) => formatDate(d) },
            { title: tt("tl.daysOver"), dataIndex: "working_days_overdue", align: "right", render: (n: number) => <Tag color="red">{n}</Tag> },
            { title: tt("tl.basis"), dataIndex: "legal_basis", ellipsis: true },
          ]}
        />
      </Card>
    </>
  );
}
