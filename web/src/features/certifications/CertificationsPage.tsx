import { DownloadOutlined, SafetyCertificateOutlined } from "@ant-design/icons";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Card, Flex, Popconfirm, Select, Space, Statistic, Table, Tabs, Tag, Typography } from "antd";
import { useState } from "react";
import { useSearchParams } from "react-router";
import { UnitSelect } from "@/features/admin/UnitSelect";
import { saveBlob } from "@/features/personnel/files";
import { formatDate, formatMonth } from "@/lib/format";
import { useI18n } from "@/lib/i18n";
import { useErrorNotice } from "@/lib/notify";
import { useSession } from "@/lib/session";
import { certificationsApi, recentMonths, type Certification, type Change, type OverviewRow, type Status } from "./api";
import { useCt } from "./messages";

const STATUS_COLORS: Record<Status, string> = { certified: "green", late: "orange", missing: "red", waiting: "default" };
const TIMING_COLORS: Record<string, string> = { early: "default", on_time: "processing", late: "orange" };

function MonthSelect({ value, onChange, testId }: { value?: string; onChange: (m: string) => void; testId: string }) {
  const ct = useCt();
  const { lang } = useI18n();
  return (
    <Space>
      <span>{ct("c.month")}</span>
      <Select
        style={{ width: 130 }}
        value={value}
        onChange={onChange}
        data-testid={testId}
        options={recentMonths(13).map((m) => ({ value: m, label: formatMonth(m, lang) }))}
      />
    </Space>
  );
}

function usePdfDownload() {
  const notice = useErrorNotice();
  return async (c: Certification) => {
    try {
      saveBlob(await certificationsApi.pdf(c.id), `xac-nhan-du-lieu-${c.unit_id}-${c.month}.pdf`);
    } catch (err) {
      notice(err);
    }
  };
}

function UnitTab() {
  const ct = useCt();
  const { lang } = useI18n();
  const { account } = useSession();
  const { message } = App.useApp();
  const notice = useErrorNotice();
  const client = useQueryClient();
  const download = usePdfDownload();
  const [params] = useSearchParams();
  const [month, setMonth] = useState<string | undefined>(params.get("month") ?? undefined);
  const unitId = account.unit_id ?? "";
  const preview = useQuery({
    queryKey: ["certifications", "preview", unitId, month ?? ""],
    queryFn: () => certificationsApi.preview(unitId, month),
    enabled: !!unitId,
  });
  const certify = useMutation({
    mutationFn: () => certificationsApi.certify(unitId, preview.data?.month ?? ""),
    onSuccess: (c) => {
      message.success(ct("c.certified", { month: formatMonth(c.month, lang) }));
      void client.invalidateQueries({ queryKey: ["certifications"] });
    },
    onError: notice,
  });
  const p = preview.data;
  const isLeader = account.roles.includes("unit_leader");
  const c = p?.certification;
  return (
    <Space direction="vertical" size="middle" style={{ width: "100%" }}>
      <Flex gap="middle" wrap="wrap" align="center">
        <MonthSelect value={month ?? p?.month} onChange={setMonth} testId="certification-month" />
        {p && (
          <Typography.Text>
            {ct("c.window", { opens: formatDate(p.window_opens, lang), closes: formatDate(p.window_closes, lang) })}
          </Typography.Text>
        )}
        {p && !c && <Tag color={TIMING_COLORS[p.timing]}>{ct(`c.timing.${p.timing}`)}</Tag>}
      </Flex>
      {p && (
        <Card
          title={`${p.unit_name} — ${formatMonth(p.month, lang)}`}
          data-testid="certification-card"
          extra={c && <Button icon={<DownloadOutlined />} onClick={() => void download(c)} data-testid="certification-pdf">{ct("c.download")}</Button>}
        >
          {c ? (
            <Alert
              type={c.late ? "warning" : "success"}
              showIcon
              data-testid="certification-done"
              message={ct("c.done", {
                on: formatDate(c.certified_on, lang),
                by: c.certified_by_name || c.certified_by,
                late: c.late ? ct("c.lateSuffix") : "",
              })}
              description={`${c.signer_subject} · SHA-256 ${c.sha256.slice(0, 16)}…`}
            />
          ) : p.may_certify ? (
            <Popconfirm
              title={ct("c.certify")}
              description={<div style={{ maxWidth: 380 }}>{ct("c.certifyConfirm", { month: formatMonth(p.month, lang), unit: p.unit_name, n: p.changes.length })}</div>}
              onConfirm={() => certify.mutate()}
            >
              <Button type="primary" icon={<SafetyCertificateOutlined />} loading={certify.isPending} data-testid="certification-certify">
                {ct("c.certify")}
              </Button>
            </Popconfirm>
          ) : (
            <Alert type="info" showIcon data-testid="certification-refusal" message={isLeader ? p.refusal_message : ct("c.notHead")} />
          )}
        </Card>
      )}
      {p && (
        <Card title={ct("c.changes", { n: p.changes.length })} size="small">
          {p.changes_capped && <Alert type="warning" message={ct("c.capped")} style={{ marginBottom: 8 }} />}
          <ChangesTable changes={p.changes} loading={preview.isFetching} />
        </Card>
      )}
      <Space direction="vertical" size={0}>
        <Button
          type="link"
          style={{ padding: 0 }}
          onClick={() => void certificationsApi.rootCertificate().then((b) => saveBlob(b, "cbccvc-root-ca.pem"), notice)}
        >
          {ct("c.root")}
        </Button>
        <Typography.Text type="secondary">{ct("c.rootHint")}</Typography.Text>
      </Space>
    </Space>
  );
}

