import { Tag, Tooltip } from "antd";
import { Link } from "react-router";
import type { components } from "@/api/personnel";
import { useFormat } from "@/lib/format";
import { useRt } from "./messages";

export type EarlyRaiseUsage = components["schemas"]["EarlyRaiseUsage"];

/** "Đã dùng để nâng lương trước thời hạn ..." in the interface's language, from the computed use. */
export function useEarlyRaiseText() {
  const rt = useRt();
  const f = useFormat();
  return (u: EarlyRaiseUsage) => {
    const parts = [rt("u.used")];
    if (u.effective_on) parts.push(rt("u.from", { d: f.date(u.effective_on) }));
    if (u.state === "approved" && u.decision_number)
      parts.push(rt("u.decision", { n: u.decision_number, d: u.decision_signed_on ? f.date(u.decision_signed_on) : "—" }));
    else if (u.state === "draft" || u.state === "submitted" || u.state === "recorded") parts.push(rt(`u.${u.state}`));
    return parts.join(" ");
  };
}

/** A small tag beside an award's person: used for an early raise, the batch decision in its tooltip and link. */
export function EarlyRaiseTag({ use, testId }: { use: EarlyRaiseUsage; testId?: string }) {
  const rt = useRt();
  const text = useEarlyRaiseText()(use);
  const tag = (
    <Tag color={use.state === "approved" ? "blue" : "default"} data-testid={testId}>
      {rt("u.tag")}
    </Tag>
  );
  return <Tooltip title={text}>{use.batch_id ? <Link to={`/careers/batches/${use.batch_id}`}>{tag}</Link> : tag}</Tooltip>;
}
