import { EditOutlined, PrinterOutlined } from "@ant-design/icons";
import { useQuery } from "@tanstack/react-query";
import { Alert, Button, Card, DatePicker, Dropdown, Flex, List, Skeleton, Space, Tabs, Tag, Typography } from "antd";
import { useState } from "react";
import { Link, useNavigate, useParams, useSearchParams } from "react-router";
import { EmptyState } from "@/components/EmptyState";
import { PageHeader } from "@/components/PageHeader";
import { apiOrNull } from "@/lib/api";
import { apiDate, formatName, pickerDate, useFormat, todayInVietnam } from "@/lib/format";
import { useI18n } from "@/lib/i18n";
import { useErrorNotice } from "@/lib/notify";
import { APPROVERS, hasAnyRole } from "@/lib/roles";
import { useSession } from "@/lib/session";
import type { Unit } from "@/lib/units";
import { personnelApi, printPath, type PrintForm } from "./api";
import { useCatalogIndex } from "./catalogs";
import { DocumentsTab } from "./DocumentsTab";
import { fetchBlob, saveBlob } from "./files";
import { HistoryTab } from "./HistoryTab";
import { useLabel, usePt } from "./messages";
import { DueDatesCard } from "@/features/careers/DueDatesCard";
import { RegisterEffectsCard } from "@/features/registers/EffectsCard";
import { EvaluationCard } from "@/features/evaluations/EvaluationCard";
import { OFFICERS } from "./PersonListPage";
import { PhotoCard } from "./PhotoCard";
import { ProfileTabView } from "./profile/display";
import { CATALOGS_USED, TABS } from "./profile/spec";
import { StatusEventButton } from "./StatusEventButton";
import { withParam } from "@/lib/searchParams";

const PAGE_CATALOGS = [...CATALOGS_USED, "employment_status", "leaving_service_forms"];
const OPEN = new Set(["draft", "submitted", "rejected"]);

