import { User, UserManager, WebStorageStateStore } from "oidc-client-ts";
import { configureApi } from "./api";
import { clearAllDrafts } from "./drafts";

// Authorization Code with PKCE against Keycloak behind the gateway (/auth). Tokens live in
// sessionStorage (one tab, gone when it closes); the refresh token renews them silently, without
// iframes, so the CSP needs no frame-src for Keycloak.

export const REALM = "cbccvc";
export const CLIENT_ID = "cbccvc-web";
export const CALLBACK_PATH = "/signin-callback";

const origin = window.location.origin;

export const userManager = new UserManager({
  authority: `${origin}/auth/realms/${REALM}`,
  client_id: CLIENT_ID,
  redirect_uri: `${origin}${CALLBACK_PATH}`,
  post_logout_redirect_uri: `${origin}/`,
  response_type: "code",
  scope: "openid profile",
  automaticSilentRenew: true,
  monitorSession: false,
  loadUserInfo: false,
  userStore: new WebStorageStateStore({ store: window.sessionStorage }),
  extraQueryParams: {},
});

interface ReturnState {
  returnTo: string;
}

type Listener = () => void;
const expiredListeners = new Set<Listener>();

/** Called when the session can no longer be renewed: the shell then asks to sign in again. */
export function onSessionExpired(fn: Listener): () => void {
  expiredListeners.add(fn);
  return () => expiredListeners.delete(fn);
}
function sessionExpired(): void {
  for (const fn of expiredListeners) fn();
}

userManager.events.addSilentRenewError(() => sessionExpired());
userManager.events.addAccessTokenExpired(() => {
  // The automatic renew runs a minute before expiry; reaching expiry means it failed.
  void renew().then((ok) => ok || sessionExpired());
});

let renewing: Promise<boolean> | null = null;

/** Refreshes the tokens once, however many requests ask at the same time. */
export function renew(): Promise<boolean> {
  renewing ??= userManager
    .signinSilent()
    .then((u) => !!u)
    .catch(() => false)
    .finally(() => {
      renewing = null;
    });
  return renewing;
}

export async function accessToken(): Promise<string | null> {
  const user = await userManager.getUser();
  if (!user || user.expired) return null;
  return user.access_token;
}

configureApi({
  token: accessToken,
  unauthorized: async () => {
    const ok = await renew();
    if (!ok) sessionExpired();
    return ok;
  },
});

/** Sends the browser to Keycloak's sign-in page; comes back to `returnTo` afterwards. */
export function signIn(returnTo = currentPath()): Promise<void> {
  return userManager.signinRedirect({ state: { returnTo } satisfies ReturnState, ui_locales: uiLocale() });
}

/** Ends the Keycloak session too (not only this tab's tokens), then returns to the start page. */
export async function signOut(): Promise<void> {
  clearAllDrafts();
  const user = await userManager.getUser();
  await userManager.removeUser();
  await userManager.signoutRedirect({ id_token_hint: user?.id_token });
}

/** Finishes the redirect back from Keycloak; returns where the user was going. */
export async function completeSignIn(): Promise<string> {
  const user = await userManager.signinRedirectCallback();
  const state = user.state as ReturnState | undefined;
  const target = state?.returnTo ?? "/";
  return target.startsWith("/") && !target.startsWith("//") ? target : "/";
}

export async function currentUser(): Promise<User | null> {
  const user = await userManager.getUser();
  if (user && !user.expired) return user;
  if (user?.refresh_token) {
    try {
      return await userManager.signinSilent();
    } catch {
      return null;
    }
  }
  return null;
}

function currentPath(): string {
  return window.location.pathname + window.location.search + window.location.hash;
}

function uiLocale(): string {
  try {
    return localStorage.getItem("cbccvc.lang") === "en" ? "en" : "vi";
  } catch {
    return "vi";
  }
}
