import { featureMessages } from "@/lib/featureMessages";

// The monthly certification screens (issue 18.5 and 18.6): the unit head's certification, the overview.
export const certificationMessages = {
  "c.title": { vi: "Xác nhận dữ liệu hằng tháng", en: "Monthly data certification" },
  "c.hint": {
    vi: "Trong 5 ngày làm việc cuối mỗi tháng, thủ trưởng đơn vị xác nhận dữ liệu hồ sơ của đơn vị (và các đơn vị trực thuộc) đã được cập nhật đầy đủ. Hệ thống lập bản xác nhận PDF liệt kê các thay đổi trong tháng và ký số bằng chứng thư số của đơn vị. Xác nhận sau ngày làm việc cuối tháng vẫn được nhận nhưng bị ghi là muộn.",
    en: "In the last five working days of each month the head of each unit certifies that the unit's data (and its sub-units') is current. The system produces a PDF listing the month's changes, signed with the unit's certificate. A certification after the month's last working day is accepted but marked late.",
  },
  "c.tab.unit": { vi: "Xác nhận của đơn vị", en: "My unit" },
  "c.tab.overview": { vi: "Tổng hợp các đơn vị", en: "All units" },
  "c.month": { vi: "Tháng", en: "Month" },
  "c.unit": { vi: "Đơn vị", en: "Unit" },
  "c.window": { vi: "Thời gian xác nhận: từ {opens} đến {closes}", en: "Certification window: {opens} to {closes}" },
  "c.timing.early": { vi: "Chưa đến thời gian xác nhận", en: "The window has not opened" },
  "c.timing.on_time": { vi: "Đang trong thời gian xác nhận", en: "The window is open" },
  "c.timing.late": { vi: "Đã quá thời gian xác nhận (xác nhận bây giờ sẽ bị ghi là muộn)", en: "The window has closed (a certification now is late)" },
  "c.certify": { vi: "Xác nhận và ký số", en: "Certify and sign" },
  "c.certifyConfirm": {
    vi: "Xác nhận dữ liệu tháng {month} của {unit} ({n} thay đổi) đã được cập nhật đầy đủ? Bản xác nhận sẽ được ký số bằng chứng thư của đơn vị và không sửa được.",
    en: "Certify that the data of {unit} for {month} ({n} changes) is current? The certificate is signed with the unit's certificate and cannot be changed.",
  },
  "c.certified": { vi: "Đã ký số bản xác nhận tháng {month}.", en: "The certification of {month} is signed." },
  "c.done": {
    vi: "Đã xác nhận ngày {on} bởi {by}{late}.",
    en: "Certified on {on} by {by}{late}.",
  },
  "c.lateSuffix": { vi: " (muộn)", en: " (late)" },
  "c.download": { vi: "Tải bản xác nhận đã ký (PDF)", en: "Download the signed PDF" },
  "c.root": { vi: "Tải chứng thư gốc để kiểm tra chữ ký", en: "Download the root certificate to verify signatures" },
  "c.rootHint": {
    vi: "Môi trường phát triển dùng tổ chức chứng thực nội bộ: nhập chứng thư gốc vào trình đọc PDF (mục chứng thư tin cậy) để chữ ký hiện là hợp lệ.",
    en: "Development uses a local certificate authority: import the root certificate into the PDF reader's trusted certificates to see the signature as valid.",
  },
  "c.changes": { vi: "Thay đổi trong tháng ({n})", en: "Changes of the month ({n})" },
  "c.noChanges": { vi: "Trong tháng không có thay đổi hồ sơ nào được duyệt.", en: "No approved change this month." },
  "c.capped": { vi: "Chỉ hiển thị 5.000 thay đổi đầu tiên.", en: "Only the first 5,000 changes are shown." },
  "c.col.name": { vi: "Họ và tên", en: "Name" },
  "c.col.what": { vi: "Nội dung thay đổi", en: "What changed" },
  "c.col.decision": { vi: "Quyết định", en: "Decision" },
  "c.col.on": { vi: "Ngày", en: "Date" },
  "c.col.status": { vi: "Tình trạng", en: "Status" },
  "c.col.certifiedOn": { vi: "Ngày xác nhận", en: "Certified on" },
  "c.col.by": { vi: "Người xác nhận", en: "By" },
  "c.col.changes": { vi: "Số thay đổi", en: "Changes" },
  "c.status.certified": { vi: "Đã xác nhận", en: "Certified" },
  "c.status.late": { vi: "Xác nhận muộn", en: "Late" },
  "c.status.missing": { vi: "Chưa xác nhận", en: "Missing" },
  "c.status.waiting": { vi: "Đang chờ", en: "Waiting" },
  "c.pdf": { vi: "PDF", en: "PDF" },
  "c.subtree": { vi: "Các đơn vị thuộc", en: "Units under" },
  "c.notHead": {
    vi: "Chỉ thủ trưởng đơn vị mới ký xác nhận; bạn có thể xem các thay đổi và bản xác nhận.",
    en: "Only the unit's head certifies; you can see the changes and the certificate.",
  },
} satisfies Record<string, { vi: string; en: string }>;

export type CertificationMessageKey = keyof typeof certificationMessages;

/** The certification screens' translate function in the interface's language. */
export const useCt = featureMessages(certificationMessages);