function ChangesTable({ changes, loading }: { changes: Change[]; loading: boolean }) {
  const ct = useCt();
  const { lang } = useI18n();
  return (
    <Table<Change>
      size="small"
      rowKey={(r) => `${r.kind}-${r.person_id}-${r.on}-${r.what}`}
      dataSource={changes}
      loading={loading}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      locale={{ emptyText: ct("c.noChanges") }}
      data-testid="certification-changes"
      columns={[
        { title: ct("c.col.name"), dataIndex: "full_name" },
        { title: ct("c.unit"), dataIndex: "unit_name" },
        { title: ct("c.col.what"), dataIndex: "what" },
        {
          title: ct("c.col.decision"),
          render: (_, r) => [r.decision_number, r.decision_signed_on ? formatDate(r.decision_signed_on, lang) : null].filter(Boolean).join(" · "),
        },
        { title: ct("c.col.on"), dataIndex: "on", width: 110, render: (v: string) => formatDate(v, lang) },
      ]}
    />
  );
}

function OverviewTab() {
  const ct = useCt();
  const { lang } = useI18n();
  const download = usePdfDownload();
  const [params] = useSearchParams();
  const [month, setMonth] = useState<string | undefined>(params.get("month") ?? undefined);
  const [unitId, setUnitId] = useState<string | undefined>(params.get("unit_id") ?? undefined);
  const overview = useQuery({
    queryKey: ["certifications", "overview", month ?? "", unitId ?? ""],
    queryFn: () => certificationsApi.overview(month, unitId),
  });
  const o = overview.data;
  return (
    <Space direction="vertical" size="middle" style={{ width: "100%" }}>
      <Flex gap="middle" wrap="wrap" align="center">
        <MonthSelect value={month ?? o?.month} onChange={setMonth} testId="overview-month" />
        <Space>
          <span>{ct("c.subtree")}</span>
          <UnitSelect value={unitId} onChange={setUnitId} style={{ width: 320 }} testId="overview-unit" />
        </Space>
        {o && (
          <Typography.Text type="secondary">
            {ct("c.window", { opens: formatDate(o.window_opens, lang), closes: formatDate(o.window_closes, lang) })}
          </Typography.Text>
        )}
      </Flex>
      {o && (
        <Flex gap="large" wrap="wrap" data-testid="overview-counts">
          {(["certified", "late", "missing", "waiting"] as const).map((s) => (
            <Statistic key={s} title={ct(`c.status.${s}`)} value={o.counts[s] ?? 0} />
          ))}
        </Flex>
      )}
      <Table<OverviewRow>
        size="small"
        rowKey="unit_id"
        loading={overview.isFetching}
        dataSource={o?.rows ?? []}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        data-testid="overview-table"
        columns={[
          {
            title: ct("c.unit"),
            dataIndex: "unit_name",
            render: (v: string, r) => <span style={{ paddingLeft: Math.min(r.depth, 4) * 16 }}>{v}</span>,
          },
          {
            title: ct("c.col.status"),
            dataIndex: "status",
            width: 140,
            filters: (["certified", "late", "missing", "waiting"] as const).map((s) => ({ text: ct(`c.status.${s}`), value: s })),
            onFilter: (value, r) => r.status === value,
            render: (s: Status) => <Tag color={STATUS_COLORS[s]}>{ct(`c.status.${s}`)}</Tag>,
          },
          {
            title: ct("c.col.certifiedOn"),
            width: 120,
            render: (_, r) => (r.certification ? formatDate(r.certification.certified_on, lang) : ""),
          },
          {
            title: ct("c.col.by"),
            render: (_, r) => (r.certification ? r.certification.certified_by_name || r.certification.certified_by : ""),
          },
          { title: ct("c.col.changes"), width: 100, align: "right", render: (_, r) => r.certification?.change_count ?? "" },
          {
            title: ct("c.pdf"),
            width: 70,
            render: (_, r) =>
              r.certification && (
                <Button size="small" icon={<DownloadOutlined />} onClick={() => r.certification && void download(r.certification)} aria-label={ct("c.download")} />
              ),
          },
        ]}
      />
    </Space>
  );
}

/** Xác nhận dữ liệu hằng tháng: the unit head's certification of the month and the Department's overview. */
export function CertificationsPage() {
  const ct = useCt();
  const { account } = useSession();
  const [params] = useSearchParams();
  const provinceWide = account.roles.includes("province_admin") || account.roles.includes("system_admin");
  const tab = params.get("tab") ?? (provinceWide ? "overview" : "unit");
  return (
    <Space direction="vertical" size="middle" style={{ width: "100%" }} data-testid="certifications-page">
      <Typography.Title level={3} style={{ margin: 0 }}>{ct("c.title")}</Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>{ct("c.hint")}</Typography.Paragraph>
      <Tabs
        defaultActiveKey={tab}
        destroyOnHidden
        items={[
          { key: "unit", label: <span data-testid="certifications-tab-unit">{ct("c.tab.unit")}</span>, children: <UnitTab /> },
          { key: "overview", label: <span data-testid="certifications-tab-overview">{ct("c.tab.overview")}</span>, children: <OverviewTab /> },
        ]}
      />
    </Space>
  );
}
