import { useCallback } from "react";
import { useI18n } from "@/lib/i18n";

// Texts of the personnel screens (the approvals inbox shares them). Same {vi, en} shape and {var}
// filling as lib/messages.ts, kept here so that the shell's table stays small.
export const personnelMessages = {
  "p.new": { vi: "Thêm hồ sơ mới", en: "New record" },
  "p.export": { vi: "Xuất Excel", en: "Export to Excel" },
  "p.filters": { vi: "Lọc", en: "Filters" },
  "p.clearFilters": { vi: "Xóa bộ lọc", en: "Clear filters" },
  "p.status": { vi: "Trạng thái", en: "Status" },
  "p.includeLeft": { vi: "Gồm cả người đã nghỉ, chuyển đi", en: "Include people who left" },
  "p.gender": { vi: "Giới tính", en: "Gender" },
  "p.bornFrom": { vi: "Sinh từ năm", en: "Born from" },
  "p.bornTo": { vi: "đến năm", en: "to" },
  "p.rank": { vi: "Ngạch", en: "Rank" },
  "p.qualification": { vi: "Trình độ chuyên môn", en: "Qualification" },
  "p.party": { vi: "Đảng viên", en: "Party member" },
  "p.yes": { vi: "Có", en: "Yes" },
  "p.no": { vi: "Không", en: "No" },
  "p.ethnicity": { vi: "Dân tộc", en: "Ethnicity" },
  "p.sort": { vi: "Sắp xếp", en: "Sort" },
  "p.sortName": { vi: "Theo tên", en: "By name" },
  "p.sortBirthAsc": { vi: "Ngày sinh tăng dần", en: "Oldest first" },
  "p.sortBirthDesc": { vi: "Ngày sinh giảm dần", en: "Youngest first" },
  "p.sortUpdated": { vi: "Mới cập nhật", en: "Recently updated" },
  "p.scopeHint": { vi: "Đơn vị {unit} và các đơn vị trực thuộc", en: "{unit} and its sub-units" },

  "p.edit": { vi: "Sửa hồ sơ", en: "Edit record" },
  "p.print": { vi: "In hồ sơ", en: "Print" },
  "p.print2c": { vi: "Mẫu 2C-BNV/2008", en: "Form 2C-BNV/2008" },
  "p.printUnified": { vi: "Lý lịch thống nhất (TT 06/2023)", en: "Unified résumé (Circular 06/2023)" },
  "p.exportExchange": { vi: "Hồ sơ điện tử cho CSDL quốc gia (.json)", en: "Electronic dossier for the national database (.json)" },
  "p.statusEvent": { vi: "Ghi nhận biến động", en: "Record a status change" },
  "p.version": { vi: "Phiên bản {v}", en: "Version {v}" },
  "p.approvedBy": { vi: "duyệt bởi {who} ngày {when}", en: "approved by {who} on {when}" },
  "p.asOf": { vi: "Xem hồ sơ tại ngày", en: "View as of" },
  "p.asOfShown": { vi: "Đang xem hồ sơ như tại ngày {date}.", en: "Showing the record as of {date}." },
  "p.backToCurrent": { vi: "Về hồ sơ hiện hành", en: "Back to the current record" },
  "p.notApprovedYet": { vi: "Hồ sơ mới đang chờ duyệt: chưa có bản chính thức.", en: "New record waiting for approval: no official version yet." },
  "p.openRequests": { vi: "Yêu cầu thay đổi đang mở", en: "Open change requests" },
  "p.documents": { vi: "Tài liệu", en: "Documents" },
  "p.history": { vi: "Lịch sử thay đổi", en: "Change history" },
  "p.empty": { vi: "Chưa có thông tin", en: "Nothing recorded" },

  "cr.draft": { vi: "Bản nháp", en: "Draft" },
  "cr.submitted": { vi: "Chờ duyệt", en: "Waiting for approval" },
  "cr.approved": { vi: "Đã duyệt", en: "Approved" },
  "cr.rejected": { vi: "Bị từ chối", en: "Rejected" },
  "cr.withdrawn": { vi: "Đã rút", en: "Withdrawn" },
  "cr.create": { vi: "Hồ sơ mới", en: "New record" },
  "cr.update": { vi: "Cập nhật hồ sơ", en: "Update" },

  "f.newTitle": { vi: "Thêm hồ sơ mới", en: "New record" },
  "f.editTitle": { vi: "Sửa hồ sơ: {name}", en: "Edit record: {name}" },
  "f.unit": { vi: "Đơn vị công tác", en: "Unit" },
  "f.unitRequired": { vi: "Chọn đơn vị công tác.", en: "Choose the unit." },
  "f.required": { vi: "Không được để trống.", en: "Required." },
  "f.cccd": { vi: "Số định danh cá nhân phải gồm đúng 12 chữ số.", en: "The personal ID number must be 12 digits." },
  "f.bhxh": { vi: "Mã số BHXH phải gồm đúng 10 chữ số.", en: "The social-insurance number must be 10 digits." },
  "f.cmnd": { vi: "Số CMND cũ phải gồm 9 (hoặc 12) chữ số.", en: "The old ID card number must have 9 (or 12) digits." },
  "f.note": { vi: "Ghi chú gửi người duyệt", en: "Note for the approver" },
  "f.decisionNumber": { vi: "Số quyết định", en: "Decision number" },
  "f.decisionDate": { vi: "Ngày ký", en: "Signed on" },
  "f.saveDraft": { vi: "Lưu nháp", en: "Save draft" },
  "f.submit": { vi: "Gửi duyệt", en: "Submit for approval" },
  "f.saved": { vi: "Đã lưu bản nháp.", en: "Draft saved." },
  "f.submitted": { vi: "Đã gửi yêu cầu cho lãnh đạo đơn vị kiểm duyệt.", en: "Sent to the unit leader for approval." },
  "f.warnings": { vi: "Cảnh báo (không chặn việc gửi duyệt; lãnh đạo sẽ xem xét):", en: "Warnings (not blocking; the leader will see them):" },
  "f.hasErrors": { vi: "Hồ sơ còn {n} lỗi, xem các mục được đánh dấu đỏ.", en: "{n} errors; see the tabs marked in red." },
  "f.conflict": {
    vi: "Người khác vừa sửa yêu cầu này. Dữ liệu bạn đang nhập vẫn được giữ; hãy tải lại bản mới nhất rồi nhập lại phần thay đổi.",
    en: "Someone else has just changed this request. What you typed is kept; reload the latest version and re-apply your change.",
  },
  "f.reload": { vi: "Tải lại bản mới nhất", en: "Reload the latest version" },
  "f.frozen": { vi: "Yêu cầu đã gửi duyệt, không sửa được. Rút lại để sửa tiếp.", en: "Submitted requests are frozen; withdraw it to edit again." },
  "f.withdraw": { vi: "Rút yêu cầu", en: "Withdraw" },
  "f.withdrawConfirm": { vi: "Rút yêu cầu này? Các thay đổi sẽ không được duyệt.", en: "Withdraw this request? Its changes will not be approved." },
  "f.revise": { vi: "Sửa lại theo ý kiến", en: "Revise" },
  "f.rejectedBecause": { vi: "Lãnh đạo đã từ chối: {reason}", en: "Rejected: {reason}" },
  "f.addRow": { vi: "Thêm dòng", en: "Add a row" },
  "f.removeRow": { vi: "Xóa dòng", en: "Remove row" },
  "f.continueDraft": { vi: "Đang tiếp tục bản nháp đã lưu trên máy chủ (lần sửa {r}).", en: "Continuing the draft saved on the server (revision {r})." },
  "f.pendingExists": { vi: "Hồ sơ đang có yêu cầu chờ duyệt; thay đổi mới sẽ là một yêu cầu khác.", en: "A request is already waiting; this will be another one." },
  "ph.title": { vi: "Ảnh 3×4", en: "3×4 photo" },
  "ph.none": { vi: "Chưa có ảnh", en: "No photo" },
  "ph.upload": { vi: "Tải ảnh lên", en: "Upload photo" },
  "ph.replace": { vi: "Thay ảnh", en: "Replace photo" },
  "ph.crop": { vi: "Cắt ảnh theo khổ 3×4", en: "Crop the photo to 3×4" },
  "ph.ok": { vi: "Lưu ảnh", en: "Save photo" },
  "ph.cancel": { vi: "Hủy", en: "Cancel" },
  "ph.uploaded": { vi: "Đã lưu ảnh; ảnh cũ vẫn được giữ trong mục Tài liệu.", en: "Photo saved; the previous one is kept under Documents." },
  "ph.hint": { vi: "Ảnh JPEG hoặc PNG, tối thiểu 240×320 điểm ảnh; in trên mẫu 2C và sơ yếu lý lịch.", en: "JPEG or PNG, at least 240×320 pixels; printed on form 2C and the unified résumé." },
} satisfies Record<string, { vi: string; en: string }>;

