import { useQuery } from "@tanstack/react-query";
import { Card, Descriptions, Skeleton } from "antd";
import { useParams } from "react-router";
import { EmptyState } from "@/components/EmptyState";
import { PageHeader } from "@/components/PageHeader";
import { apiOrNull } from "@/lib/api";
import { useI18n } from "@/lib/i18n";
import { formatDate, genderLabel, statusLabel } from "./labels";
import type { Unit } from "@/lib/units";
import { summaryOf, type PersonRecord } from "./types";

/** One person's record; the personnel feature grows this into the full dossier. */
export function PersonPage() {
  const { personId = "" } = useParams();
  const { t, lang } = useI18n();
  const person = useQuery({
    queryKey: ["person", personId],
    queryFn: () => apiOrNull<PersonRecord>(`/api/personnel/persons/${encodeURIComponent(personId)}`),
  });
  const unitId = person.data?.unit_id;
  const unit = useQuery({
    queryKey: ["unit", unitId],
    queryFn: () => apiOrNull<Unit>(`/api/org/units/${encodeURIComponent(unitId ?? "")}`),
    enabled: !!unitId,
  });
  const p = person.data ? summaryOf(person.data, unit.data?.name) : null;
  const title = p?.full_name ?? (person.isLoading ? "" : t("app.noData"));
  return (
    <>
      <PageHeader title={title} crumbs={[{ title }]} />
      <Card>
        {person.isLoading ? (
          <Skeleton active />
        ) : p ? (
          <Descriptions column={{ xs: 1, md: 2 }} bordered size="small">
            <Descriptions.Item label={t("personnel.fullName")}>{p.full_name}</Descriptions.Item>
            <Descriptions.Item label={t("personnel.birthDate")}>{formatDate(p.birth_date)}</Descriptions.Item>
            <Descriptions.Item label={t("personnel.gender")}>{genderLabel(p.gender, lang)}</Descriptions.Item>
            <Descriptions.Item label={t("personnel.position")}>{p.position}</Descriptions.Item>
            <Descriptions.Item label={t("personnel.unit")}>{p.unit_name}</Descriptions.Item>
            <Descriptions.Item label={t("personnel.status")}>{statusLabel(p.status, lang)}</Descriptions.Item>
          </Descriptions>
        ) : (
          <EmptyState />
        )}
      </Card>
    </>
  );
}
