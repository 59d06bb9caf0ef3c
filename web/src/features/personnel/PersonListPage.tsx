import { Input, type TableColumnsType } from "antd";
import { useNavigate, useSearchParams } from "react-router";
import { PageHeader } from "@/components/PageHeader";
import { PagedTable } from "@/components/PagedTable";
import { useI18n } from "@/lib/i18n";
import { useUnitScope } from "@/lib/unitScope";
import { formatDate, genderLabel, statusLabel } from "./labels";
import type { PersonSummary } from "./types";

/** Hồ sơ CBCCVC: the people of the chosen unit, searchable by name. */
export function PersonListPage() {
  const { t, lang } = useI18n();
  const { selected } = useUnitScope();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const q = params.get("q") ?? "";
  const columns: TableColumnsType<PersonSummary> = [
    { title: t("personnel.fullName"), dataIndex: "full_name", fixed: "left" },
    { title: t("personnel.birthDate"), dataIndex: "birth_date", width: 120, render: (v: string) => formatDate(v) },
    { title: t("personnel.gender"), dataIndex: "gender", width: 100, render: (v: string) => genderLabel(v, lang) },
    { title: t("personnel.position"), dataIndex: "position" },
    { title: t("personnel.unit"), dataIndex: "unit_name" },
    { title: t("personnel.status"), dataIndex: "status", width: 160, render: (v: string) => statusLabel(v, lang) },
  ];
  return (
    <>
      <PageHeader
        title={t("personnel.title")}
        extra={
          <Input.Search
            style={{ width: 320 }}
            defaultValue={q}
            allowClear
            placeholder={t("personnel.searchPlaceholder")}
            onSearch={(v) => setParams(v.trim() ? { q: v.trim() } : {})}
          />
        }
      />
      <PagedTable<PersonSummary>
        testId="person-table"
        path="/api/personnel/persons"
        query={{ q, unit_id: selected?.unit_id }}
        columns={columns}
        rowKey="person_id"
        onRow={(p) => ({ onClick: () => navigate(`/personnel/${encodeURIComponent(p.person_id)}`) })}
      />
    </>
  );
}
