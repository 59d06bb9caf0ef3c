import { PlusOutlined, UploadOutlined } from "@ant-design/icons";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Badge, Button, Card, DatePicker, Flex, Form, Input, Modal, Progress, Skeleton, Table, Tabs, Tag, Typography, Upload } from "antd";
import type { Dayjs } from "dayjs";
import { useEffect, useState } from "react";
import { useNavigate, useParams } from "react-router";
import { PageHeader } from "@/components/PageHeader";
import { PagedTable } from "@/components/PagedTable";
import { useDebounced } from "@/lib/debounce";
import { apiDate, dateInputFormat, formatDate, formatDateTime } from "@/lib/format";
import { useServerForm } from "@/lib/forms";
import { useErrorNotice } from "@/lib/notify";
import { EDITORS, hasAnyRole } from "@/lib/roles";
import { useSession } from "@/lib/session";
import { announcementApi, type Announcement, type AnnouncementSummary } from "./api";
import { AttachmentList, NewsTabs, UnitsSelect } from "./common";
import { useNt } from "./messages";

const STANDING_COLORS: Record<string, string> = { unread: "default", read: "blue", acknowledged: "green" };

function Standing({ value }: { value: string | null | undefined }) {
  const nt = useNt();
  if (!value) return null;
  return <Tag color={STANDING_COLORS[value]}>{nt(`a.standing.${value}` as "a.standing.read")}</Tag>;
}

/** Thông báo: the unit's inbox (acknowledge) and what its units sent (who read, who acknowledged). */
export function AnnouncementsPage() {
  const nt = useNt();
  const navigate = useNavigate();
  const { account } = useSession();
  const [tab, setTab] = useState<"inbox" | "outbox">("inbox");
  const [box, setBox] = useState("all");
  const [q, setQ] = useState("");
  const [creating, setCreating] = useState(false);
  const term = useDebounced(q, 300);
  return (
    <>
      <PageHeader
        title={nt("n.announcements")}
        extra={
          hasAnyRole(account.roles, EDITORS) && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="announcement-new">
              {nt("a.new")}
            </Button>
          )
        }
      />
      <NewsTabs />
      <Card size="small">
        <Typography.Paragraph type="secondary">{nt("a.hint")}</Typography.Paragraph>
        <Flex gap={12} wrap align="center">
          <Tabs
            activeKey={tab}
            onChange={(k) => setTab(k as "inbox" | "outbox")}
            data-testid="announcement-boxes"
            style={{ flex: 1, minWidth: 260 }}
            items={[
              { key: "inbox", label: nt("a.inbox") },
              { key: "outbox", label: nt("a.outbox") },
            ]}
          />
          {tab === "inbox" && (
            <Tabs
              activeKey={box}
              onChange={setBox}
              size="small"
              items={(["all", "unread", "unacknowledged"] as const).map((k) => ({ key: k, label: nt(`a.box.${k}`) }))}
            />
          )}
          <Input.Search allowClear placeholder={nt("a.search")} value={q} onChange={(e) => setQ(e.target.value)} style={{ width: 260 }} />
        </Flex>
        {tab === "inbox" ? (
          <PagedTable<AnnouncementSummary>
            testId="announcement-inbox"
            path={announcementApi.inboxPath}
            query={{ box, q: term }}
            rowKey="id"
            onRow={(a) => ({ onClick: () => navigate(`/news/announcements/${a.id}`) })}
            columns={[
              {
                title: nt("a.title"),
                dataIndex: "title",
                render: (v: string, a) => (
                  <Flex gap={6} align="center">
                    {a.standing === "unread" && <Badge status="processing" />}
                    <Typography.Link strong={a.standing === "unread"}>{v}</Typography.Link>
                  </Flex>
                ),
              },
              { title: nt("a.sender"), key: "sender", render: (_, a) => a.sender_unit ?? a.sender_unit_id },
              { title: nt("a.sentAt"), dataIndex: "sent_at", render: (v: string) => formatDateTime(v) },
              {
                title: nt("a.due"),
                dataIndex: "due_on",
                render: (v: string | null, a) => (
                  <span>
                    {v ? formatDate(v) : "—"} {a.overdue && <Tag color="red">{nt("a.overdue")}</Tag>}
                  </span>
                ),
              },
              {
                title: nt("a.standing"),
                key: "standing",
                render: (_, a) => (
                  <Flex gap={4}>
                    <Standing value={a.standing} />
                    {a.reminded_at && a.standing !== "acknowledged" && <Tag color="orange">{nt("a.reminded")}</Tag>}
                  </Flex>
                ),
              },
            ]}
          />
        ) : (
          <PagedTable<AnnouncementSummary>
            testId="announcement-outbox"
            path={announcementApi.outboxPath}
            query={{ q: term }}
            rowKey="id"
            onRow={(a) => ({ onClick: () => navigate(`/news/announcements/${a.id}`) })}
            columns={[
              { title: nt("a.title"), dataIndex: "title", render: (v: string) => <Typography.Link>{v}</Typography.Link> },
              { title: nt("a.sender"), key: "sender", render: (_, a) => a.sender_unit ?? a.sender_unit_id },
              { title: nt("a.sentAt"), key: "sent", render: (_, a) => (a.sent_at ? formatDateTime(a.sent_at) : <Tag>{nt("a.draft")}</Tag>) },
              { title: nt("a.due"), dataIndex: "due_on", render: (v: string | null) => (v ? formatDate(v) : "—") },
              {
                title: nt("a.progress"),
                key: "progress",
                render: (_, a) =>
                  a.counts ? (
                    <span>
                      {a.counts.read}/{a.counts.recipients} · <b>{a.counts.acknowledged}/{a.counts.recipients}</b>
                    </span>
                  ) : null,
              },
            ]}
          />
        )}
      </Card>
      <AnnouncementForm open={creating} onClose={() => setCreating(false)} />
    </>
  );
}

