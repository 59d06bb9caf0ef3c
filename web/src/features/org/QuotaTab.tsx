import { EditOutlined } from "@ant-design/icons";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, DatePicker, Descriptions, Flex, Form, Input, InputNumber, Modal, Select, Table, Tag } from "antd";
import type { Dayjs } from "dayjs";
import { useState } from "react";
import { ApiError } from "@/lib/errors";
import { apiDate, pickerDate, useFormat, todayInVietnam } from "@/lib/format";
import { useServerForm } from "@/lib/forms";
import { useI18n } from "@/lib/i18n";
import { orgApi, QUOTA_STALE, type Quota } from "./api";
import { useOrgText } from "./messages";

interface Row {
  key: string;
  label: string;
  quota: number | null | undefined;
  actual: number;
}

function Difference({ quota, actual }: { quota: number | null | undefined; actual: number }) {
  const tr = useOrgText();
  const f = useFormat();
  if (quota === null || quota === undefined) return <>—</>;
  const d = quota - actual;
  return d < 0 ? <Tag color="red">{tr("over", { n: f.number(-d) })}</Tag> : <Tag color="green">{tr("under", { n: f.number(d) })}</Tag>;
}

interface QuotaForm {
  staffing_quota: number | null;
  headcount_quota: number | null;
  contract_worker_quota: number | null;
  decision_number: string | null;
  decision_date: Dayjs | null;
  note: string | null;
}

const quotaValues = (quota: Quota) => ({ ...quota, decision_date: pickerDate(quota.decision_date) });

/**
 * The year's quota, replaced. The change names the quota's version the editor opened with: if another
 * administrator changed it meanwhile, the service refuses it (409), the editor says so and shows the
 * figures as they now are.
 */
