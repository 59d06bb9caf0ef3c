import { useQuery } from "@tanstack/react-query";
import { Alert, Button, Card, Col, DatePicker, Flex, Form, Input, Row, Skeleton, Table, Tag, Typography } from "antd";
import type { Dayjs } from "dayjs";
import { useMemo } from "react";
import { Link, useLocation, useNavigate } from "react-router";
import { EmptyState } from "@/components/EmptyState";
import { PageHeader } from "@/components/PageHeader";
import { apiDate, useFormat } from "@/lib/format";
import { useServerForm } from "@/lib/forms";
import { batchApi, BATCH_KINDS, type BatchKind, type SalaryProposal } from "./api";
import { useCt, type CareerMessageKey } from "./messages";

const PICK_KEY = "careers.batch.pick";

/** What a due list handed over: the kind and the people picked (kept for a reload of this page). */
export function rememberPick(kind: BatchKind, ids: string[]): void {
  sessionStorage.setItem(PICK_KEY, JSON.stringify({ kind, ids }));
}

function recallPick(state: unknown): { kind: BatchKind; ids: string[] } | null {
  const given = state as { kind?: BatchKind; ids?: string[] } | null;
  if (given?.kind && given.ids?.length) return { kind: given.kind, ids: given.ids };
  try {
    const saved = JSON.parse(sessionStorage.getItem(PICK_KEY) ?? "null");
    return saved && BATCH_KINDS.includes(saved.kind) && Array.isArray(saved.ids) ? saved : null;
  } catch {
    return null;
  }
}

interface DecisionValues {
  title: string;
  decision_number?: string;
  decision_signed_on?: Dayjs;
  signer?: string;
  issuer?: string;
  note?: string;
}

