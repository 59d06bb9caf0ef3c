import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Card, Checkbox, DatePicker, Flex, Form, Input, InputNumber, Popconfirm, Table, Tag, Typography, type TableColumnsType } from "antd";
import type { Dayjs } from "dayjs";
import { Link } from "react-router";
import { PageHeader } from "@/components/PageHeader";
import { ApiError } from "@/lib/errors";
import { useFormat, todayInVietnam } from "@/lib/format";
import { useI18n } from "@/lib/i18n";
import { hasAnyRole } from "@/lib/roles";
import { useSession } from "@/lib/session";
import { evaluationsApi, type Round } from "./api";
import { useEt } from "./messages";

interface OpenForm {
  year: number;
  closes_on?: Dayjs | null;
  special_year_end?: boolean;
  note?: string;
}

/** The rounds of annual evaluation; the Department of Home Affairs opens and closes them. */
export function EvaluationsPage() {
  const et = useEt();
  const f = useFormat();
  const { lang } = useI18n();
  const { message } = App.useApp();
  const { account } = useSession();
  const isDepartment = hasAnyRole(account.roles, ["province_admin"]);
  const client = useQueryClient();
  const rounds = useQuery({ queryKey: ["evaluation-rounds"], queryFn: evaluationsApi.rounds });
  const [form] = Form.useForm<OpenForm>();
  const fail = (err: unknown) => message.error(err instanceof ApiError ? err.text(lang) : String(err));
  const open = useMutation({
    mutationFn: (v: OpenForm) =>
      evaluationsApi.openRound({ year: v.year, closes_on: v.closes_on ? v.closes_on.format("YYYY-MM-DD") : null,
        special_year_end: !!v.special_year_end, note: v.note || null }),
    onSuccess: (r) => {
      message.success(et("e.opened", { year: r.year }));
      form.resetFields();
      void client.invalidateQueries({ queryKey: ["evaluation-rounds"] });
    },
    onError: fail,
  });
  const close = useMutation({
    mutationFn: (r: Round) => evaluationsApi.closeRound(r.id),
    onSuccess: () => void client.invalidateQueries({ queryKey: ["evaluation-rounds"] }),
    onError: fail,
  });

  const columns: TableColumnsType<Round> = [
    { title: et("e.year"), dataIndex: "year", width: 110, render: (y: number, r) => <Link to={`/evaluations/${r.id}`}><b>{y}</b></Link> },
    {
      title: et("e.closesOn"), key: "closes", width: 200,
      render: (_, r) => <>{f.date(r.closes_on)} {r.overdue && r.state === "open" && <Tag color="red">{et("e.overdue")}</Tag>}</>,
    },
    { title: "", key: "state", width: 130, render: (_, r) => <Tag color={r.state === "open" ? "green" : "default"}>{et(r.state === "open" ? "e.state.open" : "e.state.closed")}</Tag> },
    { title: et("e.note"), dataIndex: "note", render: (n: string | null) => n ?? "" },
    {
      title: "", key: "actions", width: 420,
      render: (_, r) => (
        <Flex gap={8} wrap>
          <Link to={`/evaluations/${r.id}`} data-testid={`round-enter-${r.year}`}>{et("e.enter")}</Link>
          <Link to={`/evaluations/${r.id}/progress`} data-testid={`round-progress-${r.year}`}>{et("e.progress")}</Link>
          {isDepartment && r.state === "open" && (
            <Popconfirm title={et("e.closeConfirm", { year: r.year })} onConfirm={() => close.mutate(r)} okText={et("e.close")}>
              <Button size="small" danger data-testid={`round-close-${r.year}`}>{et("e.close")}</Button>
            </Popconfirm>
          )}
        </Flex>
      ),
    },
  ];

  return (
    <>
      <PageHeader title={et("e.title")} />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>{et("e.hint")}</Typography.Paragraph>
      </Card>
      {isDepartment && (
        <Card size="small" title={et("e.open")} style={{ marginBottom: 16 }}>
          <Form form={form} layout="inline" initialValues={{ year: todayInVietnam().year() }} onFinish={(v) => open.mutate(v)} data-testid="round-open-form">
            <Form.Item name="year" label={et("e.year")} rules={[{ required: true, message: et("s.required") }]}>
              <InputNumber min={2015} max={2100} data-testid="round-year" />
            </Form.Item>
            <Form.Item name="closes_on" label={et("e.closesOn")} tooltip={et("e.closesOnHint")}>
              <DatePicker format={f.dateInput} />
            </Form.Item>
            <Form.Item name="special_year_end" valuePropName="checked">
              <Checkbox>{et("e.specialYearEnd")}</Checkbox>
            </Form.Item>
            <Form.Item name="note" label={et("e.note")}>
              <Input style={{ width: 240 }} maxLength={1000} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={open.isPending} data-testid="round-open">{et("e.open")}</Button>
          </Form>
        </Card>
      )}
      <Card size="small" title={et("e.rounds")}>
        {rounds.error ? (
          <Alert type="error" showIcon title={rounds.error instanceof ApiError ? rounds.error.text(lang) : String(rounds.error)} />
        ) : (
          <Table<Round> rowKey="id" size="small" loading={rounds.isLoading} dataSource={rounds.data ?? []} columns={columns}
            pagination={false} locale={{ emptyText: et("e.none") }} data-testid="rounds-table" />
        )}
      </Card>
    </>
  );
}
