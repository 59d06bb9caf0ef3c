import { AuditOutlined, DownloadOutlined, InboxOutlined } from "@ant-design/icons";
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Flex,
  Form,
  Input,
  Modal,
  Popconfirm,
  Progress,
  Radio,
  Result,
  Row,
  Segmented,
  Space,
  Statistic,
  Steps,
  Table,
  Tabs,
  Tag,
  Typography,
  Upload,
} from "antd";
import type { Dayjs } from "dayjs";
import { useCallback, useEffect, useState } from "react";
import { Link, useSearchParams } from "react-router";
import { saveBlob } from "@/features/personnel/files";
import { ApiError } from "@/lib/errors";
import { apiDate, useFormat } from "@/lib/format";
import { useServerForm } from "@/lib/forms";
import { useI18n } from "@/lib/i18n";
import { useErrorNotice } from "@/lib/notify";
import { APPROVERS, hasAnyRole } from "@/lib/roles";
import { useSession } from "@/lib/session";
import {
  importsApi,
  RUNNING_STATES,
  type CellError,
  type ImportItem,
  type ImportJob,
  type ImportMode,
  type ImportSkip,
} from "./api";
import { useIt, type ImportMessageKey } from "./messages";

const ACTION_COLORS: Record<string, string> = { create: "green", update: "blue", unchanged: "default", error: "red" };
const STATE_COLORS: Record<string, string> = {
  analysing: "processing", preview: "gold", applying: "processing", done: "green", failed: "red", cancelled: "default",
  approving: "processing", approved: "green",
};
const SHOWN_STATES = ["preview", "applying", "done", "cancelled", "approving", "approved"];
const PAGE = 50;

function stepOf(job: ImportJob | null): number {
  if (!job) return 1;
  if (job.state === "analysing" || job.state === "failed") return 1;
  if (job.state === "preview" || job.state === "cancelled") return 2;
  if (job.state === "applying") return 3;
  return 4;
}

