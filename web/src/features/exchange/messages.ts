import { featureMessages } from "@/lib/featureMessages";

// Exchange with the national database (issue 18.3 and 18.6).
export const exchangeMessages = {
  "x.title": { vi: "Trao đổi dữ liệu với CSDL quốc gia", en: "Exchange with the national database" },
  "x.hint": {
    vi: "Xuất hồ sơ điện tử của đơn vị theo bố cục trao đổi của Cơ sở dữ liệu quốc gia về cán bộ, công chức, viên chức (các trường được mã hóa theo Thông tư 06/2023/TT-BNV, mã định danh hồ sơ là số định danh cá nhân theo Nghị định 27/2026/NĐ-CP), hoặc nhập gói hồ sơ nhận được: hồ sơ trùng số định danh được đối chiếu, không tạo bản thứ hai, và phần khác biệt chờ lãnh đạo phê duyệt.",
    en: "Export a unit's electronic dossiers in the exchange layout of the national database of cadres, civil servants and public employees (fields coded after Circular 06/2023/TT-BNV, the dossier keyed by the personal identification number as Decree 27/2026/NĐ-CP sets), or import a package received: a dossier with a number already here is matched, never duplicated, and its differences wait for the leader's approval.",
  },
  "x.export": { vi: "Xuất gói hồ sơ", en: "Export a package" },
  "x.exportHint": {
    vi: "Gồm mọi hồ sơ đã duyệt, đang công tác của đơn vị đang chọn và các đơn vị trực thuộc. Việc xuất được ghi nhật ký.",
    en: "Every approved, working record of the chosen unit and the units below it. Every export is logged.",
  },
  "x.unit": { vi: "Đơn vị", en: "Unit" },
  "x.download": { vi: "Tải gói hồ sơ (.json)", en: "Download the package (.json)" },
  "x.downloaded": { vi: "Đã tải gói hồ sơ của {unit}.", en: "Downloaded the package of {unit}." },
  "x.import": { vi: "Nhập gói hồ sơ", en: "Import a package" },
  "x.importHint": {
    vi: "Gói hồ sơ (.json) được kiểm tra, xem trước và xác nhận như tệp Excel, trong màn hình Nhập hồ sơ.",
    en: "A package (.json) is checked, previewed and confirmed like an Excel file, on the import screen.",
  },
  "x.goImport": { vi: "Mở màn hình nhập hồ sơ", en: "Open the import screen" },
  "x.layout": { vi: "Bố cục trao đổi", en: "The exchange layout" },
  "x.layoutHint": {
    vi: "Mỗi trường của hồ sơ có một mã (ví dụ TT06.6.1 là Dân tộc, mục 6 của Sơ yếu lý lịch); danh mục được ghi theo mã quốc gia khi đã có. Danh sách mã nằm trong tài liệu docs/national-exchange.md và là dữ liệu có thể cập nhật khi Bộ Nội vụ công bố danh mục trường chính thức.",
    en: "Every field of the dossier has a code (e.g. TT06.6.1 is ethnicity, item 6 of the résumé); catalog values are written as the national codes where known. The codes are listed in docs/national-exchange.md and are data, updated when the Ministry publishes its official list.",
  },
} as const;

export const useExchangeT = featureMessages(exchangeMessages);
