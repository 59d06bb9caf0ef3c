import { CheckOutlined, CloseOutlined, DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Card, DatePicker, Descriptions, Flex, Form, Input, InputNumber, Modal, Select, Space, Table, Tag, Typography } from "antd";
import type { Dayjs } from "dayjs";
import { useState } from "react";
import { EmptyState } from "@/components/EmptyState";
import { ApiError } from "@/lib/errors";
import { apiDate, useFormat } from "@/lib/format";
import { useServerForm } from "@/lib/forms";
import { useI18n } from "@/lib/i18n";
import { useCatalogLabel } from "@/lib/catalogs";
import { useErrorNotice } from "@/lib/notify";
import { useSession } from "@/lib/session";
import { orgApi, type JobPlan } from "./api";
import { useOrgText } from "./messages";

type Line = JobPlan["items"][number];

interface PlanForm {
  decision_number: string;
  decision_date: Dayjs | null;
  effective_on: Dayjs | null;
  issuer: string;
  note: string | null;
  items: { position_code: string; posts: number | null }[];
}

const STATE_COLOR: Record<string, string> = { submitted: "gold", approved: "green", rejected: "default" };

function PlanLines({ plan }: { plan: JobPlan }) {
  const tr = useOrgText();
  const f = useFormat();
  const category = useCatalogLabel("org", "job_position_categories");
  return (
    <Table<Line>
      size="small"
      rowKey="position_code"
      pagination={false}
      dataSource={plan.items}
      scroll={{ x: 640 }}
      columns={[
        { title: tr("positionCode"), dataIndex: "position_code", width: 100 },
        {
          title: tr("positionName"),
          dataIndex: "position_name",
          render: (n: string | null) => n ?? <Typography.Text type="secondary">{tr("planRetiredName")}</Typography.Text>,
        },
        { title: tr("planPosts"), dataIndex: "posts", align: "right", width: 120, render: (n: number) => f.number(n) },
        {
          title: tr("positionCategory"),
          dataIndex: "category",
          width: 220,
          ellipsis: true,
          render: (c: string | null) => <Typography.Text type="secondary">{c ? category(c) : "—"}</Typography.Text>,
        },
      ]}
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0} colSpan={2}>
            <b>{tr("planTotal")}</b>
          </Table.Summary.Cell>
          <Table.Summary.Cell index={2} align="right">
            <b data-testid="plan-total">{f.number(plan.total_posts)}</b>
          </Table.Summary.Cell>
          <Table.Summary.Cell index={3} />
        </Table.Summary.Row>
      )}
    />
  );
}

function PlanEditor({ unitId, current, onClose }: { unitId: string; current: JobPlan | null; onClose: () => void }) {
  const tr = useOrgText();
  const f = useFormat();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<PlanForm>();
  const sf = useServerForm(form, `org-job-plan-${unitId}`, {
    initialValues: {
      issuer: current?.issuer ?? "Chủ tịch UBND tỉnh Tuyên Quang",
      items: current?.items.map((i) => ({ position_code: i.position_code, posts: i.posts })) ?? [{ position_code: "", posts: null }],
    },
  });
  const positions = useQuery({ queryKey: ["org", "positions", unitId], queryFn: () => orgApi.positions(unitId) });
  const options = (positions.data ?? []).map((p) => ({
    value: p.code,
    label: `${p.name} (${p.code})${p.valid_to ? ` – ${tr("positionValidTo").toLowerCase()} ${f.date(p.valid_to)}` : ""}`,
  }));
  const required = (field: string) => [{ required: true, message: tr("required", { field: field.toLowerCase() }) }];
  const save = async (v: PlanForm) => {
    const saved = await sf.submit(() =>
      orgApi.proposeJobPlan(unitId, {
        decision_number: v.decision_number,
        decision_date: apiDate(v.decision_date) as string,
        effective_on: apiDate(v.effective_on),
        issuer: v.issuer,
        note: v.note || null,
        items: (v.items ?? []).map((i) => ({ position_code: i.position_code, posts: i.posts as number })),
      }),
    );
    if (saved) {
      await client.invalidateQueries({ queryKey: ["org", "job-plans", unitId] });
      message.success(tr("planSubmitted", { version: saved.version }));
      onClose();
    }
  };
  return (
    <Modal open width={760} title={tr("planNew")} onCancel={onClose} onOk={() => form.submit()} okText={tr("submit")}
      confirmLoading={sf.submitting} destroyOnHidden>
      <Alert type="info" showIcon title={tr("planNewHint")} style={{ marginBottom: 12 }} />
      <Form form={form} layout="vertical" onValuesChange={sf.onValuesChange} onFinish={save} data-testid="job-plan-form">
        <Flex gap={12} wrap>
          <Form.Item name="decision_number" label={tr("decisionNumber")} rules={required(tr("decisionNumber"))} style={{ flex: 2, minWidth: 200 }}>
            <Input maxLength={120} />
          </Form.Item>
          <Form.Item name="decision_date" label={tr("decisionDate")} rules={required(tr("decisionDate"))} style={{ flex: 1, minWidth: 140 }}>
            <DatePicker format={f.dateInput} style={{ width: "100%" }} />
          </Form.Item>
          <Form.Item name="effective_on" label={tr("planEffective")} style={{ flex: 1, minWidth: 140 }}>
            <DatePicker format={f.dateInput} style={{ width: "100%" }} />
          </Form.Item>
        </Flex>
        <Form.Item name="issuer" label={tr("planIssuer")} rules={required(tr("planIssuer"))}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.List name="items">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Flex key={field.key} gap={8} align="start">
                  <Form.Item name={[field.name, "position_code"]} rules={required(tr("positionName"))} style={{ flex: 1, marginBottom: 8 }}>
                    <Select options={options} showSearch={{ optionFilterProp: "label" }} placeholder={tr("positionName")} />
                  </Form.Item>
                  <Form.Item name={[field.name, "posts"]} rules={required(tr("planPosts"))} style={{ width: 130, marginBottom: 8 }}>
                    <InputNumber placeholder={tr("planPosts")} style={{ width: "100%" }} />
                  </Form.Item>
                  <Button icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={tr("planAddLine")} />
                </Flex>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ position_code: undefined, posts: null })} style={{ marginBottom: 12 }}>
                {tr("planAddLine")}
              </Button>
            </>
          )}
        </Form.List>
        <Form.Item name="note" label={tr("note")}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The unit's approved job-position plan (đề án vị trí việc làm) in force, its versions, and a new version. */
