import { PaperClipOutlined, PlusOutlined, SendOutlined, TeamOutlined, UserOutlined } from "@ant-design/icons";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { App, Badge, Button, Card, Empty, Flex, Form, Input, List, Modal, Select, Tabs, Typography, Upload } from "antd";
import { useEffect, useState } from "react";
import { useNavigate, useParams } from "react-router";
import { PageHeader } from "@/components/PageHeader";
import { api, type Page } from "@/lib/api";
import { useDebounced } from "@/lib/debounce";
import { formatDateTime } from "@/lib/format";
import { useServerForm } from "@/lib/forms";
import { useErrorNotice } from "@/lib/notify";
import { messageApi, type Addressee, type Thread, type ThreadSummary } from "./api";
import { ChatPanel } from "./ChatPage";
import { AttachmentList } from "./common";
import { useNt } from "./messages";
import { NotificationsPanel } from "./NotificationsPanel";

function counterpart(t: ThreadSummary, me: string, nt: ReturnType<typeof useNt>): string {
  if (t.from_account_id !== me) return `${t.from_name ?? t.from_username} (${t.from_unit ?? t.from_unit_id})`;
  if (t.to_account_id) return `${t.to_name ?? t.to_username} (${t.to_unit ?? t.to_unit_id})`;
  return `${t.to_unit ?? t.to_unit_id} (${nt("m.unitWide")})`;
}

/** Tin nhắn nội bộ: the account's threads on the left, the chosen one on the right. */
export function MessagesPage({ mode = "messages" }: { mode?: "messages" | "chat" | "notifications" }) {
  const nt = useNt();
  const { threadId } = useParams();
  const navigate = useNavigate();
  const [box, setBox] = useState<"all" | "unread">("all");
  const [q, setQ] = useState("");
  const [composing, setComposing] = useState(false);
  const term = useDebounced(q, 300);
  const me = useQuery({ queryKey: ["notify-whoami"], queryFn: () => api<{ subject: string }>("/api/notify/whoami"), staleTime: Infinity });
  const threads = useQuery({
    queryKey: [messageApi.threadsPath, box, term],
    queryFn: () => api<Page<ThreadSummary>>(messageApi.threadsPath, { query: { box, q: term, size: 50 } }),
    placeholderData: keepPreviousData,
    refetchInterval: 30_000,
  });
  return (
    <>
      <PageHeader
        title={nt("m.title")}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setComposing(true)} data-testid="message-new">
            {nt("m.new")}
          </Button>
        }
      />
      <Tabs
        data-testid="messages-tabs"
        activeKey={mode}
        onChange={(k) => navigate(k === "messages" ? "/messages" : `/messages/${k}`)}
        items={[
          { key: "messages", label: nt("m.title") },
          { key: "chat", label: nt("c.tab") },
          { key: "notifications", label: nt("nc.tab") },
        ]}
      />
      {mode === "messages" && <Typography.Paragraph type="secondary">{nt("m.hint")}</Typography.Paragraph>}
      {mode === "chat" && <Typography.Paragraph type="secondary">{nt("c.hint")}</Typography.Paragraph>}
      {mode === "notifications" ? <NotificationsPanel /> : mode === "chat" ? <ChatPanel /> : (
      <Flex gap={16} wrap align="start">
        <Card size="small" style={{ flex: "0 1 400px", minWidth: 300 }}>
          <Tabs
            size="small"
            activeKey={box}
            onChange={(k) => setBox(k as "all" | "unread")}
            items={[
              { key: "all", label: nt("m.all") },
              { key: "unread", label: nt("m.unread") },
            ]}
          />
          <Input.Search allowClear placeholder={nt("m.search")} value={q} onChange={(e) => setQ(e.target.value)} style={{ marginBottom: 8 }} data-testid="message-search" />
          <List<ThreadSummary>
            data-testid="message-threads"
            loading={threads.isFetching && !threads.data}
            dataSource={threads.data?.items ?? []}
            locale={{ emptyText: <Empty description={nt("m.none")} /> }}
            renderItem={(t) => (
              <List.Item
                key={t.id}
                onClick={() => navigate(`/messages/${t.id}`)}
                style={{ cursor: "pointer", background: t.id === threadId ? "#e6f4ff" : undefined, paddingInline: 8 }}
                data-testid="message-thread"
              >
                <List.Item.Meta
                  avatar={<Badge count={t.unread} size="small">{t.to_account_id ? <UserOutlined /> : <TeamOutlined />}</Badge>}
                  title={<Typography.Text strong={t.unread > 0}>{t.subject}</Typography.Text>}
                  description={
                    <span>
                      {me.data ? counterpart(t, me.data.subject, nt) : ""}
                      <div style={{ fontSize: 12 }}>{formatDateTime(t.last_message_at)}</div>
                      <Typography.Text type="secondary" ellipsis style={{ maxWidth: 320 }}>
                        {t.last_preview}
                      </Typography.Text>
                    </span>
                  }
                />
              </List.Item>
            )}
          />
        </Card>
        <div style={{ flex: "1 1 520px", minWidth: 320 }}>
          {threadId ? <ThreadView id={threadId} /> : <Card><Empty description={nt("m.pick")} /></Card>}
        </div>
      </Flex>
      )}
      <Compose open={composing} onClose={() => setComposing(false)} />
    </>
  );
}

