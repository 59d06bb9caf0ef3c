import { useQuery } from "@tanstack/react-query";
import { Alert, Card, Flex, Tag, Typography } from "antd";
import { evaluationsApi } from "./api";
import { LEVEL_COLORS, useEt, type EvaluationMessageKey } from "./messages";

/** On the profile: the ratings by year, a list not yet approved, and the R-43 flag (two poor years in a row). */
export function EvaluationCard({ personId }: { personId: string }) {
  const et = useEt();
  const q = useQuery({ queryKey: ["person-evaluations", personId], queryFn: () => evaluationsApi.person(personId) });
  const d = q.data;
  if (!d) return null;
  const recent = d.history.slice(-5);
  return (
    <Card size="small" title={et("f.title")} data-testid="evaluation-card">
      {d.poor_flag && <Alert type="error" showIcon title={d.poor_flag.message} style={{ marginBottom: 8 }} data-testid="evaluation-flag" />}
      {recent.length === 0 && d.pending.length === 0 && <Typography.Text type="secondary">{et("f.none")}</Typography.Text>}
      <Flex gap={6} wrap>
        {recent.map((h) => (
          <Tag key={h.year} color={LEVEL_COLORS[h.rating ?? ""] ?? "default"}>
            {h.year}: {h.rating ? et(`l.${h.rating}` as EvaluationMessageKey) : "—"}
          </Tag>
        ))}
      </Flex>
      {d.pending.map((p) => (
        <div key={`${p.year}-${p.unit_id}`}>
          <Typography.Text type="secondary">
            {et("f.pending", { year: p.year, level: p.rating ? et(`l.${p.rating}` as EvaluationMessageKey) : "—", state: et(`s.state.${p.state}` as EvaluationMessageKey).toLowerCase() })}
          </Typography.Text>
        </div>
      ))}
    </Card>
  );
}
