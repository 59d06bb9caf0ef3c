import { useQuery } from "@tanstack/react-query";
import { Alert, Card, Descriptions, Skeleton, Tag, Typography } from "antd";
import { ApiError } from "@/lib/errors";
import { useFormat } from "@/lib/format";
import { useI18n } from "@/lib/i18n";
import { careersApi } from "./api";
import { useCt, type CareerMessageKey } from "./messages";

const TERM_COLORS: Record<string, string> = { running: "green", warning: "orange", overdue: "red", ended: "default" };

/** The person's next raise, retirement and term end, computed from the approved record (GET /persons/{id}/due-dates). */
export function DueDatesCard({ personId }: { personId: string }) {
  const ct = useCt();
  const f = useFormat();
  const { lang } = useI18n();
  const due = useQuery({ queryKey: ["due-dates", personId], queryFn: () => careersApi.dueDates(personId) });
  const d = due.data;
  const body = () => {
    if (due.isLoading) return <Skeleton active paragraph={{ rows: 2 }} />;
    if (due.error) return <Alert type="warning" showIcon title={due.error instanceof ApiError ? due.error.text(lang) : String(due.error)} />;
    if (!d) return null;
    const items = [];
    if (d.salary) {
      const s = d.salary;
      const what = s.kind === "step_raise"
        ? ct("d.stepTo", { step: s.next_step ?? "—", coef: s.next_coefficient ?? "—" })
        : ct("d.percentTo", { p: s.beyond_frame_percent ?? "—" });
      items.push({
        key: "salary",
        label: ct(s.kind === "step_raise" ? "d.nextRaise" : "d.beyondFrame"),
        children: (
          <span data-testid="due-salary">
            <b>{f.date(s.due_on)}</b> {what}
            {s.extension_months > 0 && <Typography.Text type="secondary"> · {ct("d.extended", { n: s.extension_months })}</Typography.Text>}
          </span>
        ),
      });
    }
    if (d.retirement) {
      const r = d.retirement;
      items.push({
        key: "retirement",
        label: ct("d.retirement"),
        children: (
          <span data-testid="due-retirement">
            {ct("d.retirementLine", { date: f.date(r.retirement_date), notice: f.date(r.notice_due), decision: f.date(r.decision_due) })}
          </span>
        ),
      });
    }
    for (const [n, t] of (d.appointments ?? []).entries()) {
      items.push({
        key: `term-${n}`,
        label: ct("d.term", { position: t.position ?? "" }),
        children: (
          <span data-testid="due-term">
            {ct("d.termLine", { end: f.date(t.term_end), by: f.date(t.procedure_start_by) })}{" "}
            <Tag color={TERM_COLORS[t.state]}>{ct(`c.state.${t.state}` as CareerMessageKey)}</Tag>
          </span>
        ),
      });
    }
    return (
      <>
        {items.length ? <Descriptions size="small" column={1} items={items} /> : <Typography.Text type="secondary">{ct("d.none")}</Typography.Text>}
        {(d.problems ?? []).length > 0 && (
          <Alert
            style={{ marginTop: 8 }}
            type="warning"
            showIcon
            title={ct("d.problems")}
            description={<ul style={{ margin: 0, paddingInlineStart: 18 }}>{d.problems!.map((p) => <li key={`${p.field}-${p.code}`}>{p.message}</li>)}</ul>}
          />
        )}
      </>
    );
  };
  return (
    <Card size="small" title={ct("d.title")} data-testid="due-dates-card">
      {body()}
    </Card>
  );
}
