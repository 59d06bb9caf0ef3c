import { CheckOutlined, CloseOutlined } from "@ant-design/icons";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Card, DatePicker, Descriptions, Flex, Form, Input, Modal, Skeleton, Table, Typography } from "antd";
import type { Dayjs } from "dayjs";
import { useState } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { EmptyState } from "@/components/EmptyState";
import { PageHeader } from "@/components/PageHeader";
import { personnelApi } from "@/features/personnel/api";
import { useCatalogIndex } from "@/features/personnel/catalogs";
import { useFieldName } from "@/features/personnel/HistoryTab";
import { apiDate, formatName, useFormat } from "@/lib/format";
import { usePt } from "@/features/personnel/messages";
import { useFormatValue } from "@/features/personnel/profile/display";
import { CATALOGS_USED, fieldAt } from "@/features/personnel/profile/spec";
import type { FieldDiff } from "@/features/personnel/types";
import { useServerForm } from "@/lib/forms";
import { useI18n } from "@/lib/i18n";
import { APPROVERS, hasAnyRole } from "@/lib/roles";
import { useSession } from "@/lib/session";
import { useAt } from "./messages";
import { useUnitNames } from "./units";

const CHANGED = { background: "#fffbe6" };

/** One request beside the official record, field by field, with Approve and Reject. */
export function ReviewPage() {
  const { crId = "" } = useParams();
  const at = useAt();
  const pt = usePt();
  const { lang } = useI18n();
  const f = useFormat();
  const { account } = useSession();
  const catalogs = useCatalogIndex(CATALOGS_USED);
  const format = useFormatValue(catalogs);
  const fieldName = useFieldName();
  const cr = useQuery({ queryKey: ["change-request", crId], queryFn: () => personnelApi.changeRequest(crId) });
  const diff = useQuery({ queryKey: ["change-request", crId, "diff"], queryFn: () => personnelApi.diff(crId) });
  const unitName = useUnitNames(cr.data ? [cr.data.unit_id] : []);
  const [acting, setActing] = useState<"approve" | "reject" | null>(null);
  const name = formatName(cr.data?.profile.identity?.full_name);
  const title = at("a.reviewTitle", { name });
  const canDecide = hasAnyRole(account.roles, APPROVERS) && cr.data?.state === "submitted";
  const show = (path: string, v: unknown) => {
    const text = format(fieldAt(path)?.field ?? null, v);
    return text === "" ? <Typography.Text type="secondary">—</Typography.Text> : text;
  };

  if (cr.isLoading) return <><PageHeader title="" /><Card><Skeleton active /></Card></>;
  if (!cr.data) return <><PageHeader title={at("a.title")} /><Card><EmptyState /></Card></>;
  const r = cr.data;

  return (
    <>
      <PageHeader
        title={title}
        crumbs={[{ title }]}
        extra={
          canDecide && (
            <Flex gap={8}>
              <Button danger icon={<CloseOutlined />} onClick={() => setActing("reject")} data-testid="reject">{at("a.reject")}</Button>
              <Button type="primary" icon={<CheckOutlined />} onClick={() => setActing("approve")} data-testid="approve">{at("a.approve")}</Button>
            </Flex>
          )
        }
      />
      <Flex vertical gap={12}>
        {diff.data?.stale && (
          <Alert type="error" showIcon data-testid="stale-alert" title={at("a.staleLong", { current: diff.data.current_version, base: diff.data.base_version })} />
        )}
        {r.state !== "submitted" && <Alert type="info" showIcon title={at("a.decided", { state: pt(`cr.${r.state}`) })} />}
        {r.warnings.length > 0 && (
          <Alert
            type="warning"
            showIcon
            data-testid="review-warnings"
            title={at("a.warningsTitle")}
            description={<ul style={{ margin: 0, paddingLeft: 18 }}>{r.warnings.map((w) => <li key={w.field + w.message}>{fieldName(w.field)}: {lang === "en" ? w.message_en : w.message}</li>)}</ul>}
          />
        )}
        <Card size="small">
          <Descriptions
            size="small"
            column={{ xs: 1, md: 3 }}
            items={[
              { key: "kind", label: at("a.kind"), children: pt(r.kind === "create" ? "cr.create" : "cr.update") },
              { key: "unit", label: at("a.unit"), children: unitName(r.unit_id) },
              { key: "by", label: at("a.submittedBy"), children: `${r.submitted_by ?? r.created_by}, ${f.date(r.submitted_at)}` },
              ...(r.note ? [{ key: "note", label: at("a.note"), children: r.note, span: 3 }] : []),
              ...(r.kind === "update" ? [{ key: "open", label: "", children: <Link to={`/personnel/${r.person_id}`}>{at("a.openProfile")}</Link> }] : []),
            ]}
          />
        </Card>
        <Card size="small" title={at("a.changes", { n: diff.data?.changes.length ?? 0 })}>
          <Table<FieldDiff>
            data-testid="diff-table"
            size="small"
            rowKey="path"
            loading={diff.isLoading}
            dataSource={diff.data?.changes ?? []}
            pagination={false}
            scroll={{ x: "max-content" }}
            locale={{ emptyText: <EmptyState description={at("a.noChanges")} /> }}
            columns={[
              { title: at("a.field"), dataIndex: "path", render: (p: string) => <Typography.Text strong>{fieldName(p)}</Typography.Text> },
              {
                title: at("a.official"),
                key: "official",
                render: (_, d) => <span style={d.official == null ? undefined : { textDecoration: "line-through", color: "#8c8c8c" }}>{show(d.path, d.official)}</span>,
              },
              { title: at("a.proposed"), key: "proposed", onCell: () => ({ style: CHANGED }), render: (_, d) => <Typography.Text strong>{show(d.path, d.proposed)}</Typography.Text> },
            ]}
          />
        </Card>
      </Flex>
      {acting && <DecisionDialog crId={crId} action={acting} onClose={() => setActing(null)} />}
    </>
  );
}

