import { FileExcelOutlined, PlusOutlined, SearchOutlined } from "@ant-design/icons";
import { Button, Card, Flex, Input, Typography, type TableColumnsType } from "antd";
import { useEffect, useState } from "react";
import { useNavigate, useSearchParams } from "react-router";
import { PageHeader } from "@/components/PageHeader";
import { PagedTable } from "@/components/PagedTable";
import { useDebounced } from "@/lib/debounce";
import { useFormat } from "@/lib/format";
import { useI18n } from "@/lib/i18n";
import { useErrorNotice } from "@/lib/notify";
import { hasAnyRole } from "@/lib/roles";
import { useSession } from "@/lib/session";
import { useUnitScope } from "@/lib/unitScope";
import { exportPath } from "./api";
import { useCatalogIndex } from "./catalogs";
import { fetchBlob, saveBlob } from "./files";
import { usePt } from "./messages";
import { FILTER_CATALOGS, filtersQuery, PersonFilters } from "./PersonFilters";
import type { PersonSummary } from "./types";
import { withParam } from "@/lib/searchParams";

export const OFFICERS = ["unit_officer", "province_admin"] as const;

/** Hồ sơ CBCCVC: people of the chosen unit and its sub-units; results as one types, diacritics optional. */
export function PersonListPage() {
  const { t } = useI18n();
  const f = useFormat();
  const pt = usePt();
  const notice = useErrorNotice();
  const { account } = useSession();
  const { selected } = useUnitScope();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const catalogs = useCatalogIndex(FILTER_CATALOGS);
  const [text, setText] = useState(params.get("q") ?? "");
  const [exporting, setExporting] = useState(false);

  // Results as one types: the address follows the text after a short pause.
  const typed = useDebounced(text.trim(), 300);
  useEffect(() => {
    setParams((prev) => withParam(prev, "q", typed), { replace: true });
  }, [typed, setParams]);

  const query = { q: params.get("q") ?? undefined, unit_id: selected?.unit_id, ...filtersQuery(params) };
  const columns: TableColumnsType<PersonSummary> = [
    { title: t("personnel.fullName"), dataIndex: "full_name", fixed: "left", render: (v: string) => <Typography.Link>{f.name(v)}</Typography.Link> },
    { title: t("personnel.birthDate"), dataIndex: "birth_date", width: 120, render: f.date },
    { title: t("personnel.gender"), dataIndex: "gender", width: 100, render: (v: string) => catalogs.label("gender", v) },
    { title: t("personnel.position"), dataIndex: "position" },
    { title: t("personnel.unit"), dataIndex: "unit_name" },
    { title: t("personnel.status"), dataIndex: "status", width: 170, render: (v: string) => catalogs.label("employment_status", v) },
  ];

  const exportExcel = async () => {
    setExporting(true);
    try {
      saveBlob(await fetchBlob(exportPath, query), "danh-sach-cbccvc.xlsx");
    } catch (err) {
      notice(err);
    } finally {
      setExporting(false);
    }
  };

  return (
    <>
      <PageHeader
        title={t("personnel.title")}
        extra={
          <Flex gap={8} wrap>
            <Button icon={<FileExcelOutlined />} loading={exporting} onClick={exportExcel} data-testid="export-excel">
              {pt("p.export")}
            </Button>
            {hasAnyRole(account.roles, [...OFFICERS]) && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate("/personnel/new")} data-testid="new-person">
                {pt("p.new")}
              </Button>
            )}
          </Flex>
        }
      />
      <Card size="small">
        <Flex gap={12} align="center" wrap style={{ marginBottom: 12 }}>
          <Input
            data-testid="person-search"
            style={{ width: 360, maxWidth: "100%" }}
            prefix={<SearchOutlined />}
            value={text}
            allowClear
            placeholder={t("personnel.searchPlaceholder")}
            onChange={(e) => setText(e.target.value)}
          />
          {selected && <Typography.Text type="secondary">{pt("p.scopeHint", { unit: selected.name })}</Typography.Text>}
        </Flex>
        <PersonFilters params={params} setParams={setParams} catalogs={catalogs} />
        <PagedTable<PersonSummary>
          testId="person-table"
          path="/api/personnel/persons"
          query={query}
          columns={columns}
          rowKey="person_id"
          onRow={(p) => ({ onClick: () => navigate(`/personnel/${encodeURIComponent(p.person_id)}`) })}
        />
      </Card>
    </>
  );
}
