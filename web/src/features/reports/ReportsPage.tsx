import { DownloadOutlined, FileExcelOutlined, FilePdfOutlined, UnorderedListOutlined } from "@ant-design/icons";
import { useQuery } from "@tanstack/react-query";
import { Alert, App, Button, Card, DatePicker, Drawer, Flex, Select, Space, Table, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import dayjs, { type Dayjs } from "dayjs";
import { useMemo, useState } from "react";
import { Link, useSearchParams } from "react-router";
import { PageHeader } from "@/components/PageHeader";
import { UnitPicker } from "@/components/UnitPicker";
import { saveBlob } from "@/features/personnel/files";
import { ApiError } from "@/lib/errors";
import { formatDate, formatDateTime, todayInVietnam } from "@/lib/format";
import { useI18n } from "@/lib/i18n";
import { useUnitScope } from "@/lib/unitScope";
import { reportsApi, type CellValue, type FileFormat, type CountedPerson, type Report, type ReportRow } from "./api";
import { headerTree, type HeaderNode } from "./columns";
import { useRt } from "./messages";

interface Cell {
  row: ReportRow;
  number: number;
  header: string;
  key: string;
}

function show(value: CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "x" : "";
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value);
  return String(value);
}

/** The statutory reports: pick a form, a unit (the header's unit picker) and a reference date; the table is
 * laid out like the form; every count opens the list of the people behind it. */
export function ReportsPage() {
  const rt = useRt();
  const { lang } = useI18n();
  const { message } = App.useApp();
  const { selected } = useUnitScope();
  const [params, setParams] = useSearchParams();
  const forms = useQuery({ queryKey: ["reporting", "forms"], queryFn: reportsApi.forms, staleTime: 10 * 60_000 });
  const formId = params.get("form") ?? forms.data?.[0]?.id ?? null;
  const asOf = params.get("as_of") ?? todayInVietnam().format("YYYY-MM-DD");
  const query = { unit_id: selected?.unit_id, as_of: asOf };
  const report = useQuery({
    queryKey: ["reporting", "report", formId, query],
    queryFn: () => reportsApi.report(formId!, query),
    enabled: !!formId && !!selected,
  });
  const [cell, setCell] = useState<Cell | null>(null);
  const [downloading, setDownloading] = useState<string | null>(null);

  const setParam = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    next.set(key, value);
    setParams(next, { replace: true });
  };

  const download = async (format: FileFormat) => {
    if (!formId) return;
    setDownloading(format);
    try {
      const code = report.data?.form.form_code.replace("/", "-") ?? formId;
      saveBlob(await reportsApi.file(formId, query, format), `${code}_${selected?.unit_id}_${asOf}.${format}`);
    } catch (err) {
      message.error(err instanceof ApiError ? err.text(lang) : String(err));
    } finally {
      setDownloading(null);
    }
  };

  const r = report.data;
  const error = forms.error ?? report.error;
  return (
    <>
      <PageHeader
        title={rt("r.title")}
        extra={
          <Space>
            <Link to="/reports/lists" data-testid="open-lists"><Button icon={<UnorderedListOutlined />}>{rt("l.open")}</Button></Link>
            <Button icon={<FileExcelOutlined />} onClick={() => download("xlsx")} loading={downloading === "xlsx"} disabled={!r} data-testid="report-xlsx">
              {rt("r.excel")}
            </Button>
            <Button icon={<FilePdfOutlined />} onClick={() => download("pdf")} loading={downloading === "pdf"} disabled={!r} data-testid="report-pdf">
              {rt("r.pdf")}
            </Button>
            <Button icon={<DownloadOutlined />} onClick={() => download("csv")} loading={downloading === "csv"} disabled={!r} data-testid="report-csv">
              {rt("r.csv")}
            </Button>
          </Space>
        }
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Typography.Paragraph type="secondary">{rt("r.hint")}</Typography.Paragraph>
        <Flex gap={12} wrap align="center">
          <span>{rt("r.form")}</span>
          <Select
            data-testid="report-form"
            style={{ width: 420, maxWidth: "100%" }}
            loading={forms.isLoading}
            value={formId ?? undefined}
            onChange={(v: string) => setParam("form", v)}
            options={(forms.data ?? []).map((f) => ({ value: f.id, label: `${f.form_code} — ${f.description}` }))}
          />
          <UnitPicker />
          <span>{rt("r.asOf")}</span>
          <DatePicker
            data-testid="report-as-of"
            value={dayjs(asOf)}
            format="DD/MM/YYYY"
            allowClear={false}
            disabledDate={(d: Dayjs) => d.isAfter(todayInVietnam(), "day")}
            onChange={(d) => d && setParam("as_of", d.format("YYYY-MM-DD"))}
          />
          <Button size="small" onClick={() => setParam("as_of", `${todayInVietnam().year() - 1}-12-31`)}>
            {rt("r.yearEnd")}
          </Button>
        </Flex>
      </Card>
      {error && <Alert type="error" showIcon title={error instanceof ApiError ? error.text(lang) : String(error)} style={{ marginBottom: 16 }} />}
      {r && <ReportView report={r} loading={report.isFetching} onCell={setCell} />}
      <CellDrawer formId={formId} query={query} cell={cell} onClose={() => setCell(null)} />
    </>
  );
}

