import { CheckOutlined, CloseOutlined, SendOutlined, UploadOutlined } from "@ant-design/icons";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Card, Col, DatePicker, Descriptions, Flex, Form, Input, Modal, Row, Skeleton, Table, Tag, Typography, Upload } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { EmptyState } from "@/components/EmptyState";
import { PageHeader } from "@/components/PageHeader";
import { useCatalogIndex } from "@/features/personnel/catalogs";
import { useFieldName } from "@/features/personnel/HistoryTab";
import { useFormatValue } from "@/features/personnel/profile/display";
import { CATALOGS_USED, fieldAt } from "@/features/personnel/profile/spec";
import { ApiError } from "@/lib/errors";
import { apiDate, useFormat } from "@/lib/format";
import { useServerForm } from "@/lib/forms";
import { useI18n } from "@/lib/i18n";
import { useErrorNotice } from "@/lib/notify";
import { APPROVERS, EDITORS, hasAnyRole } from "@/lib/roles";
import { useSession } from "@/lib/session";
import { batchApi, type BatchItem, type PersonDiff } from "./api";
import { useCt, type CareerMessageKey } from "./messages";

const STATE_COLORS: Record<string, string> = { draft: "default", submitted: "blue", approved: "green", rejected: "red", withdrawn: "default" };
const CHANGED = { background: "#fffbe6" };
type FieldChange = PersonDiff["changes"][number];

export function batchKindName(ct: ReturnType<typeof useCt>, kind: string): string {
  const key = `b.kind.${kind}` as CareerMessageKey;
  const text = ct(key);
  return text === key ? ct("b.kind.other", { kind }) : text;
}

interface DecisionValues {
  title: string;
  decision_number?: string;
  decision_signed_on?: Dayjs | null;
  signer?: string;
  issuer?: string;
  note?: string;
}

