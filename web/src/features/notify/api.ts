import type { components } from "@/api/notify";
import { fetchBlob } from "@/features/personnel/files";
import { api } from "@/lib/api";

// The notify service as these screens use it (services/notify: news, announcements, messages).

const BASE = "/api/notify";
const enc = encodeURIComponent;
type S = components["schemas"];

export type NewsSummary = S["NewsSummary"];
export type NewsArticle = S["NewsPublic"];
export type NewsInput = S["NewsCreate"];
export type NewsStep = "submit" | "approve" | "reject" | "withdraw";
export type Category = S["Category"];
export type Attachment = S["AttachmentPublic"];
export type AnnouncementSummary = S["AnnouncementSummary"];
export type Announcement = S["AnnouncementPublic"];
export type AnnouncementInput = S["AnnouncementCreate"];
export type ThreadSummary = S["ThreadSummary"];
export type Thread = S["ThreadPublic"];
export type Addressee = S["Addressee"];
export type Unread = S["Unread"];
export type ChatRoom = S["RoomPublic"];
export type ChatMessage = S["ChatMessagePublic"];
export type Online = S["OnlinePublic"];
export type NotificationItem = S["NotificationPublic"];
export type NotificationPage = S["NotificationPage"];
export type NotificationPreferences = S["PreferencesPublic"];

function upload(file: File): FormData {
  const form = new FormData();
  form.append("file", file);
  return form;
}

export const newsApi = {
  listPath: `${BASE}/news`,
  editorialPath: `${BASE}/news/editorial`,
  categories: () => api<Category[]>(`${BASE}/news/categories`),
  get: (id: string) => api<NewsArticle>(`${BASE}/news/${enc(id)}`),
  create: (body: NewsInput) => api<NewsArticle>(`${BASE}/news`, { method: "POST", body }),
  update: (id: string, body: Omit<NewsInput, "unit_id"> & { row_version: number }) =>
    api<NewsArticle>(`${BASE}/news/${enc(id)}`, { method: "PUT", body }),
  step: (id: string, step: NewsStep, body: { row_version?: number; reason?: string } = {}) =>
    api<NewsArticle>(`${BASE}/news/${enc(id)}/${step}`, { method: "POST", body }),
  setCover: (id: string, file: File) => api<NewsArticle>(`${BASE}/news/${enc(id)}/cover`, { method: "PUT", body: upload(file) }),
  cover: (id: string) => fetchBlob(`${BASE}/news/${enc(id)}/cover`),
  attach: (id: string, file: File) =>
    api<NewsArticle>(`${BASE}/news/${enc(id)}/attachments`, { method: "POST", body: upload(file) }),
  detach: (id: string, attachmentId: string) =>
    api<NewsArticle>(`${BASE}/news/${enc(id)}/attachments/${enc(attachmentId)}`, { method: "DELETE" }),
  attachment: (id: string, attachmentId: string) => fetchBlob(`${BASE}/news/${enc(id)}/attachments/${enc(attachmentId)}`),
  feedUrl: `${BASE}/news/feed.atom`,
};

export const announcementApi = {
  inboxPath: `${BASE}/announcements/inbox`,
  outboxPath: `${BASE}/announcements/outbox`,
  get: (id: string) => api<Announcement>(`${BASE}/announcements/${enc(id)}`),
  create: (body: AnnouncementInput) => api<Announcement>(`${BASE}/announcements`, { method: "POST", body }),
  send: (id: string) => api<Announcement>(`${BASE}/announcements/${enc(id)}/send`, { method: "POST" }),
  read: (id: string) => api<Announcement>(`${BASE}/announcements/${enc(id)}/read`, { method: "POST" }),
  acknowledge: (id: string, note?: string) =>
    api<Announcement>(`${BASE}/announcements/${enc(id)}/acknowledge`, { method: "POST", body: { note: note || null } }),
  remind: (id: string) => api<{ reminded: number }>(`${BASE}/announcements/${enc(id)}/remind`, { method: "POST" }),
  attach: (id: string, file: File) =>
    api<Announcement>(`${BASE}/announcements/${enc(id)}/attachments`, { method: "POST", body: upload(file) }),
  attachment: (id: string, attachmentId: string) =>
    fetchBlob(`${BASE}/announcements/${enc(id)}/attachments/${enc(attachmentId)}`),
};

export const messageApi = {
  threadsPath: `${BASE}/messages/threads`,
  unread: () => api<Unread>(`${BASE}/messages/unread`),
  addressees: (q: string) => api<Addressee[]>(`${BASE}/messages/addressees`, { query: { q } }),
  thread: (id: string) => api<Thread>(`${BASE}/messages/threads/${enc(id)}`),
  start: (body: { subject: string; body: string; to_unit_ids: string[]; to_account_ids: string[] }) =>
    api<Thread[]>(`${BASE}/messages/threads`, { method: "POST", body }),
  reply: (id: string, body: string) => api<Thread>(`${BASE}/messages/threads/${enc(id)}/messages`, { method: "POST", body: { body } }),
  markRead: (id: string) => api<Thread>(`${BASE}/messages/threads/${enc(id)}/read`, { method: "POST" }),
  attach: (id: string, messageId: string, file: File) =>
    api<Thread>(`${BASE}/messages/threads/${enc(id)}/messages/${enc(messageId)}/attachments`, { method: "POST", body: upload(file) }),
  attachment: (id: string, attachmentId: string) => fetchBlob(`${BASE}/messages/threads/${enc(id)}/attachments/${enc(attachmentId)}`),
};

export const chatApi = {
  rooms: () => api<ChatRoom[]>(`${BASE}/chat/rooms`),
  open: (accountId: string) => api<ChatRoom>(`${BASE}/chat/rooms`, { method: "POST", body: { account_id: accountId } }),
  history: (roomId: string) => api<ChatMessage[]>(`${BASE}/chat/rooms/${enc(roomId)}/messages`, { query: { limit: 100 } }),
  online: () => api<Online[]>(`${BASE}/presence/online`),
  socketUrl: () => `${window.location.protocol === "https:" ? "wss" : "ws"}://${window.location.host}${BASE}/ws`,
};

export const notificationApi = {
  path: `${BASE}/notifications`,
  list: (box: "all" | "unread", page: number, kind?: string) =>
    api<NotificationPage>(`${BASE}/notifications`, { query: { box, page, size: 20, ...(kind ? { kind } : {}) } }),
  preferencesPath: `${BASE}/notifications/preferences`,
  preferences: () => api<NotificationPreferences>(`${BASE}/notifications/preferences`),
  savePreferences: (body: { email: string | null; email_kinds: string[] }) =>
    api<NotificationPreferences>(`${BASE}/notifications/preferences`, { method: "PUT", body }),
  read: (id: string) => api<{ read: boolean }>(`${BASE}/notifications/${enc(id)}/read`, { method: "POST" }),
};
