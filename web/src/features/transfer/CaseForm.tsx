import { useQuery } from "@tanstack/react-query";
import { App, Button, DatePicker, Drawer, Form, Input, Select } from "antd";
import type { Dayjs } from "dayjs";
import { useNavigate } from "react-router";
import { apiOrNull } from "@/lib/api";
import { useServerForm } from "@/lib/forms";
import { useI18n } from "@/lib/i18n";
import { transferApi, type CaseCreate, type CaseKind } from "./api";
import { CREATABLE_KINDS, fieldsFor, kindLabel } from "./labels";
import { useTt } from "./messages";
import { ReceivingUnitSelect } from "./ReceivingUnitSelect";
import { PersonPicker } from "./PersonPicker";

interface Values {
  kind: CaseKind;
  person_id?: string;
  to_unit_id?: string;
  to_sub_unit_id?: string;
  return_on?: Dayjs;
  leaving_form?: string;
  outside_organisation?: string;
  full_name?: string;
  personal_id_number?: string;
  birth_date?: Dayjs;
  decision_number: string;
  decision_signed_on: Dayjs;
  effective_on: Dayjs;
  signer?: string;
  note?: string;
}

const DAY = "YYYY-MM-DD";

function toBody(v: Values): CaseCreate {
  const keep = new Set(fieldsFor(v.kind));
  const day = (d?: Dayjs) => (d ? d.format(DAY) : undefined);
  const pick = <K extends keyof Values>(k: K) => (keep.has(k as never) ? v[k] : undefined);
  return {
    kind: v.kind,
    person_id: pick("person_id") as string | undefined,
    to_unit_id: pick("to_unit_id") as string | undefined,
    to_sub_unit_id: (pick("to_sub_unit_id") as string | undefined) || undefined,
    return_on: day(pick("return_on") as Dayjs | undefined),
    leaving_form: pick("leaving_form") as string | undefined,
    outside_organisation: (pick("outside_organisation") as string | undefined) || undefined,
    full_name: pick("full_name") as string | undefined,
    personal_id_number: pick("personal_id_number") as string | undefined,
    birth_date: day(pick("birth_date") as Dayjs | undefined),
    decision_number: v.decision_number,
    decision_signed_on: v.decision_signed_on.format(DAY),
    effective_on: v.effective_on.format(DAY),
    signer: v.signer || undefined,
    note: v.note || undefined,
  };
}

/** Opens a case (a draft): the kind first, then only what that kind needs, then the decision. */
export function CaseForm({ open, onClose }: { open: boolean; onClose: () => void }) {
  const tt = useTt();
  const { lang } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const sf = useServerForm(form, "transfer-case-new", { initialValues: { kind: "transfer" } as Partial<Values> });
  const kind = (Form.useWatch("kind", form) ?? "transfer") as CaseKind;
  const fields = new Set(fieldsFor(kind));
  const forms = useQuery({
    queryKey: ["catalog", "leaving_service_forms"],
    queryFn: () => apiOrNull<{ code: string; name: string; active: boolean }[]>("/api/org/catalogs/leaving_service_forms/items"),
    enabled: open && kind === "leaving",
    staleTime: 10 * 60_000,
  });
  const required = [{ required: true, message: tt("f.required") }];
  const save = async (values: Values) => {
    const created = await sf.submit(() => transferApi.create(toBody(values)));
    if (created) {
      message.success(`${kindLabel(created.kind, lang)}: ${created.full_name}`);
      onClose();
      form.resetFields();
      navigate(`/transfers/${created.id}`);
    }
  };
  return (
    <Drawer title={tt("t.new")} open={open} onClose={onClose} width={560} destroyOnHidden data-testid="case-form">
      <Form form={form} layout="vertical" onValuesChange={sf.onValuesChange} onFinish={save}>
        <Form.Item name="kind" label={tt("f.kind")} rules={required}>
          <Select options={CREATABLE_KINDS.map((k) => ({ value: k, label: kindLabel(k, lang) }))} data-testid="case-kind" />
        </Form.Item>
        {fields.has("person_id") && (
          <Form.Item name="person_id" label={tt("f.person")} rules={required}>
            <PersonPicker placeholder={tt("f.personHint")} />
          </Form.Item>
        )}
        {fields.has("full_name") && (
          <Form.Item name="full_name" label={tt("f.fullName")} rules={required}>
            <Input maxLength={120} />
          </Form.Item>
        )}
        {fields.has("personal_id_number") && (
          <Form.Item name="personal_id_number" label={tt("f.pid")} rules={required}>
            <Input maxLength={12} inputMode="numeric" />
          </Form.Item>
        )}
        {fields.has("birth_date") && (
          <Form.Item name="birth_date" label={tt("f.birthDate")} rules={required}>
            <DatePicker format="DD/MM/YYYY" style={{ width: "100%" }} />
          </Form.Item>
        )}
        {fields.has("outside_organisation") && (
          <Form.Item name="outside_organisation" label={tt("f.outside")}>
            <Input maxLength={300} />
          </Form.Item>
        )}
        {fields.has("to_unit_id") && (
          <Form.Item name="to_unit_id" label={tt("f.toUnit")} rules={required}>
            <ReceivingUnitSelect testId="case-to-unit" />
          </Form.Item>
        )}
        {fields.has("to_sub_unit_id") && (
          <Form.Item name="to_sub_unit_id" label={tt("f.toSubUnit")}>
            <ReceivingUnitSelect />
          </Form.Item>
        )}
        {fields.has("return_on") && (
          <Form.Item name="return_on" label={tt("f.returnOn")} rules={required}>
            <DatePicker format="DD/MM/YYYY" style={{ width: "100%" }} />
          </Form.Item>
        )}
        {fields.has("leaving_form") && (
          <Form.Item name="leaving_form" label={tt("f.leavingForm")} rules={required}>
            <Select options={(forms.data ?? []).filter((f) => f.active).map((f) => ({ value: f.code, label: f.name }))} />
          </Form.Item>
        )}
        <Form.Item name="decision_number" label={tt("f.decisionNumber")} rules={required}>
          <Input maxLength={60} placeholder="123/QĐ-UBND" data-testid="case-decision-number" />
        </Form.Item>
        <Form.Item name="decision_signed_on" label={tt("f.signedOn")} rules={required}>
          <DatePicker format="DD/MM/YYYY" style={{ width: "100%" }} data-testid="case-signed-on" />
        </Form.Item>
        <Form.Item name="effective_on" label={tt("f.effectiveOn")} rules={required}>
          <DatePicker format="DD/MM/YYYY" style={{ width: "100%" }} data-testid="case-effective-on" />
        </Form.Item>
        <Form.Item name="signer" label={tt("f.signer")}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="note" label={tt("f.note")}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={sf.submitting} data-testid="case-save">
          {tt("f.save")}
        </Button>
      </Form>
    </Drawer>
  );
}
