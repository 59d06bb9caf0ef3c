import { SendOutlined, TeamOutlined, UserOutlined } from "@ant-design/icons";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { App, Badge, Button, Card, Empty, Flex, Input, List, Select, Tag, Typography } from "antd";
import { useEffect, useMemo, useRef, useState } from "react";
import { useDebounced } from "@/lib/debounce";
import { formatDateTime } from "@/lib/format";
import { useErrorNotice } from "@/lib/notify";
import { chatApi, messageApi, type ChatMessage, type ChatRoom } from "./api";
import { useNt } from "./messages";
import { useChat, type ChatEvent } from "./useChat";

type Line = ChatMessage & { pending?: boolean };

/** Trò chuyện trực tuyến: the unit's room and one-to-one rooms, live over the WebSocket. */
export function ChatPanel() {
  const nt = useNt();
  const qc = useQueryClient();
  const notice = useErrorNotice();
  const { message } = App.useApp();
  const rooms = useQuery({ queryKey: ["chat-rooms"], queryFn: chatApi.rooms });
  const [roomId, setRoomId] = useState<string>();
  const [lines, setLines] = useState<Record<string, Line[]>>({});
  const [typing, setTyping] = useState<Record<string, { name: string; until: number }>>({});
  const [seen, setSeen] = useState<Record<string, number>>({});
  const [text, setText] = useState("");
  const [q, setQ] = useState("");
  const term = useDebounced(q, 250);
  const found = useQuery({ queryKey: ["addressees", term], queryFn: () => messageApi.addressees(term), enabled: term.length >= 1 });
  const bottom = useRef<HTMLDivElement>(null);
  const online = useQuery({ queryKey: ["presence-online"], queryFn: chatApi.online, refetchInterval: 30_000 });

  const merge = (room: string, add: Line[]) =>
    setLines((old) => {
      const list = [...(old[room] ?? [])];
      for (const m of add) {
        const at = list.findIndex((x) => x.client_id === m.client_id && x.sender_account_id === m.sender_account_id);
        if (at >= 0) list[at] = m;
        else list.push(m);
      }
      list.sort((a, b) => (a.pending ? 1 : 0) - (b.pending ? 1 : 0) || a.seq - b.seq);
      return { ...old, [room]: list };
    });

  const chat = useChat((e: ChatEvent) => {
    if (e.type === "message" && e.room_id) {
      merge(e.room_id, [e as Line]);
      void qc.invalidateQueries({ queryKey: ["chat-rooms"] });
    } else if (e.type === "typing" && e.room_id) {
      setTyping((old) => ({ ...old, [e.room_id!]: { name: e.name ?? e.username ?? "", until: Date.now() + 4000 } }));
    } else if (e.type === "read" && e.room_id && e.seq) {
      setSeen((old) => ({ ...old, [e.room_id!]: Math.max(old[e.room_id!] ?? 0, e.seq!) }));
    } else if (e.type === "error") {
      void message.error(e.message ?? e.error ?? "");
    }
  });

  useEffect(() => {
    if (rooms.data) chat.seed(Math.max(0, ...rooms.data.map((r) => r.last_seq)));
  }, [rooms.data, chat.seed]);
  const current = rooms.data?.find((r) => r.id === roomId) ?? rooms.data?.[0];
  useEffect(() => {
    if (!current) return;
    chatApi.history(current.id).then((h) => merge(current.id, h), notice);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [current?.id]);
  const shown = useMemo(() => (current ? (lines[current.id] ?? []) : []), [current, lines]);
  const lastSeq = shown.filter((m) => !m.pending).at(-1)?.seq ?? 0;
  useEffect(() => {
    bottom.current?.scrollIntoView({ block: "end" });
    if (current && lastSeq && chat.connected) chat.frame({ type: "read", room_id: current.id, seq: lastSeq });
  }, [current, lastSeq, chat.connected, chat.frame, shown.length]);
  const [, tick] = useState(0);
  useEffect(() => {
    const t = window.setInterval(() => tick((n) => n + 1), 1000);
    return () => window.clearInterval(t);
  }, []);

  const send = () => {
    const body = text.trim();
    if (!body || !current || !chat.me) return;
    const p = chat.send(current.id, body);
    merge(current.id, [{ ...p, seq: Number.MAX_SAFE_INTEGER, sender_account_id: chat.me, sender_username: "", sender_name: null,
      created_at: new Date().toISOString(), pending: true, room_id: current.id }]);
    setText("");
  };
  const lastTyping = useRef(0);
  const typed = (value: string) => {
    setText(value);
    if (current && Date.now() - lastTyping.current > 2000) {
      lastTyping.current = Date.now();
      chat.frame({ type: "typing", room_id: current.id });
    }
  };
  const who = current ? typing[current.id] : undefined;

  return (
    <Flex gap={16} wrap align="start">
      <Card size="small" title={nt("c.rooms")} style={{ flex: "0 1 340px", minWidth: 280 }}
        extra={<Tag color={chat.connected ? "green" : "orange"} data-testid="chat-status">{chat.connected ? nt("c.online") : nt("c.offline")}</Tag>}>
        <Select
          style={{ width: "100%", marginBottom: 8 }}
          placeholder={nt("c.newDirect")}
          value={null}
          showSearch={{ onSearch: setQ, filterOption: false }}
          options={(found.data ?? []).filter((a) => a.kind === "account").map((a) => ({ value: a.key, label: `${a.label} — ${a.unit_label ?? ""}` }))}
          onChange={(accountId: string) =>
            chatApi.open(accountId).then((r) => {
              void qc.invalidateQueries({ queryKey: ["chat-rooms"] });
              setRoomId(r.id);
            }, notice)
          }
          data-testid="chat-new-direct"
        />
        <List<ChatRoom>
          data-testid="chat-rooms"
          dataSource={rooms.data ?? []}
          loading={rooms.isLoading}
          renderItem={(r) => (
            <List.Item onClick={() => setRoomId(r.id)} style={{ cursor: "pointer", paddingInline: 8, background: r.id === current?.id ? "#e6f4ff" : undefined }}>
              <List.Item.Meta
                avatar={<Badge count={r.id === current?.id ? 0 : r.unread} size="small">{r.kind === "unit" ? <TeamOutlined /> : <UserOutlined />}</Badge>}
                title={r.label}
                description={r.kind === "unit" ? nt("c.unitRoom") : r.room_unit}
              />
            </List.Item>
          )}
        />
      </Card>
      <Card size="small" title={nt("c.onlineNow", { n: online.data?.length ?? 0 })} style={{ flex: "0 1 300px", minWidth: 240 }}>
        <List
          size="small"
          data-testid="presence-online"
          dataSource={(online.data ?? []).filter((p) => p.account_id !== chat.me)}
          renderItem={(p) => (
            <List.Item
              extra={
                <Button size="small" type="link" onClick={() => chatApi.open(p.account_id).then((r) => {
                  void qc.invalidateQueries({ queryKey: ["chat-rooms"] });
                  setRoomId(r.id);
                }, notice)}>
                  {nt("c.chatWith")}
                </Button>
              }
            >
              <List.Item.Meta avatar={<Badge status="success" />} title={p.name ?? p.username} description={p.unit_name} />
            </List.Item>
          )}
        />
      </Card>
      <Card size="small" title={current?.label} style={{ flex: "1 1 520px", minWidth: 320 }} data-testid="chat-room">
        {!current ? (
          <Empty />
        ) : (
          <>
            <Flex vertical gap={6} style={{ height: 420, overflowY: "auto", marginBottom: 8 }} data-testid="chat-lines">
              {shown.map((m) => {
                const mine = m.sender_account_id === chat.me;
                return (
                  <Flex key={`${m.sender_account_id}-${m.client_id}`} justify={mine ? "flex-end" : "flex-start"}>
                    <div data-testid="chat-line" style={{ maxWidth: "75%", background: mine ? "#e6f4ff" : "#f5f5f5", borderRadius: 8, padding: "4px 10px" }}>
                      {!mine && <Typography.Text strong style={{ fontSize: 12 }}>{m.sender_name ?? m.sender_username} </Typography.Text>}
                      <Typography.Text type="secondary" style={{ fontSize: 11 }}>
                        {m.pending ? nt("c.pending") : formatDateTime(m.created_at)}
                        {mine && !m.pending && (seen[current.id] ?? 0) >= m.seq ? ` · ${nt("c.seen")}` : ""}
                      </Typography.Text>
                      <div style={{ whiteSpace: "pre-wrap" }}>{m.body}</div>
                    </div>
                  </Flex>
                );
              })}
              <div ref={bottom} />
            </Flex>
            <div style={{ minHeight: 20, fontSize: 12, opacity: 0.7 }} data-testid="chat-typing">
              {who && who.until > Date.now() ? nt("c.typing", { name: who.name }) : ""}
            </div>
            <Flex gap={8}>
              <Input
                value={text}
                maxLength={2000}
                placeholder={nt("c.placeholder")}
                onChange={(e) => typed(e.target.value)}
                onPressEnter={send}
                data-testid="chat-input"
              />
              <Button type="primary" icon={<SendOutlined />} onClick={send} disabled={!text.trim()} data-testid="chat-send" />
            </Flex>
          </>
        )}
      </Card>
    </Flex>
  );
}