/** One batch decision: its fields and scan (while a draft), each person's changes, and its life-cycle. */
export function BatchPage() {
  const { batchId = "" } = useParams();
  const ct = useCt();
  const f = useFormat();
  const { lang } = useI18n();
  const { message } = App.useApp();
  const notice = useErrorNotice();
  const client = useQueryClient();
  const { account } = useSession();
  const batch = useQuery({ queryKey: ["batch", batchId], queryFn: () => batchApi.get(batchId) });
  const diff = useQuery({ queryKey: ["batch", batchId, "diff"], queryFn: () => batchApi.diff(batchId) });
  const catalogs = useCatalogIndex(CATALOGS_USED);
  const format = useFormatValue(catalogs);
  const fieldName = useFieldName();
  const [busy, setBusy] = useState<string | null>(null);
  const [rejecting, setRejecting] = useState(false);
  const [form] = Form.useForm<DecisionValues>();
  const b = batch.data;
  const sf = useServerForm(form, `batch-${batchId}`, {
    initialValues: b ? { title: b.title, decision_number: b.decision_number ?? "", signer: b.signer ?? "", issuer: b.issuer ?? "",
      note: b.note ?? "", decision_signed_on: b.decision_signed_on ? dayjs(b.decision_signed_on) : null } : undefined,
  });
  const refresh = () => client.invalidateQueries({ queryKey: ["batch", batchId] });
  const act = async (action: "submit" | "approve" | "withdraw" | "revise", done: CareerMessageKey) => {
    setBusy(action);
    try {
      if (action === "submit" && form.isFieldsTouched()) await saveFields(form.getFieldsValue(true));
      await batchApi.act(batchId, action, action === "approve" ? {} : undefined);
      message.success(ct(done));
      await client.invalidateQueries();
    } catch (err) {
      notice(err);
      await refresh();
    } finally {
      setBusy(null);
    }
  };
  const saveFields = (v: DecisionValues) =>
    batchApi.update(batchId, {
      title: v.title ?? "", note: v.note || null, decision_number: v.decision_number || null,
      decision_signed_on: apiDate(v.decision_signed_on ?? undefined), signer: v.signer || null, issuer: v.issuer || null,
    });
  const save = async (v: DecisionValues) => {
    if (await sf.submit(() => saveFields(v))) {
      message.success(ct("b.saved"));
      await refresh();
    }
  };
  const upload = async (file: File) => {
    const body = new FormData();
    body.append("file", file);
    setBusy("scan");
    try {
      await batchApi.scan(batchId, body);
      message.success(ct("b.uploaded"));
      await refresh();
    } catch (err) {
      notice(err);
    } finally {
      setBusy(null);
    }
    return false;
  };
  const viewScan = async () => {
    try {
      window.open(URL.createObjectURL(await batchApi.scanBlob(batchId)), "_blank");
    } catch (err) {
      notice(err);
    }
  };
  const show = (path: string, v: unknown) => {
    const text = format(fieldAt(path)?.field ?? null, v);
    return text === "" ? <Typography.Text type="secondary">—</Typography.Text> : text;
  };

  if (batch.isLoading) return <><PageHeader title="" /><Card><Skeleton active /></Card></>;
  if (!b) return <><PageHeader title={ct("b.title")} /><Card><EmptyState description={batch.error instanceof ApiError ? batch.error.text(lang) : undefined} /></Card></>;
  const draft = b.state === "draft";
  const mayEdit = hasAnyRole(account.roles, EDITORS);
  const mayDecide = hasAnyRole(account.roles, APPROVERS) && b.state === "submitted";
  const title = b.title || batchKindName(ct, b.kind);
  const diffs = new Map((diff.data?.people ?? []).map((p) => [p.item_id, p]));

  return (
    <>
      <PageHeader
        title={<span data-testid="batch-title">{title}</span>}
        crumbs={[{ title: <Link to="/careers/batches">{ct("b.title")}</Link> }, { title }]}
        extra={
          <Flex gap={8}>
            {mayEdit && draft && <Button type="primary" icon={<SendOutlined />} loading={busy === "submit"} onClick={() => act("submit", "b.submitted")} data-testid="batch-submit">{ct("b.submit")}</Button>}
            {mayEdit && (draft || b.state === "submitted") && <Button onClick={() => act("withdraw", "b.saved")} loading={busy === "withdraw"}>{ct("b.withdraw")}</Button>}
            {mayEdit && b.state === "rejected" && <Button onClick={() => act("revise", "b.saved")}>{ct("b.revise")}</Button>}
            {mayDecide && <Button danger icon={<CloseOutlined />} onClick={() => setRejecting(true)} data-testid="batch-reject">{ct("b.reject")}</Button>}
            {mayDecide && <Button type="primary" icon={<CheckOutlined />} loading={busy === "approve"} onClick={() => act("approve", "b.approved")} data-testid="batch-approve">{ct("b.approve")}</Button>}
          </Flex>
        }
      />
      <Flex vertical gap={12}>
        {b.reject_reason && <Alert type="error" showIcon title={ct("b.rejectedBecause", { reason: b.reject_reason })} />}
        {b.kind === "retirement" && (
          <Alert type="info" showIcon data-testid="batch-retirement-handover"
            title={ct(b.state === "approved" ? "b.retirementHandedOver" : "b.retirementHandover")}
            action={b.state === "approved" ? <Link to="/transfers">{ct("b.retirementCases")}</Link> : undefined} />
        )}
        {b.warnings.length > 0 && (
          <Alert type="warning" showIcon title={ct("b.warnings")} data-testid="batch-warnings"
            description={<ul style={{ margin: 0, paddingLeft: 18 }}>{b.warnings.map((w, i) => <li key={i}>{String(w.full_name ?? "")}: {String(lang === "en" ? w.message_en : w.message)}</li>)}</ul>} />
        )}
        <Card size="small" title={<>{ct("b.decision")} <Tag color={STATE_COLORS[b.state]} data-testid="batch-state">{ct(`b.state.${b.state}` as CareerMessageKey)}</Tag></>}>
          {draft && mayEdit ? (
            <Form form={form} layout="vertical" onValuesChange={sf.onValuesChange} onFinish={save}>
              <Row gutter={12}>
                <Col xs={24} md={12}><Form.Item name="title" label={ct("b.titleField")}><Input maxLength={300} /></Form.Item></Col>
                <Col xs={12} md={6}><Form.Item name="decision_number" label={ct("b.number")}><Input maxLength={100} data-testid="batch-number" /></Form.Item></Col>
                <Col xs={12} md={6}><Form.Item name="decision_signed_on" label={ct("b.signedOn")}><DatePicker format={f.dateInput} style={{ width: "100%" }} /></Form.Item></Col>
                <Col xs={12} md={6}><Form.Item name="signer" label={ct("b.signer")}><Input maxLength={200} /></Form.Item></Col>
                <Col xs={12} md={6}><Form.Item name="issuer" label={ct("b.issuer")}><Input maxLength={300} /></Form.Item></Col>
                <Col xs={24} md={12}><Form.Item name="note" label={ct("b.note")}><Input maxLength={2000} /></Form.Item></Col>
              </Row>
              <Flex gap={8} wrap>
                <Button htmlType="submit" loading={sf.submitting}>{ct("b.save")}</Button>
                <Upload accept=".pdf,image/*" showUploadList={false} beforeUpload={upload}>
                  <Button icon={<UploadOutlined />} loading={busy === "scan"} data-testid="batch-upload">{ct("b.upload")}</Button>
                </Upload>
                {b.has_scan ? <Button type="link" onClick={viewScan} data-testid="batch-scan">{ct("b.viewScan")}{b.scan_filename ? ` (${b.scan_filename})` : ""}</Button> : <Typography.Text type="secondary">{ct("b.noScan")}</Typography.Text>}
              </Flex>
            </Form>
          ) : (
            <Descriptions size="small" column={{ xs: 1, md: 3 }} items={[
              { key: "kind", label: ct("b.kindLabel"), children: batchKindName(ct, b.kind) },
              { key: "number", label: ct("b.number"), children: b.decision_number ?? "—" },
              { key: "signed", label: ct("b.signedOn"), children: b.decision_signed_on ? f.date(b.decision_signed_on) : "—" },
              { key: "signer", label: ct("b.signer"), children: b.signer ?? "—" },
              { key: "issuer", label: ct("b.issuer"), children: b.issuer ?? "—" },
              { key: "by", label: ct("b.createdBy"), children: `${b.created_by}${b.decided_by ? ` → ${b.decided_by}` : ""}` },
              { key: "scan", label: ct("b.scan"), children: b.has_scan ? <Button type="link" size="small" onClick={viewScan} data-testid="batch-scan">{ct("b.viewScan")}</Button> : ct("b.noScan") },
              ...(b.note ? [{ key: "note", label: ct("b.note"), children: b.note }] : []),
            ]} />
          )}
        </Card>
        <Card size="small" title={ct("b.people", { n: b.items.length })}>
          <Table<BatchItem>
            data-testid="batch-items"
            size="small"
            rowKey="id"
            pagination={b.items.length > 50 ? { pageSize: 50 } : false}
            scroll={{ x: "max-content" }}
            dataSource={b.items}
            expandable={{
              defaultExpandAllRows: b.items.length <= 10,
              expandedRowRender: (item) => <PersonChanges diff={diffs.get(item.id)} show={show} fieldName={fieldName} ct={ct} />,
            }}
            columns={[
              { title: ct("c.name"), key: "name", render: (_, i) => <Link to={`/personnel/${i.person_id}`}>{i.full_name}</Link> },
              { title: ct("b.effective"), key: "eff", render: (_, i) => (i.effective_on ? f.date(i.effective_on) : "—") },
              {
                title: ct("c.nextStep"), key: "new",
                render: (_, i) => {
                  const s = i.summary as { new_step?: number; new_coefficient?: string; beyond_frame_percent?: number | null };
                  if (b.kind === "beyond_frame") return s.beyond_frame_percent != null ? `${s.beyond_frame_percent}%` : "";
                  return s.new_step ? `${s.new_step} (${s.new_coefficient ?? "—"})` : "";
                },
              },
              { title: ct("b.amount"), key: "amount", align: "right", render: (_, i) => { const a = (i.summary as { monthly_amount?: number }).monthly_amount; return a != null ? a.toLocaleString("vi-VN") : ""; } },
              { title: ct("b.reason"), key: "reason", render: (_, i) => i.reason ?? "" },
              { key: "stale", render: (_, i) => (diffs.get(i.id)?.stale ? <Tag color="red" data-testid="item-stale">{ct("b.stale")}</Tag> : null) },
            ]}
          />
        </Card>
      </Flex>
      {rejecting && <RejectDialog batchId={batchId} onClose={() => setRejecting(false)} />}
    </>
  );
}

