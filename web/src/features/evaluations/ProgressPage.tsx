import { DownloadOutlined } from "@ant-design/icons";
import { useQuery } from "@tanstack/react-query";
import { Alert, App, Button, Card, Checkbox, Flex, Input, Progress as Bar, Table, Tag, Typography, type TableColumnsType } from "antd";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { PageHeader } from "@/components/PageHeader";
import { saveBlob } from "@/features/personnel/files";
import { ApiError } from "@/lib/errors";
import { useFormat } from "@/lib/format";
import { matches } from "@/lib/text";
import { useI18n } from "@/lib/i18n";
import { evaluationsApi, type ProgressRow } from "./api";
import { STATE_COLORS, useEt, type EvaluationMessageKey } from "./messages";

/** The Department's view of a round: per unit, people rated of those to rate, the list's state, late units. */
export function ProgressPage() {
  const et = useEt();
  const f = useFormat();
  const { lang } = useI18n();
  const { message } = App.useApp();
  const { roundId = "" } = useParams();
  const progress = useQuery({ queryKey: ["evaluation-progress", roundId], queryFn: () => evaluationsApi.progress(roundId) });
  const p = progress.data;
  const [filter, setFilter] = useState("");
  const [onlyOpen, setOnlyOpen] = useState(false);
  const rows = (p?.rows ?? []).filter((r) => (!filter.trim() || matches(r.unit_name, filter)) && (!onlyOpen || r.state !== "approved"));
  const download = async () => {
    try {
      saveBlob(await evaluationsApi.exportProgress(roundId), `tien-do-danh-gia-${p?.round.year ?? ""}.xlsx`);
    } catch (err) {
      message.error(err instanceof ApiError ? err.text(lang) : String(err));
    }
  };
  const columns: TableColumnsType<ProgressRow> = [
    { title: et("s.unit"), key: "unit", width: 320, render: (_, r) => <Link to={`/evaluations/${roundId}?unit=${encodeURIComponent(r.unit_id)}`}>{r.unit_name}</Link> },
    { title: et("p.toRate"), dataIndex: "to_rate", width: 110, align: "right" },
    {
      title: et("p.rated"), key: "rated", width: 200,
      render: (_, r) => <Bar percent={r.to_rate ? Math.round((100 * r.rated) / r.to_rate) : 0} size="small" format={() => `${r.rated}/${r.to_rate}`} />,
    },
    { title: et("s.sheetState"), key: "state", width: 170, render: (_, r) => <Tag color={STATE_COLORS[r.state]}>{et(`s.state.${r.state}` as EvaluationMessageKey)}</Tag> },
    { title: et("p.submittedAt"), key: "sub", width: 110, render: (_, r) => (r.submitted_at ? f.date(r.submitted_at) : "") },
    { title: et("p.decidedAt"), key: "dec", width: 110, render: (_, r) => (r.decided_at && r.state === "approved" ? f.date(r.decided_at) : "") },
    { title: et("p.poor"), dataIndex: "poor", width: 120, align: "right", render: (n: number) => n || "" },
    { title: et("p.flagged"), dataIndex: "flagged", width: 120, align: "right", render: (n: number) => (n ? <Tag color="red">{n}</Tag> : "") },
    { title: et("p.late"), key: "late", width: 90, render: (_, r) => (r.late ? <Tag color="red">{et("p.late")}</Tag> : "") },
  ];
  const title = p ? `${et("e.progress")} — ${p.round.year}` : et("e.progress");
  return (
    <>
      <PageHeader title={title} crumbs={[{ title }]}
        extra={<Button icon={<DownloadOutlined />} onClick={download} data-testid="progress-export">{et("e.export")}</Button>} />
      {progress.error && <Alert type="error" showIcon title={progress.error instanceof ApiError ? progress.error.text(lang) : String(progress.error)} />}
      {p && (
        <Card size="small" style={{ marginBottom: 12 }}>
          <Typography.Text data-testid="progress-summary">
            {et("e.closesOn")}: <b>{f.date(p.round.closes_on)}</b> · {et("p.summary", { approved: p.approved, units: p.units, rated: p.rated, toRate: p.to_rate, late: p.late })}
          </Typography.Text>
        </Card>
      )}
      <Card size="small">
        <Flex gap={12} align="center" style={{ marginBottom: 8 }}>
          <Input.Search allowClear placeholder={et("p.filter")} value={filter} onChange={(e) => setFilter(e.target.value)} style={{ width: 320 }} data-testid="progress-filter" />
          <Checkbox checked={onlyOpen} onChange={(e) => setOnlyOpen(e.target.checked)}>{et("p.onlyOpen")}</Checkbox>
        </Flex>
        <Table<ProgressRow> rowKey="unit_id" size="small" loading={progress.isLoading} dataSource={rows} columns={columns}
          pagination={{ pageSize: 50, hideOnSinglePage: true }} data-testid="progress-table"
          rowClassName={(r) => (r.late ? "row-late" : "")} />
      </Card>
    </>
  );
}
