import { ReloadOutlined, RedoOutlined, SafetyCertificateOutlined } from "@ant-design/icons";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Card, Col, Flex, Popconfirm, Row, Table, Tag, Tooltip, Typography, type TableColumnsType } from "antd";
import { EmptyState } from "@/components/EmptyState";
import { ApiError } from "@/lib/errors";
import { formatTime, useFormat } from "@/lib/format";
import { useI18n } from "@/lib/i18n";
import { useErrorNotice } from "@/lib/notify";
import {
  listDeadLetters,
  readHealth,
  replayAllDeadLetters,
  replayDeadLetter,
  verifyAudit,
  type DeadLetter,
  type Health,
  type HealthState,
} from "./api";
import { useAdminT, type AdminKey } from "./messages";

const EVERY_SECONDS = 15;
const COLORS: Record<HealthState, string> = { ok: "success", warning: "warning", down: "error", unknown: "default" };

function StateTag({ state, testId }: { state: HealthState; testId?: string }) {
  const t = useAdminT();
  return (
    <Tag color={COLORS[state]} data-testid={testId} data-state={state}>
      {t(`health.state.${state}` as AdminKey)}
    </Tag>
  );
}

/** "Tình trạng hệ thống": what the system administrator watches (never personal data): every service and
 * server, alerts, backups and the last restore rehearsal, audit chains, outbox and Kafka lag, and the
 * dead-lettered events with their replay (one or all, audited). Refreshed while the screen is open. */
export function HealthPage() {
  const t = useAdminT();
  const { t: tt, lang } = useI18n();
  const f = useFormat();
  const health = useQuery({
    queryKey: ["operations", "health"],
    queryFn: ({ signal }) => readHealth(signal),
    refetchInterval: EVERY_SECONDS * 1000,
  });
  const h = health.data;
  const updated = health.dataUpdatedAt ? formatTime(health.dataUpdatedAt) : "";
  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
        <Flex gap={8} align="center">
          <Typography.Text strong>{t("health.overall")}:</Typography.Text>
          {h && <StateTag state={h.state} testId="health-overall" />}
        </Flex>
        <Flex gap={12} align="center">
          <Typography.Text type="secondary" data-testid="health-updated">
            {t("health.refresh", { s: EVERY_SECONDS, time: updated })}
          </Typography.Text>
          <Button icon={<ReloadOutlined />} onClick={() => void health.refetch()} loading={health.isFetching}>
            {t("health.refreshNow")}
          </Button>
        </Flex>
      </Flex>
      {health.error && (
        <Alert type="error" showIcon style={{ marginBottom: 12 }} title={health.error instanceof ApiError ? health.error.text(lang) : tt("app.networkError")} />
      )}
      {h && !h.prometheus_ok && (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t("health.prometheusDown", { error: h.prometheus_error ?? "" })} />
      )}
      {h && !h.kafka_ok && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t("health.kafkaDown")} />}
      {h && (
        <Row gutter={[12, 12]}>
          <Col xs={24} xl={14}>
            <Components health={h} />
          </Col>
          <Col xs={24} xl={10}>
            <Alerts health={h} />
          </Col>
          <Col xs={24} xl={14}>
            <Backups health={h} />
          </Col>
          <Col xs={24} xl={10}>
            <AuditChains health={h} />
          </Col>
          <Col xs={24}>
            <DeadLetters pending={h.dead_letters_pending} />
          </Col>
          <Col xs={24} xl={10}>
            <Card size="small" title={t("health.outbox")}>
              <Table
                data-testid="health-outbox"
                size="small"
                rowKey="service"
                pagination={false}
                dataSource={h.outbox}
                columns={[
                  { title: t("health.kind.service"), dataIndex: "service", render: (v: string) => t(`svc.${v}` as AdminKey) },
                  { title: t("health.unpublished"), dataIndex: "unpublished", align: "right", render: (v: number) => f.number(v) },
                  { title: t("health.parked"), dataIndex: "parked", align: "right", render: (v: number) => f.number(v) },
                  { title: t("health.oldest"), dataIndex: "oldest_age_seconds", align: "right", render: (v: number) => (v ? t("health.seconds", { n: f.number(Math.round(v)) }) : "—") },
                  { title: "", dataIndex: "state", render: (v: HealthState) => <StateTag state={v} /> },
                ]}
              />
            </Card>
          </Col>
          <Col xs={24} xl={14}>
            <Card size="small" title={t("health.lag")}>
              <Table
                data-testid="health-lag"
                size="small"
                rowKey={(r) => `${r.group} ${r.topic}`}
                dataSource={h.consumer_lag}
                locale={{ emptyText: <EmptyState description={t("health.noLag")} /> }}
                pagination={{ pageSize: 8, hideOnSinglePage: true, size: "small" }}
                columns={[
                  { title: t("health.group"), dataIndex: "group" },
                  { title: t("health.topic"), dataIndex: "topic" },
                  { title: t("health.lagCount"), dataIndex: "lag", align: "right", render: (v: number) => f.number(v) },
                  { title: "", dataIndex: "state", render: (v: HealthState) => <StateTag state={v} /> },
                ]}
              />
            </Card>
          </Col>
        </Row>
      )}
    </>
  );
}

