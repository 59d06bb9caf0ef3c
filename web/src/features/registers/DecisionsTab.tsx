import { CheckOutlined, CloseOutlined, DownloadOutlined, PlusOutlined } from "@ant-design/icons";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { App, Button, Card, Checkbox, DatePicker, Flex, Form, Input, InputNumber, Modal, Select, Space, Tag, Typography, type TableColumnsType } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import { Link } from "react-router";
import { PagedTable } from "@/components/PagedTable";
import { UnitPicker } from "@/components/UnitPicker";
import { saveBlob } from "@/features/personnel/files";
import { apiOrNull } from "@/lib/api";
import { catalogItemName, type CatalogItem } from "@/lib/catalogs";
import { ApiError } from "@/lib/errors";
import { apiDate, useFormat, todayInVietnam } from "@/lib/format";
import { useServerForm } from "@/lib/forms";
import { useI18n } from "@/lib/i18n";
import { hasAnyRole, APPROVERS, EDITORS } from "@/lib/roles";
import { useSession } from "@/lib/session";
import { useUnitScope } from "@/lib/unitScope";
import { decisionsPath, registersApi, type Decision, type DecisionKind } from "./api";
import { EarlyRaiseTag } from "./EarlyRaiseUse";
import { PeoplePicker } from "./PeoplePicker";
import { useRt, type RegisterMessageKey } from "./messages";

const STATE_COLORS: Record<string, string> = { submitted: "orange", approved: "green", rejected: "red" };
const STAFF_WORDS: Record<string, string> = { can_bo: "cán bộ", cong_chuc: "công chức", vien_chuc: "viên chức" };
const CATALOGS: Record<DecisionKind, string[]> = { award: ["award_forms", "emulation_titles"], discipline: ["discipline_forms"] };

function useFormOptions(kind: DecisionKind) {
  const { lang } = useI18n();
  const f = useFormat();
  const items = useQuery({
    queryKey: ["catalog", "org", ...CATALOGS[kind]],
    queryFn: async () => (await Promise.all(CATALOGS[kind].map((c) => apiOrNull<CatalogItem[]>(`/api/org/catalogs/${c}/items`)))).flatMap((l) => l ?? []),
    staleTime: 60 * 60_000,
  });
  return (items.data ?? []).filter((i) => i.active !== false).map((i) => {
    const applies = typeof i.attributes?.applies_to === "string"
      ? ` · ${i.attributes.applies_to.split(";").map((w) => STAFF_WORDS[w.trim()] ?? w).join(", ")}` : "";
    const until = i.valid_to ? ` (≤ ${f.date(i.valid_to)})` : "";
    return { value: i.code, label: `${catalogItemName(i, lang)}${kind === "discipline" ? applies + until : ""}` };
  });
}

interface FormValues {
  number: string;
  signed_on: dayjs.Dayjs;
  issuer: string;
  signer?: string;
  form: string;
  level?: string;
  achievement_year?: number;
  violation?: string;
  duty_related?: boolean;
  note?: string;
  person_ids: string[];
}

