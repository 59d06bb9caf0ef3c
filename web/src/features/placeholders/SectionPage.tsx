import { NotReady } from "@/components/EmptyState";
import { PageHeader } from "@/components/PageHeader";
import { useI18n } from "@/lib/i18n";
import type { MessageKey } from "@/lib/messages";

/** A menu section whose screens are still to come (transfers, reports, catalogs, news, administration). */
export function SectionPage({ title }: { title: MessageKey }) {
  const { t } = useI18n();
  return (
    <>
      <PageHeader title={t(title)} />
      <NotReady />
    </>
  );
}
