import { useEffect, useState } from "react";

/**
 * The value once it has stopped changing for `ms`: search-as-you-type asks the server for what was
 * typed, not for every keystroke on the way.
 */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const id = window.setTimeout(() => setSettled(value), ms);
    return () => window.clearTimeout(id);
  }, [value, ms]);
  return settled;
}