function QuotaEditor({ unitId, year, quota: opened, onClose }: { unitId: string; year: number; quota: Quota; onClose: () => void }) {
  const tr = useOrgText();
  const f = useFormat();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<QuotaForm>();
  const [quota, setQuota] = useState(opened);
  const [stale, setStale] = useState(false);
  const sf = useServerForm(form, `org-quota-${unitId}-${year}`, { initialValues: quotaValues(quota) });
  const reload = async (): Promise<null> => {
    const fresh = await orgApi.quota(unitId, year);
    client.setQueryData(["org", "quota", unitId, year], fresh);
    setQuota(fresh);
    form.resetFields();
    form.setFieldsValue(quotaValues(fresh) as never);
    setStale(true);
    return null;
  };
  const save = async (v: QuotaForm) => {
    const saved = await sf.submit(async () => {
      try {
        return await orgApi.setQuota(unitId, year, { ...v, decision_date: apiDate(v.decision_date), row_version: quota.row_version });
      } catch (err) {
        if (err instanceof ApiError && err.status === 409 && err.code === QUOTA_STALE) return reload();
        throw err;
      }
    });
    if (saved) {
      client.setQueryData(["org", "quota", unitId, year], saved);
      message.success(tr("quotaSaved", { year }));
      onClose();
    }
  };
  return (
    <Modal open title={`${tr("editQuota")} ${year}`} onCancel={onClose} onOk={() => form.submit()} okText={tr("submit")}
      confirmLoading={sf.submitting} destroyOnHidden>
      {stale && <Alert type="warning" showIcon data-testid="quota-stale" style={{ marginBottom: 12 }} title={tr("quotaStale", { year })} />}
      <Form form={form} layout="vertical" onValuesChange={sf.onValuesChange} onFinish={save} data-testid="quota-form">
        <Flex gap={12} wrap>
          <Form.Item name="staffing_quota" label={tr("staffingQuota")} style={{ flex: 1, minWidth: 140 }}>
            <InputNumber min={0} style={{ width: "100%" }} />
          </Form.Item>
          <Form.Item name="headcount_quota" label={tr("headcountQuota")} style={{ flex: 1, minWidth: 140 }}>
            <InputNumber min={0} style={{ width: "100%" }} />
          </Form.Item>
          <Form.Item name="contract_worker_quota" label={tr("contractQuota")} style={{ flex: 1, minWidth: 140 }}>
            <InputNumber min={0} style={{ width: "100%" }} />
          </Form.Item>
        </Flex>
        <Flex gap={12} wrap>
          <Form.Item name="decision_number" label={tr("decisionNumber")} style={{ flex: 2, minWidth: 200 }}>
            <Input maxLength={120} />
          </Form.Item>
          <Form.Item name="decision_date" label={tr("decisionDate")} style={{ flex: 1, minWidth: 140 }}>
            <DatePicker format={f.dateInput} style={{ width: "100%" }} />
          </Form.Item>
        </Flex>
        <Form.Item name="note" label={tr("note")}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Staffing quotas of a year beside the headcount org last heard of; province admins set them. */
export function QuotaTab({ unitId, editable }: { unitId: string; editable: boolean }) {
  const tr = useOrgText();
  const { lang } = useI18n();
  const f = useFormat();
  const thisYear = todayInVietnam().year();
  const [year, setYear] = useState(thisYear);
  const [editing, setEditing] = useState(false);
  const q = useQuery({ queryKey: ["org", "quota", unitId, year], queryFn: () => orgApi.quota(unitId, year) });
  const d = q.data;
  const rows: Row[] = d
    ? [
        { key: "cs", label: tr("staffingQuota"), quota: d.staffing_quota, actual: d.actual.civil_servant },
        { key: "pe", label: tr("headcountQuota"), quota: d.headcount_quota, actual: d.actual.public_employee },
        { key: "cw", label: tr("contractQuota"), quota: d.contract_worker_quota, actual: d.actual.contract_worker },
        { key: "cadre", label: tr("cadres"), quota: undefined, actual: d.actual.cadre },
      ]
    : [];
  return (
    <>
      <Flex justify="space-between" align="center" style={{ marginBottom: 12 }} gap={8} wrap>
        <span>
          {tr("year")}:{" "}
          <Select
            data-testid="quota-year"
            value={year}
            onChange={setYear}
            style={{ width: 100 }}
            options={[thisYear + 1, thisYear, thisYear - 1, thisYear - 2, thisYear - 3].map((y) => ({ value: y, label: y }))}
          />
        </span>
        {editable && d && (
          <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="quota-edit">
            {tr("editQuota")}
          </Button>
        )}
      </Flex>
      {q.error && <Alert type="error" showIcon title={q.error instanceof ApiError ? q.error.text(lang) : String(q.error)} />}
      <Table<Row>
        data-testid="quota-table"
        size="small"
        loading={q.isLoading}
        pagination={false}
        dataSource={rows}
        columns={[
          { title: tr("quotaKind"), dataIndex: "label" },
          { title: tr("quota"), dataIndex: "quota", align: "right", render: (v: number | null | undefined) => (v === undefined ? "—" : v === null ? tr("notSet") : f.number(v)) },
          { title: tr("actual"), dataIndex: "actual", align: "right", render: (v: number) => f.number(v) },
          { title: tr("difference"), key: "diff", align: "right", render: (_, r) => <Difference quota={r.quota} actual={r.actual} /> },
        ]}
      />
      {d && (
        <Descriptions size="small" column={{ xs: 1, md: 2 }} style={{ marginTop: 12 }}>
          <Descriptions.Item label={tr("quotaDecision")}>
            {[d.decision_number, f.date(d.decision_date)].filter(Boolean).join(", ") || "—"}
          </Descriptions.Item>
          <Descriptions.Item label={tr("positionCount")}>{f.number(d.job_position_count)}</Descriptions.Item>
          {d.note && <Descriptions.Item label={tr("note")} span={2}>{d.note}</Descriptions.Item>}
        </Descriptions>
      )}
      {editing && d && <QuotaEditor unitId={unitId} year={year} quota={d} onClose={() => setEditing(false)} />}
    </>
  );
}
