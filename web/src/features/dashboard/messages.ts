import { featureMessages } from "@/lib/featureMessages";

export const dashboardChartMessages = {
  "c.title": { vi: "Biểu đồ", en: "Charts" },
  "c.headcount": { vi: "Biên chế hiện có so với được giao", en: "Headcount against quota" },
  "c.actual": { vi: "Hiện có", en: "Headcount" },
  "c.quota": { vi: "Được giao", en: "Quota" },
  "c.pyramid": { vi: "Tháp tuổi theo giới tính", en: "Age pyramid by sex" },
  "c.male": { vi: "Nam", en: "Men" },
  "c.female": { vi: "Nữ", en: "Women" },
  "c.qualification": { vi: "Trình độ chuyên môn", en: "Qualifications" },
  "c.grades": { vi: "Cơ cấu ngạch", en: "Rank mix" },
  "c.due": { vi: "Nghỉ hưu và nâng lương trong 12 tháng tới", en: "Retirements and raises in the next 12 months" },
  "c.retirement": { vi: "Nghỉ hưu", en: "Retirements" },
  "c.raise": { vi: "Nâng lương", en: "Raises" },
  "c.timeliness": { vi: "Xếp hạng tính kịp thời (12 tháng)", en: "Timeliness ranking (12 months)" },
  "c.onTime": { vi: "Đúng hạn", en: "On time" },
  "c.late": { vi: "Trễ hạn", en: "Late" },
  "c.openOverdue": { vi: "Quá hạn chưa xong", en: "Open past due" },
  "c.total": { vi: "{n} người đang công tác", en: "{n} people at work" },
  "c.clickHint": { vi: "Bấm vào một cột để xem danh sách.", en: "Click a bar to see the list." },
  "c.noData": { vi: "Chưa có số liệu", en: "No data yet" },
} satisfies Record<string, { vi: string; en: string }>;

export const useChartText = featureMessages(dashboardChartMessages);
