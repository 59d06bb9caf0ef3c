import { useQuery } from "@tanstack/react-query";
import { Card, List, Tag, Typography } from "antd";
import { useFormat } from "@/lib/format";
import { registersApi } from "./api";
import { useEarlyRaiseText } from "./EarlyRaiseUse";
import { useRt } from "./messages";

/** What the person's awards and disciplines change, computed by the service from the approved record
 * (R-12 extensions, validity and restrictions, forced ratings, the achievement an early raise may use). */
export function RegisterEffectsCard({ personId }: { personId: string }) {
  const rt = useRt();
  const f = useFormat();
  const usedText = useEarlyRaiseText();
  const effects = useQuery({ queryKey: ["register-effects", personId], queryFn: () => registersApi.effects(personId) });
  const e = effects.data;
  if (!e) return null;
  const lines: React.ReactNode[] = [];
  if (e.extension_months) lines.push(<b key="ext">{rt("e.extension", { n: e.extension_months })}</b>);
  for (const d of e.disciplines) {
    lines.push(
      <span key={`d-${d.form}-${d.decided_on}`}>
        {rt("e.discipline", { form: d.form_name ?? d.form, d: f.date(d.decided_on), n: d.extension_months })}{" "}
        {d.in_force_until && <Tag color={d.in_force ? "red" : "default"}>{d.in_force ? rt("e.inForce", { d: f.date(d.in_force_until) }) : rt("e.lapsed")}</Tag>}
      </span>,
    );
  }
  if (e.forced_ratings.length) lines.push(<span key="forced">{rt("e.forced", { years: e.forced_ratings.join(", ") })}</span>);
  if (e.restricted_until) lines.push(<Typography.Text key="restr" type="danger">{rt("e.restricted", { d: f.date(e.restricted_until) })}</Typography.Text>);
  const best = e.best_usable_award;
  lines.push(best
    ? <span key="best">{rt("e.best", { year: e.review_year, name: best.name ?? best.code, d: f.date(best.decided_on), n: best.early_raise_months })}</span>
    : <Typography.Text key="noaward" type="secondary">{rt("e.noAward", { year: e.review_year })}</Typography.Text>);
  for (const a of e.awards.filter((x) => x.early_raise || x.used_on)) {
    lines.push(
      <Typography.Text key={`u-${a.code}-${a.decided_on}`} type="secondary" data-testid={`award-used-${a.code}`}>
        {a.name ?? a.code} ({f.date(a.decided_on)}{a.decision_number ? `, ${a.decision_number}` : ""}):{" "}
        {a.early_raise ? usedText(a.early_raise) : rt("e.used", { d: f.date(a.used_on ?? "") })}
      </Typography.Text>,
    );
  }
  if (e.pending_decisions) lines.push(<Tag key="pending" color="orange">{rt("e.pending", { n: e.pending_decisions })}</Tag>);
  return (
    <Card size="small" title={rt("e.title")} data-testid="register-effects" style={{ marginBottom: 16 }}>
      <List size="small" dataSource={lines} renderItem={(l) => <List.Item>{l}</List.Item>} />
    </Card>
  );
}