function ThreadView({ id }: { id: string }) {
  const nt = useNt();
  const qc = useQueryClient();
  const notice = useErrorNotice();
  const [text, setText] = useState("");
  const thread = useQuery({ queryKey: ["message-thread", id], queryFn: () => messageApi.thread(id), refetchInterval: 15_000 });
  const set = (t: Thread) => {
    qc.setQueryData(["message-thread", id], t);
    void qc.invalidateQueries({ queryKey: [messageApi.threadsPath] });
    void qc.invalidateQueries({ queryKey: ["messages-unread"] });
  };
  const lastAt = thread.data?.last_message_at;
  useEffect(() => {
    if (lastAt) messageApi.markRead(id).then(() => {
      void qc.invalidateQueries({ queryKey: [messageApi.threadsPath] });
    }, () => undefined);
  }, [id, lastAt, qc]);
  const reply = useMutation({
    mutationFn: () => messageApi.reply(id, text),
    onSuccess: (t) => {
      set(t);
      setText("");
    },
    onError: notice,
  });
  if (!thread.data) return <Card loading />;
  const t = thread.data;
  return (
    <Card title={t.subject} size="small" data-testid="message-thread-view">
      <Flex vertical gap={10} style={{ maxHeight: 480, overflowY: "auto", marginBottom: 12 }}>
        {t.items.map((m) => (
          <Flex key={m.id} justify={m.mine ? "flex-end" : "flex-start"}>
            <div
              data-testid="message-bubble"
              style={{ maxWidth: "80%", background: m.mine ? "#e6f4ff" : "#f5f5f5", borderRadius: 8, padding: "6px 10px" }}
            >
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {m.mine ? nt("m.me") : (m.sender_name ?? m.sender_username)} · {formatDateTime(m.created_at)}
              </Typography.Text>
              <div style={{ whiteSpace: "pre-wrap" }}>{m.body}</div>
              <AttachmentList items={m.attachments} fetch={(f) => messageApi.attachment(t.id, f.id)} />
              {m.mine && (
                <Upload showUploadList={false} beforeUpload={(f) => (messageApi.attach(t.id, m.id, f).then(set, notice), false)}>
                  <Button size="small" type="link" icon={<PaperClipOutlined />}>{nt("m.attach")}</Button>
                </Upload>
              )}
            </div>
          </Flex>
        ))}
      </Flex>
      <Flex gap={8}>
        <Input.TextArea
          rows={2}
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={nt("m.reply")}
          maxLength={5000}
          data-testid="message-reply"
        />
        <Button type="primary" icon={<SendOutlined />} disabled={!text.trim()} loading={reply.isPending} onClick={() => reply.mutate()} data-testid="message-reply-send">
          {nt("m.send")}
        </Button>
      </Flex>
    </Card>
  );
}

interface ComposeValues {
  to: string[];
  subject: string;
  body: string;
}

function Compose({ open, onClose }: { open: boolean; onClose: () => void }) {
  const nt = useNt();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<ComposeValues>();
  const sf = useServerForm(form, "message-new");
  const [q, setQ] = useState("");
  const term = useDebounced(q, 250);
  const [known, setKnown] = useState<Record<string, Addressee>>({});
  const found = useQuery({ queryKey: ["addressees", term], queryFn: () => messageApi.addressees(term), enabled: term.trim().length >= 1 });
  useEffect(() => {
    if (found.data) setKnown((old) => ({ ...old, ...Object.fromEntries(found.data.map((a) => [`${a.kind}:${a.key}`, a])) }));
  }, [found.data]);
  const label = (a: Addressee) => (a.kind === "unit" ? `${a.label} (${nt("m.unitWide")})` : `${a.label} — ${a.unit_label ?? ""}`);
  const save = (v: ComposeValues) =>
    sf.submit(async () => {
      const to = v.to ?? [];
      const made = await messageApi.start({
        subject: v.subject,
        body: v.body,
        to_unit_ids: to.filter((k) => k.startsWith("unit:")).map((k) => k.slice(5)),
        to_account_ids: to.filter((k) => k.startsWith("account:")).map((k) => k.slice(8)),
      });
      void qc.invalidateQueries({ queryKey: [messageApi.threadsPath] });
      void message.success(nt("m.sentN", { n: made.length }));
      form.resetFields();
      onClose();
      if (made[0]) navigate(`/messages/${made[0].id}`);
      return made;
    });
  return (
    <Modal open={open} title={nt("m.new")} onCancel={onClose} onOk={() => form.submit()} confirmLoading={sf.submitting} width={680}>
      <Form<ComposeValues> form={form} layout="vertical" onValuesChange={sf.onValuesChange} onFinish={save} data-testid="message-form">
        <Form.Item name="to" label={nt("m.to")} rules={[{ required: true }]}>
          <Select
            mode="multiple"
            data-testid="message-to"
            placeholder={nt("m.toHint")}
            showSearch={{ onSearch: setQ, filterOption: false }}
            loading={found.isFetching}
            options={Object.entries(known)
              .filter(([, a]) => (found.data ?? []).includes(a) || (form.getFieldValue("to") ?? []).includes(`${a.kind}:${a.key}`))
              .map(([k, a]) => ({ value: k, label: label(a) }))}
          />
        </Form.Item>
        <Form.Item name="subject" label={nt("m.subject")} rules={[{ required: true }]}>
          <Input maxLength={300} data-testid="message-subject" />
        </Form.Item>
        <Form.Item name="body" label={nt("m.body")} rules={[{ required: true }]}>
          <Input.TextArea rows={5} maxLength={5000} showCount data-testid="message-body" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
