import { Tag, Typography } from "antd";
import { formatDate } from "@/features/personnel/labels";
import { useI18n } from "@/lib/i18n";
import { daysLeftText } from "./labels";

/** A due date with the working days left, red once it has passed. */
export function DueTag({ due, daysLeft }: { due: string | null; daysLeft: number | null }) {
  const { lang } = useI18n();
  if (!due) return null;
  const late = daysLeft !== null && daysLeft < 0;
  return (
    <span data-testid="due">
      <Typography.Text>{formatDate(due)}</Typography.Text>{" "}
      <Tag color={late ? "red" : daysLeft !== null && daysLeft <= 1 ? "orange" : "default"}>{daysLeftText(daysLeft, lang)}</Tag>
    </span>
  );
}
