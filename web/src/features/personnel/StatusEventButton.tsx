import { useQueryClient } from "@tanstack/react-query";
import { App, Button, DatePicker, Form, Input, Modal, Select } from "antd";
import type { Dayjs } from "dayjs";
import { useState } from "react";
import { apiDate, useFormat } from "@/lib/format";
import { useServerForm } from "@/lib/forms";
import { personnelApi } from "./api";
import type { CatalogIndex } from "./catalogs";
import { useDt, usePt } from "./messages";

/** As antd hands them over after validation: status and effective_on are required fields of the form. */
interface Values {
  status: string;
  effective_on: Dayjs;
  leaving_form?: string;
  reason?: string;
  decision_number?: string;
  decision_signed_on?: Dayjs;
}

/** Retirement, resignation, death, transfer out…: a leader records it on a dated decision. */
export function StatusEventButton({ personId, catalogs }: { personId: string; catalogs: CatalogIndex }) {
  const pt = usePt();
  const dt = useDt();
  const f = useFormat();
  const { message, modal } = App.useApp();
  const client = useQueryClient();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  const sf = useServerForm(form, `status-${personId}`);

  const save = (v: Values) =>
    modal.confirm({
      title: dt("s.title"),
      content: dt("s.confirm"),
      okText: dt("s.ok"),
      onOk: async () => {
        const saved = await sf.submit(() =>
          personnelApi.recordStatus(personId, {
            status: v.status,
            effective_on: apiDate(v.effective_on) ?? "",
            leaving_form: v.leaving_form ?? null,
            reason: v.reason || null,
            decision_number: v.decision_number || null,
            decision_signed_on: apiDate(v.decision_signed_on),
          }),
        );
        if (saved) {
          message.success(dt("s.done"));
          setOpen(false);
          await client.invalidateQueries({ predicate: (q) => JSON.stringify(q.queryKey).includes(personId) });
        }
      },
    });

  return (
    <>
      <Button onClick={() => setOpen(true)} data-testid="status-event">{pt("p.statusEvent")}</Button>
      <Modal open={open} title={dt("s.title")} onCancel={() => setOpen(false)} onOk={() => form.submit()} okText={dt("s.ok")} confirmLoading={sf.submitting}>
        <Form form={form} name="status-event" layout="vertical" onValuesChange={sf.onValuesChange} onFinish={save}>
          <Form.Item name="status" label={pt("p.status")} rules={[{ required: true, message: pt("f.required") }]}>
            <Select options={catalogs.options("employment_status")} showSearch={{ optionFilterProp: "label" }} />
          </Form.Item>
          <Form.Item name="effective_on" label={dt("h.effectiveOn")} rules={[{ required: true, message: pt("f.required") }]}>
            <DatePicker format={f.dateInput} style={{ width: "100%" }} />
          </Form.Item>
          <Form.Item name="leaving_form" label={dt("h.leavingForm")}>
            <Select allowClear options={catalogs.options("leaving_service_forms")} showSearch={{ optionFilterProp: "label" }} />
          </Form.Item>
          <Form.Item name="reason" label={dt("h.reason")}>
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} maxLength={1000} />
          </Form.Item>
          <Form.Item name="decision_number" label={pt("f.decisionNumber")}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="decision_signed_on" label={pt("f.decisionDate")}>
            <DatePicker format={f.dateInput} style={{ width: "100%" }} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
