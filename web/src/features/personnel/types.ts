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

/** GET /api/personnel/persons/{id}: the approved record (the full profile of Circular 06/2023). */
export interface PersonRecord {
  person_id: string;
  unit_id: string;
  status: string;
  version?: number;
  profile?: {
    identity?: { full_name?: string; birth_date?: string | null; gender?: string | null };
    positions?: { current_position?: string | null };
  };
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