function Components({ health }: { health: Health }) {
  const t = useAdminT();
  const label = (name: string, kind: string) => t((kind === "service" ? `svc.${name}` : `server.${name}`) as AdminKey);
  return (
    <Card size="small" title={t("health.components")} style={{ height: "100%" }}>
      <Row gutter={[8, 8]} data-testid="health-components">
        {health.components.map((c) => (
          <Col xs={24} sm={12} lg={8} key={`${c.kind}-${c.name}`}>
            <Flex justify="space-between" align="center" gap={6} data-testid={`component-${c.name}`}
              style={{ border: "1px solid rgba(5,5,5,0.06)", borderRadius: 6, padding: "6px 10px" }}>
              <div>
                <div style={{ fontWeight: 500 }}>{label(c.name, c.kind)}</div>
                <div style={{ fontSize: 12, opacity: 0.65 }}>
                  {t(`health.kind.${c.kind}` as AdminKey)}
                  {c.detail === "database" ? ` · ${t("health.databaseDown")}` : ""}
                </div>
              </div>
              <StateTag state={c.state} />
            </Flex>
          </Col>
        ))}
      </Row>
    </Card>
  );
}

function Alerts({ health }: { health: Health }) {
  const t = useAdminT();
  const f = useFormat();
  return (
    <Card size="small" title={t("health.alerts")} style={{ height: "100%" }}>
      {health.alerts.length === 0 ? (
        <EmptyState description={t("health.noAlerts")} />
      ) : (
        <Flex vertical gap={6} data-testid="health-alerts">
          {health.alerts.map((a, i) => (
            <div key={`${a.name}-${i}`}>
              <Tag color={a.state === "firing" ? (a.severity === "critical" ? "error" : "warning") : "default"}>
                {a.name} · {t(a.state === "firing" ? "health.alertFiring" : "health.alertPending")}
              </Tag>
              <span>{a.summary}</span>
              {a.since && <span style={{ fontSize: 12, opacity: 0.65 }}> ({t("health.since", { time: f.dateTime(a.since) })})</span>}
            </div>
          ))}
        </Flex>
      )}
    </Card>
  );
}

function Backups({ health }: { health: Health }) {
  const t = useAdminT();
  const f = useFormat();
  const r = health.restore_rehearsal;
  return (
    <Card size="small" title={t("health.backups")} style={{ height: "100%" }}>
      <Table
        data-testid="health-backups"
        size="small"
        rowKey="kind"
        pagination={false}
        dataSource={health.backups}
        columns={[
          { title: t("backup.kind"), dataIndex: "kind", render: (v: string) => t(`backup.${v}` as AdminKey) },
          { title: t("backup.last"), dataIndex: "last_success_at", render: (v: string | null) => (v ? f.dateTime(v) : t("backup.never")) },
          {
            title: t("backup.schedule"),
            dataIndex: "max_age_seconds",
            render: (v: number | null) => (v ? t("backup.everyHours", { h: f.number(Math.round(v / 3600)) }) : "—"),
          },
          {
            title: t("backup.size"),
            dataIndex: "size_bytes",
            align: "right",
            render: (v: number | null) => (v == null ? "—" : `${f.number(v / 1048576, { maximumFractionDigits: 1 })} MB`),
          },
          { title: "", dataIndex: "state", render: (v: HealthState) => <StateTag state={v} /> },
        ]}
      />
      <Flex justify="space-between" align="center" style={{ marginTop: 10 }} data-testid="health-rehearsal">
        <span>
          {t("backup.rehearsal")}: <strong>{r.last_success_at ? f.dateTime(r.last_success_at) : t("backup.never")}</strong>
        </span>
        <StateTag state={r.state} />
      </Flex>
    </Card>
  );
}