function DecisionForm({ kind, open, onClose }: { kind: DecisionKind; open: boolean; onClose: () => void }) {
  const rt = useRt();
  const f = useFormat();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<FormValues>();
  const sf = useServerForm(form, `register-decision-${kind}`, { initialValues: { duty_related: true } });
  const options = useFormOptions(kind);
  const finish = async (v: FormValues) => {
    const saved = await sf.submit(() => registersApi.create({
      kind, number: v.number, signed_on: apiDate(v.signed_on) ?? "", issuer: v.issuer, signer: v.signer || null,
      form: v.form, level: v.level || null, achievement_year: v.achievement_year ?? null, violation: v.violation || null,
      duty_related: v.duty_related ?? true, note: v.note || null, person_ids: v.person_ids ?? [],
    }));
    if (saved) {
      message.success(rt("r.saved"));
      form.resetFields();
      await client.invalidateQueries({ queryKey: [decisionsPath] });
      onClose();
    }
  };
  const req = [{ required: true, message: rt("r.required") }];
  return (
    <Modal open={open} onCancel={onClose} title={rt(`r.new.${kind}`)} width={720} destroyOnHidden
      okText={rt("r.new." + kind as RegisterMessageKey)} onOk={() => form.submit()} confirmLoading={sf.submitting}
      okButtonProps={{ "data-testid": "decision-save" } as never}>
      <Form form={form} layout="vertical" onValuesChange={sf.onValuesChange} onFinish={finish} data-testid="decision-form">
        <Flex gap={12}>
          <Form.Item name="number" label={rt("r.number")} rules={req} style={{ flex: 1 }}>
            <Input placeholder="123/QĐ-UBND" data-testid="decision-number" />
          </Form.Item>
          <Form.Item name="signed_on" label={rt("r.signedOn")} rules={req}>
            <DatePicker format={f.dateInput} data-testid="decision-signed-on" />
          </Form.Item>
        </Flex>
        <Flex gap={12}>
          <Form.Item name="issuer" label={rt("r.issuer")} rules={req} style={{ flex: 1 }}>
            <Input placeholder="UBND tỉnh Tuyên Quang" data-testid="decision-issuer" />
          </Form.Item>
          <Form.Item name="signer" label={rt("r.signer")} style={{ flex: 1 }}>
            <Input />
          </Form.Item>
        </Flex>
        <Form.Item name="form" label={rt(`r.form.${kind}`)} rules={req}>
          <Select showSearch optionFilterProp="label" options={options} data-testid="decision-form-select" />
        </Form.Item>
        {kind === "award" ? (
          <Flex gap={12}>
            <Form.Item name="level" label={rt("r.level")} style={{ flex: 1 }}>
              <Select allowClear options={["Nhà nước", "Chính phủ", "Bộ, ngành, tỉnh", "Cơ sở"].map((v) => ({ value: v, label: v }))} />
            </Form.Item>
            <Form.Item name="achievement_year" label={rt("r.achievementYear")}>
              <InputNumber min={1945} max={2100} />
            </Form.Item>
          </Flex>
        ) : (
          <>
            <Form.Item name="violation" label={rt("r.violation")} rules={req}>
              <Input.TextArea rows={2} data-testid="decision-violation" />
            </Form.Item>
            <Form.Item name="duty_related" valuePropName="checked">
              <Checkbox>{rt("r.dutyRelated")}</Checkbox>
            </Form.Item>
          </>
        )}
        <Form.Item name="person_ids" label={rt("r.people")} rules={req}>
          <PeoplePicker placeholder={rt("r.pickPeople")} />
        </Form.Item>
        <Form.Item name="note" label={rt("r.note")}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The award or discipline register: decisions with their people, entered, approved, exported per unit. */
export function DecisionsTab({ kind }: { kind: DecisionKind }) {
  const rt = useRt();
  const f = useFormat();
  const { lang } = useI18n();
  const { message, modal } = App.useApp();
  const client = useQueryClient();
  const { account } = useSession();
  const { selected } = useUnitScope();
  const [year, setYear] = useState<number | null>(null);
  const [state, setState] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const roles = account?.roles ?? [];
  const query = { kind, unit_id: selected?.unit_id ?? undefined, year: year ?? undefined, state: state ?? undefined };

  const act = async (id: string, run: () => Promise<unknown>, done: string) => {
    setBusy(id);
    try {
      await run();
      message.success(done);
      await client.invalidateQueries({ queryKey: [decisionsPath] });
    } catch (err) {
      message.error(err instanceof ApiError ? err.text(lang) : String(err));
    } finally {
      setBusy(null);
    }
  };
  const reject = (d: Decision) => {
    let reason = "";
    modal.confirm({
      title: `${rt("r.reject")} ${d.number}`,
      content: <Input.TextArea rows={3} placeholder={rt("r.rejectReason")} onChange={(e) => { reason = e.target.value; }} data-testid="reject-reason" />,
      onOk: () => act(d.id, () => registersApi.reject(d.id, reason), rt("r.state.rejected")),
    });
  };
  const download = async () => {
    try {
      saveBlob(await registersApi.exportList(query), `${kind === "award" ? "khen-thuong" : "ky-luat"}-${year ?? "tat-ca"}.xlsx`);
    } catch (err) {
      message.error(err instanceof ApiError ? err.text(lang) : String(err));
    }
  };
  const columns: TableColumnsType<Decision> = [
    { title: rt("r.number"), key: "number", width: 140, render: (_, d) => <b>{d.number}</b> },
    { title: rt("r.signedOn"), key: "signed", width: 110, render: (_, d) => f.date(d.signed_on) },
    { title: rt(`r.form.${kind}`), key: "form", render: (_, d) => (
      <>
        {d.form_name ?? d.form}
        {kind === "award" && d.achievement_year ? <Typography.Text type="secondary"> · {d.achievement_year}</Typography.Text> : null}
        {kind === "discipline" && d.violation ? <div><Typography.Text type="secondary">{d.violation}</Typography.Text></div> : null}
        {kind === "discipline" && d.valid_until ? <div><Tag>{rt("r.validUntil", { d: f.date(d.valid_until) })}</Tag></div> : null}
      </>
    ) },
    { title: rt("r.issuer"), key: "issuer", render: (_, d) => d.issuer },
    { title: rt("r.people"), key: "people", render: (_, d) => (
      <Space size={[4, 4]} wrap>
        {(d.entries ?? []).slice(0, 6).map((e) => (
          <span key={e.id}>
            <Link to={`/personnel/${e.person_id}`}>{e.full_name}</Link>
            {e.early_raise && <> <EarlyRaiseTag use={e.early_raise} testId={`early-raise-${e.id}`} /></>}
          </span>
        ))}
        {(d.entries ?? []).length > 6 && <Typography.Text type="secondary">{rt("r.peopleCount", { n: (d.entries ?? []).length })}</Typography.Text>}
      </Space>
    ) },
    { title: rt("r.state"), key: "state", width: 120, render: (_, d) => <Tag color={STATE_COLORS[d.state]}>{rt(`r.state.${d.state}` as RegisterMessageKey)}</Tag> },
    { title: "", key: "act", width: 190, render: (_, d) => d.may_approve && hasAnyRole(roles, APPROVERS) ? (
      <Space>
        <Button size="small" type="primary" icon={<CheckOutlined />} loading={busy === d.id} data-testid={`approve-${d.number}`}
          onClick={() => act(d.id, () => registersApi.approve(d.id), rt("r.approved"))}>{rt("r.approve")}</Button>
        <Button size="small" danger icon={<CloseOutlined />} onClick={() => reject(d)}>{rt("r.reject")}</Button>
      </Space>
    ) : null },
  ];
  const thisYear = todayInVietnam().year();
  return (
    <>
      <Typography.Paragraph type="secondary">{rt(`r.hint.${kind}`)}</Typography.Paragraph>
      <Card size="small" style={{ marginBottom: 12 }}>
        <Flex gap={12} wrap align="center">
          <UnitPicker />
          <Select allowClear placeholder={rt("r.year")} style={{ width: 110 }} value={year} onChange={setYear}
            options={Array.from({ length: 8 }, (_, i) => ({ value: thisYear - i, label: String(thisYear - i) }))} />
          <Select allowClear placeholder={rt("r.state")} style={{ width: 150 }} value={state} onChange={setState}
            options={["submitted", "approved", "rejected"].map((s) => ({ value: s, label: rt(`r.state.${s}` as RegisterMessageKey) }))} />
          <Flex gap={8} style={{ marginLeft: "auto" }}>
            <Button icon={<DownloadOutlined />} onClick={download} data-testid={`${kind}-export`}>{rt("r.export")}</Button>
            {hasAnyRole(roles, EDITORS) && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid={`${kind}-new`}>
                {rt(`r.new.${kind}`)}
              </Button>
            )}
          </Flex>
        </Flex>
      </Card>
      <PagedTable<Decision> path={decisionsPath} query={query} columns={columns} rowKey="id" testId={`${kind}-table`} />
      <DecisionForm kind={kind} open={creating} onClose={() => setCreating(false)} />
    </>
  );
}
