import { useCallback } from "react";
import { useI18n } from "@/lib/i18n";

export const transferMessages = {
  "t.title": { vi: "Điều động - chuyển công tác", en: "Transfers" },
  "t.hint": {
    vi: "Hồ sơ điều động, luân chuyển, biệt phái, tiếp nhận và nghỉ việc của đơn vị; thời hạn tính theo ngày làm việc (Quyết định 16/2020/QĐ-UBND).",
    en: "The unit's transfers, secondments, arrivals and departures; deadlines in working days (Decision 16/2020).",
  },
  "t.incoming": { vi: "Hồ sơ đến", en: "Incoming" },
  "t.outgoing": { vi: "Hồ sơ đi", en: "Outgoing" },
  "t.all": { vi: "Tất cả", en: "All" },
  "t.new": { vi: "Lập hồ sơ", en: "New case" },
  "t.person": { vi: "Họ và tên", en: "Person" },
  "t.kind": { vi: "Loại", en: "Kind" },
  "t.route": { vi: "Từ → Đến", en: "From → To" },
  "t.decision": { vi: "Quyết định", en: "Decision" },
  "t.state": { vi: "Trạng thái", en: "State" },
  "t.due": { vi: "Hạn xử lý", en: "Due" },
  "t.anyState": { vi: "Mọi trạng thái", en: "Any state" },
  "t.open": { vi: "Đang xử lý", en: "Open" },
  "t.anyKind": { vi: "Mọi loại", en: "Any kind" },
  "t.empty": { vi: "Không có hồ sơ điều động nào.", en: "No cases." },
  "t.outside": { vi: "Ngoài tỉnh", en: "Outside the province" },
  "f.kind": { vi: "Loại hồ sơ", en: "Kind of case" },
  "f.person": { vi: "Cán bộ, công chức, viên chức", en: "Person" },
  "f.personHint": { vi: "Gõ họ tên (không cần dấu)", en: "Type a name" },
  "f.toUnit": { vi: "Đơn vị đến", en: "Receiving unit" },
  "f.unitSearch": { vi: "Gõ tên hoặc mã đơn vị", en: "Type a unit's name or code" },
  "f.unitNone": { vi: "Không tìm thấy đơn vị", en: "No unit found" },
  "f.toSubUnit": { vi: "Đơn vị sử dụng (nếu đã biết)", en: "Employing sub-unit (if known)" },
  "f.returnOn": { vi: "Ngày kết thúc biệt phái", en: "Secondment ends on" },
  "f.leavingForm": { vi: "Hình thức nghỉ", en: "How the person leaves" },
  "f.outside": { vi: "Cơ quan, đơn vị ngoài tỉnh", en: "Organisation outside the province" },
  "f.fullName": { vi: "Họ và tên người đến", en: "Name of the arriving person" },
  "f.pid": { vi: "Số định danh cá nhân (12 số)", en: "Identification number (12 digits)" },
  "f.birthDate": { vi: "Ngày sinh", en: "Date of birth" },
  "f.decisionNumber": { vi: "Số quyết định", en: "Decision number" },
  "f.signedOn": { vi: "Ngày ký", en: "Signed on" },
  "f.effectiveOn": { vi: "Ngày hiệu lực", en: "Effective on" },
  "f.signer": { vi: "Người ký", en: "Signer" },
  "f.note": { vi: "Ghi chú", en: "Note" },
  "f.required": { vi: "Trường này là bắt buộc.", en: "Required." },
  "f.save": { vi: "Lưu hồ sơ nháp", en: "Save the draft" },
  "d.title": { vi: "Hồ sơ điều động: {name}", en: "Case: {name}" },
  "d.data": { vi: "Thông tin hồ sơ", en: "The case" },
  "d.steps": { vi: "Quá trình xử lý", en: "Steps" },
  "d.obligations": { vi: "Thời hạn theo quy định", en: "Deadlines" },
  "d.document": { vi: "Văn bản quyết định", en: "Decision document" },
  "d.upload": { vi: "Tải lên bản quét quyết định", en: "Upload the scanned decision" },
  "d.open": { vi: "Mở văn bản", en: "Open" },
  "d.noDocument": { vi: "Chưa có bản quét quyết định.", en: "No scanned decision yet." },
  "d.rejectReason": { vi: "Lý do từ chối", en: "Reason for rejecting" },
  "d.rejectTitle": { vi: "Từ chối tiếp nhận hồ sơ", en: "Reject the case" },
  "d.forwardTitle": { vi: "Chuyển về đơn vị sử dụng", en: "Pass on to the employing sub-unit" },
  "d.forwardHint": {
    vi: "Chọn phòng, đơn vị trực thuộc sẽ sử dụng người này; để trống nếu chính đơn vị nhận sử dụng.",
    en: "Choose the sub-unit that will employ the person; leave empty if the receiving unit does.",
  },
  "d.confirm": { vi: "Xác nhận: {step}?", en: "Confirm: {step}?" },
  "d.waiting": { vi: "Đang cập nhật vào hồ sơ cá nhân ({applied}/{total})…", en: "Being applied to the record ({applied}/{total})…" },
  "d.lateTag": { vi: "Trễ hạn", en: "Late" },
  "d.onTime": { vi: "Đúng hạn", en: "On time" },
  "d.doneAt": { vi: "Hoàn thành {at}", en: "Done {at}" },
  "d.cancelled": { vi: "Không còn phải thực hiện", en: "No longer owed" },
  "d.openRecord": { vi: "Mở hồ sơ cá nhân", en: "Open the record" },
  "d.returnOn": { vi: "Biệt phái đến ngày", en: "Seconded until" },
  "d.by": { vi: "{user} ({unit})", en: "{user} ({unit})" },
} satisfies Record<string, { vi: string; en: string }>;

export type TransferMessageKey = keyof typeof transferMessages;

export function useTt(): (key: TransferMessageKey, vars?: Record<string, string | number>) => string {
  const { lang } = useI18n();
  return useCallback(
    (key, vars) => {
      let text: string = transferMessages[key][lang];
      if (vars) for (const [k, v] of Object.entries(vars)) text = text.replaceAll(`{${k}}`, String(v));
      return text;
    },
    [lang],
  );
}
