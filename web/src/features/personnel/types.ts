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
