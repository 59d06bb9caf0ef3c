import { useI18n } from "@/lib/i18n";

// DM_LOAI_TAI_LIEU as personnel accepts it (services/personnel/src/personnel/documents/content.py; the
// service has no endpoint for it). An unknown code is shown as it is.
export const DOCUMENT_TYPES: Record<string, readonly [string, string]> = {
  LY_LICH: ["Quyển lý lịch cán bộ, công chức / viên chức", "Personnel résumé book"],
  SO_YEU_LY_LICH: ["Sơ yếu lý lịch", "Short résumé"],
  KHAI_SINH: ["Giấy khai sinh", "Birth certificate"],
  GIAY_KHAM_SUC_KHOE: ["Giấy chứng nhận sức khỏe", "Health certificate"],
  VAN_BANG: ["Văn bằng, chứng chỉ", "Diplomas and certificates"],
  LY_LICH_TU_PHAP: ["Phiếu lý lịch tư pháp", "Criminal record certificate"],
  QD_TUYEN_DUNG: ["Quyết định tuyển dụng", "Recruitment decision"],
  HOP_DONG: ["Hợp đồng làm việc / lao động", "Employment contract"],
  QD_BO_NHIEM: ["Quyết định bổ nhiệm, bổ nhiệm lại", "Appointment decision"],
  QD_DIEU_DONG: ["Quyết định điều động, luân chuyển, biệt phái", "Transfer decision"],
  QD_LUONG: ["Quyết định nâng bậc lương, phụ cấp", "Salary decision"],
  QD_NGACH: ["Quyết định bổ nhiệm ngạch, chức danh nghề nghiệp", "Rank decision"],
  QD_KHEN_THUONG: ["Quyết định khen thưởng", "Award decision"],
  QD_KY_LUAT: ["Quyết định kỷ luật", "Disciplinary decision"],
  DANH_GIA: ["Phiếu đánh giá, xếp loại", "Evaluation form"],
  PHIEU_BO_SUNG: ["Phiếu bổ sung lý lịch", "Résumé supplement"],
  QD_NGHI_HUU: ["Quyết định nghỉ hưu, thôi việc", "Retirement or resignation decision"],
  CCCD: ["Căn cước công dân", "Citizen identity card"],
  KHAC: ["Tài liệu khác", "Other document"],
  ANH_3X4: ["Ảnh 3×4", "3×4 photo"],
};

/** The photo is uploaded in the record's photo box (PhotoCard), never as a document. */
export const PHOTO_TYPE = "ANH_3X4";

export function useDocTypeLabel(): (code: string) => string {
  const { lang } = useI18n();
  return (code) => DOCUMENT_TYPES[code]?.[lang === "en" ? 1 : 0] ?? code;
}
