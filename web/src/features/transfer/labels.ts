import type { Lang } from "@/lib/i18n";
import type { CaseKind, CaseState } from "./api";

type Pair = { vi: string; en: string };

export const KIND_LABELS: Record<CaseKind, Pair> = {
  internal_move: { vi: "Điều động nội bộ", en: "Move inside the unit" },
  transfer: { vi: "Điều động/chuyển công tác", en: "Transfer" },
  rotation: { vi: "Luân chuyển", en: "Rotation" },
  secondment: { vi: "Biệt phái", en: "Secondment" },
  arrival: { vi: "Tiếp nhận từ ngoài tỉnh", en: "Arrival from outside the province" },
  leaving: { vi: "Nghỉ việc/nghỉ hưu", en: "Leaving" },
  reorganization: { vi: "Sắp xếp tổ chức", en: "Reorganisation" },
};

export const CREATABLE_KINDS: Exclude<CaseKind, "reorganization">[] = [
  "transfer", "internal_move", "rotation", "secondment", "arrival", "leaving",
];

export const STATE_LABELS: Record<CaseState, Pair> = {
  draft: { vi: "Nháp", en: "Draft" },
  sent: { vi: "Đã gửi", en: "Sent" },
  accepted: { vi: "Đã tiếp nhận", en: "Accepted" },
  forwarded: { vi: "Đã chuyển đơn vị sử dụng", en: "Passed to the employing unit" },
  done: { vi: "Hoàn thành", en: "Done" },
  rejected: { vi: "Bị từ chối", en: "Rejected" },
  cancelled: { vi: "Đã hủy", en: "Cancelled" },
};

const STATE_COLORS: Record<string, string> = {
  draft: "default", sent: "processing", accepted: "cyan", forwarded: "geekblue", done: "success",
  rejected: "error", cancelled: "default",
};

const STEP_LABELS: Record<string, Pair> = {
  create: { vi: "Lập hồ sơ", en: "Opened" },
  send: { vi: "Gửi hồ sơ", en: "Send" },
  accept: { vi: "Tiếp nhận", en: "Accept" },
  reject: { vi: "Từ chối", en: "Reject" },
  forward: { vi: "Chuyển đơn vị sử dụng", en: "Pass to the employing unit" },
  complete: { vi: "Hoàn thành", en: "Complete" },
  cancel: { vi: "Hủy", en: "Cancel" },
  applied: { vi: "Đã cập nhật vào hồ sơ", en: "Record updated" },
  refused: { vi: "Chưa cập nhật được hồ sơ cá nhân", en: "Record not updated" },
};

const OBLIGATION_LABELS: Record<string, Pair> = {
  new_record: { vi: "Nhập hồ sơ người mới", en: "Enter a new person's record" },
  decision_update: { vi: "Cập nhật quyết định vào hồ sơ", en: "Record a decision" },
  internal_move: { vi: "Cập nhật điều động trong đơn vị", en: "Record a move inside the unit" },
  transfer_handover: { vi: "Bàn giao hồ sơ cho đơn vị nhận", en: "Hand the dossier to the receiving unit" },
  transfer_receive: { vi: "Tiếp nhận và chuyển hồ sơ về đơn vị sử dụng", en: "Accept and pass on the dossier" },
  status_change: { vi: "Cập nhật trạng thái (nghỉ hưu, thôi việc, từ trần...)", en: "Record leaving" },
  electronic_dossier: { vi: "Tạo hồ sơ điện tử", en: "Create the electronic dossier" },
};

function label(table: Record<string, Pair>, code: string | null | undefined, lang: Lang): string {
  if (!code) return "";
  return table[code]?.[lang] ?? code;
}

export const kindLabel = (code: string | null | undefined, lang: Lang) => label(KIND_LABELS, code, lang);
export const stateLabel = (code: string | null | undefined, lang: Lang) => label(STATE_LABELS, code, lang);
export const stepLabel = (code: string | null | undefined, lang: Lang) => label(STEP_LABELS, code, lang);
export const obligationLabel = (code: string | null | undefined, lang: Lang) => label(OBLIGATION_LABELS, code, lang);
export const stateColor = (code: string) => STATE_COLORS[code] ?? "default";

/** "còn 3 ngày làm việc", "hạn hôm nay", "quá hạn 2 ngày làm việc" (working days; negative = overdue). */
export function daysLeftText(daysLeft: number | null | undefined, lang: Lang): string {
  if (daysLeft === null || daysLeft === undefined) return "";
  if (daysLeft === 0) return lang === "en" ? "due today" : "hạn hôm nay";
  if (daysLeft < 0) return lang === "en" ? `${-daysLeft} working days overdue` : `quá hạn ${-daysLeft} ngày làm việc`;
  return lang === "en" ? `${daysLeft} working days left` : `còn ${daysLeft} ngày làm việc`;
}

/** The fields (besides the decision's) that each kind of case asks for. */
export function fieldsFor(kind: CaseKind | null | undefined): string[] {
  switch (kind) {
    case "internal_move":
      return ["person_id", "to_unit_id"];
    case "transfer":
    case "rotation":
      return ["person_id", "to_unit_id", "to_sub_unit_id"];
    case "secondment":
      return ["person_id", "to_unit_id", "to_sub_unit_id", "return_on"];
    case "arrival":
      return ["full_name", "personal_id_number", "birth_date", "outside_organisation", "to_unit_id"];
    case "leaving":
      return ["person_id", "leaving_form", "outside_organisation"];
    default:
      return [];
  }
}
