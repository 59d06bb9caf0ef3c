import { useQuery } from "@tanstack/react-query";
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";
import { useSession } from "./session";
import { fetchRootUnits, type Unit } from "./units";

// The unit the screens are looking at, chosen with the unit picker in the header. It is always a unit
// inside the account's subtree: the picker offers only what org returns for this account.

interface UnitScopeValue {
  roots: Unit[];
  rootsLoading: boolean;
  /** The chosen unit; null only while nothing is known about the tree yet. */
  selected: Pick<Unit, "unit_id" | "name"> | null;
  select: (unit: Pick<Unit, "unit_id" | "name">) => void;
}

const KEY = "cbccvc.unit";
const UnitScopeContext = createContext<UnitScopeValue | null>(null);

// Kept per account, so that signing in as someone else in the same tab never reuses another scope.
function stored(subject: string): Pick<Unit, "unit_id" | "name"> | null {
  try {
    const raw = sessionStorage.getItem(`${KEY}.${subject}`);
    return raw ? (JSON.parse(raw) as Pick<Unit, "unit_id" | "name">) : null;
  } catch {
    return null;
  }
}

export function UnitScopeProvider({ children }: { children: ReactNode }) {
  const { account, unit } = useSession();
  const roots = useQuery({ queryKey: ["units", "roots", account.subject], queryFn: fetchRootUnits, staleTime: 10 * 60_000 });
  const [choice, setChoice] = useState(() => stored(account.subject));

  const select = useCallback((u: Pick<Unit, "unit_id" | "name">) => {
    setChoice({ unit_id: u.unit_id, name: u.name });
    try {
      sessionStorage.setItem(`${KEY}.${account.subject}`, JSON.stringify({ unit_id: u.unit_id, name: u.name }));
    } catch {
      /* ignore */
    }
  }, [account.subject]);

  const value = useMemo<UnitScopeValue>(() => {
    const list = roots.data ?? [];
    // If org has no tree for this account (or is not there yet), the account's own unit is the scope;
    // while org is still answering, nothing is chosen, so no screen asks about the wrong unit.
    const fallback =
      list[0] ?? (!roots.isLoading && account.unit_id ? { unit_id: account.unit_id, name: unit?.name ?? account.unit_id } : null);
    return { roots: list, rootsLoading: roots.isLoading, selected: choice ?? fallback, select };
  }, [roots.data, roots.isLoading, choice, account.unit_id, unit?.name, select]);

  return <UnitScopeContext.Provider value={value}>{children}</UnitScopeContext.Provider>;
}

export function useUnitScope(): UnitScopeValue {
  const ctx = useContext(UnitScopeContext);
  if (!ctx) throw new Error("useUnitScope outside UnitScopeProvider");
  return ctx;
}
