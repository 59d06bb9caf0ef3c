import { Alert, App, Button, Card, Checkbox, Col, DatePicker, Flex, Form, Input, InputNumber, Result, Row, Select, Spin, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useEffect, useState } from "react";
import { ApiError } from "@/lib/errors";
import { openForm, saveDraft, signDeclaration, tokenOfLocation, type Declaration, type DeclarationForm, type SignResult } from "./api";
import { MARITAL, RELATIONS, useDeclarationText } from "./messages";

// The person's annual declaration (issue 18.4), outside the signed-in shell: a phone-sized single column, the
// link's token the only credential. Vietnamese first.

type Values = Omit<Declaration, "identity"> & { identity: Omit<Declaration["identity"], "personal_id_issued_on"> & { personal_id_issued_on?: Dayjs | null } };

function toValues(d: Declaration): Values {
  const issued = d.identity.personal_id_issued_on;
  return { ...d, identity: { ...d.identity, personal_id_issued_on: issued ? dayjs(issued) : null } };
}

function fromValues(v: Values, base: Declaration): Declaration {
  const issued = v.identity.personal_id_issued_on;
  const clean = (s: unknown) => (typeof s === "string" && s.trim() === "" ? null : s);
  const identity = Object.fromEntries(Object.entries({ ...base.identity, ...v.identity }).map(([k, x]) => [k, clean(x)]));
  return {
    identity: { ...identity, personal_id_issued_on: issued ? issued.format("YYYY-MM-DD") : null } as Declaration["identity"],
    family_relations: (v.family_relations ?? []).map((r) => ({ ...r, side: r.side ?? "self" })),
  };
}

