import { errorOf, ApiError } from "@/lib/errors";
import { currentLang } from "@/lib/i18n";
import type { components } from "@/api/personnel";

// The person's form, opened by the link alone: no account, the token (after '#' in the link, never sent in a
// URL) in the X-Declaration-Token header.
export type Declaration = components["schemas"]["Declaration"];
export type DeclarationForm = components["schemas"]["DeclarationForm"];
export type SignResult = components["schemas"]["SignResult"];

const BASE = "/api/personnel/declarations/by-token";

async function call<T>(token: string, path: string, method: "GET" | "PUT" | "POST", body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: "application/json", "Accept-Language": currentLang(),
    "X-Declaration-Token": token };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  let resp: Response;
  try {
    resp = await fetch(BASE + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch {
    throw ApiError.fallback(0);
  }
  if (!resp.ok) throw await errorOf(resp);
  return (await resp.json()) as T;
}

export const openForm = (token: string) => call<DeclarationForm>(token, "", "GET");
export const saveDraft = (token: string, d: Declaration) => call<DeclarationForm>(token, "", "PUT", d);
export const signDeclaration = (token: string, full_name: string, statement: boolean, declaration: Declaration) =>
  call<SignResult>(token, "/sign", "POST", { full_name, statement, declaration });

/** The token of the page's link: /khai-bao#<token>. */
export function tokenOfLocation(hash: string = window.location.hash): string {
  return decodeURIComponent(hash.replace(/^#/, ""));
}
