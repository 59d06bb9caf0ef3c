import { SafetyCertificateOutlined, SearchOutlined } from "@ant-design/icons";
import { keepPreviousData, useMutation, useQuery } from "@tanstack/react-query";
import { Alert, Button, Checkbox, Col, DatePicker, Flex, Form, Input, Row, Select, Table, Tag, Typography, type TableColumnsType } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useEffect, useState } from "react";
import { useSearchParams } from "react-router";
import { EmptyState } from "@/components/EmptyState";
import { ApiError } from "@/lib/errors";
import { formatNumber, useFormat } from "@/lib/format";
import { useI18n } from "@/lib/i18n";
import { useErrorNotice } from "@/lib/notify";
import { useSession } from "@/lib/session";
import { searchAudit, verifyAudit, type AuditRow, type ChainReport } from "./api";
import { useAdminT, type AdminKey } from "./messages";
import { actionLabel, auditActions, resourceLabel } from "./rules";
import { UnitName, UnitSelect } from "./UnitSelect";
import { usePaging } from "@/components/paging";

interface Filters {
  resource_id?: string;
  actor?: string;
  unit_id?: string;
  include_subunits?: boolean;
  service?: string;
  action?: string;
  period?: [Dayjs | null, Dayjs | null] | null;
}

const SERVICES = ["identity", "personnel", "org", "transfer", "reporting", "notify"] as const;
const TEXT_KEYS = ["resource_id", "actor", "unit_id", "service", "action"] as const;

/** The filters live in the address, so a search can be bookmarked or opened from an account's row. */
function fromParams(p: URLSearchParams): Filters {
  const f: Filters = {};
  for (const k of TEXT_KEYS) if (p.get(k)) f[k] = p.get(k) ?? undefined;
  f.include_subunits = p.get("include_subunits") === "true";
  const from = p.get("from");
  const to = p.get("to");
  if (from || to) f.period = [from ? dayjs(from) : null, to ? dayjs(to) : null];
  return f;
}

function toParams(f: Filters): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of TEXT_KEYS) {
    const v = f[k]?.trim();
    if (v) out[k] = v;
  }
  if (f.include_subunits && f.unit_id) out.include_subunits = "true";
  if (f.period?.[0]) out.from = f.period[0].toISOString();
  if (f.period?.[1]) out.to = f.period[1].toISOString();
  return out;
}

function ChainResult({ reports }: { reports: ChainReport[] }) {
  const t = useAdminT();
  // "personnel" -> "Hồ sơ CBCCVC (personnel)"; identity's own chain is named "identity (local)".
  const chainName = (chain: string) => {
    const service = chain.split(" ")[0];
    return (SERVICES as readonly string[]).includes(service) ? `${t(`svc.${service}` as AdminKey)} (${chain})` : chain;
  };
  const broken = reports.filter((r) => !r.ok);
  return (
    <Alert
      data-testid="audit-verify-result"
      type={broken.length ? "error" : "success"}
      showIcon
      style={{ marginBottom: 12 }}
      title={broken.length ? t("audit.verifyBroken") : t("audit.verifyOk")}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {reports.map((r) => (
            <li key={r.chain}>
              {t("audit.chain", { chain: chainName(r.chain), n: formatNumber(r.entries) })}:{" "}
              {r.ok ? t("audit.intact") : <strong>{t("audit.brokenAt", { seq: r.broken_seq ?? "?" })}{r.reason ? ` (${r.reason})` : ""}</strong>}
            </li>
          ))}
        </ul>
      }
    />
  );
}