function AuditChains({ health }: { health: Health }) {
  const t = useAdminT();
  const f = useFormat();
  const notice = useErrorNotice();
  const verify = useMutation({ mutationFn: verifyAudit, onError: notice });
  const broken = verify.data?.filter((c) => !c.ok) ?? [];
  return (
    <Card
      size="small"
      title={t("health.audit")}
      style={{ height: "100%" }}
      extra={
        <Button size="small" icon={<SafetyCertificateOutlined />} loading={verify.isPending} onClick={() => verify.mutate()} data-testid="health-verify">
          {t("audit.verify")}
        </Button>
      }
    >
      <Table
        data-testid="health-audit"
        size="small"
        rowKey="service"
        pagination={false}
        dataSource={health.audit_chains}
        columns={[
          { title: t("health.kind.service"), dataIndex: "service", render: (v: string) => t(`svc.${v}` as AdminKey) },
          {
            title: t("health.auditVerifiedAt"),
            dataIndex: "verified_at",
            render: (v: string | null, c) => (
              <>
                {v ? f.dateTime(v) : "—"}
                {c.first_broken_seq ? <div style={{ color: "#cf1322" }}>{t("health.auditBroken", { seq: c.first_broken_seq })}</div> : null}
              </>
            ),
          },
          { title: "", dataIndex: "state", render: (v: HealthState) => <StateTag state={v} /> },
        ]}
      />
      {verify.data && (
        <Alert
          style={{ marginTop: 8 }}
          type={broken.length ? "error" : "success"}
          showIcon
          data-testid="health-verify-result"
          title={broken.length ? t("audit.verifyBroken") : t("audit.verifyOk")}
          description={broken.map((c) => `${t("audit.chain", { chain: c.chain, n: c.entries })}: ${t("audit.brokenAt", { seq: c.broken_seq ?? 0 })}`).join("; ") || undefined}
        />
      )}
    </Card>
  );
}

function DeadLetters({ pending }: { pending: number }) {
  const t = useAdminT();
  const f = useFormat();
  const { message } = App.useApp();
  const notice = useErrorNotice();
  const client = useQueryClient();
  const letters = useQuery({
    queryKey: ["operations", "dead-letters", pending],
    queryFn: ({ signal }) => listDeadLetters(signal),
    refetchInterval: EVERY_SECONDS * 1000,
  });
  const after = (r: { count: number }) => {
    void message.success(t("dlq.done", { n: r.count }));
    void client.invalidateQueries({ queryKey: ["operations"] });
  };
  const one = useMutation({ mutationFn: replayDeadLetter, onSuccess: after, onError: notice });
  const all = useMutation({ mutationFn: replayAllDeadLetters, onSuccess: after, onError: notice });
  const count = letters.data?.count ?? pending;
  const columns: TableColumnsType<DeadLetter> = [
    { title: t("dlq.at"), dataIndex: "dead_lettered_at", width: 140, render: (v: string | null) => (v ? f.dateTime(v) : "—") },
    {
      title: t("dlq.event"),
      dataIndex: "event_type",
      render: (v: string | null, d) => (
        <>
          <strong>{v ?? "?"}</strong>
          <div style={{ fontSize: 12, opacity: 0.65 }}>
            {d.original_topic} · {d.ref}
            {d.replay_of ? ` · ${t("dlq.replayedBefore", { ref: d.replay_of })}` : ""}
          </div>
        </>
      ),
    },
    { title: t("dlq.consumer"), dataIndex: "consumer", render: (v: string | null) => v ?? "—" },
    {
      title: t("dlq.error"),
      dataIndex: "error",
      render: (v: string | null, d) => (
        <Typography.Paragraph style={{ marginBottom: 0, maxWidth: 480 }} ellipsis={{ rows: 2, expandable: true }} data-testid="dlq-error">
          <Tag color="red">{d.error_type ?? "?"}</Tag>
          {v}
        </Typography.Paragraph>
      ),
    },
    {
      title: "",
      key: "replay",
      render: (_: unknown, d) =>
        d.replayable_alone ? (
          <Popconfirm title={t("dlq.replayConfirm")} onConfirm={() => one.mutate(d)} okText={t("dlq.replay")}>
            <Button size="small" icon={<RedoOutlined />} loading={one.isPending && one.variables?.ref === d.ref} data-testid="dlq-replay">
              {t("dlq.replay")}
            </Button>
          </Popconfirm>
        ) : (
          <Tooltip title={t("dlq.notFirst")}>
            <Button size="small" icon={<RedoOutlined />} disabled>
              {t("dlq.replay")}
            </Button>
          </Tooltip>
        ),
    },
  ];
  return (
    <Card
      size="small"
      title={t("dlq.title")}
      extra={
        <Popconfirm title={t("dlq.replayAllConfirm", { n: count })} onConfirm={() => all.mutate()} okText={t("dlq.replayAll")} disabled={!count}>
          <Button size="small" type="primary" icon={<RedoOutlined />} disabled={!count} loading={all.isPending} data-testid="dlq-replay-all">
            {t("dlq.replayAll")}
          </Button>
        </Popconfirm>
      }
    >
      <Flex justify="space-between" wrap gap={8} style={{ marginBottom: 8 }}>
        <Typography.Text strong data-testid="dlq-count">{t("dlq.count", { n: count })}</Typography.Text>
        <Typography.Text type="secondary">{t("dlq.help")}</Typography.Text>
      </Flex>
      <Table<DeadLetter>
        data-testid="dlq-table"
        size="small"
        rowKey="ref"
        columns={columns}
        dataSource={letters.data?.data ?? []}
        loading={letters.isLoading}
        locale={{ emptyText: <EmptyState description={t("dlq.none")} /> }}
        scroll={{ x: "max-content" }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
      />
    </Card>
  );
}