export type PersonnelKey = keyof typeof personnelMessages;

/** The personnel screens' translate function in the interface's language. */
export function usePt(): (key: PersonnelKey, vars?: Record<string, string | number>) => string {
  const { lang } = useI18n();
  return useCallback(
    (key, vars) => {
      let text: string = personnelMessages[key][lang];
      if (vars) for (const [k, v] of Object.entries(vars)) text = text.replaceAll(`{${k}}`, String(v));
      return text;
    },
    [lang],
  );
}

/** [vi, en] label of the tab description in the interface's language. */
export function useLabel(): (label: readonly [string, string]) => string {
  const { lang } = useI18n();
  return useCallback((label) => (lang === "en" ? label[1] : label[0]), [lang]);
}

export const documentMessages = {
  "d.add": { vi: "Tải lên tài liệu", en: "Upload a document" },
  "d.type": { vi: "Loại tài liệu", en: "Type" },
  "d.number": { vi: "Số, ký hiệu", en: "Number" },
  "d.issuedOn": { vi: "Ngày ban hành", en: "Issued on" },
  "d.issuer": { vi: "Cơ quan ban hành", en: "Issuer" },
  "d.summary": { vi: "Trích yếu", en: "Summary" },
  "d.version": { vi: "Phiên bản", en: "Version" },
  "d.uploaded": { vi: "Cập nhật", en: "Uploaded" },
  "d.file": { vi: "Tệp (PDF, JPEG hoặc PNG)", en: "File (PDF, JPEG or PNG)" },
  "d.fileRequired": { vi: "Chọn tệp cần tải lên.", en: "Choose a file." },
  "d.fileType": { vi: "Chỉ nhận tệp PDF, JPEG hoặc PNG.", en: "Only PDF, JPEG or PNG files." },
  "d.typeRequired": { vi: "Chọn loại tài liệu.", en: "Choose the type." },
  "d.preview": { vi: "Xem", en: "Preview" },
  "d.download": { vi: "Tải về", en: "Download" },
  "d.replace": { vi: "Thay tệp", en: "Replace file" },
  "d.replaceHint": { vi: "Tệp mới thành phiên bản {v}; các phiên bản cũ vẫn được lưu.", en: "The new file becomes version {v}; older versions are kept." },
  "d.uploadedOk": { vi: "Đã tải lên tài liệu.", en: "Document uploaded." },
  "d.replacedOk": { vi: "Đã thay tệp; phiên bản cũ vẫn được lưu.", en: "File replaced; the old version is kept." },
  "d.empty": { vi: "Chưa có tài liệu nào trong hồ sơ.", en: "No documents yet." },
  "d.previewTitle": { vi: "Xem tài liệu: {name}", en: "Document: {name}" },
  "d.olderVersion": { vi: "Xem phiên bản", en: "Version" },
  "h.versions": { vi: "Các phiên bản đã duyệt", en: "Approved versions" },
  "h.fields": { vi: "Lịch sử từng trường thông tin", en: "History of each field" },
  "h.status": { vi: "Biến động trạng thái", en: "Status changes" },
  "h.field": { vi: "Trường thông tin", en: "Field" },
  "h.old": { vi: "Giá trị cũ", en: "Old value" },
  "h.new": { vi: "Giá trị mới", en: "New value" },
  "h.who": { vi: "Người duyệt", en: "Approved by" },
  "h.submittedBy": { vi: "Người lập", en: "Prepared by" },
  "h.when": { vi: "Thời điểm", en: "When" },
  "h.decision": { vi: "Quyết định", en: "Decision" },
  "h.view": { vi: "Xem bản này", en: "View" },
  "h.effectiveOn": { vi: "Ngày hiệu lực", en: "Effective on" },
  "h.reason": { vi: "Lý do", en: "Reason" },
  "h.leavingForm": { vi: "Hình thức nghỉ", en: "Form of leaving" },
  "s.title": { vi: "Ghi nhận biến động trạng thái", en: "Record a status change" },
  "s.ok": { vi: "Ghi nhận", en: "Record" },
  "s.done": { vi: "Đã ghi nhận biến động.", en: "Status change recorded." },
  "s.confirm": { vi: "Biến động được ghi vào hồ sơ và không xóa được. Tiếp tục?", en: "The change is recorded permanently. Continue?" },
} satisfies Record<string, { vi: string; en: string }>;

/** The documents and history tabs' translate function. */
export function useDt(): (key: keyof typeof documentMessages, vars?: Record<string, string | number>) => string {
  const { lang } = useI18n();
  return useCallback(
    (key, vars) => {
      let text: string = documentMessages[key][lang];
      if (vars) for (const [k, v] of Object.entries(vars)) text = text.replaceAll(`{${k}}`, String(v));
      return text;
    },
    [lang],
  );
}
