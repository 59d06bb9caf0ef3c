import { MailOutlined } from "@ant-design/icons";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Badge, Button, Card, Checkbox, Drawer, Empty, Form, Input, List, Pagination, Select, Space, Tabs, Tag, Typography } from "antd";
import { useEffect, useState } from "react";
import { useNavigate } from "react-router";
import { ApiError } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import { notificationApi, type NotificationItem } from "./api";
import { useNt } from "./messages";

// Every kind of the notification centre (services/notify notifications/rules.py KINDS), in the order shown.
export const NOTE_KINDS = [
  "change_pending",
  "change_rejected",
  "record_approved",
  "transfer_incoming",
  "transfer_answered",
  "deadline_approaching",
  "deadline_overdue",
  "announcement",
  "announcement_reminder",
  "account_locked",
  "password_expiring",
] as const;

const KIND_COLOR: Record<string, string> = {
  change_pending: "gold",
  change_rejected: "red",
  record_approved: "green",
  deadline_approaching: "orange",
  deadline_overdue: "red",
  password_expiring: "purple",
};

/** Việc cần chú ý: the notes of the account's unit (from the other services' events), unread first to see;
 * one kind at a time if asked; which kinds also arrive by e-mail (the drawer). */
export function NotificationsPanel() {
  const nt = useNt();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const [box, setBox] = useState<"all" | "unread">("unread");
  const [kind, setKind] = useState<string | undefined>();
  const [page, setPage] = useState(1);
  const [emailOpen, setEmailOpen] = useState(false);
  const list = useQuery({
    queryKey: [notificationApi.path, box, page, kind ?? ""],
    queryFn: () => notificationApi.list(box, page, kind),
    placeholderData: keepPreviousData,
    refetchInterval: 30_000,
  });
  const open = (n: NotificationItem) => {
    void notificationApi.read(n.id).then(() => qc.invalidateQueries({ queryKey: [notificationApi.path] }));
    navigate(n.link);
  };
  const kindLabel = (k: string) => nt(`nk.${k}` as Parameters<typeof nt>[0]);
  return (
    <Card size="small">
      <Typography.Paragraph type="secondary">{nt("nc.hint")}</Typography.Paragraph>
      <Tabs
        size="small"
        activeKey={box}
        onChange={(k) => {
          setBox(k as "all" | "unread");
          setPage(1);
        }}
        items={[
          { key: "unread", label: nt("nc.unread", { n: list.data?.unread ?? 0 }) },
          { key: "all", label: nt("m.all") },
        ]}
        tabBarExtraContent={
          <Space>
            <Select
              data-testid="notification-kind"
              allowClear
              placeholder={nt("nc.allKinds")}
              style={{ width: 260 }}
              value={kind}
              onChange={(v) => {
                setKind(v);
                setPage(1);
              }}
              options={NOTE_KINDS.map((k) => ({ value: k, label: kindLabel(k) }))}
              aria-label={nt("nc.kind")}
            />
            <Button icon={<MailOutlined />} onClick={() => setEmailOpen(true)} data-testid="notification-email">
              {nt("nc.email")}
            </Button>
          </Space>
        }
      />
      <List<NotificationItem>
        data-testid="notifications"
        loading={list.isFetching && !list.data}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: <Empty description={nt("nc.none")} /> }}
        renderItem={(n) => (
          <List.Item onClick={() => open(n)} style={{ cursor: "pointer" }} data-testid="notification" data-kind={n.kind}>
            <List.Item.Meta
              avatar={<Badge status={n.read ? "default" : "processing"} />}
              title={<Typography.Text strong={!n.read}>{n.title}</Typography.Text>}
              description={
                <Space size={8}>
                  <Tag color={KIND_COLOR[n.kind]}>{kindLabel(n.kind)}</Tag>
                  {formatDateTime(n.created_at)}
                </Space>
              }
            />
          </List.Item>
        )}
      />
      {(list.data?.total ?? 0) > 20 && (
        <Pagination current={page} pageSize={20} total={list.data?.total ?? 0} onChange={setPage} style={{ marginTop: 8 }} />
      )}
      <EmailPreferences open={emailOpen} onClose={() => setEmailOpen(false)} kindLabel={kindLabel} />
    </Card>
  );
}

function EmailPreferences({ open, onClose, kindLabel }: { open: boolean; onClose: () => void; kindLabel: (k: string) => string }) {
  const nt = useNt();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<{ email: string; email_kinds: string[] }>();
  const prefs = useQuery({ queryKey: [notificationApi.preferencesPath], queryFn: notificationApi.preferences, enabled: open });
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (prefs.data && open) {
      form.setFieldsValue({ email: prefs.data.email ?? "", email_kinds: prefs.data.email_kinds });
      setError(null);
    }
  }, [prefs.data, open, form]);
  const save = useMutation({
    mutationFn: (v: { email: string; email_kinds: string[] }) =>
      notificationApi.savePreferences({ email: v.email?.trim() || null, email_kinds: v.email_kinds ?? [] }),
    onSuccess: (saved) => {
      qc.setQueryData([notificationApi.preferencesPath], saved);
      void message.success(nt("nc.saved"));
      onClose();
    },
    onError: (err) => {
      if (err instanceof ApiError && err.fields.length) {
        form.setFields(err.fields.map((f) => ({ name: f.field === "email_kinds" ? "email_kinds" : "email", errors: [f.message] })));
        setError(null);
      } else setError(err instanceof ApiError ? err.text() : String(err));
    },
  });
  const kinds = prefs.data?.kinds ?? [...NOTE_KINDS];
  return (
    <Drawer open={open} onClose={onClose} title={nt("nc.email")} width={460} destroyOnHidden data-testid="email-preferences">
      <Typography.Paragraph type="secondary">{nt("nc.emailHint")}</Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => save.mutate(v)}
        // A field's refusal from the service goes once the field is changed.
        onValuesChange={(changed: object) =>
          form.setFields(Object.keys(changed).map((name) => ({ name: name as "email" | "email_kinds", errors: [] })))
        }
      >
        <Form.Item name="email" label={nt("nc.emailAddress")}>
          <Input inputMode="email" autoComplete="email" placeholder="ten.can.bo@donvi.tuyenquang.gov.vn" data-testid="email-address" />
        </Form.Item>
        <Form.Item name="email_kinds" label={nt("nc.emailKinds")}>
          <Checkbox.Group style={{ display: "flex", flexDirection: "column", gap: 6 }}>
            {NOTE_KINDS.filter((k) => kinds.includes(k)).map((k) => (
              <Checkbox key={k} value={k} data-testid={`email-kind-${k}`}>
                {kindLabel(k)}
              </Checkbox>
            ))}
          </Checkbox.Group>
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="email-save">
          {nt("nc.save")}
        </Button>
      </Form>
    </Drawer>
  );
}
