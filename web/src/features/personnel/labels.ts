import { formatDate as formatDateIn } from "@/lib/format";
import type { Lang } from "@/lib/i18n";

// Labels of the codes the person list shows (catalogs employment_status and gender). A code this table
// does not know is shown as it is, so a new catalog entry never hides a row.
const STATUS: Record<string, [string, string]> = {
  DANG_CONG_TAC: ["Đang công tác", "Working"],
  TAP_SU: ["Đang tập sự", "On probation"],
  BIET_PHAI: ["Đang biệt phái", "Seconded"],
  DI_HOC: ["Đi học dài hạn", "On long-term study"],
  NGHI_CHE_DO: ["Nghỉ chế độ", "On statutory leave"],
  NGHI_KHONG_LUONG: ["Nghỉ không hưởng lương", "On unpaid leave"],
  TAM_DINH_CHI: ["Tạm đình chỉ công tác", "Suspended"],
  CHO_NGHI_HUU: ["Nghỉ chờ hưu", "Awaiting retirement"],
  NGHI_HUU: ["Đã nghỉ hưu", "Retired"],
  THOI_VIEC: ["Thôi việc", "Resigned"],
  BUOC_THOI_VIEC: ["Buộc thôi việc", "Dismissed"],
  NGHI_THEO_CHINH_SACH: ["Nghỉ theo chính sách", "Left under a downsizing policy"],
  CHUYEN_CONG_TAC: ["Chuyển công tác", "Transferred out"],
  TU_TRAN: ["Từ trần", "Deceased"],
  KHAC: ["Khác", "Other"],
};
const GENDER: Record<string, [string, string]> = { "1": ["Nam", "Male"], "2": ["Nữ", "Female"] };

function label(table: Record<string, [string, string]>, code: string | null | undefined, lang: Lang): string {
  if (!code) return "";
  const entry = table[code];
  return entry ? entry[lang === "en" ? 1 : 0] : code;
}

export const statusLabel = (code: string | null | undefined, lang: Lang) => label(STATUS, code, lang);
export const genderLabel = (code: string | null | undefined, lang: Lang) => label(GENDER, code, lang);

/** A date of the API in the interface's language (lib/format.ts); one argument, so it can be a table's
 * render function. Kept for the screens that import it from here; new code uses lib/format.ts. */
export const formatDate = (value: string | null | undefined): string => formatDateIn(value);