interface FormValues {
  title: string;
  body: string;
  due_on: Dayjs | null;
  recipient_unit_ids: string[];
}

function AnnouncementForm({ open, onClose }: { open: boolean; onClose: () => void }) {
  const nt = useNt();
  const navigate = useNavigate();
  const [form] = Form.useForm<FormValues>();
  const sf = useServerForm(form, "announcement-new");
  const save = (v: FormValues) =>
    sf.submit(async () => {
      const paragraphs = (v.body ?? "").split(/\n{2,}/).map((p) => `<p>${escapeHtml(p).replaceAll("\n", "<br>")}</p>`);
      const made = await announcementApi.create({
        title: v.title,
        body_html: paragraphs.join(""),
        due_on: apiDate(v.due_on),
        recipient_unit_ids: v.recipient_unit_ids ?? [],
      });
      onClose();
      form.resetFields();
      navigate(`/news/announcements/${made.id}`);
      return made;
    });
  return (
    <Modal open={open} title={nt("a.new")} onCancel={onClose} onOk={() => form.submit()} confirmLoading={sf.submitting} width={720}>
      <Form<FormValues> form={form} layout="vertical" onValuesChange={sf.onValuesChange} onFinish={save} data-testid="announcement-form">
        <Form.Item name="title" label={nt("a.title")} rules={[{ required: true }]}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="recipient_unit_ids" label={nt("a.recipients")} rules={[{ required: true }]}>
          <UnitsSelect placeholder={nt("a.searchUnits")} testId="announcement-recipients" />
        </Form.Item>
        <Form.Item name="due_on" label={nt("a.due")}>
          <DatePicker format={dateInputFormat()} />
        </Form.Item>
        <Form.Item name="body" label={nt("a.content")} rules={[{ required: true }]}>
          <Input.TextArea rows={6} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function escapeHtml(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}

/** One announcement: the receiving unit reads and acknowledges it; the sender follows every unit. */
export function AnnouncementPage() {
  const nt = useNt();
  const { announcementId = "" } = useParams();
  const qc = useQueryClient();
  const notice = useErrorNotice();
  const { message } = App.useApp();
  const [note, setNote] = useState("");
  const key = ["announcement", announcementId];
  const item = useQuery({ queryKey: key, queryFn: () => announcementApi.get(announcementId) });
  const set = (a: Announcement) => {
    qc.setQueryData(key, a);
    void qc.invalidateQueries({ queryKey: [announcementApi.inboxPath] });
    void qc.invalidateQueries({ queryKey: [announcementApi.outboxPath] });
  };
  // Opening it is the read receipt of the receiving unit.
  const unread = item.data && !item.data.is_sender && item.data.standing === "unread";
  useEffect(() => {
    if (unread) announcementApi.read(announcementId).then(set, () => undefined);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [unread, announcementId]);
  const act = useMutation({
    mutationFn: async (what: "send" | "ack" | "remind") => {
      if (what === "send") return set(await announcementApi.send(announcementId));
      if (what === "ack") return set(await announcementApi.acknowledge(announcementId, note));
      const r = await announcementApi.remind(announcementId);
      void message.success(nt("a.remindedN", { n: r.reminded }));
      set(await announcementApi.get(announcementId));
    },
    onError: notice,
  });
  if (item.isLoading) return <Skeleton active />;
  if (!item.data) return <Alert type="error" showIcon title="404" />;
  const a = item.data;
  const acknowledged = a.counts?.acknowledged ?? 0;
  return (
    <>
      <PageHeader title={a.title} crumbs={[{ title: nt("n.announcements"), to: "/news/announcements" }, { title: a.title }]} />
      <Flex gap={16} wrap align="start">
        <Card style={{ flex: "1 1 560px", minWidth: 320 }} data-testid="announcement">
          <Flex gap={8} wrap style={{ marginBottom: 8 }}>
            <Tag>{a.sender_unit ?? a.sender_unit_id}</Tag>
            {a.state === "draft" ? <Tag>{nt("a.draft")}</Tag> : <Typography.Text type="secondary">{formatDateTime(a.sent_at)}</Typography.Text>}
            {a.due_on && <Tag color={a.overdue ? "red" : "gold"}>{nt("a.due")}: {formatDate(a.due_on)}</Tag>}
            <Standing value={a.standing} />
          </Flex>
          <div className="news-body" dangerouslySetInnerHTML={{ __html: a.body_html }} />
          <AttachmentList items={a.attachments} fetch={(f) => announcementApi.attachment(a.id, f.id)} />
          {a.can_acknowledge && (
            <Flex gap={8} style={{ marginTop: 16 }} wrap>
              <Input placeholder={nt("a.ackNote")} value={note} onChange={(e) => setNote(e.target.value)} style={{ maxWidth: 420 }} />
              <Button type="primary" loading={act.isPending} onClick={() => act.mutate("ack")} data-testid="announcement-ack">
                {nt("a.acknowledge")}
              </Button>
            </Flex>
          )}
          {a.can_edit && (
            <Flex gap={8} style={{ marginTop: 16 }}>
              <Upload
                showUploadList={false}
                beforeUpload={(f) => {
                  announcementApi.attach(a.id, f).then(set, notice);
                  return false;
                }}
              >
                <Button icon={<UploadOutlined />}>{nt("n.upload")}</Button>
              </Upload>
              <Button type="primary" loading={act.isPending} onClick={() => act.mutate("send")} data-testid="announcement-send">
                {nt("a.send")}
              </Button>
            </Flex>
          )}
        </Card>
        {a.is_sender && (
          <Card size="small" title={nt("a.recipients")} style={{ flex: "1 1 420px", minWidth: 320 }}>
            {a.counts && a.counts.recipients > 0 && (
              <Progress
                percent={Math.round((100 * a.counts.read) / a.counts.recipients)}
                success={{ percent: Math.round((100 * acknowledged) / a.counts.recipients) }}
                format={() => `${acknowledged}/${a.counts?.recipients}`}
              />
            )}
            <Table
              size="small"
              rowKey="unit_id"
              pagination={false}
              data-testid="announcement-recipients-table"
              dataSource={a.recipients}
              columns={[
                { title: nt("a.recipients"), key: "unit", render: (_, r) => r.unit_name ?? r.unit_id },
                {
                  title: nt("a.standing"),
                  key: "standing",
                  render: (_, r) => (
                    <Flex gap={4} wrap>
                      <Standing value={r.standing} />
                      {r.overdue && <Tag color="red">{nt("a.overdue")}</Tag>}
                      {r.reminders > 0 && <Tag color="orange">{nt("a.reminded")} ×{r.reminders}</Tag>}
                    </Flex>
                  ),
                },
                {
                  title: nt("a.by"),
                  key: "by",
                  render: (_, r) =>
                    r.acknowledged_by
                      ? `${r.acknowledged_by} · ${formatDateTime(r.acknowledged_at)}${r.acknowledge_note ? ` — ${r.acknowledge_note}` : ""}`
                      : r.read_by
                        ? `${r.read_by} · ${formatDateTime(r.read_at)}`
                        : "",
                },
              ]}
            />
            {a.state === "sent" && acknowledged < (a.counts?.recipients ?? 0) && (
              <Button style={{ marginTop: 12 }} loading={act.isPending} onClick={() => act.mutate("remind")} data-testid="announcement-remind">
                {nt("a.remind")}
              </Button>
            )}
          </Card>
        )}
      </Flex>
    </>
  );
}
