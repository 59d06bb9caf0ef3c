import { accessToken } from "@/lib/auth";
import { buildUrl, type Query } from "@/lib/api";
import { ApiError, fallbackBody, isErrorBody } from "@/lib/errors";

// Files the services produce behind the token (previews, printed PDFs, Excel exports): read with fetch
// into a Blob, since a plain link would carry no bearer token.

export async function fetchBlob(path: string, query?: Query): Promise<Blob> {
  const token = await accessToken();
  let resp: Response;
  try {
    resp = await fetch(buildUrl(path, query), { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  } catch {
    throw new ApiError(0, fallbackBody(0));
  }
  if (!resp.ok) {
    let body: unknown = null;
    try {
      body = await resp.json();
    } catch {
      /* not our error body */
    }
    throw new ApiError(resp.status, isErrorBody(body) ? { ...body, fields: body.fields ?? [] } : fallbackBody(resp.status));
  }
  return resp.blob();
}

/** Saves a blob under a file name (the browser's download). */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
