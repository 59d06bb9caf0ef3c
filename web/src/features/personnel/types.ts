/** A row of GET /api/personnel/persons. */
export interface PersonSummary {
  person_id: string;
  full_name: string;
  birth_date?: string | null;
  gender?: string | null;
  unit_id?: string | null;
  unit_name?: string | null;
  position?: string | null;
  status?: string | null;
}

/** The profile of Circular 06/2023 as JSON (services/personnel/src/personnel/profiles/schema.py). */
export type Profile = Record<string, unknown> & {
  identity?: { full_name?: string; birth_date?: string | null; gender?: string | null } & Record<string, unknown>;
  positions?: { current_position?: string | null } & Record<string, unknown>;
};

/** GET /api/personnel/persons/{id}: the approved record (or as it stood at `as_of`). */
export interface PersonRecord {
  person_id: string;
  unit_id: string;
  status: string;
  version?: number;
  as_of?: string | null;
  approved_at?: string | null;
  approved_by?: string | null;
  decision_number?: string | null;
  profile?: Profile | null;
}

export interface FieldIssue {
  field: string;
  message: string;
  message_en: string;
}

export type ChangeState = "draft" | "submitted" | "approved" | "rejected" | "withdrawn";

export interface ChangeRequest {
  id: string;
  person_id: string;
  kind: "create" | "update";
  unit_id: string;
  base_version: number;
  revision: number;
  state: ChangeState;
  profile: Profile;
  warnings: FieldIssue[];
  note: string | null;
  decision_number: string | null;
  decision_signed_on: string | null;
  created_by: string;
  created_at: string;
  submitted_by: string | null;
  submitted_at: string | null;
  decided_by: string | null;
  decided_at: string | null;
  reject_reason: string | null;
}

export interface FieldDiff {
  path: string;
  official: unknown;
  proposed: unknown;
}

export interface ChangeDiff {
  change_request_id: string;
  base_version: number;
  current_version: number;
  stale: boolean;
  changes: FieldDiff[];
}

export interface VersionInfo {
  version: number;
  unit_id: string;
  approved_by: string;
  approved_at: string;
  submitted_by: string;
  decision_number: string | null;
  decision_signed_on: string | null;
  change_request_id: string | null;
}

export interface FieldEvent {
  version: number;
  old: unknown;
  new: unknown;
  changed_by: string;
  changed_at: string;
  decision_number: string | null;
}

export interface StatusEvent {
  id: string;
  status: string;
  effective_on: string;
  reason: string | null;
  leaving_form: string | null;
  decision_number: string | null;
  decision_signed_on: string | null;
  recorded_by: string;
  recorded_at: string;
}

export interface DocumentVersion {
  version: number;
  content_type: string;
  size: number;
  sha256: string;
  filename: string | null;
  uploaded_by: string;
  uploaded_at: string;
}

export interface PersonDocument {
  id: string;
  person_id: string;
  document_type: string;
  number: string | null;
  issued_on: string | null;
  issuer: string | null;
  summary: string | null;
  current_version: number;
  created_by: string;
  created_at: string;
  versions: DocumentVersion[];
}

/** The record's summary fields, so that one view serves both the list row and the full record. */
export function summaryOf(record: PersonRecord, unitName?: string | null): PersonSummary {
  const identity = record.profile?.identity ?? {};
  return {
    person_id: record.person_id,
    full_name: identity.full_name ?? "",
    birth_date: identity.birth_date ?? null,
    gender: identity.gender ?? null,
    unit_id: record.unit_id,
    unit_name: unitName ?? record.unit_id,
    position: record.profile?.positions?.current_position ?? null,
    status: record.status,
  };
}