/** From the people picked in a due list: the system's proposal per person, then the decision's fields. */
export function BatchNewPage() {
  const ct = useCt();
  const f = useFormat();
  const navigate = useNavigate();
  const location = useLocation();
  const pick = useMemo(() => recallPick(location.state), [location.state]);
  const kindName = pick ? ct(`b.kind.${pick.kind}` as CareerMessageKey) : "";
  const proposals = useQuery({
    queryKey: ["batch-proposals", pick?.kind, pick?.ids],
    queryFn: () => batchApi.proposals(pick!.kind, pick!.ids),
    enabled: !!pick,
    retry: false,
  });
  const [form] = Form.useForm<DecisionValues>();
  const sf = useServerForm(form, `batch-new-${pick?.kind ?? ""}`, { initialValues: { title: kindName } });
  const items = proposals.data?.items ?? [];
  const ready = items.filter((p) => p.item && !p.problem);
  const money = (v: number | null | undefined) => (v == null ? "—" : v.toLocaleString("vi-VN"));
  const title = ct("b.newTitle", { kind: kindName });

  const save = async (v: DecisionValues) => {
    const created = await sf.submit(() =>
      batchApi.create({
        kind: pick!.kind,
        title: v.title?.trim() || kindName,
        note: v.note || null,
        decision_number: v.decision_number || null,
        decision_signed_on: apiDate(v.decision_signed_on),
        signer: v.signer || null,
        issuer: v.issuer || null,
        items: ready.map((p) => p.item!),
      }),
    );
    if (created) {
      sessionStorage.removeItem(PICK_KEY);
      navigate(`/careers/batches/${created.id}`, { replace: true });
    }
  };

  if (!pick) return <><PageHeader title={ct("b.new")} /><Card><EmptyState description={ct("b.selectHint")} /></Card></>;
  const isRetirement = pick.kind === "retirement";
  return (
    <>
      <PageHeader title={title} crumbs={[{ title: <Link to="/careers/batches">{ct("b.title")}</Link> }, { title }]} />
      <Flex vertical gap={12}>
        <Card size="small" title={ct("b.proposal")}>
          <Typography.Paragraph type="secondary">{ct("b.proposalHint")}</Typography.Paragraph>
          {proposals.isLoading ? <Skeleton active /> : (
            <Table<SalaryProposal>
              data-testid="proposal-table"
              size="small"
              rowKey="person_id"
              pagination={false}
              scroll={{ x: "max-content" }}
              dataSource={items}
              rowClassName={(p) => (p.problem ? "row-left-out" : "")}
              columns={[
                { title: ct("c.name"), key: "name", render: (_, p) => <Link to={`/personnel/${p.person_id}`}>{p.full_name}</Link> },
                ...(isRetirement ? [] : [
                  { title: ct("c.rank"), key: "rank", render: (_: unknown, p: SalaryProposal) => p.rank_code ?? "—" },
                  { title: ct("c.step"), key: "step", render: (_: unknown, p: SalaryProposal) => p.step == null ? "—" : `${p.step} (${p.coefficient ?? "—"})` },
                  {
                    title: ct("c.nextStep"), key: "next",
                    render: (_: unknown, p: SalaryProposal) => pick.kind === "beyond_frame"
                      ? `${p.beyond_frame_percent ?? "—"}%`
                      : p.new_step == null ? "—" : <b>{`${p.new_step} (${p.new_coefficient ?? "—"})`}</b>,
                  },
                ]),
                { title: ct("b.effective"), key: "eff", render: (_, p) => (p.effective_on ? f.date(p.effective_on) : "—") },
                ...(isRetirement ? [] : [
                  { title: ct("b.baseSalary"), key: "base", align: "right" as const, render: (_: unknown, p: SalaryProposal) => money(p.base_salary) },
                  { title: ct("b.amount"), key: "amount", align: "right" as const, render: (_: unknown, p: SalaryProposal) => <b>{money(p.monthly_amount)}</b> },
                ]),
                ...(pick.kind === "early_raise" ? [{ title: ct("b.reason"), key: "reason", render: (_: unknown, p: SalaryProposal) => p.reason ?? "" }] : []),
                {
                  title: ct("b.problem"), key: "problem",
                  render: (_, p) => (p.problem ? <Tag color="red" data-testid="proposal-problem">{p.problem_message}</Tag> : null),
                },
              ]}
            />
          )}
          {proposals.error && <Alert type="error" showIcon title={String((proposals.error as Error).message)} />}
        </Card>
        <Card size="small" title={ct("b.decision")}>
          {!proposals.isLoading && ready.length === 0 ? <Alert type="warning" showIcon title={ct("b.none")} /> : (
            <Form form={form} layout="vertical" onValuesChange={sf.onValuesChange} onFinish={save} data-testid="batch-form">
              <Row gutter={12}>
                <Col xs={24} md={12}><Form.Item name="title" label={ct("b.titleField")}><Input maxLength={300} /></Form.Item></Col>
                <Col xs={12} md={6}><Form.Item name="decision_number" label={ct("b.number")}><Input maxLength={100} data-testid="batch-number" /></Form.Item></Col>
                <Col xs={12} md={6}><Form.Item name="decision_signed_on" label={ct("b.signedOn")}><DatePicker format={f.dateInput} style={{ width: "100%" }} data-testid="batch-signed-on" /></Form.Item></Col>
                <Col xs={12} md={6}><Form.Item name="signer" label={ct("b.signer")}><Input maxLength={200} /></Form.Item></Col>
                <Col xs={12} md={6}><Form.Item name="issuer" label={ct("b.issuer")}><Input maxLength={300} /></Form.Item></Col>
                <Col xs={24} md={12}><Form.Item name="note" label={ct("b.note")}><Input maxLength={2000} /></Form.Item></Col>
              </Row>
              <Button type="primary" htmlType="submit" loading={sf.submitting} disabled={!ready.length} data-testid="batch-create">
                {ct("b.create", { n: ready.length })}
              </Button>
            </Form>
          )}
        </Card>
      </Flex>
    </>
  );
}
