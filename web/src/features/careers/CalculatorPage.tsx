import { useMutation } from "@tanstack/react-query";
import { Alert, Button, Card, Col, DatePicker, Descriptions, Form, Input, InputNumber, Radio, Row, Typography } from "antd";
import type { Dayjs } from "dayjs";
import type { ReactNode } from "react";
import { PageHeader } from "@/components/PageHeader";
import { ApiError } from "@/lib/errors";
import { apiDate, useFormat } from "@/lib/format";
import { useI18n } from "@/lib/i18n";
import { careersApi } from "./api";
import { useCt } from "./messages";

function Failure({ error }: { error: unknown }) {
  const { lang } = useI18n();
  if (!error) return null;
  const text = error instanceof ApiError ? error.text(lang) : String(error);
  const fields = error instanceof ApiError ? error.fields.map((x) => x.message).filter((m) => m && m !== text) : [];
  return <Alert style={{ marginTop: 12 }} type="error" showIcon title={text} description={fields.length ? fields.join(" ") : undefined} data-testid="calc-error" />;
}

function Answer({ items, testId }: { items: { label: string; value: ReactNode }[] | null; testId: string }) {
  if (!items) return null;
  return (
    <Descriptions
      style={{ marginTop: 12 }}
      size="small"
      column={1}
      bordered
      data-testid={testId}
      items={items.map((i) => ({ key: i.label, label: i.label, children: <b>{i.value}</b> }))}
    />
  );
}

/** For officers: the dates of R-10, R-20/21 and R-30/31 from a few facts, by the rules in force (POST /rules/*). */
export function CalculatorPage() {
  const ct = useCt();
  const f = useFormat();
  const retirement = useMutation({ mutationFn: careersApi.retirement });
  const raise = useMutation({ mutationFn: careersApi.nextRaise });
  const term = useMutation({ mutationFn: careersApi.reappointment });
  const required = [{ required: true, message: ct("k.required") }];

  return (
    <>
      <PageHeader title={ct("k.title")} crumbs={[{ title: ct("k.title") }]} />
      <Typography.Paragraph type="secondary">{ct("k.hint")}</Typography.Paragraph>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={8}>
          <Card size="small" title={ct("k.retirement")}>
            <Form
              layout="vertical"
              initialValues={{ gender: "1" }}
              onFinish={(v: { gender: "1" | "2"; birth_date: Dayjs }) => retirement.mutate({ gender: v.gender, birth_date: apiDate(v.birth_date)! })}
            >
              <Form.Item name="gender" label={ct("k.gender")}>
                <Radio.Group options={[{ value: "1", label: ct("k.male") }, { value: "2", label: ct("k.female") }]} />
              </Form.Item>
              <Form.Item name="birth_date" label={ct("k.birthDate")} rules={required}>
                <DatePicker format={f.dateInput} style={{ width: "100%" }} data-testid="calc-birth-date" />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={retirement.isPending} data-testid="calc-retirement">{ct("k.compute")}</Button>
            </Form>
            <Failure error={retirement.error} />
            <Answer
              testId="calc-retirement-answer"
              items={retirement.data ? [
                { label: ct("c.retireOn"), value: f.date(retirement.data.retirement_date) },
                { label: ct("c.pensionFrom"), value: f.date(retirement.data.pension_from) },
                { label: ct("c.noticeDue"), value: f.date(retirement.data.notice_due) },
                { label: ct("c.decisionDue"), value: f.date(retirement.data.decision_due) },
              ] : null}
            />
          </Card>
        </Col>
        <Col xs={24} lg={8}>
          <Card size="small" title={ct("k.raise")}>
            <Form
              layout="vertical"
              initialValues={{ salary_group: "A1", extension_months: 0 }}
              onFinish={(v: { salary_group: string; step_start: Dayjs; extension_months: number }) =>
                raise.mutate({ salary_group: v.salary_group, step_start: apiDate(v.step_start)!, extension_months: v.extension_months ?? 0 })}
            >
              <Form.Item name="salary_group" label={ct("k.group")} rules={required}>
                <Input maxLength={12} data-testid="calc-group" />
              </Form.Item>
              <Form.Item name="step_start" label={ct("k.stepStart")} rules={required}>
                <DatePicker format={f.dateInput} style={{ width: "100%" }} data-testid="calc-step-start" />
              </Form.Item>
              <Form.Item name="extension_months" label={ct("k.extension")}>
                <InputNumber min={0} max={240} style={{ width: "100%" }} />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={raise.isPending} data-testid="calc-raise">{ct("k.compute")}</Button>
            </Form>
            <Failure error={raise.error} />
            <Answer testId="calc-raise-answer" items={raise.data ? [{ label: ct("k.nextRaise"), value: f.date(raise.data.next_raise) }] : null} />
          </Card>
        </Col>
        <Col xs={24} lg={8}>
          <Card size="small" title={ct("k.reappointment")}>
            <Form layout="vertical" onFinish={(v: { term_start: Dayjs }) => term.mutate({ term_start: apiDate(v.term_start)! })}>
              <Form.Item name="term_start" label={ct("k.termStart")} rules={required}>
                <DatePicker format={f.dateInput} style={{ width: "100%" }} data-testid="calc-term-start" />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={term.isPending} data-testid="calc-term">{ct("k.compute")}</Button>
            </Form>
            <Failure error={term.error} />
            <Answer
              testId="calc-term-answer"
              items={term.data ? [
                { label: ct("k.termEnd"), value: f.date(term.data.term_end) },
                { label: ct("k.procedureBy"), value: f.date(term.data.procedure_start_by) },
              ] : null}
            />
          </Card>
        </Col>
      </Row>
    </>
  );
}