export function JobPlanTab({ unitId, canPropose, canDecide }: { unitId: string; canPropose: boolean; canDecide: boolean }) {
  const tr = useOrgText();
  const f = useFormat();
  const { lang } = useI18n();
  const { account } = useSession();
  const { message, modal } = App.useApp();
  const notice = useErrorNotice();
  const client = useQueryClient();
  const [adding, setAdding] = useState(false);
  const versions = useQuery({ queryKey: ["org", "job-plans", unitId], queryFn: () => orgApi.jobPlans(unitId) });
  const current = (versions.data ?? []).find((v) => v.current) ?? null;

  const decide = (plan: JobPlan, approve: boolean) => {
    let note = "";
    modal.confirm({
      title: `${approve ? tr("planApprove") : tr("planReject")} – ${tr("planVersion").toLowerCase()} ${plan.version}`,
      content: approve ? null : <Input.TextArea rows={2} placeholder={tr("planRejectReason")} onChange={(e) => (note = e.target.value)} />,
      onOk: async () => {
        try {
          await orgApi.decideJobPlan(unitId, plan.id, approve, note || null);
          await client.invalidateQueries({ queryKey: ["org", "job-plans", unitId] });
          message.success(tr(approve ? "planApproved" : "planRejected", { version: plan.version }));
        } catch (err) {
          notice(err);
        }
      },
    });
  };

  return (
    <Flex vertical gap={12} data-testid="job-plan">
      {versions.error && <Alert type="error" showIcon title={versions.error instanceof ApiError ? versions.error.text(lang) : String(versions.error)} />}
      <Card
        size="small"
        title={tr("planCurrent")}
        extra={canPropose && <Button icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="job-plan-new">{tr("planNew")}</Button>}
      >
        {current ? (
          <>
            <Descriptions size="small" column={{ xs: 1, sm: 2 }} style={{ marginBottom: 8 }}>
              <Descriptions.Item label={tr("decisionNumber")}>{current.decision_number}</Descriptions.Item>
              <Descriptions.Item label={tr("decisionDate")}>{f.date(current.decision_date)}</Descriptions.Item>
              <Descriptions.Item label={tr("planEffective")}>{f.date(current.effective_on)}</Descriptions.Item>
              <Descriptions.Item label={tr("planIssuer")}>{current.issuer}</Descriptions.Item>
            </Descriptions>
            <PlanLines plan={current} />
          </>
        ) : (
          !versions.isLoading && <Typography.Text type="secondary">{tr("planNone")}</Typography.Text>
        )}
      </Card>
      <Card size="small" title={tr("planVersions")}>
        <Table<JobPlan>
          size="small"
          rowKey="id"
          loading={versions.isLoading}
          dataSource={versions.data ?? []}
          pagination={false}
          scroll={{ x: "max-content" }}
          locale={{ emptyText: <EmptyState /> }}
          expandable={{ expandedRowRender: (p) => <PlanLines plan={p} /> }}
          columns={[
            { title: tr("planVersion"), dataIndex: "version" },
            { title: tr("planEffective"), dataIndex: "effective_on", render: (d: string) => f.date(d) },
            { title: tr("decisionNumber"), key: "decision", render: (_, p) => `${p.decision_number}, ${f.date(p.decision_date)}` },
            { title: tr("planIssuer"), dataIndex: "issuer" },
            { title: tr("planTotal"), dataIndex: "total_posts", align: "right", render: (n: number) => f.number(n) },
            {
              title: tr("planState"),
              key: "state",
              render: (_, p) => (
                <Space size={4} wrap>
                  <Tag color={STATE_COLOR[p.state]}>{tr(`planState.${p.state}`)}</Tag>
                  {p.current && <Tag color="blue">{tr("planInForce")}</Tag>}
                  {p.decision_note && <Typography.Text type="secondary">{p.decision_note}</Typography.Text>}
                </Space>
              ),
            },
            { title: tr("planSubmittedBy"), dataIndex: "submitted_by" },
            {
              key: "actions",
              render: (_, p) =>
                canDecide && p.state === "submitted" && p.submitted_by !== account.username ? (
                  <Space size={4}>
                    <Button size="small" type="primary" icon={<CheckOutlined />} onClick={() => decide(p, true)}>{tr("planApprove")}</Button>
                    <Button size="small" icon={<CloseOutlined />} onClick={() => decide(p, false)}>{tr("planReject")}</Button>
                  </Space>
                ) : null,
            },
          ]}
        />
      </Card>
      {adding && <PlanEditor unitId={unitId} current={current} onClose={() => setAdding(false)} />}
    </Flex>
  );
}
