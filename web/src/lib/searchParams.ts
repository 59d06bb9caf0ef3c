/** The address's query with one parameter set, or removed when the value is empty (unset filters and
 * an empty search box leave no `?q=` behind). For react-router's setSearchParams((prev) => ...). */
export function withParam(prev: URLSearchParams, key: string, value: string | number | boolean | null | undefined): URLSearchParams {
  const next = new URLSearchParams(prev);
  if (value === undefined || value === null || value === "" || value === false) next.delete(key);
  else next.set(key, String(value));
  return next;
}