function PersonChanges({ diff, show, fieldName, ct }: {
  diff: PersonDiff | undefined;
  show: (path: string, v: unknown) => React.ReactNode;
  fieldName: (path: string) => string;
  ct: ReturnType<typeof useCt>;
}) {
  if (!diff) return <Skeleton active paragraph={{ rows: 1 }} />;
  if (!diff.changes.length) return <Typography.Text type="secondary">{ct("b.noChanges")}</Typography.Text>;
  return (
    <Table<FieldChange>
      size="small"
      rowKey="path"
      pagination={false}
      data-testid="batch-diff"
      dataSource={diff.changes}
      columns={[
        { title: ct("b.changes"), dataIndex: "path", render: (p: string) => <Typography.Text strong>{fieldName(p)}</Typography.Text> },
        { key: "official", render: (_: unknown, d: FieldChange) => <span style={d.official == null ? undefined : { textDecoration: "line-through", color: "#8c8c8c" }}>{show(d.path, d.official)}</span> },
        { key: "proposed", onCell: () => ({ style: CHANGED }), render: (_: unknown, d: FieldChange) => <Typography.Text strong>{show(d.path, d.proposed)}</Typography.Text> },
      ]}
    />
  );
}

function RejectDialog({ batchId, onClose }: { batchId: string; onClose: () => void }) {
  const ct = useCt();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<{ reason: string }>();
  const sf = useServerForm(form, `batch-reject-${batchId}`);
  const save = async (v: { reason: string }) => {
    if (await sf.submit(() => batchApi.act(batchId, "reject", { reason: v.reason?.trim() }))) {
      message.success(ct("b.rejected"));
      await client.invalidateQueries();
      onClose();
    }
  };
  return (
    <Modal open title={ct("b.reject")} onCancel={onClose} onOk={() => form.submit()} okButtonProps={{ danger: true, loading: sf.submitting, ...{ "data-testid": "batch-reject-ok" } }}>
      <Form form={form} layout="vertical" onValuesChange={sf.onValuesChange} onFinish={save}>
        <Form.Item name="reason" label={ct("b.rejectReason")} rules={[{ required: true, message: ct("k.required") }]}>
          <Input.TextArea rows={3} maxLength={2000} data-testid="batch-reject-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
