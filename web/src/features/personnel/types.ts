import type { components, paths } from "@/api/personnel";

// The personnel service's shapes, generated from its OpenAPI document (src/api/personnel.ts). Where the
// service declares a field loosely (a plain object, a str), the screens' narrower reading is written here,
// over the generated type, and says so.
type Schemas = components["schemas"];

/** A row of GET /api/personnel/persons. */
export type PersonSummary = Schemas["PersonSummary"];

/**
 * The profile of Circular 06/2023 (services/personnel/src/personnel/profiles/schema.py: Schemas["Profile"])
 * as the screens hold it: the record and change-request answers declare it a plain object, a draft may
 * lack whole parts, and the form code walks it by path. The service validates what is sent.
 */
export type Profile = Partial<Schemas["Profile"]> & Record<string, unknown>;

/** GET /api/personnel/persons/{id}: the approved record (or as it stood at `as_of`). */
export type PersonRecord = Omit<Schemas["PersonPublic"], "profile"> & { profile: Profile | null };

/** A finding of the checks that do not block (the service stores them as plain objects, both languages). */
export interface FieldIssue {
  field: string;
  code?: string;
  message: string;
  message_en: string;
}

/** The states and kinds the service gives a change request (declared as str in its schema). */
export type ChangeState = "draft" | "submitted" | "approved" | "rejected" | "withdrawn";
export type ChangeKind = "create" | "update";

export type ChangeRequest = Omit<Schemas["ChangeRequestPublic"], "kind" | "state" | "profile" | "warnings"> & {
  kind: ChangeKind;
  state: ChangeState;
  profile: Profile;
  warnings: FieldIssue[];
};

/** The bodies that save a draft: the profile as the form has it (the service checks it whole). */
export type ChangeCreate = Omit<Schemas["ChangeRequestCreate"], "profile"> & { profile: Profile };
export type ChangeUpdate = Omit<Schemas["ChangeRequestUpdate"], "profile"> & { profile: Profile };

export type FieldDiff = Schemas["FieldDiff"];
export type ChangeDiff = Schemas["DiffPublic"];
export type VersionInfo = Schemas["VersionPublic"];
export type FieldEvent = Schemas["FieldEventPublic"];
export type StatusEvent = Schemas["StatusEventPublic"];
export type StatusEventCreate = Schemas["StatusEventCreate"];
export type DocumentVersion = Schemas["DocumentVersionPublic"];
export type PersonDocument = Schemas["DocumentPublic"];
export type DownloadLink = Schemas["DownloadLink"];
// Read from the change requests' own routes: other features of the service have models of the same name,
// which the OpenAPI document then names by their module.
type ChangeAction<A extends "approve" | "reject"> = NonNullable<
  paths[`/change-requests/{cr_id}/${A}`]["post"]["requestBody"]
>["content"]["application/json"];
export type Approve = NonNullable<ChangeAction<"approve">>;
export type Reject = ChangeAction<"reject">;

/** The record's summary fields, so that one view serves both the list row and the full record. */
export function summaryOf(record: PersonRecord, unitName?: string | null): PersonSummary {
  const identity = record.profile?.identity;
  return {
    person_id: record.person_id,
    full_name: identity?.full_name ?? "",
    birth_date: identity?.birth_date ?? null,
    gender: identity?.gender ?? null,
    unit_id: record.unit_id,
    unit_name: unitName ?? record.unit_id,
    position: record.profile?.positions?.current_position ?? null,
    status: record.status,
  };
}
