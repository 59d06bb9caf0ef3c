import type { components } from "@/api/personnel";
import { fetchBlob } from "@/features/personnel/files";
import { api } from "@/lib/api";
import { dayInVietnam } from "@/lib/format";

// The monthly certification of services/personnel (certifications/): the unit head's preview and
// certification, the Department's overview, the signed PDF and the signing root certificate.
const BASE = "/api/personnel/certifications";
type S = components["schemas"];

export type Certification = S["CertificationPublic"];
export type Preview = S["CertificationPreview"];
export type Change = S["Change"];
export type Overview = S["Overview"];
export type OverviewRow = S["OverviewRow"];
export type Status = OverviewRow["status"];

export const certificationsApi = {
  preview: (unitId: string, month?: string) =>
    api<Preview>(`${BASE}/preview`, { query: { unit_id: unitId, month: month || undefined } }),
  certify: (unitId: string, month: string) =>
    api<Certification>(BASE, { method: "POST", body: { unit_id: unitId, month } }),
  overview: (month?: string, unitId?: string) =>
    api<Overview>(BASE, { query: { month: month || undefined, unit_id: unitId || undefined } }),
  pdf: (id: string) => fetchBlob(`${BASE}/${encodeURIComponent(id)}/pdf`),
  rootCertificate: () => fetchBlob(`${BASE}/root-certificate`),
};

/** The last `n` months, newest first, as the API writes them ("2026-11"). */
export function recentMonths(n: number, from: string = dayInVietnam(Date.now())): string[] {
  const out: string[] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  for (let i = 0; i < n; i++) {
    out.push(`${y}-${String(m).padStart(2, "0")}`);
    m -= 1;
    if (m === 0) {
      m = 12;
      y -= 1;
    }
  }
  return out;
}
