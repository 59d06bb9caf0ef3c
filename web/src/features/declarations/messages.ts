import { featureMessages } from "@/lib/featureMessages";

// The annual self-declaration (issue 18.4, Art. 9.2b: phiếu bổ sung lý lịch): the person's form behind a link.
export const declarationMessages = {
  "d.title": { vi: "Phiếu bổ sung lý lịch năm {year}", en: "Supplementary résumé {year}" },
  "d.hint": {
    vi: "Kiểm tra thông tin hiện có trong hồ sơ, sửa những gì đã thay đổi trong năm rồi ký xác nhận. Thay đổi được gửi đơn vị quản lý xem xét, phê duyệt. Hạn kê khai: {closes}.",
    en: "Check the data in your record, change what changed this year and sign. The changes go to your unit for approval. Deadline: {closes}.",
  },
  "d.loading": { vi: "Đang tải phiếu kê khai…", en: "Loading the form…" },
  "d.person": { vi: "Người kê khai", en: "Declarant" },
  "d.unit": { vi: "Đơn vị", en: "Unit" },
  "d.contact": { vi: "Liên hệ, giấy tờ", en: "Contact and papers" },
  "d.phone": { vi: "Số điện thoại", en: "Phone" },
  "d.email": { vi: "Thư điện tử", en: "E-mail" },
  "d.otherNames": { vi: "Tên gọi khác", en: "Other names" },
  "d.idNumber": { vi: "Số CCCD/định danh cá nhân", en: "Personal id number" },
  "d.idIssuedOn": { vi: "Ngày cấp", en: "Issued on" },
  "d.idIssuedBy": { vi: "Nơi cấp", en: "Issued by" },
  "d.permanentAddress": { vi: "Nơi thường trú", en: "Permanent address" },
  "d.currentAddress": { vi: "Nơi ở hiện nay", en: "Current address" },
  "d.family": { vi: "Hôn nhân, gia đình", en: "Marriage and family" },
  "d.marital": { vi: "Tình trạng hôn nhân", en: "Marital status" },
  "d.relations": { vi: "Quan hệ gia đình", en: "Family relations" },
  "d.relation": { vi: "Quan hệ", en: "Relation" },
  "d.relName": { vi: "Họ và tên", en: "Full name" },
  "d.relYear": { vi: "Năm sinh", en: "Birth year" },
  "d.relDetails": { vi: "Quê quán, nghề nghiệp, nơi công tác", en: "Home town, occupation, workplace" },
  "d.addRelation": { vi: "Thêm người thân", en: "Add a relative" },
  "d.remove": { vi: "Bỏ", en: "Remove" },
  "d.save": { vi: "Lưu nháp", en: "Save draft" },
  "d.saved": { vi: "Đã lưu nháp.", en: "Draft saved." },
  "d.sign": { vi: "Ký phiếu kê khai", en: "Sign the declaration" },
  "d.signName": { vi: "Gõ đúng họ và tên của anh/chị để ký", en: "Type your full name to sign" },
  "d.statement": {
    vi: "Tôi xin cam đoan những lời khai trên đây là đúng sự thật, nếu có điều gì không đúng tôi xin chịu trách nhiệm.",
    en: "I declare that the above is true and take responsibility for anything untrue.",
  },
  "d.noChange": { vi: "Không có thay đổi trong năm", en: "Nothing changed this year" },
  "d.signedTitle": { vi: "Đã ký phiếu kê khai", en: "Declaration signed" },
  "d.signedChanges": {
    vi: "{n} thay đổi đã được gửi đơn vị quản lý phê duyệt. Anh/chị có thể đóng trang này.",
    en: "{n} changes were sent to your unit for approval. You may close this page.",
  },
  "d.signedNoChange": {
    vi: "Đã ghi nhận: không có thay đổi trong năm. Anh/chị có thể đóng trang này.",
    en: "Recorded: nothing changed this year. You may close this page.",
  },
  "d.badLink": { vi: "Không mở được phiếu kê khai", en: "The form cannot be opened" },
  "d.required": { vi: "Bắt buộc", en: "Required" },
  "m.DOC_THAN": { vi: "Chưa kết hôn (độc thân)", en: "Single" },
  "m.CO_VO_CHONG": { vi: "Đã kết hôn (đang có vợ/chồng)", en: "Married" },
  "m.LY_HON": { vi: "Đã ly hôn", en: "Divorced" },
  "m.GOA": { vi: "Vợ/chồng đã chết (góa)", en: "Widowed" },
  "m.LY_THAN": { vi: "Ly thân", en: "Separated" },
  "r.BO": { vi: "Bố đẻ", en: "Father" },
  "r.ME": { vi: "Mẹ đẻ", en: "Mother" },
  "r.VO": { vi: "Vợ", en: "Wife" },
  "r.CHONG": { vi: "Chồng", en: "Husband" },
  "r.CON": { vi: "Con đẻ", en: "Child" },
} as const;

export const MARITAL = ["DOC_THAN", "CO_VO_CHONG", "LY_HON", "GOA", "LY_THAN"] as const;
export const RELATIONS = ["BO", "ME", "VO", "CHONG", "CON"] as const;

export const useDeclarationText = featureMessages(declarationMessages);
