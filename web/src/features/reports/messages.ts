import { featureMessages } from "@/lib/featureMessages";

export const reportMessages = {
  "r.title": { vi: "Báo cáo thống kê", en: "Statistical reports" },
  "r.hint": {
    vi: "Các biểu mẫu báo cáo của Bộ Nội vụ cho đơn vị đã chọn và các đơn vị trực thuộc, tại thời điểm số liệu bất kỳ, theo dữ liệu đã được phê duyệt đến ngày đó. Bấm vào một con số để xem danh sách người được tính.",
    en: "The Ministry of Home Affairs' forms for the chosen unit and the units below it, on any reference date, as approved on that date. Click a number to see the people counted.",
  },
  "r.form": { vi: "Biểu mẫu", en: "Form" },
  "r.asOf": { vi: "Thời điểm số liệu", en: "Reference date" },
  "r.yearEnd": { vi: "31/12 năm trước", en: "31 Dec last year" },
  "r.excel": { vi: "Tải Excel", en: "Download Excel" },
  "r.csv": { vi: "Tải CSV", en: "Download CSV" },
  "r.pdf": { vi: "Tải PDF", en: "Download PDF" },
  "r.unit": { vi: "Đơn vị báo cáo", en: "Reporting unit" },
  "r.receiver": { vi: "Đơn vị nhận báo cáo", en: "Receiving unit" },
  "r.dataAsOf": { vi: "Số liệu tính đến ngày {date}", en: "Data as of {date}" },
  "r.latestEvent": { vi: "Bao gồm dữ liệu cập nhật đến {time}", en: "Includes updates up to {time}" },
  "r.noEvents": { vi: "Chưa có dữ liệu hồ sơ nào đến thời điểm này", en: "No record data up to this date" },
  "r.people": { vi: "{n} người trong phạm vi biểu mẫu", en: "{n} people in the form's scope" },
  "r.no": { vi: "STT", en: "No." },
  "r.total": { vi: "Tổng số", en: "Total" },
  "r.notes": { vi: "Ghi chú", en: "Notes" },
  "r.warnings": { vi: "Cảnh báo kiểm tra số liệu", en: "Consistency warnings" },
  "r.cellTitle": { vi: "{row} — cột {number}: {header}", en: "{row} — column {number}: {header}" },
  "r.name": { vi: "Họ và tên", en: "Full name" },
  "r.workUnit": { vi: "Đơn vị", en: "Unit" },
  "r.birth": { vi: "Ngày sinh", en: "Born" },
  "r.sex": { vi: "Giới tính", en: "Sex" },
  "r.male": { vi: "Nam", en: "Male" },
  "r.female": { vi: "Nữ", en: "Female" },
  "r.rank": { vi: "Mã ngạch", en: "Rank" },
  "r.position": { vi: "Chức vụ", en: "Position" },
  "r.count": { vi: "{n} người", en: "{n} people" },
  "r.empty": { vi: "Không có số liệu cho đơn vị và thời điểm này.", en: "No data for this unit and date." },
  "r.notCarried": { vi: "Chưa có dữ liệu", en: "No data yet" },
} satisfies Record<string, { vi: string; en: string }>;

export const useRt = featureMessages(reportMessages);
