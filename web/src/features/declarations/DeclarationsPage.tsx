import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Card, DatePicker, Empty, Flex, Form, InputNumber, Space, Table, Tag, Typography } from "antd";
import dayjs from "dayjs";
import { Link } from "react-router";
import { api } from "@/lib/api";
import { ApiError } from "@/lib/errors";
import { useSession } from "@/lib/session";
import { useUnitScope } from "@/lib/unitScope";
import type { components } from "@/api/personnel";
import { useDeclarationOfficerText } from "./officerMessages";
import { todayInVietnam } from "@/lib/format";

type Round = components["schemas"]["RoundPublic"];
type Progress = components["schemas"]["RoundProgress"];
type LinkRow = components["schemas"]["LinkPublic"];

const COLORS: Record<string, string> = { approved: "green", no_change: "green", declared: "gold", draft: "blue", rejected: "red" };
const fmt = (d: string) => dayjs(d).format("DD/MM/YYYY");

interface OpenValues { year: number; period: [dayjs.Dayjs, dayjs.Dayjs] }

/** The Department's form that opens the year's round (refusals, e.g. a second open round, shown as said). */
function OpenRound() {
  const tr = useDeclarationOfficerText();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<OpenValues>();
  const open = useMutation({
    mutationFn: (v: OpenValues) => api<Round>("/api/personnel/declaration-rounds", {
      method: "POST",
      body: { year: v.year, opens_on: v.period[0].format("YYYY-MM-DD"), closes_on: v.period[1].format("YYYY-MM-DD") },
    }),
    onSuccess: () => {
      void message.success(tr("o.opened"));
      void client.invalidateQueries({ queryKey: ["declaration-rounds"] });
    },
    onError: (e: unknown) => void message.error(e instanceof ApiError ? e.text() : String(e)),
  });
  return (
    <Card size="small" title={tr("o.openTitle")} data-testid="declaration-open-round">
      <Form form={form} layout="inline" initialValues={{ year: todayInVietnam().year() }} onFinish={(v) => open.mutate(v)}>
        <Form.Item name="year" label={tr("o.year")} rules={[{ required: true }]}><InputNumber min={2015} max={2100} /></Form.Item>
        <Form.Item name="period" label={tr("o.period")} rules={[{ required: true, message: tr("o.periodRequired") }]}>
          <DatePicker.RangePicker format="DD/MM/YYYY" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={open.isPending}>{tr("o.open")}</Button>
      </Form>
    </Card>
  );
}

/** The unit's view of the year's self-declaration: who declared, the links to send, reminders. */
export function DeclarationsPage() {
  const tr = useDeclarationOfficerText();
  const { message } = App.useApp();
  const { selected } = useUnitScope();
  const unitId = selected?.unit_id ?? "";
  const client = useQueryClient();
  const { account } = useSession();
  const rounds = useQuery({ queryKey: ["declaration-rounds"], queryFn: () => api<Round[]>("/api/personnel/declaration-rounds") });
  const round = rounds.data?.find((r) => r.state === "open") ?? rounds.data?.[0];
  const progress = useQuery({
    queryKey: ["declaration-progress", round?.id, unitId],
    enabled: !!round && !!unitId,
    queryFn: () => api<Progress>(`/api/personnel/declaration-rounds/${round!.id}/progress`, { query: { unit_id: unitId } }),
  });
  const links = useMutation({
    mutationFn: (remind: boolean) =>
      api<LinkRow[]>(`/api/personnel/declaration-rounds/${round!.id}/${remind ? "remind" : "links"}`, { method: "POST", body: { unit_id: unitId } }),
    onSuccess: () => void client.invalidateQueries({ queryKey: ["declaration-progress"] }),
    onError: (e: unknown) => void message.error(e instanceof ApiError ? e.text() : String(e)),
  });
  const copy = (url: string) => {
    void navigator.clipboard?.writeText(window.location.origin + url).then(() => message.success(tr("o.copied")));
  };

  return (
    <Flex vertical gap={12} data-testid="declarations-officer">
      <Typography.Title level={3} style={{ margin: 0 }}>{tr("o.title")}</Typography.Title>
      <Alert type="info" showIcon message={tr("o.hint")} />
      {account.roles.includes("province_admin") && <OpenRound />}
      {!round ? (
        <Empty description={tr("o.noRound")} />
      ) : (
        <>
          <Typography.Text strong>{tr("o.round", { year: round.year, opens: fmt(round.opens_on), closes: fmt(round.closes_on) })}</Typography.Text>
          <Space wrap>
            <Button type="primary" loading={links.isPending} disabled={round.state !== "open"} onClick={() => links.mutate(false)}>{tr("o.makeLinks")}</Button>
            <Button loading={links.isPending} disabled={round.state !== "open"} onClick={() => links.mutate(true)}>{tr("o.remind")}</Button>
          </Space>
          {links.data && (
            <Card size="small" title={tr("o.links")}>
              {links.data.length === 0 ? tr("o.noLinks") : (
                <Table<LinkRow> size="small" rowKey="person_id" dataSource={links.data} pagination={{ pageSize: 10 }}
                  columns={[
                    { title: tr("o.name"), dataIndex: "full_name" },
                    { title: "E-mail", dataIndex: "email" },
                    { title: "", key: "copy", render: (_, r) => r.url && <Button size="small" onClick={() => copy(r.url!)}>{tr("o.copy")}</Button> },
                  ]} />
              )}
            </Card>
          )}
          <Table size="small" rowKey="unit_id" loading={progress.isLoading} dataSource={progress.data?.units ?? []} pagination={false}
            columns={[
              { title: tr("o.unit"), dataIndex: "unit_name" },
              { title: tr("o.people"), dataIndex: "people", align: "right" },
              { title: tr("o.declared"), dataIndex: "declared", align: "right" },
              { title: tr("o.approved"), dataIndex: "approved", align: "right" },
              { title: tr("o.notYet"), dataIndex: "not_yet", align: "right" },
            ]} />
          <Table size="small" rowKey="person_id" loading={progress.isLoading} dataSource={progress.data?.people ?? []}
            pagination={{ pageSize: 20, showSizeChanger: false }}
            columns={[
              { title: tr("o.name"), dataIndex: "full_name", render: (v: string, r) => <Link to={`/personnel/${r.person_id}`}>{v}</Link> },
              { title: tr("o.progress"), dataIndex: "progress", render: (v: string) => <Tag color={COLORS[v]}>{tr(`p.${v}` as "p.declared")}</Tag> },
              { title: tr("o.reminded"), dataIndex: "reminded_count", align: "right" },
              { title: "", key: "cr", render: (_, r) => r.change_request_id && <Link to={`/personnel/requests/${r.change_request_id}`}>{tr("o.request")}</Link> },
            ]} />
        </>
      )}
    </Flex>
  );
}
