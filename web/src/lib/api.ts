import { ApiError, errorOf } from "./errors";
import { currentLang } from "./i18n";

// The API client: same origin as the page, /api/<service>/..., bearer token from the session, the
// interface's language asked for (Accept-Language: the services write their messages in it), every
// failure turned into an ApiError carrying the services' one error body. Every request of the client
// goes through here (files too: apiBlob).

type TokenSource = () => Promise<string | null>;
type Unauthorized = () => Promise<boolean>;

let tokenSource: TokenSource = async () => null;
let onUnauthorized: Unauthorized = async () => false;

/** Set once by the auth module: where tokens come from and what to do when the server says 401. */
export function configureApi(opts: { token: TokenSource; unauthorized: Unauthorized }): void {
  tokenSource = opts.token;
  onUnauthorized = opts.unauthorized;
}

export type Query = Record<string, string | number | boolean | null | undefined>;

export function buildUrl(path: string, query?: Query): string {
  const url = path.startsWith("/") ? path : `/${path}`;
  if (!query) return url;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v !== undefined && v !== null && v !== "") params.set(k, String(v));
  }
  const qs = params.toString();
  return qs ? `${url}?${qs}` : url;
}

export interface RequestOptions {
  method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  query?: Query;
  body?: unknown;
  signal?: AbortSignal;
}

/** The headers of every request: what it accepts, the interface's language, the bearer token. */
function requestHeaders(token: string | null, accept = "application/json"): Record<string, string> {
  const headers: Record<string, string> = { Accept: accept, "Accept-Language": currentLang() };
  if (token) headers.Authorization = `Bearer ${token}`;
  return headers;
}

async function send(path: string, opts: RequestOptions, token: string | null, accept?: string): Promise<Response> {
  const headers = requestHeaders(token, accept);
  let body: BodyInit | undefined;
  if (opts.body instanceof FormData) body = opts.body;
  else if (opts.body !== undefined) {
    headers["Content-Type"] = "application/json";
    body = JSON.stringify(opts.body);
  }
  return fetch(buildUrl(path, opts.query), { method: opts.method ?? "GET", headers, body, signal: opts.signal });
}

/** The answer to a request, renewing the session once on 401; an ApiError if it failed. */
async function request(path: string, opts: RequestOptions, accept?: string): Promise<Response> {
  let resp: Response;
  try {
    resp = await send(path, opts, await tokenSource(), accept);
    // One retry after a refresh: the token may have expired between the check and the request.
    if (resp.status === 401 && (await onUnauthorized())) resp = await send(path, opts, await tokenSource(), accept);
  } catch (err) {
    if (err instanceof DOMException && err.name === "AbortError") throw err;
    throw ApiError.fallback(0);
  }
  if (!resp.ok) throw await errorOf(resp);
  return resp;
}

export async function api<T>(path: string, opts: RequestOptions = {}): Promise<T> {
  const resp = await request(path, opts);
  if (resp.status === 204) return undefined as T;
  const type = resp.headers.get("Content-Type") ?? "";
  return (type.includes("json") ? await resp.json() : await resp.text()) as T;
}

/** A file the services produce behind the token (a PDF, an Excel export, a scanned document), as a Blob:
 * a plain link would carry no bearer token. */
export async function apiBlob(path: string, opts: RequestOptions = {}): Promise<Blob> {
  return (await request(path, opts, "*/*")).blob();
}

/** For lists that a service may not offer yet: a 404 reads as "nothing here" instead of an error. */
export async function apiOrNull<T>(path: string, opts: RequestOptions = {}): Promise<T | null> {
  try {
    return await api<T>(path, opts);
  } catch (err) {
    if (err instanceof ApiError && err.isNotFound) return null;
    throw err;
  }
}

/** A page of a list endpoint: {items, total}. */
export interface Page<T> {
  items: T[];
  total: number;
  /** Past a few thousand matches a service counts no further and gives its estimate. */
  total_is_estimate?: boolean;
}
