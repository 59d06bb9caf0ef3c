import { Empty, Result } from "antd";
import { useI18n } from "@/lib/i18n";

/** "Chưa có dữ liệu": what a list shows when empty or when its service does not answer yet. */
export function EmptyState({ description }: { description?: string }) {
  const { t } = useI18n();
  return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={description ?? t("app.noData")} />;
}

/** A menu section whose screens a later feature adds. */
export function NotReady() {
  const { t } = useI18n();
  return <Result status="info" title={t("app.notReady")} subTitle={t("app.notReadyHint")} />;
}