/** One person's dossier in the tabs of the unified résumé, with documents and the change history. */
export function PersonPage() {
  const { personId = "" } = useParams();
  const pt = usePt();
  const label = useLabel();
  const { t } = useI18n();
  const f = useFormat();
  const { account } = useSession();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const asOf = params.get("as_of");
  const tab = params.get("tab") ?? TABS[0].key;
  const catalogs = useCatalogIndex(PAGE_CATALOGS);
  const person = useQuery({ queryKey: ["person", personId, asOf], queryFn: () => personnelApi.person(personId, asOf) });
  const unitId = person.data?.unit_id;
  const unit = useQuery({
    queryKey: ["unit", unitId],
    queryFn: () => apiOrNull<Unit>(`/api/org/units/${encodeURIComponent(unitId ?? "")}`),
    enabled: !!unitId,
  });
  const requests = useQuery({
    queryKey: ["person-requests", personId],
    queryFn: () => personnelApi.changeRequests({ person_id: personId, size: 20 }),
    enabled: !!person.data,
  });
  const canEdit = hasAnyRole(account.roles, [...OFFICERS]);
  const isLeader = hasAnyRole(account.roles, APPROVERS);

  const setParam = (key: string, value: string | null) =>
    setParams((prev) => withParam(prev, key, value), { replace: key === "tab" });

  const p = person.data;
  const profile = p?.profile ?? null;
  const fullName = profile?.identity?.full_name;
  const name = fullName != null ? formatName(fullName) : person.isLoading ? "" : t("app.noData");
  const open = (requests.data?.items ?? []).filter((r) => OPEN.has(r.state));
  const pendingNew = open.find((r) => r.kind === "create");
  const title = name || formatName(pendingNew?.profile.identity?.full_name);

  if (person.isLoading) return <><PageHeader title="" /><Card><Skeleton active /></Card></>;
  if (!p) return <><PageHeader title={t("app.noData")} crumbs={[{ title: t("app.noData") }]} /><Card><EmptyState /></Card></>;

  const items = [
    ...TABS.map((spec) => ({
      key: spec.key,
      label: label(spec.label),
      children: profile ? <ProfileTabView tab={spec} profile={profile} catalogs={catalogs} /> : <EmptyState description={pt("p.notApprovedYet")} />,
    })),
    { key: "documents", label: pt("p.documents"), children: <DocumentsTab personId={personId} canEdit={canEdit} /> },
    {
      key: "history",
      label: pt("p.history"),
      children: <HistoryTab personId={personId} catalogs={catalogs} onViewAsOf={(d) => setParams({ as_of: d, tab: TABS[0].key })} />,
    },
  ];

  return (
    <>
      <PageHeader
        title={<span data-testid="person-name">{title}</span>}
        crumbs={[{ title }]}
        extra={
          <Space wrap>
            <DatePicker
              aria-label={pt("p.asOf")}
              placeholder={pt("p.asOf")}
              format={f.dateInput}
              style={{ width: 190 }}
              value={pickerDate(asOf)}
              disabledDate={(d) => d.isAfter(todayInVietnam())}
              onChange={(d) => setParam("as_of", apiDate(d))}
            />
            <PrintMenu personId={personId} />
            {isLeader && profile && !asOf && <StatusEventButton personId={personId} catalogs={catalogs} />}
            {canEdit && profile && !asOf && (
              <Button type="primary" icon={<EditOutlined />} onClick={() => navigate(`/personnel/${personId}/edit`)} data-testid="edit-person">
                {pt("p.edit")}
              </Button>
            )}
          </Space>
        }
      />
      <Flex gap={16} align="start" style={{ marginBottom: 12 }}>
      {!asOf && <PhotoCard personId={personId} canEdit={canEdit} />}
      <Flex vertical gap={12} style={{ flex: 1, minWidth: 0 }}>
        <Flex gap={8} wrap align="center">
          <Tag color={p.status === "DANG_CONG_TAC" ? "green" : "default"}>{catalogs.label("employment_status", p.status)}</Tag>
          <Typography.Text>{unit.data?.name ?? p.unit_id}</Typography.Text>
          {!!p.version && (
            <Typography.Text type="secondary">
              {pt("p.version", { v: p.version })}, {pt("p.approvedBy", { who: p.approved_by ?? "", when: f.date(p.approved_at) })}
              {p.decision_number ? ` · ${p.decision_number}` : ""}
            </Typography.Text>
          )}
        </Flex>
        {asOf && (
          <Alert type="info" showIcon title={pt("p.asOfShown", { date: f.date(asOf) })} action={<Button size="small" onClick={() => setParam("as_of", null)}>{pt("p.backToCurrent")}</Button>} />
        )}
        {open.length > 0 && (
          <Alert
            type="warning"
            showIcon
            title={pt("p.openRequests")}
            description={
              <List
                size="small"
                dataSource={open}
                renderItem={(r) => (
                  <List.Item style={{ padding: "2px 0" }}>
                    <Link to={isLeader && r.state === "submitted" ? `/approvals/${r.id}` : `/personnel/requests/${r.id}`}>
                      {pt(r.kind === "create" ? "cr.create" : "cr.update")} — {pt(`cr.${r.state}`)} ({r.created_by}, {f.date(r.created_at)})
                    </Link>
                  </List.Item>
                )}
              />
            }
          />
        )}
        {profile && !asOf && <DueDatesCard personId={personId} />}
        {profile && !asOf && <RegisterEffectsCard personId={personId} />}
        {profile && !asOf && <EvaluationCard personId={personId} />}
      </Flex>
      </Flex>
      <Card>
        <Tabs tabPlacement="start" activeKey={tab} onChange={(k) => setParam("tab", k)} items={items} data-testid="person-tabs" />
      </Card>
    </>
  );
}

/** The printed forms (fetched with the token, saved as a file). */
function PrintMenu({ personId }: { personId: string }) {
  const pt = usePt();
  const notice = useErrorNotice();
  const [busy, setBusy] = useState(false);
  const forms: { key: PrintForm | "exchange"; label: string }[] = [
    { key: "2c", label: pt("p.print2c") },
    { key: "unified", label: pt("p.printUnified") },
    { key: "exchange", label: pt("p.exportExchange") },
  ];
  const print = async (key: PrintForm | "exchange") => {
    setBusy(true);
    try {
      if (key === "exchange") {  // the dossier in the national database's exchange layout (issue 18.3)
        saveBlob(await fetchBlob(`/api/personnel/exchange/persons/${encodeURIComponent(personId)}`), "ho-so-dien-tu.json");
        return;
      }
      saveBlob(await fetchBlob(printPath(personId, key)), `ho-so-${key}.pdf`);
    } catch (err) {
      notice(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dropdown menu={{ items: forms.map((f) => ({ key: f.key, label: f.label })), onClick: ({ key }) => void print(key as PrintForm | "exchange") }}>
      <Button icon={<PrinterOutlined />} loading={busy} data-testid="print-person">{pt("p.print")}</Button>
    </Dropdown>
  );
}