/** Who did what to which record, when and from where, across every service; the chain check for system admins. */
export function AuditPage() {
  const t = useAdminT();
  const { t: tt, lang } = useI18n();
  const f = useFormat();
  const { account } = useSession();
  const notice = useErrorNotice();
  const [params, setParams] = useSearchParams();
  const [form] = Form.useForm<Filters>();
  const { page, size, setPage, pagination } = usePaging();
  const query = Object.fromEntries(params.entries());
  const [lastQuery, setLastQuery] = useState(params.toString());
  if (params.toString() !== lastQuery) {
    // A new search (or a link from an account's row) starts again at the first page.
    setLastQuery(params.toString());
    setPage(1);
  }
  useEffect(() => {
    form.resetFields();
    form.setFieldsValue(fromParams(params));
  }, [params, form]);

  const result = useQuery({
    queryKey: ["audit", query, page, size],
    queryFn: ({ signal }) => searchAudit({ ...query, limit: size, offset: (page - 1) * size }, signal),
    placeholderData: keepPreviousData,
  });
  const verify = useMutation({ mutationFn: verifyAudit, onError: notice });

  const columns: TableColumnsType<AuditRow> = [
    { title: t("audit.when"), dataIndex: "at", render: f.dateTime, width: 140 },
    {
      title: t("audit.who"),
      dataIndex: "actor_username",
      render: (v: string, r) => (
        <>
          <strong>{v}</strong>
          {r.actor_unit_id && <div style={{ fontSize: 12, opacity: 0.7 }}><UnitName unitId={r.actor_unit_id} /></div>}
        </>
      ),
    },
    { title: t("audit.address"), dataIndex: "client_address", render: (v: string | null) => v ?? "" },
    {
      title: t("audit.what"),
      dataIndex: "action",
      render: (v: string, r) => (
        <>
          <Tag color={v.startsWith("account.") ? "blue" : v === "sign_in_failed" ? "orange" : undefined}>{actionLabel(v, lang)}</Tag>
          <div style={{ fontSize: 12, opacity: 0.7 }}>{t(`svc.${r.service}` as AdminKey)}</div>
        </>
      ),
    },
    {
      title: t("audit.record"),
      dataIndex: "resource_id",
      render: (v: string | null, r) => {
        const named = typeof r.detail.username === "string" ? r.detail.username : null;
        const reason = typeof r.detail.reason === "string" ? r.detail.reason : null;
        return (
          <>
            <div>
              {resourceLabel(r.resource_type, lang)}
              {named && <strong> {named}</strong>}
            </div>
            {v && (
              <Typography.Text type="secondary" copyable={{ text: v }} style={{ fontSize: 12 }}>
                {v.length > 13 ? `${v.slice(0, 8)}…` : v}
              </Typography.Text>
            )}
            {reason && <div style={{ fontSize: 12 }}>«{reason}»</div>}
          </>
        );
      },
    },
    { title: t("col.unit"), dataIndex: "unit_id", render: (v: string | null) => <UnitName unitId={v} /> },
  ];

  return (
    <>
      <Form<Filters>
        form={form}
        layout="vertical"
        onFinish={(v) => setParams(toParams(v))}
        data-testid="audit-filters"
      >
        <Row gutter={12}>
          <Col xs={24} md={12} xl={6}>
            <Form.Item name="resource_id" label={t("audit.resource")}>
              <Input allowClear placeholder="VD: 216bdc96-…" data-testid="audit-resource" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12} xl={5}>
            <Form.Item name="actor" label={t("audit.actor")}>
              <Input allowClear placeholder="VD: snv.admin" data-testid="audit-actor" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12} xl={8}>
            <Form.Item label={t("audit.unit")} style={{ marginBottom: 0 }}>
              <Flex gap={8} align="center">
                <Form.Item name="unit_id" noStyle>
                  <UnitSelect style={{ flex: 1, minWidth: 0 }} placeholder={t("audit.any")} testId="audit-unit" />
                </Form.Item>
                <Form.Item name="include_subunits" valuePropName="checked" noStyle>
                  <Checkbox style={{ whiteSpace: "nowrap" }}>{t("audit.subunits")}</Checkbox>
                </Form.Item>
              </Flex>
            </Form.Item>
          </Col>
          <Col xs={24} md={12} xl={5}>
            <Form.Item name="service" label={t("audit.service")}>
              <Select allowClear placeholder={t("audit.any")} options={SERVICES.map((s) => ({ value: s, label: t(`svc.${s}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12} xl={5}>
            <Form.Item name="action" label={t("audit.action")}>
              <Select allowClear showSearch={{ optionFilterProp: "label" }} placeholder={t("audit.any")} options={auditActions(lang)} data-testid="audit-action" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12} xl={8}>
            <Form.Item name="period" label={t("audit.period")}>
              <DatePicker.RangePicker style={{ width: "100%" }} showTime={{ format: "HH:mm" }} format={f.dateTimeInput} allowEmpty={[true, true]} />
            </Form.Item>
          </Col>
          <Col xs={24} xl={11}>
            <Form.Item label={<span aria-hidden>&nbsp;</span>}>
              <Flex gap={8} wrap>
                <Button type="primary" htmlType="submit" icon={<SearchOutlined />} data-testid="audit-search">
                  {t("audit.search")}
                </Button>
                <Button onClick={() => setParams({})}>{t("audit.clear")}</Button>
                {account.roles.includes("system_admin") && (
                  <Button icon={<SafetyCertificateOutlined />} loading={verify.isPending} onClick={() => verify.mutate()} data-testid="audit-verify">
                    {t("audit.verify")}
                  </Button>
                )}
              </Flex>
            </Form.Item>
          </Col>
        </Row>
      </Form>
      {verify.data && <ChainResult reports={verify.data} />}
      {result.error && (
        <Alert type="error" showIcon style={{ marginBottom: 12 }} title={result.error instanceof ApiError ? result.error.text(lang) : tt("app.networkError")} />
      )}
      <Table<AuditRow>
        data-testid="audit-table"
        size="middle"
        rowKey="hash"
        columns={columns}
        dataSource={result.data?.data ?? []}
        loading={result.isFetching}
        locale={{ emptyText: <EmptyState /> }}
        scroll={{ x: "max-content" }}
        pagination={pagination(result.data?.count ?? 0)}
      />
    </>
  );
}