/** The import wizard: template, upload, preview with every error by sheet/row/column, confirm, progress, result. */
export function ImportPage() {
  const it = useIt();
  const { lang } = useI18n();
  const notice = useErrorNotice();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const jobId = params.get("job");
  const [job, setJob] = useState<ImportJob | null>(null);
  const [refused, setRefused] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [mode, setMode] = useState<ImportMode>("draft");
  const [recent, setRecent] = useState<ImportJob[]>([]);
  const [polls, setPolls] = useState(0); // bumped to read the job again after a confirmation
  const [approving, setApproving] = useState(false); // the decision's dialog is open
  const { account } = useSession();
  const f = useFormat();

  const open = useCallback((id: string | null) => setParams(id ? { job: id } : {}), [setParams]);

  useEffect(() => {
    importsApi.list().then((r) => setRecent(r.items), () => setRecent([]));
  }, [job?.state]);

  // The job's state while the background work runs (read again every second).
  useEffect(() => {
    if (!jobId) {
      setJob(null);
      return;
    }
    let stopped = false;
    let timer: number | undefined;
    const poll = async () => {
      try {
        const j = await importsApi.get(jobId);
        if (stopped) return;
        setJob(j);
        if (RUNNING_STATES.includes(j.state)) timer = window.setTimeout(poll, 1000);
      } catch (err) {
        if (!stopped) notice(err);
      }
    };
    void poll();
    return () => {
      stopped = true;
      window.clearTimeout(timer);
    };
  }, [jobId, notice, polls]);

  const download = async () => {
    try {
      saveBlob(await importsApi.template(), "mau-nhap-ho-so.xlsx");
    } catch (err) {
      notice(err);
    }
  };

  const upload = async (file: File) => {
    setBusy(true);
    setRefused(null);
    try {
      const j = await importsApi.upload(file);
      setJob(j);
      open(j.id);
    } catch (err) {
      if (err instanceof ApiError && err.status === 422) setRefused(err);
      else notice(err);
    } finally {
      setBusy(false);
    }
  };

  const confirm = async () => {
    if (!job) return;
    setBusy(true);
    try {
      setJob(await importsApi.confirm(job.id, mode));
      setPolls((n) => n + 1);
    } catch (err) {
      notice(err);
    } finally {
      setBusy(false);
    }
  };

  const cancel = async () => {
    if (!job) return;
    try {
      await importsApi.cancel(job.id);
      message.info(it("i.state.cancelled"));
      open(null);
    } catch (err) {
      notice(err);
    }
  };

  const valid = job ? job.created + job.changed : 0;
  // Whole-job approval (the service refuses the rest too): an approver who neither uploaded nor confirmed it.
  const approver = hasAnyRole(account.roles, APPROVERS);
  const own = !!job && [job.created_by, job.confirmed_by].includes(account.username);
  const approvable = !!job && job.state === "done" && job.mode === "submitted";
  return (
    <Space direction="vertical" size="middle" style={{ width: "100%" }} data-testid="import-page">
      <Typography.Title level={3} style={{ margin: 0 }}>{it("i.title")}</Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>{it("i.hint")}</Typography.Paragraph>
      <Steps
        size="small"
        current={stepOf(job)}
        status={job?.state === "failed" ? "error" : undefined}
        items={(["template", "upload", "preview", "apply", "result"] as const).map((k) => ({ title: it(`i.step.${k}`) }))}
      />

      {!job && (
        <Row gutter={16}>
          <Col xs={24} md={10}>
            <Card title={`1. ${it("i.step.template")}`}>
              <Typography.Paragraph>{it("i.templateHint")}</Typography.Paragraph>
              <Button icon={<DownloadOutlined />} onClick={download} data-testid="import-template">{it("i.download")}</Button>
            </Card>
          </Col>
          <Col xs={24} md={14}>
            <Card title={`2. ${it("i.step.upload")}`}>
              <div data-testid="import-upload">
              <Upload.Dragger
                accept=".xlsx,.json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/json"
                showUploadList={false}
                disabled={busy}
                beforeUpload={(file) => {
                  void upload(file);
                  return false;
                }}
              >
                <p className="ant-upload-drag-icon"><InboxOutlined /></p>
                <p className="ant-upload-text">{it("i.drop")}</p>
                <p className="ant-upload-hint">{it("i.dropHint")}</p>
              </Upload.Dragger>
              </div>
              {refused && (
                <Alert
                  style={{ marginTop: 12 }}
                  type="error"
                  showIcon
                  title={it("i.refused")}
                  description={refused.fields[0]?.message ?? refused.text(lang)}
                  data-testid="import-refused"
                />
              )}
            </Card>
          </Col>
        </Row>
      )}

      {job?.state === "analysing" && (
        <Card><Progress percent={100} status="active" showInfo={false} /><Typography.Text>{it("i.analysing")}</Typography.Text></Card>
      )}

      {job?.state === "failed" && (
        <Alert
          type="error"
          showIcon
          title={it("i.refused")}
          description={job.error_message}
          action={<Button onClick={() => open(null)}>{it("i.again")}</Button>}
          data-testid="import-failed"
        />
      )}

      {job && SHOWN_STATES.includes(job.state) && (
        <Card data-testid="import-summary">
          <Row gutter={16}>
            <Col span={4}><Statistic title={it("i.total")} value={job.total} /></Col>
            <Col span={5}><Statistic title={it("i.created")} value={job.created} valueStyle={{ color: "#389e0d" }} /></Col>
            <Col span={5}><Statistic title={it("i.changed")} value={job.changed} valueStyle={{ color: "#0958d9" }} /></Col>
            <Col span={5}><Statistic title={it("i.unchanged")} value={job.unchanged} /></Col>
            <Col span={5}><Statistic title={it("i.rejected")} value={job.rejected} valueStyle={{ color: job.rejected ? "#cf1322" : undefined }} /></Col>
          </Row>
        </Card>
      )}

      {job?.state === "preview" && (
        <Card>
          <Flex gap={16} align="center" wrap>
            <span>{it("i.mode")}:</span>
            <Radio.Group value={mode} onChange={(e) => setMode(e.target.value as ImportMode)} data-testid="import-mode">
              <Radio value="draft">{it("i.mode.draft")}</Radio>
              <Radio value="submitted">{it("i.mode.submitted")}</Radio>
            </Radio.Group>
            <Popconfirm title={it("i.confirmQuestion", { n: valid })} onConfirm={confirm} disabled={valid === 0}>
              <Button type="primary" disabled={valid === 0} loading={busy} data-testid="import-confirm">
                {it("i.confirm", { n: valid })}
              </Button>
            </Popconfirm>
            <Button onClick={cancel}>{it("i.cancel")}</Button>
          </Flex>
          {valid === 0 && <Alert style={{ marginTop: 12 }} type="info" showIcon title={it("i.nothing")} />}
        </Card>
      )}

      {job?.state === "applying" && (
        <Card data-testid="import-progress">
          <Progress percent={job.total ? Math.floor((100 * job.processed) / job.total) : 0} status="active" />
          <Typography.Text>{it("i.applying", { done: job.processed, total: job.total })}</Typography.Text>
        </Card>
      )}

      {job?.state === "done" && (
        <div data-testid="import-done">
        <Result
          status="success"
          title={it("i.done", { created: job.created, changed: job.changed })}
          subTitle={it("i.doneHint")}
          extra={[
            ...(approvable && approver && !own
              ? [
                  <Button key="all" type="primary" icon={<AuditOutlined />} onClick={() => setApproving(true)} data-testid="import-approve-all">
                    {it("i.approveAll")}
                  </Button>,
                ]
              : []),
            <Link key="a" to="/approvals"><Button type={approvable && approver && !own ? "default" : "primary"}>{it("i.toApprovals")}</Button></Link>,
            <Button key="b" onClick={() => open(null)}>{it("i.again")}</Button>,
          ]}
        />
        {approvable && approver && own && <Alert type="info" showIcon title={it("i.ownImport")} data-testid="import-own" />}
        </div>
      )}

      {job?.state === "approving" && (
        <Card data-testid="import-approving">
          <Progress
            percent={job.approval_total ? Math.floor((100 * (job.approval_processed ?? 0)) / job.approval_total) : 0}
            status="active"
          />
          <Typography.Text>{it("i.approving", { done: job.approval_processed ?? 0, total: job.approval_total ?? 0 })}</Typography.Text>
        </Card>
      )}

      {job?.state === "approved" && (
        <div data-testid="import-approved">
          <Result
            status="success"
            title={it("i.approvedTitle", { approved: job.approved_count ?? 0, number: job.decision?.number ?? "" })}
            subTitle={it("i.approvedSub", {
              date: f.date(job.decision?.signed_on),
              signer: job.decision?.signer ?? "",
              issuer: job.decision?.issuer ? ` (${job.decision.issuer})` : "",
              approver: job.approver ?? "",
              skipped: job.skipped_count ?? 0,
            })}
            extra={[<Button key="b" onClick={() => open(null)}>{it("i.again")}</Button>]}
          />
          {(job.skips ?? []).length > 0 && (
            <Card size="small" title={`${it("i.skips")} (${job.skipped_count})`}>
              <Table<ImportSkip>
                rowKey="change_request_id"
                size="small"
                pagination={false}
                dataSource={job.skips ?? []}
                columns={[
                  { title: it("i.id"), dataIndex: "personal_id_number", width: 140 },
                  { title: it("i.name"), dataIndex: "full_name", render: (n: string, s) => <Link to={`/approvals/${s.change_request_id}`}>{n}</Link> },
                  { title: it("i.reason"), dataIndex: "message" },
                ]}
                data-testid="import-skips"
              />
            </Card>
          )}
        </div>
      )}

      {approving && job && (
        <ApproveDialog
          job={job}
          onClose={() => setApproving(false)}
          onDone={(j) => {
            setApproving(false);
            setJob(j);
            setPolls((n) => n + 1);
          }}
        />
      )}

      {job && SHOWN_STATES.includes(job.state) && <Details job={job} />}

      {!job && recent.length > 0 && (
        <Card title={it("i.recent")} size="small">
          <Table<ImportJob>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={recent}
            columns={[
              { title: it("i.file"), dataIndex: "file_name" },
              { title: it("i.when"), dataIndex: "created_at", render: (v: string) => new Date(v).toLocaleString(lang === "vi" ? "vi-VN" : "en-GB") },
              { title: it("i.state"), dataIndex: "state", render: (s: string) => <Tag color={STATE_COLORS[s]}>{it(`i.state.${s}` as ImportMessageKey)}</Tag> },
              { title: it("i.total"), dataIndex: "total", align: "right" },
              { title: "", key: "open", render: (_: unknown, j) => <Button type="link" onClick={() => open(j.id)}>{it("i.open")}</Button> },
            ]}
          />
        </Card>
      )}
    </Space>
  );
}

