import type { Lang } from "@/lib/i18n";
import type { Role } from "@/lib/roles";

// What the screens offer, mirroring identity's rules (services/identity/.../accounts/rules.py) so that
// nobody is offered a choice the service would refuse; the service still decides.

const UNIT_ROLES: Role[] = ["unit_leader", "unit_officer", "viewer"];

/** Roles the signed-in administrator may give (system_admin: all; province_admin: all but system_admin). */
export function grantableRoles(granterRoles: readonly string[]): Role[] {
  if (granterRoles.includes("system_admin")) return ["system_admin", "province_admin", ...UNIT_ROLES];
  if (granterRoles.includes("province_admin")) return ["province_admin", ...UNIT_ROLES];
  return [];
}

/** An account the administrator may lock, reset or re-role: none of its roles is above theirs. */
export function mayManage(granterRoles: readonly string[], targetRoles: readonly string[]): boolean {
  const allowed = grantableRoles(granterRoles);
  return allowed.length > 0 && targetRoles.every((r) => (allowed as string[]).includes(r));
}

const ACTIONS: Record<string, [string, string]> = {
  sign_in: ["Đăng nhập", "Signed in"],
  sign_in_failed: ["Đăng nhập không thành công", "Failed sign-in"],
  "account.create": ["Tạo tài khoản", "Account created"],
  "account.roles": ["Phân quyền", "Roles changed"],
  "account.lock": ["Khoá tài khoản", "Account locked"],
  "account.unlock": ["Mở khoá tài khoản", "Account unlocked"],
  "account.password_reset": ["Cấp lại mật khẩu", "Password reset"],
  "account.sync": ["Đồng bộ từ Keycloak", "Synchronised from Keycloak"],
  "account.sync_removed": ["Xoá trên Keycloak", "Removed in Keycloak"],
  read: ["Xem", "Viewed"],
  create: ["Thêm mới", "Created"],
  update: ["Sửa", "Updated"],
  delete: ["Xoá", "Deleted"],
  submit: ["Gửi duyệt", "Submitted"],
  approve: ["Phê duyệt", "Approved"],
  reject: ["Từ chối", "Rejected"],
  download: ["Tải xuống", "Downloaded"],
  export: ["Kết xuất", "Exported"],
  import: ["Nhập từ tệp", "Imported"],
  move: ["Chuyển vị trí", "Moved"],
  rename: ["Đổi tên", "Renamed"],
  dissolve: ["Giải thể", "Dissolved"],
  status_change: ["Đổi trạng thái", "Status changed"],
  replay: ["Phát lại sự kiện lỗi", "Dead letter replayed"],
};

/** The actions the audit filter offers (code, label), in the table's order. */
export function auditActions(lang: Lang): { value: string; label: string }[] {
  return Object.keys(ACTIONS).map((code) => ({ value: code, label: actionLabel(code, lang) }));
}

/** An action code in words; a code this table does not know is shown as it is. */
export function actionLabel(code: string, lang: Lang): string {
  const entry = ACTIONS[code];
  return entry ? entry[lang === "en" ? 1 : 0] : code;
}

const RESOURCES: Record<string, [string, string]> = {
  account: ["Tài khoản", "Account"],
  person: ["Hồ sơ", "Person"],
  unit: ["Đơn vị", "Unit"],
  staffing_quota: ["Biên chế", "Staffing quota"],
  catalog_item: ["Danh mục", "Catalog item"],
  reorganization: ["Sắp xếp tổ chức", "Reorganisation"],
  document: ["Tài liệu", "Document"],
  dead_letter: ["Sự kiện lỗi (dead-letter)", "Dead-lettered event"],
};

export function resourceLabel(code: string, lang: Lang): string {
  const entry = RESOURCES[code];
  return entry ? entry[lang === "en" ? 1 : 0] : code;
}

