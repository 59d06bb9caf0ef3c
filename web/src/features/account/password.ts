import { CALLBACK_PATH, userManager } from "@/lib/auth";

// Changing one's own password is Keycloak's "update password" action, asked for in an authorization
// request (kc_action=UPDATE_PASSWORD): Keycloak checks the current password, applies the realm's policy
// with its own messages, then sends the browser back with kc_action_status=success|cancelled|error.
// This is what identity chose (tests/identity: "Đổi mật khẩu"): passwords never pass through our services.

export const RETURN_PATH = "/account";

// Read at load, before the sign-in callback replaces the address: the outcome is only in that URL.
let pendingStatus: string | null =
  typeof window !== "undefined" && window.location.pathname === CALLBACK_PATH
    ? new URLSearchParams(window.location.search).get("kc_action_status")
    : null;

export function changeOwnPassword(lang: "vi" | "en"): Promise<void> {
  return userManager.signinRedirect({
    state: { returnTo: RETURN_PATH },
    ui_locales: lang,
    extraQueryParams: { kc_action: "UPDATE_PASSWORD" },
  });
}

/** The outcome of the password change this page came back from ("success", "cancelled", "error"). */
export function passwordStatus(): string | null {
  return pendingStatus;
}

/** Forgets the outcome once shown, so coming back to the page later does not repeat it. */
export function forgetPasswordStatus(): void {
  pendingStatus = null;
}