interface DecisionValues {
  decision_number?: string;
  decision_signed_on?: Dayjs;
  signer?: string;
  issuer?: string;
}

/** The one decision under which every request of the import is approved, and the confirmation. */
function ApproveDialog({ job, onClose, onDone }: { job: ImportJob; onClose: () => void; onDone: (j: ImportJob) => void }) {
  const it = useIt();
  const f = useFormat();
  const [form] = Form.useForm<DecisionValues>();
  const sf = useServerForm(form, `import-approve-${job.id}`);
  const n = job.created + job.changed;
  const save = async (v: DecisionValues) => {
    const result = await sf.submit(() =>
      importsApi.approve(job.id, {
        decision_number: (v.decision_number ?? "").trim(),
        decision_signed_on: apiDate(v.decision_signed_on) ?? "",
        signer: (v.signer ?? "").trim(),
        issuer: v.issuer?.trim() || null,
      }),
    );
    if (result) onDone(result);
  };
  const required = [{ required: true, whitespace: true, message: it("i.required") }];
  return (
    <Modal
      open
      title={it("i.approveAll")}
      okText={it("i.approveConfirm", { n })}
      confirmLoading={sf.submitting}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ "data-testid": "import-approve-ok" } as never}
    >
      <Form form={form} name="import-decision" layout="vertical" onValuesChange={sf.onValuesChange} onFinish={save}>
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={it("i.approveAllHint", { n })} />
        <Flex gap={12}>
          <Form.Item name="decision_number" label={it("i.decisionNumber")} rules={required} style={{ flex: 1 }}>
            <Input maxLength={100} data-testid="import-decision-number" />
          </Form.Item>
          <Form.Item name="decision_signed_on" label={it("i.decisionDate")} rules={[{ required: true, message: it("i.required") }]} style={{ flex: 1 }}>
            <DatePicker format={f.dateInput} style={{ width: "100%" }} data-testid="import-decision-date" />
          </Form.Item>
        </Flex>
        <Form.Item name="signer" label={it("i.signer")} rules={required}>
          <Input maxLength={200} data-testid="import-decision-signer" />
        </Form.Item>
        <Form.Item name="issuer" label={it("i.issuer")}>
          <Input maxLength={300} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The preview's two tables: every error by sheet, row and column; every person with what the import does. */