export function DeclarationPage() {
  const tr = useDeclarationText();
  const { message } = App.useApp();
  const [token] = useState(() => tokenOfLocation());
  const [form, setForm] = useState<DeclarationForm | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<SignResult | null>(null);
  const [busy, setBusy] = useState(false);
  const [fields] = Form.useForm<Values>();
  const [signName, setSignName] = useState("");
  const [statement, setStatement] = useState(false);

  useEffect(() => {
    // The token leaves the address bar at once (nothing in the history, nothing over a shoulder).
    window.history.replaceState(null, "", "/khai-bao");
    openForm(token)
      .then((f) => { setForm(f); fields.setFieldsValue(toValues(f.draft ?? f.current)); })
      .catch((e: unknown) => setError(e instanceof ApiError ? e.text() : String(e)));
  }, [token, fields]);

  if (error) return <Result status="warning" title={tr("d.badLink")} subTitle={error} />;
  if (done)
    return (
      <Result status="success" title={tr("d.signedTitle")}
        subTitle={done.no_change ? tr("d.signedNoChange") : tr("d.signedChanges", { n: done.changes.length })} />
    );
  if (!form) return <Flex justify="center" style={{ padding: 48 }}><Spin tip={tr("d.loading")}><div style={{ width: 80 }} /></Spin></Flex>;

  const current = () => fromValues(fields.getFieldsValue(true) as Values, form.current);
  const failed = (e: unknown) => void message.error(e instanceof ApiError ? e.text() : String(e));
  const save = async () => {
    setBusy(true);
    try { await saveDraft(token, current()); void message.success(tr("d.saved")); } catch (e) { failed(e); } finally { setBusy(false); }
  };
  const sign = async (noChange: boolean) => {
    setBusy(true);
    try { setDone(await signDeclaration(token, signName, statement, noChange ? form.current : current())); }
    catch (e) { failed(e); } finally { setBusy(false); }
  };
  const half = { xs: 24, sm: 12 };

  return (
    <div style={{ maxWidth: 720, margin: "0 auto", padding: 12 }} data-testid="declaration-page">
      <Typography.Title level={4} style={{ marginTop: 4 }}>{tr("d.title", { year: form.year })}</Typography.Title>
      <Alert type="info" showIcon style={{ marginBottom: 12 }}
        message={tr("d.hint", { closes: dayjs(form.closes_on).format("DD/MM/YYYY") })} />
      <Card size="small" style={{ marginBottom: 12 }}>
        <div><b>{tr("d.person")}:</b> {form.full_name}</div>
        {form.unit_name && <div><b>{tr("d.unit")}:</b> {form.unit_name}</div>}
      </Card>
      <Form form={fields} layout="vertical" disabled={busy}>
        <Card size="small" title={tr("d.contact")} style={{ marginBottom: 12 }}>
          <Row gutter={12}>
            <Col {...half}><Form.Item name={["identity", "phone"]} label={tr("d.phone")}><Input inputMode="tel" /></Form.Item></Col>
            <Col {...half}><Form.Item name={["identity", "email"]} label={tr("d.email")}><Input inputMode="email" /></Form.Item></Col>
            <Col {...half}><Form.Item name={["identity", "other_names"]} label={tr("d.otherNames")}><Input /></Form.Item></Col>
            <Col {...half}><Form.Item name={["identity", "personal_id_number"]} label={tr("d.idNumber")}><Input inputMode="numeric" /></Form.Item></Col>
            <Col {...half}><Form.Item name={["identity", "personal_id_issued_on"]} label={tr("d.idIssuedOn")}><DatePicker format="DD/MM/YYYY" style={{ width: "100%" }} inputReadOnly /></Form.Item></Col>
            <Col {...half}><Form.Item name={["identity", "personal_id_issued_by"]} label={tr("d.idIssuedBy")}><Input /></Form.Item></Col>
            <Col span={24}><Form.Item name={["identity", "permanent_address", "text"]} label={tr("d.permanentAddress")}><Input /></Form.Item></Col>
            <Col span={24}><Form.Item name={["identity", "current_address", "text"]} label={tr("d.currentAddress")}><Input /></Form.Item></Col>
          </Row>
        </Card>
        <Card size="small" title={tr("d.family")} style={{ marginBottom: 12 }}>
          <Form.Item name={["identity", "marital_status"]} label={tr("d.marital")}>
            <Select allowClear data-testid="marital-status" options={MARITAL.map((c) => ({ value: c, label: tr(`m.${c}`) }))} />
          </Form.Item>
          <Typography.Text strong>{tr("d.relations")}</Typography.Text>
          <Form.List name="family_relations">
            {(items, { add, remove }) => (
              <>
                {items.map((item) => (
                  <Card key={item.key} size="small" style={{ margin: "8px 0" }}
                    extra={<Button size="small" type="link" danger onClick={() => remove(item.name)}>{tr("d.remove")}</Button>}>
                    <Row gutter={8}>
                      <Col xs={12} sm={8}><Form.Item name={[item.name, "relation"]} label={tr("d.relation")} rules={[{ required: true, message: tr("d.required") }]}>
                        <Select options={RELATIONS.map((c) => ({ value: c, label: tr(`r.${c}`) }))} />
                      </Form.Item></Col>
                      <Col xs={12} sm={4}><Form.Item name={[item.name, "birth_year"]} label={tr("d.relYear")}><InputNumber min={1850} max={2100} style={{ width: "100%" }} /></Form.Item></Col>
                      <Col xs={24} sm={12}><Form.Item name={[item.name, "full_name"]} label={tr("d.relName")} rules={[{ required: true, message: tr("d.required") }]}><Input /></Form.Item></Col>
                      <Col span={24}><Form.Item name={[item.name, "details"]} label={tr("d.relDetails")}><Input.TextArea autoSize /></Form.Item></Col>
                    </Row>
                  </Card>
                ))}
                <Button block onClick={() => add({ side: "self" })} style={{ marginTop: 8 }}>{tr("d.addRelation")}</Button>
              </>
            )}
          </Form.List>
        </Card>
      </Form>
      <Card size="small" title={tr("d.sign")}>
        <Form layout="vertical" disabled={busy}>
          <Form.Item label={tr("d.signName")}>
            <Input value={signName} onChange={(e) => setSignName(e.target.value)} data-testid="sign-name" autoComplete="name" />
          </Form.Item>
          <Checkbox checked={statement} onChange={(e) => setStatement(e.target.checked)} data-testid="statement">{tr("d.statement")}</Checkbox>
        </Form>
        <Flex vertical gap={8} style={{ marginTop: 12 }}>
          <Button type="primary" block size="large" loading={busy} onClick={() => void sign(false)}>{tr("d.sign")}</Button>
          <Button block onClick={() => void sign(true)} disabled={busy}>{tr("d.noChange")}</Button>
          <Button block onClick={() => void save()} disabled={busy}>{tr("d.save")}</Button>
        </Flex>
      </Card>
    </div>
  );
}
