import { apiBlob, type Query } from "@/lib/api";

// Files the services produce behind the token (previews, printed PDFs, Excel exports): read through the
// API client (bearer token, language, one renewal on 401) into a Blob, since a plain link would carry no
// bearer token.

export function fetchBlob(path: string, query?: Query): Promise<Blob> {
  return apiBlob(path, { query });
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
