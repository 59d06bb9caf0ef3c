import { DatePicker, Divider, Flex, Form, Input } from "antd";
import type { Dayjs } from "dayjs";
import { apiDate, useFormat } from "@/lib/format";
import type { Decision } from "../api";
import { useOrgText } from "../messages";

/** The decision fields as the form holds them (dates as dayjs). */
export interface DecisionValues {
  decision_number?: string;
  decision_date?: Dayjs | null;
  effective_on?: Dayjs | null;
  signer?: string | null;
}

export function decisionBody(v: DecisionValues): Decision {
  return {
    decision_number: (v.decision_number ?? "").trim(),
    decision_date: apiDate(v.decision_date),
    effective_on: apiDate(v.effective_on),
    signer: v.signer?.trim() || null,
  };
}

/** Number, date, effective date and signer of the decision behind a structural change. */
export function DecisionFields() {
  const tr = useOrgText();
  const f = useFormat();
  const required = (label: string) => [{ required: true, message: tr("required", { field: label.toLowerCase() }) }];
  return (
    <>
      <Divider titlePlacement="start" style={{ margin: "8px 0 12px" }}>
        {tr("decisionSection")}
      </Divider>
      <Flex gap={12} wrap>
        <Form.Item name="decision_number" label={tr("decisionNumber")} rules={required(tr("decisionNumber"))} style={{ flex: "2 1 220px" }}>
          <Input maxLength={120} placeholder="123/QĐ-UBND" data-testid="decision-number" />
        </Form.Item>
        <Form.Item name="signer" label={tr("signer")} style={{ flex: "1 1 180px" }}>
          <Input maxLength={200} />
        </Form.Item>
      </Flex>
      <Flex gap={12} wrap>
        <Form.Item name="decision_date" label={tr("decisionDate")} style={{ flex: "1 1 160px" }}>
          <DatePicker format={f.dateInput} style={{ width: "100%" }} data-testid="decision-date" />
        </Form.Item>
        <Form.Item name="effective_on" label={tr("effectiveOn")} rules={required(tr("effectiveOn"))} style={{ flex: "1 1 160px" }}>
          <DatePicker format={f.dateInput} style={{ width: "100%" }} data-testid="effective-on" />
        </Form.Item>
      </Flex>
    </>
  );
}