function Details({ job }: { job: ImportJob }) {
  const it = useIt();
  const notice = useErrorNotice();
  const [errors, setErrors] = useState<{ items: CellError[]; total: number }>({ items: [], total: 0 });
  const [errorPage, setErrorPage] = useState(1);
  const [people, setPeople] = useState<{ items: ImportItem[]; total: number }>({ items: [], total: 0 });
  const [peoplePage, setPeoplePage] = useState(1);
  const [action, setAction] = useState<string>("");

  useEffect(() => {
    importsApi.errors(job.id, errorPage, PAGE).then(setErrors, notice);
  }, [job.id, errorPage, notice]);
  useEffect(() => {
    importsApi.items(job.id, peoplePage, PAGE, action || undefined).then(setPeople, notice);
  }, [job.id, peoplePage, action, notice, job.state]);

  const errorTable = (
    <>
      {job.error_count > errors.total && (
        <Alert type="warning" showIcon title={it("i.moreErrors", { shown: errors.total, n: job.error_count })} />
      )}
      <Table<CellError>
        rowKey={(e) => `${e.sheet}-${e.row}-${e.column}-${e.code}-${e.field}`}
        size="small"
        dataSource={errors.items}
        pagination={{ current: errorPage, pageSize: PAGE, total: errors.total, onChange: setErrorPage, showSizeChanger: false }}
        columns={[
          { title: it("i.sheet"), dataIndex: "sheet", width: 160 },
          { title: it("i.row"), dataIndex: "row", width: 70, align: "right" },
          { title: it("i.column"), key: "col", width: 220, render: (_: unknown, e) => (e.column ? `${e.column} – ${e.header}` : e.header) },
          { title: it("i.message"), dataIndex: "message" },
        ]}
        data-testid="import-errors"
      />
    </>
  );
  const peopleTable = (
    <>
      <Segmented
        value={action}
        onChange={(v) => {
          setAction(String(v));
          setPeoplePage(1);
        }}
        options={[
          { label: it("i.all"), value: "" },
          ...(["create", "update", "unchanged", "error"] as const).map((a) => ({ label: it(`i.action.${a}`), value: a })),
        ]}
        style={{ marginBottom: 12 }}
      />
      <Table<ImportItem>
        rowKey="seq"
        size="small"
        dataSource={people.items}
        pagination={{ current: peoplePage, pageSize: PAGE, total: people.total, onChange: setPeoplePage, showSizeChanger: false }}
        columns={[
          { title: it("i.row"), dataIndex: "row", width: 70, align: "right" },
          { title: it("i.id"), dataIndex: "personal_id_number", width: 140 },
          {
            title: it("i.name"),
            dataIndex: "full_name",
            render: (name: string, i) =>
              i.person_id && i.action !== "error" ? <Link to={`/personnel/${i.person_id}`}>{name}</Link> : name,
          },
          { title: it("i.unit"), dataIndex: "unit_id", width: 110 },
          {
            title: it("i.action"),
            dataIndex: "action",
            width: 120,
            render: (a: string) => <Tag color={ACTION_COLORS[a]}>{it(`i.action.${a}` as ImportMessageKey)}</Tag>,
          },
          {
            title: it("i.changes"),
            key: "changes",
            render: (_: unknown, i) => (
              <Space size={[4, 4]} wrap>
                {i.changes.slice(0, 8).map((c) => <Tag key={c}>{c}</Tag>)}
                {i.changes.length > 8 && <span>+{i.changes.length - 8}</span>}
                {i.warnings.map((w, k) => (
                  <Tag key={`w${k}`} color="orange">{String(w.message ?? w.code)}</Tag>
                ))}
                {i.change_request_id && <Link to={`/approvals/${i.change_request_id}`}>↗</Link>}
              </Space>
            ),
          },
        ]}
        data-testid="import-people"
      />
    </>
  );
  return (
    <Card>
      <Tabs
        defaultActiveKey={job.error_count ? "errors" : "people"}
        items={[
          { key: "errors", label: it("i.errors", { n: job.error_count }), children: errorTable },
          { key: "people", label: it("i.people"), children: peopleTable },
        ]}
      />
    </Card>
  );
}
