// Role names as Keycloak issues them (libs/common/src/common/auth.py). The menus use them to hide
// what an account may not do; every service still enforces the same rules on its own.

export type Role = "system_admin" | "province_admin" | "unit_leader" | "unit_officer" | "viewer" | "service";

export const ROLE_ORDER: Role[] = ["system_admin", "province_admin", "unit_leader", "unit_officer", "viewer"];

export const PROVINCE_WIDE: Role[] = ["system_admin", "province_admin"];
// The system administrator manages the system (accounts, catalogs, the tree, the system's health) and sees
// no personal data unless also given one of these roles; it never approves (services enforce both).
export const DATA_ROLES: Role[] = ["province_admin", "unit_leader", "unit_officer", "viewer"];
export const EDITORS: Role[] = ["province_admin", "unit_leader", "unit_officer"];
export const APPROVERS: Role[] = ["province_admin", "unit_leader"];

export function hasAnyRole(roles: readonly string[], allowed: readonly Role[] | undefined): boolean {
  if (!allowed || allowed.length === 0) return true;
  return allowed.some((r) => roles.includes(r));
}

/** The role shown in the header: the strongest one the account holds. */
export function mainRole(roles: readonly string[]): Role | null {
  return ROLE_ORDER.find((r) => roles.includes(r)) ?? null;
}
