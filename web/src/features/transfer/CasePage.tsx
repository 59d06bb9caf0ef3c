import { FileTextOutlined, UploadOutlined } from "@ant-design/icons";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Card, Col, Descriptions, Flex, Input, Modal, Row, Space, Table, Tag, Timeline, Typography, Upload } from "antd";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { PageHeader } from "@/components/PageHeader";
import { UnitSelect } from "@/features/admin/UnitSelect";
import { formatDate } from "@/features/personnel/labels";
import { fetchBlob } from "@/features/personnel/files";
import { ApiError } from "@/lib/errors";
import { useI18n } from "@/lib/i18n";
import { useErrorNotice } from "@/lib/notify";
import { hasAnyRole } from "@/lib/roles";
import { useSession } from "@/lib/session";
import { transferApi, type Obligation, type Step } from "./api";
import { DueTag } from "./DueTag";
import { kindLabel, obligationLabel, stateColor, stateLabel, stepLabel } from "./labels";
import { useTt } from "./messages";
import { CASE_EDITORS } from "./TransfersPage";

// Moments are shown on Vietnam's clock, whatever the browser's time zone.
const VIETNAM = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Asia/Ho_Chi_Minh", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hour12: false,
});

function vietnamParts(iso: string): Record<string, string> {
  return Object.fromEntries(VIETNAM.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
}

/** The day (dd/MM/yyyy) of a moment in Vietnam. */
function dayOf(iso: string): string {
  const p = vietnamParts(iso);
  return `${p.day}/${p.month}/${p.year}`;
}

function when(iso: string): string {
  const p = vietnamParts(iso);
  return `${dayOf(iso)} ${p.hour}:${p.minute}`;
}

/** One case: its data and decision, the steps taken, the deadlines, and the steps it allows now. */
export function CasePage() {
  const { caseId = "" } = useParams();
  const tt = useTt();
  const { lang } = useI18n();
  const { account } = useSession();
  const { message } = App.useApp();
  const notice = useErrorNotice();
  const client = useQueryClient();
  const [busy, setBusy] = useState<Step | null>(null);
  const [rejecting, setRejecting] = useState(false);
  const [forwarding, setForwarding] = useState(false);
  const [reason, setReason] = useState("");
  const [subUnit, setSubUnit] = useState<string | undefined>();
  const query = useQuery({
    queryKey: ["transfer-case", caseId],
    queryFn: () => transferApi.case(caseId),
    // While personnel applies the move, look again every second until the case is done.
    refetchInterval: (q) => (q.state.data && ["accepted", "forwarded"].includes(q.state.data.state) ? 1000 : false),
  });
  const c = query.data;
  const mayAct = hasAnyRole(account.roles, CASE_EDITORS);

  const act = async (step: Step, extra: { reason?: string; to_sub_unit_id?: string } = {}) => {
    if (!c) return;
    setBusy(step);
    try {
      const next = await transferApi.step(c.id, step, { row_version: c.row_version, ...extra });
      client.setQueryData(["transfer-case", caseId], next);
      await client.invalidateQueries({ queryKey: [transferApi.casesPath] });
      message.success(`${stepLabel(step, lang)}: ${stateLabel(next.state, lang)}`);
      return true;
    } catch (err) {
      notice(err);
      await query.refetch();
      return false;
    } finally {
      setBusy(null);
    }
  };

  if (query.error) {
    const text = query.error instanceof ApiError ? query.error.text(lang) : String(query.error);
    return <Alert type="error" showIcon title={text} />;
  }
  if (!c) return <Card loading />;

  const buttons = mayAct ? c.steps_open : [];
  return (
    <>
      <PageHeader
        title={tt("d.title", { name: c.full_name })}
        crumbs={[{ title: c.full_name }]}
        extra={<Tag color={stateColor(c.state)} data-testid="case-state">{stateLabel(c.state, lang)}</Tag>}
      />
      {["accepted", "forwarded"].includes(c.state) && c.moves_total > c.moves_applied && (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} title={tt("d.waiting", { applied: c.moves_applied, total: c.moves_total })} />
      )}
      {buttons.length > 0 && (
        <Space style={{ marginBottom: 12 }} wrap data-testid="case-actions">
          {buttons.map((step) => (
            <Button
              key={step}
              type={["send", "accept", "complete", "forward"].includes(step) ? "primary" : "default"}
              danger={step === "reject" || step === "cancel"}
              loading={busy === step}
              data-testid={`step-${step}`}
              onClick={() => {
                if (step === "reject") setRejecting(true);
                else if (step === "forward") setForwarding(true);
                else Modal.confirm({ title: tt("d.confirm", { step: stepLabel(step, lang) }), onOk: () => act(step) });
              }}
            >
              {stepLabel(step, lang)}
            </Button>
          ))}
        </Space>
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card size="small" title={tt("d.data")}>
            <Descriptions column={1} size="small" bordered>
              <Descriptions.Item label={tt("t.kind")}>{kindLabel(c.kind, lang)}</Descriptions.Item>
              <Descriptions.Item label={tt("t.person")}>
                {c.person_id && c.kind !== "arrival" ? <Link to={`/personnel/${c.person_id}`}>{c.full_name}</Link> : c.full_name}
                {c.personal_id_number && <Typography.Text type="secondary"> · {c.personal_id_number}</Typography.Text>}
              </Descriptions.Item>
              <Descriptions.Item label={tt("t.route")}>
                {c.from_unit_name ?? c.from_unit_id ?? c.outside_organisation ?? tt("t.outside")} →{" "}
                {c.to_unit_name ?? c.to_unit_id ?? c.outside_organisation ?? tt("t.outside")}
              </Descriptions.Item>
              {c.return_on && <Descriptions.Item label={tt("d.returnOn")}>{formatDate(c.return_on)}</Descriptions.Item>}
              <Descriptions.Item label={tt("t.decision")}>
                {c.decision_number} · {tt("f.signedOn")} {formatDate(c.decision_signed_on)} · {tt("f.effectiveOn")}{" "}
                {formatDate(c.effective_on)}
                {c.signer && ` · ${c.signer}`}
              </Descriptions.Item>
              {c.reject_reason && <Descriptions.Item label={tt("d.rejectReason")}>{c.reject_reason}</Descriptions.Item>}
              {c.note && <Descriptions.Item label={tt("f.note")}>{c.note}</Descriptions.Item>}
              <Descriptions.Item label={tt("d.document")}>
                <Space wrap>
                  {c.decision_document_name ? (
                    <Button
                      icon={<FileTextOutlined />}
                      onClick={() =>
                        fetchBlob(transferApi.decisionPath(c.id))
                          .then((blob) => window.open(URL.createObjectURL(blob), "_blank", "noopener"))
                          .catch(notice)
                      }
                    >
                      {c.decision_document_name}
                    </Button>
                  ) : (
                    <Typography.Text type="secondary">{tt("d.noDocument")}</Typography.Text>
                  )}
                  {mayAct && (
                    <Upload
                      accept=".pdf,.jpg,.jpeg,.png"
                      showUploadList={false}
                      customRequest={({ file, onSuccess, onError }) => {
                        transferApi
                          .uploadDecision(c.id, file as File)
                          .then((next) => {
                            client.setQueryData(["transfer-case", caseId], next);
                            onSuccess?.(next);
                          })
                          .catch((err) => {
                            notice(err);
                            onError?.(err);
                          });
                      }}
                    >
                      <Button icon={<UploadOutlined />} data-testid="upload-decision">{tt("d.upload")}</Button>
                    </Upload>
                  )}
                </Space>
              </Descriptions.Item>
            </Descriptions>
          </Card>
          <Card size="small" title={tt("d.obligations")} style={{ marginTop: 16 }}>
            <Table<Obligation>
              size="small"
              rowKey={(o) => `${o.kind}-${o.unit_id}`}
              pagination={false}
              dataSource={c.obligations}
              data-testid="case-obligations"
              columns={[
                { title: tt("t.kind"), dataIndex: "kind", render: (k: string, o) => <span title={o.legal_basis}>{obligationLabel(k, lang)}</span> },
                { title: tt("t.due"), key: "due", render: (_, o) => <DueTag due={o.due_on} daysLeft={o.days_left} /> },
                {
                  title: tt("t.state"),
                  key: "state",
                  render: (_, o) =>
                    o.done_at ? (
                      <Tag color={o.late ? "red" : "green"}>{o.late ? tt("d.lateTag") : tt("d.onTime")} · {tt("d.doneAt", { at: dayOf(o.done_at) })}</Tag>
                    ) : o.days_left === null ? (
                      <Tag>{tt("d.cancelled")}</Tag>
                    ) : null,
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card size="small" title={tt("d.steps")}>
            <Timeline
              data-testid="case-steps"
              items={c.steps.map((s) => ({
                color: s.step === "reject" || s.step === "cancel" || s.step === "refused" ? "red" : s.step === "applied" ? "green" : "blue",
                content: (
                  <Flex vertical>
                    <Typography.Text strong>{stepLabel(s.step, lang)}</Typography.Text>
                    <Typography.Text type="secondary">
                      {when(s.at)} · {s.by_username}
                      {s.by_unit_id ? ` (${s.by_unit_id})` : ""}
                    </Typography.Text>
                    {s.note && <Typography.Text>{s.note}</Typography.Text>}
                  </Flex>
                ),
              }))}
            />
          </Card>
        </Col>
      </Row>
      <Modal
        title={tt("d.rejectTitle")}
        open={rejecting}
        okButtonProps={{ danger: true, disabled: !reason.trim(), loading: busy === "reject", "data-testid": "reject-ok" } as never}
        onOk={async () => (await act("reject", { reason })) && setRejecting(false)}
        onCancel={() => setRejecting(false)}
      >
        <Input.TextArea rows={3} value={reason} onChange={(e) => setReason(e.target.value)} placeholder={tt("d.rejectReason")} data-testid="reject-reason" />
      </Modal>
      <Modal
        title={tt("d.forwardTitle")}
        open={forwarding}
        okButtonProps={{ loading: busy === "forward", "data-testid": "forward-ok" } as never}
        onOk={async () => (await act("forward", { to_sub_unit_id: subUnit })) && setForwarding(false)}
        onCancel={() => setForwarding(false)}
      >
        <Typography.Paragraph type="secondary">{tt("d.forwardHint")}</Typography.Paragraph>
        <UnitSelect value={subUnit} onChange={setSubUnit} />
      </Modal>
    </>
  );
}
