import type { components } from "@/api/identity";
import { api, type Query } from "@/lib/api";

// The identity service's shapes (services/identity: accounts, audit, online), generated from its OpenAPI
// document into src/api/identity.ts; the calls the client makes.
type Schemas = components["schemas"];

export type AccountRow = Schemas["AccountPublic"];
export type AccountCreate = Schemas["AccountCreate"];
export type AuditRow = Schemas["AuditRecordPublic"];
export type ChainReport = Schemas["ChainReportPublic"];
export type OnlineRow = Schemas["OnlineAccount"];

const BASE = "/api/identity";

export const listAccounts = (query: Query, signal?: AbortSignal) =>
  api<Schemas["AccountsPublic"]>(`${BASE}/accounts`, { query, signal });

export const createAccount = (body: AccountCreate) =>
  api<Schemas["AccountCreated"]>(`${BASE}/accounts`, { method: "POST", body });

const one = (id: string) => `${BASE}/accounts/${encodeURIComponent(id)}`;

export const getAccount = (id: string) => api<AccountRow>(one(id));
/** The roles replaced, if the account is still at the version the administrator read (else 409 account.stale). */
export const setRoles = (id: string, roles: string[], rowVersion: number) =>
  api<AccountRow>(`${one(id)}/roles`, {
    method: "PUT",
    body: { roles, row_version: rowVersion } satisfies Schemas["AccountRolesUpdate"],
  });
export const ACCOUNT_STALE = "account.stale";
export const lockAccount = (id: string, reason: string) =>
  api<AccountRow>(`${one(id)}/lock`, { method: "POST", body: { reason } satisfies Schemas["AccountLock"] });
export const unlockAccount = (id: string, reason: string) =>
  api<AccountRow>(`${one(id)}/unlock`, { method: "POST", body: { reason } satisfies Schemas["AccountLock"] });
export const resetPassword = (id: string) =>
  api<Schemas["PasswordReset"]>(`${one(id)}/password-reset`, { method: "POST" });

export const searchAudit = (query: Query, signal?: AbortSignal) =>
  api<Schemas["AuditRecordsPublic"]>(`${BASE}/audit`, { query, signal });
export const verifyAudit = () => api<ChainReport[]>(`${BASE}/audit/verify`);

export const listOnline = (signal?: AbortSignal) => api<Schemas["OnlinePublic"]>(`${BASE}/online`, { signal });

// An administrator's account is unlocked or reset by two administrators: one asks, another confirms.
export type AccountRequest = Schemas["AccountRequestPublic"];
export const SECOND_ADMIN_REQUIRED = "account.second_administrator_required";
export const requestAction = (accountId: string, action: Schemas["AccountRequestCreate"]["action"], reason: string) =>
  api<AccountRequest>(`${BASE}/account-requests`, {
    method: "POST",
    body: { account_id: accountId, action, reason } satisfies Schemas["AccountRequestCreate"],
  });
export const pendingRequests = () => api<AccountRequest[]>(`${BASE}/account-requests`);
const request = (id: string) => `${BASE}/account-requests/${encodeURIComponent(id)}`;
export const confirmRequest = (id: string) => api<Schemas["AccountRequestDone"]>(`${request(id)}/confirm`, { method: "POST" });
export const cancelRequest = (id: string) => api<AccountRequest>(`${request(id)}/cancel`, { method: "POST" });

// The system-health screen (system administrator): every part's state, dead letters and their replay.
export type Health = Schemas["HealthPublic"];
export type HealthState = Health["state"];
export type DeadLetter = Schemas["DeadLetterPublic"];
export const readHealth = (signal?: AbortSignal) => api<Health>(`${BASE}/operations/health`, { signal });
export const listDeadLetters = (signal?: AbortSignal) =>
  api<Schemas["DeadLettersPublic"]>(`${BASE}/operations/dead-letters`, { query: { limit: 200 }, signal });
export const replayDeadLetter = (d: Pick<DeadLetter, "ref" | "topic" | "partition" | "offset">) =>
  api<Schemas["ReplayResult"]>(`${BASE}/operations/dead-letters/replay`, {
    method: "POST",
    body: { topic: d.topic, partition: d.partition, offset: d.offset } satisfies Schemas["ReplayOne"],
  });
export const replayAllDeadLetters = () =>
  api<Schemas["ReplayResult"]>(`${BASE}/operations/dead-letters/replay-all`, { method: "POST", body: {} satisfies Schemas["ReplayAll"] });
