import { api, type Query } from "@/lib/api";

// The identity service's shapes (services/identity: accounts, audit, online) as the client uses them.

export interface AccountRow {
  account_id: string;
  username: string;
  unit_id: string;
  unit_name: string | null;
  roles: string[];
  enabled: boolean;
  status: "active" | "locked";
  full_name: string | null;
  email: string | null;
  lock_reason: string | null;
  locked_at: string | null;
  last_sign_in_at: string | null;
  created_at: string;
}

export interface ListOf<T> {
  data: T[];
  count: number;
}

export interface AccountCreate {
  username: string;
  unit_id: string;
  roles: string[];
  full_name?: string | null;
  email?: string | null;
  password?: string | null;
  additional_reason?: string | null;
}

export interface AuditRow {
  service: string;
  seq: number;
  at: string;
  actor: string;
  actor_username: string;
  actor_unit_id: string | null;
  client_address: string | null;
  action: string;
  resource_type: string;
  resource_id: string | null;
  unit_id: string | null;
  detail: Record<string, unknown>;
  hash: string;
}

export interface ChainReport {
  chain: string;
  entries: number;
  ok: boolean;
  broken_seq: number | null;
  reason: string | null;
}

export interface OnlineRow {
  account_id: string;
  username: string;
  full_name: string | null;
  unit_id: string;
  unit_name: string | null;
  signed_in_at: string | null;
  last_access_at: string | null;
}

const BASE = "/api/identity";

export const listAccounts = (query: Query, signal?: AbortSignal) =>
  api<ListOf<AccountRow>>(`${BASE}/accounts`, { query, signal });

export const createAccount = (body: AccountCreate) =>
  api<{ account: AccountRow; temporary_password: string }>(`${BASE}/accounts`, { method: "POST", body });

const one = (id: string) => `${BASE}/accounts/${encodeURIComponent(id)}`;

export const setRoles = (id: string, roles: string[]) => api<AccountRow>(`${one(id)}/roles`, { method: "PUT", body: { roles } });
export const lockAccount = (id: string, reason: string) => api<AccountRow>(`${one(id)}/lock`, { method: "POST", body: { reason } });
export const unlockAccount = (id: string, reason: string) => api<AccountRow>(`${one(id)}/unlock`, { method: "POST", body: { reason } });
export const resetPassword = (id: string) =>
  api<{ account_id: string; temporary_password: string }>(`${one(id)}/password-reset`, { method: "POST" });

export const searchAudit = (query: Query, signal?: AbortSignal) => api<ListOf<AuditRow>>(`${BASE}/audit`, { query, signal });
export const verifyAudit = () => api<ChainReport[]>(`${BASE}/audit/verify`);

export const listOnline = (signal?: AbortSignal) => api<ListOf<OnlineRow>>(`${BASE}/online`, { signal });
