import { useQuery } from "@tanstack/react-query";
import type { User } from "oidc-client-ts";
import { createContext, useContext, useEffect, useState, type ReactNode } from "react";
import { api, apiOrNull } from "./api";
import { CALLBACK_PATH, completeSignIn, currentUser, onSessionExpired, signIn, userManager } from "./auth";
import type { Unit } from "./units";

/** The signed-in account, as the services see it (GET /api/<service>/whoami). */
export interface Account {
  subject: string;
  username: string;
  unit_id: string | null;
  roles: string[];
  name: string | null;
}

interface SessionValue {
  user: User;
  account: Account;
  /** The account's own unit, when org answers. */
  unit: Unit | null;
  expired: boolean;
}

const SessionContext = createContext<SessionValue | null>(null);

/** Reads the claims of the access token: used until (or if) whoami answers. */
export function accountFromToken(user: User): Account {
  let claims: Record<string, unknown> = {};
  try {
    const payload = user.access_token.split(".")[1].replace(/-/g, "+").replace(/_/g, "/");
    claims = JSON.parse(decodeURIComponent(escape(atob(payload)))) as Record<string, unknown>;
  } catch {
    claims = (user.profile ?? {}) as Record<string, unknown>;
  }
  const realmAccess = claims.realm_access as { roles?: string[] } | undefined;
  return {
    subject: String(claims.sub ?? ""),
    username: String(claims.preferred_username ?? ""),
    unit_id: (claims.unit_id as string | undefined) ?? null,
    roles: realmAccess?.roles ?? [],
    name: (claims.name as string | undefined) ?? null,
  };
}

type Phase = { kind: "loading" } | { kind: "redirecting" } | { kind: "ready"; user: User } | { kind: "failed"; error: string };

/**
 * Ensures a signed-in user before rendering children: finishes Keycloak's redirect, restores the
 * session from sessionStorage, or sends the browser to sign in.
 */
export function useSignedInUser(onReturn: (path: string) => void): Phase {
  const [phase, setPhase] = useState<Phase>({ kind: "loading" });
  useEffect(() => {
    let cancelled = false;
    (async () => {
      try {
        if (window.location.pathname === CALLBACK_PATH) {
          const target = await completeSignIn();
          onReturn(target);
        }
        const user = await currentUser();
        if (cancelled) return;
        if (user) setPhase({ kind: "ready", user });
        else {
          setPhase({ kind: "redirecting" });
          await signIn();
        }
      } catch (err) {
        if (!cancelled) setPhase({ kind: "failed", error: err instanceof Error ? err.message : String(err) });
      }
    })();
    const onLoaded = (user: User) => setPhase({ kind: "ready", user });
    userManager.events.addUserLoaded(onLoaded);
    return () => {
      cancelled = true;
      userManager.events.removeUserLoaded(onLoaded);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return phase;
}

export function SessionProvider({ user, children }: { user: User; children: ReactNode }) {
  const [expired, setExpired] = useState(false);
  useEffect(() => onSessionExpired(() => setExpired(true)), []);
  useEffect(() => {
    if (!user.expired) setExpired(false);
  }, [user]);

  const tokenAccount = accountFromToken(user);
  const whoami = useQuery({
    queryKey: ["whoami", user.profile.sub],
    queryFn: () => api<Account>("/api/identity/whoami"),
    staleTime: 5 * 60_000,
  });
  const account = whoami.data ?? tokenAccount;
  const unit = useQuery({
    queryKey: ["unit", account.unit_id],
    queryFn: () => apiOrNull<Unit>(`/api/org/units/${encodeURIComponent(account.unit_id ?? "")}`),
    enabled: !!account.unit_id,
    staleTime: 10 * 60_000,
  });
  return (
    <SessionContext.Provider value={{ user, account, unit: unit.data ?? null, expired }}>{children}</SessionContext.Provider>
  );
}

export function useSession(): SessionValue {
  const ctx = useContext(SessionContext);
  if (!ctx) throw new Error("useSession outside SessionProvider");
  return ctx;
}
