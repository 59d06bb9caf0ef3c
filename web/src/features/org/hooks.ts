import { useSearchParams } from "react-router";
import { withParam } from "@/lib/searchParams";

/** The "as of" date of the org screens, kept in the address (?as_of=YYYY-MM-DD) so it can be shared. */
export function useAsOf(): [string | null, (date: string | null) => void] {
  const [params, setParams] = useSearchParams();
  const raw = params.get("as_of");
  const asOf = raw && /^\d{4}-\d{2}-\d{2}$/.test(raw) ? raw : null;
  const set = (date: string | null) =>
    setParams((prev) => withParam(prev, "as_of", date), { replace: true });
  return [asOf, set];
}
