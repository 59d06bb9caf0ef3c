import { useCallback } from "react";
import { useI18n } from "@/lib/i18n";

export const approvalMessages = {
  "a.title": { vi: "Kiểm duyệt hồ sơ", en: "Approvals" },
  "a.hint": { vi: "Các yêu cầu thay đổi hồ sơ đang chờ lãnh đạo duyệt, trong phạm vi đơn vị của tài khoản.", en: "Change requests waiting for approval in your scope." },
  "a.person": { vi: "Họ và tên", en: "Person" },
  "a.kind": { vi: "Loại yêu cầu", en: "Kind" },
  "a.unit": { vi: "Đơn vị", en: "Unit" },
  "a.submittedBy": { vi: "Người gửi", en: "Submitted by" },
  "a.submittedAt": { vi: "Ngày gửi", en: "Submitted on" },
  "a.flags": { vi: "Lưu ý", en: "Flags" },
  "a.warnings": { vi: "{n} cảnh báo", en: "{n} warnings" },
  "a.stale": { vi: "Hồ sơ đã thay đổi sau khi lập yêu cầu", en: "Record changed since" },
  "a.empty": { vi: "Không có yêu cầu nào đang chờ duyệt.", en: "Nothing is waiting for approval." },
  "a.reviewTitle": { vi: "Kiểm duyệt: {name}", en: "Review: {name}" },
  "a.changes": { vi: "Các trường thay đổi ({n})", en: "Changed fields ({n})" },
  "a.field": { vi: "Trường thông tin", en: "Field" },
  "a.official": { vi: "Hồ sơ hiện hành", en: "Official record" },
  "a.proposed": { vi: "Đề nghị thay đổi", en: "Proposed" },
  "a.noChanges": { vi: "Yêu cầu không thay đổi trường nào so với hồ sơ hiện hành.", en: "The request changes nothing." },
  "a.staleLong": {
    vi: "Hồ sơ đã được duyệt thay đổi khác (phiên bản {current}) sau khi yêu cầu này được lập từ phiên bản {base}. Duyệt sẽ bị từ chối để tránh ghi đè; hãy từ chối và đề nghị cán bộ lập lại từ hồ sơ hiện hành.",
    en: "The record was changed (now version {current}) after this request was started from version {base}. Approval would overwrite it and is refused; reject and ask for a new request.",
  },
  "a.warningsTitle": { vi: "Cảnh báo khi kiểm tra dữ liệu (không chặn duyệt):", en: "Validation warnings (not blocking):" },
  "a.note": { vi: "Ghi chú của người gửi", en: "Submitter's note" },
  "a.approve": { vi: "Duyệt", en: "Approve" },
  "a.reject": { vi: "Từ chối", en: "Reject" },
  "a.approveTitle": { vi: "Duyệt thay đổi hồ sơ", en: "Approve the change" },
  "a.approveHint": { vi: "Hồ sơ chính thức sẽ được cập nhật theo đề nghị. Có thể ghi số và ngày quyết định.", en: "The official record will take the proposed values. A decision may be cited." },
  "a.rejectTitle": { vi: "Từ chối yêu cầu", en: "Reject the request" },
  "a.reason": { vi: "Lý do từ chối", en: "Reason" },
  "a.reasonRequired": { vi: "Phải ghi lý do từ chối.", en: "A reason is required." },
  "a.approved": { vi: "Đã duyệt. Hồ sơ chính thức đã được cập nhật.", en: "Approved; the official record is updated." },
  "a.rejected": { vi: "Đã từ chối và gửi lý do cho cán bộ lập.", en: "Rejected; the reason was sent back." },
  "a.decided": { vi: "Yêu cầu này đã được xử lý ({state}).", en: "This request was already decided ({state})." },
  "a.openProfile": { vi: "Mở hồ sơ", en: "Open the record" },
} satisfies Record<string, { vi: string; en: string }>;

export function useAt(): (key: keyof typeof approvalMessages, vars?: Record<string, string | number>) => string {
  const { lang } = useI18n();
  return useCallback(
    (key, vars) => {
      let text: string = approvalMessages[key][lang];
      if (vars) for (const [k, v] of Object.entries(vars)) text = text.replaceAll(`{${k}}`, String(v));
      return text;
    },
    [lang],
  );
}