interface DecisionValues {
  decision_number?: string;
  decision_signed_on?: Dayjs;
  reason?: string;
}

function DecisionDialog({ crId, action, onClose }: { crId: string; action: "approve" | "reject"; onClose: () => void }) {
  const at = useAt();
  const pt = usePt();
  const f = useFormat();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [form] = Form.useForm<DecisionValues>();
  const sf = useServerForm(form, `decision-${action}-${crId}`);
  const save = async (v: DecisionValues) => {
    const body =
      action === "approve"
        ? { decision_number: v.decision_number || null, decision_signed_on: apiDate(v.decision_signed_on) }
        : { reason: v.reason?.trim() };
    const done = await sf.submit(() => personnelApi.act(crId, action, body));
    if (!done) return;
    message.success(at(action === "approve" ? "a.approved" : "a.rejected"));
    await client.invalidateQueries();
    navigate("/approvals");
  };
  return (
    <Modal
      open
      title={at(action === "approve" ? "a.approveTitle" : "a.rejectTitle")}
      okText={at(action === "approve" ? "a.approve" : "a.reject")}
      okButtonProps={{ danger: action === "reject" }}
      confirmLoading={sf.submitting}
      onCancel={onClose}
      onOk={() => form.submit()}
    >
      <Form form={form} name="decision" layout="vertical" onValuesChange={sf.onValuesChange} onFinish={save}>
        {action === "approve" ? (
          <>
            <Typography.Paragraph type="secondary">{at("a.approveHint")}</Typography.Paragraph>
            <Flex gap={12}>
              <Form.Item name="decision_number" label={pt("f.decisionNumber")} style={{ flex: 1 }}>
                <Input maxLength={100} />
              </Form.Item>
              <Form.Item name="decision_signed_on" label={pt("f.decisionDate")} style={{ flex: 1 }}>
                <DatePicker format={f.dateInput} style={{ width: "100%" }} />
              </Form.Item>
            </Flex>
          </>
        ) : (
          <Form.Item name="reason" label={at("a.reason")} rules={[{ required: true, whitespace: true, message: at("a.reasonRequired") }]}>
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 6 }} maxLength={2000} data-testid="reject-reason" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