function ReportView({ report: r, loading, onCell }: { report: Report; loading: boolean; onCell: (c: Cell) => void }) {
  const rt = useRt();
  const aggregate = r.form.kind === "aggregate";
  const rows = useMemo(() => (aggregate ? [r.total, ...r.rows] : [...r.rows, r.total]), [r, aggregate]);
  const numbering = useMemo(() => {
    const n = new Map<string, number>();
    let i = 0;
    for (const row of r.rows) if (!row.heading) n.set(row.key, ++i);
    return n;
  }, [r]);
  const span = r.columns.length + 1;

  const columns = useMemo<ColumnsType<ReportRow>>(() => {
    const leaf = (node: HeaderNode): ColumnsType<ReportRow>[number] => {
      if (!node.column) return { title: node.title, align: "center", children: node.children!.map(leaf) };
      const col = node.column;
      return {
        key: col.key,
        title: (
          <span title={col.carried ? undefined : rt("r.notCarried")}>
            {col.header}
            <br />
            <Typography.Text type="secondary" style={{ fontSize: 11 }}>({col.number})</Typography.Text>
          </span>
        ),
        align: aggregate ? "center" : undefined,
        width: aggregate ? 76 : col.number === 1 ? 200 : 120,
        onCell: (row) => (row.heading ? { colSpan: 0 } : {}),
        render: (_: unknown, row: ReportRow) => {
          const value = row.cells[col.key];
          if (col.counted && typeof value === "number" && value > 0)
            return (
              <a data-testid={`cell-${row.key}-${col.key}`} onClick={() => onCell({ row, number: col.number, header: col.header, key: col.key })}>
                {value}
              </a>
            );
          return show(value);
        },
      };
    };
    return [
      {
        key: "no",
        title: rt("r.no"),
        width: 56,
        fixed: "left",
        align: "center",
        onCell: (row) => (row.heading ? { colSpan: span + 1 } : {}),
        render: (_: unknown, row: ReportRow) =>
          row.heading ? <Typography.Text strong italic>{row.label}</Typography.Text> : (numbering.get(row.key) ?? ""),
      },
      {
        key: "label",
        title: r.row_label,
        width: 240,
        fixed: "left",
        onCell: (row) => (row.heading ? { colSpan: 0 } : {}),
        render: (_: unknown, row: ReportRow) =>
          row.key === "total" ? <Typography.Text strong>{rt("r.total")}</Typography.Text> : row.label,
      },
      ...headerTree(r.columns).map(leaf),
    ];
  }, [r, aggregate, numbering, onCell, rt, span]);

  return (
    <Card size="small" data-testid="report">
      <Flex justify="space-between" wrap gap={8}>
        <div>
          <Typography.Text strong>Biểu số: {r.form.form_code}</Typography.Text>
          <br />
          <Typography.Text type="secondary" italic>{r.issued_by}</Typography.Text>
        </div>
        <div style={{ textAlign: "right" }}>
          {rt("r.unit")}: <b>{r.unit_name}</b>
          <br />
          {rt("r.receiver")}: {r.receiver}
        </div>
      </Flex>
      <Typography.Title level={5} style={{ textAlign: "center", marginTop: 12, marginBottom: 0 }} data-testid="report-title">
        {r.title}
      </Typography.Title>
      <div style={{ textAlign: "center" }}>
        <Typography.Text italic>{r.scope_line}</Typography.Text>
        <br />
        <Typography.Text italic>({rt("r.dataAsOf", { date: formatDate(r.as_of) })})</Typography.Text>
      </div>
      <Flex gap={8} wrap style={{ margin: "8px 0" }}>
        <Tag color="blue" data-testid="report-latest-event">
          {r.latest_event_at ? rt("r.latestEvent", { time: formatDateTime(r.latest_event_at) }) : rt("r.noEvents")}
        </Tag>
        <Tag>{rt("r.people", { n: r.people_count })}</Tag>
      </Flex>
      <Table<ReportRow>
        rowKey="key"
        size="small"
        bordered
        loading={loading}
        columns={columns}
        dataSource={rows}
        pagination={aggregate ? false : { pageSize: 100, hideOnSinglePage: true }}
        scroll={{ x: "max-content" }}
        locale={{ emptyText: rt("r.empty") }}
        rowClassName={(row) => (row.key === "total" ? "report-total-row" : "")}
        onRow={(row) => (row.key === "total" ? { style: { fontWeight: 600, background: "#fafafa" } } : {})}
        data-testid="report-table"
      />
      {r.warnings.length > 0 && (
        <Alert type="warning" showIcon style={{ marginTop: 12 }} title={rt("r.warnings")}
          description={<ul style={{ margin: 0 }}>{r.warnings.map((w) => <li key={w}>{w}</li>)}</ul>} />
      )}
      {r.notes.length > 0 && (
        <Alert type="info" showIcon style={{ marginTop: 12 }} title={rt("r.notes")} data-testid="report-notes"
          description={<ul style={{ margin: 0 }}>{r.notes.map((n) => <li key={n}>{n}</li>)}</ul>} />
      )}
    </Card>
  );
}

