import { useCallback, useEffect, useRef, useState } from "react";
import { accessToken } from "@/lib/auth";
import { currentLang } from "@/lib/i18n";
import { chatApi, type ChatMessage } from "./api";

// The chat WebSocket: signs in with the first frame, asks for what it missed after every (re)connection,
// keeps unacknowledged messages and sends them again (the server stores a resend once, by client id).

export interface ChatEvent extends Partial<ChatMessage> {
  type: string;
  room_id?: string;
  account_id?: string;
  username?: string;
  name?: string | null;
  seq?: number;
  client_id?: string;
  error?: string;
  message?: string;
  ref?: string;
}

interface Pending {
  room_id: string;
  body: string;
  client_id: string;
}

export function useChat(onEvent: (e: ChatEvent) => void) {
  const [connected, setConnected] = useState(false);
  const [me, setMe] = useState<string>();
  const ws = useRef<WebSocket | null>(null);
  const lastSeq = useRef(0);
  const pending = useRef<Map<string, Pending>>(new Map());
  const handler = useRef(onEvent);
  handler.current = onEvent;

  useEffect(() => {
    let stopped = false;
    let retry = 500;
    let timer: number | undefined;
    // Keeps the account in the list of who is online (the mark expires unless refreshed).
    const ping = window.setInterval(() => {
      if (ws.current?.readyState === WebSocket.OPEN) ws.current.send(JSON.stringify({ type: "ping" }));
    }, 25_000);
    const connect = async () => {
      const token = await accessToken();
      if (stopped) return;
      const socket = new WebSocket(chatApi.socketUrl());
      ws.current = socket;
      socket.onopen = () => socket.send(JSON.stringify({ type: "auth", token, lang: currentLang() }));
      socket.onmessage = (msg) => {
        const e = JSON.parse(String(msg.data)) as ChatEvent;
        if (e.type === "ready") {
          retry = 500;
          setConnected(true);
          setMe(e.account_id);
          if (lastSeq.current > 0) socket.send(JSON.stringify({ type: "sync", since: lastSeq.current }));
          for (const p of pending.current.values()) socket.send(JSON.stringify({ type: "send", ...p }));
        }
        if (e.type === "message" && e.seq) lastSeq.current = Math.max(lastSeq.current, e.seq);
        if (e.type === "ack" && e.client_id) pending.current.delete(e.client_id);
        if (e.type === "error" && e.ref) pending.current.delete(e.ref);
        handler.current(e);
      };
      socket.onclose = () => {
        setConnected(false);
        if (!stopped) timer = window.setTimeout(connect, (retry = Math.min(retry * 2, 10_000)));
      };
    };
    void connect();
    return () => {
      stopped = true;
      window.clearTimeout(timer);
      window.clearInterval(ping);
      ws.current?.close();
    };
  }, []);

  const send = useCallback((roomId: string, body: string): Pending => {
    const p = { room_id: roomId, body, client_id: crypto.randomUUID().replaceAll("-", "") };
    pending.current.set(p.client_id, p);
    if (ws.current?.readyState === WebSocket.OPEN) ws.current.send(JSON.stringify({ type: "send", ...p }));
    return p;
  }, []);
  const frame = useCallback((e: Record<string, unknown>) => {
    if (ws.current?.readyState === WebSocket.OPEN) ws.current.send(JSON.stringify(e));
  }, []);
  /** What the client already holds (the rooms' last sequence): a reconnection asks only for what follows. */
  const seed = useCallback((seq: number) => {
    lastSeq.current = Math.max(lastSeq.current, seq);
  }, []);
  return { connected, me, send, frame, pending, seed };
}
