"""The kinds of scanned documents (the bytes themselves are checked by common.storage.detect)."""

from __future__ import annotations

# DM_LOAI_TAI_LIEU (profile-form.md §8): the components of the original dossier and the usual
# supplementary documents. App codes until the national catalog is obtained.
DOCUMENT_TYPES = {
    "LY_LICH": "Quyển lý lịch cán bộ, công chức / viên chức",
    "SO_YEU_LY_LICH": "Sơ yếu lý lịch",
    "KHAI_SINH": "Giấy khai sinh",
    "GIAY_KHAM_SUC_KHOE": "Giấy chứng nhận sức khỏe",
    "VAN_BANG": "Văn bằng, chứng chỉ",
    "LY_LICH_TU_PHAP": "Phiếu lý lịch tư pháp",
    "QD_TUYEN_DUNG": "Quyết định tuyển dụng",
    "HOP_DONG": "Hợp đồng làm việc / lao động",
    "QD_BO_NHIEM": "Quyết định bổ nhiệm, bổ nhiệm lại",
    "QD_DIEU_DONG": "Quyết định điều động, luân chuyển, biệt phái",
    "QD_LUONG": "Quyết định nâng bậc lương, phụ cấp",
    "QD_NGACH": "Quyết định bổ nhiệm ngạch, chức danh nghề nghiệp",
    "QD_KHEN_THUONG": "Quyết định khen thưởng",
    "QD_KY_LUAT": "Quyết định kỷ luật",
    "DANH_GIA": "Phiếu đánh giá, xếp loại",
    "PHIEU_BO_SUNG": "Phiếu bổ sung lý lịch",
    "QD_NGHI_HUU": "Quyết định nghỉ hưu, thôi việc",
    "CCCD": "Căn cước công dân",
    "ANH_3X4": "Ảnh 3×4",
    "KHAC": "Tài liệu khác",
}