function CellDrawer({ formId, query, cell, onClose }: {
  formId: string | null;
  query: { unit_id?: string; as_of: string };
  cell: Cell | null;
  onClose: () => void;
}) {
  const rt = useRt();
  const { lang } = useI18n();
  const people = useQuery({
    queryKey: ["reporting", "people", formId, query, cell?.row.key, cell?.key],
    queryFn: () => reportsApi.people(formId!, { ...query, row: cell!.row.key, column: cell!.key }),
    enabled: !!formId && !!cell,
  });
  const label = cell ? (cell.row.key === "total" ? rt("r.total") : cell.row.label) : "";
  return (
    <Drawer
      open={!!cell}
      onClose={onClose}
      size="large"
      title={cell ? rt("r.cellTitle", { row: label, number: cell.number, header: cell.header }) : ""}
      data-testid="cell-people"
    >
      {people.error && <Alert type="error" showIcon title={people.error instanceof ApiError ? people.error.text(lang) : String(people.error)} />}
      {people.data && <Typography.Paragraph>{rt("r.count", { n: people.data.count })}</Typography.Paragraph>}
      <Table<CountedPerson>
        rowKey="person_id"
        size="small"
        loading={people.isLoading}
        dataSource={people.data?.items ?? []}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        columns={[
          { title: rt("r.name"), render: (_, p) => <Link to={`/personnel/${p.person_id}`}>{p.full_name}</Link> },
          { title: rt("r.workUnit"), dataIndex: "unit_name" },
          { title: rt("r.birth"), dataIndex: "birth_date", render: (d: string | null) => (d ? formatDate(d) : "") },
          { title: rt("r.sex"), dataIndex: "gender", render: (g: string | null) => (g === "1" ? rt("r.male") : g === "2" ? rt("r.female") : "") },
          { title: rt("r.rank"), dataIndex: "rank_code" },
          { title: rt("r.position"), dataIndex: "position" },
        ]}
      />
    </Drawer>
  );
}
