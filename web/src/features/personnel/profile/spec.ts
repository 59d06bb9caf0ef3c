// The profile's tabs, following the unified résumé (Circular 06/2023, form.md §4): one description serves
// the read-only view, the edit form, the conversion to and from the service's JSON and the labels of the
// approval diff. Paths are the service's (profiles/schema.py); a label is [Vietnamese, English].

export type Label = readonly [string, string];
export type FieldKind = "text" | "textarea" | "date" | "month" | "int" | "decimal" | "catalog" | "select";
export type Check = "cccd" | "bhxh" | "cmnd";

export interface FieldSpec {
  name: string; // inside its section or row; may be dotted ("birth_place.text")
  label: Label;
  kind: FieldKind;
  catalog?: string; // catalog name (org's CSV stem) for kind "catalog"
  options?: readonly { value: string; label: Label }[]; // for kind "select"
  required?: boolean;
  check?: Check;
  wide?: boolean; // takes a whole row in the form
}

/** A group of single fields: `path` is the profile section ("identity"), "" for top-level fields. */
export interface SectionSpec {
  type: "section";
  path: string;
  title?: Label;
  fields: readonly FieldSpec[];
}

/** A table of the profile (a list of rows), e.g. "training". */
export interface TableSpec {
  type: "table";
  path: string;
  title: Label;
  columns: readonly FieldSpec[];
}

export type PartSpec = SectionSpec | TableSpec;

export interface TabSpec {
  key: string;
  label: Label;
  parts: readonly PartSpec[];
}

const f = (name: string, vi: string, en: string, kind: FieldKind = "text", more: Partial<FieldSpec> = {}): FieldSpec => ({
  name,
  label: [vi, en],
  kind,
  ...more,
});
const cat = (name: string, vi: string, en: string, catalog: string, more: Partial<FieldSpec> = {}) =>
  f(name, vi, en, "catalog", { catalog, ...more });

export const STAFF_CATEGORIES = [
  { value: "cadre", label: ["Cán bộ", "Cadre"] },
  { value: "civil_servant", label: ["Công chức", "Civil servant"] },
  { value: "public_employee", label: ["Viên chức", "Public employee"] },
  { value: "contract_worker", label: ["Người lao động", "Contract worker"] },
] as const;

const TRAINING_KINDS = [
  { value: "professional", label: ["Chuyên môn, nghiệp vụ", "Professional"] },
  { value: "political_theory", label: ["Lý luận chính trị", "Political theory"] },
  { value: "state_management", label: ["Quản lý nhà nước", "State management"] },
  { value: "defence_security", label: ["Quốc phòng - an ninh", "Defence and security"] },
  { value: "it", label: ["Tin học", "IT"] },
  { value: "language", label: ["Ngoại ngữ", "Foreign language"] },
  { value: "other", label: ["Khác", "Other"] },
] as const;

const SIDES = [
  { value: "self", label: ["Về bản thân", "Own family"] },
  { value: "spouse", label: ["Về bên vợ/chồng", "Spouse's family"] },
] as const;

export const TABS: readonly TabSpec[] = [
  {
    key: "general",
    label: ["Thông tin chung", "General"],
    parts: [
      {
        type: "section",
        path: "identity",
        fields: [
          f("full_name", "Họ và tên khai sinh", "Full name", "text", { required: true }),
          f("other_names", "Tên gọi khác", "Other names"),
          cat("gender", "Giới tính", "Gender", "gender", { required: true }),
          f("birth_date", "Ngày sinh", "Date of birth", "date", { required: true }),
          cat("ethnicity", "Dân tộc", "Ethnicity", "ethnic_groups"),
          cat("religion", "Tôn giáo", "Religion", "religions"),
          f("personal_id_number", "Số định danh cá nhân (CCCD)", "Personal ID number", "text", { check: "cccd" }),
          f("personal_id_issued_on", "Ngày cấp", "Issued on", "date"),
          f("personal_id_issued_by", "Nơi cấp", "Issued by"),
          f("old_id_number", "Số CMND cũ", "Old ID card number", "text", { check: "cmnd" }),
          f("social_insurance_number", "Mã số BHXH", "Social insurance number", "text", { check: "bhxh" }),
          f("health_insurance_number", "Số thẻ BHYT", "Health insurance number"),
          f("phone", "Điện thoại", "Phone"),
          f("email", "Thư điện tử", "Email"),
          cat("marital_status", "Tình trạng hôn nhân", "Marital status", "marital_status"),
          f("family_background", "Thành phần gia đình xuất thân", "Family background"),
          f("birth_place.text", "Nơi sinh", "Place of birth", "text", { wide: true }),
          f("home_town.text", "Quê quán", "Home town", "text", { wide: true }),
          f("permanent_address.text", "Nơi thường trú", "Permanent address", "text", { wide: true }),
          f("current_address.text", "Nơi ở hiện nay", "Current address", "text", { wide: true }),
        ],
      },
      {
        type: "section",
        path: "health",
        title: ["Sức khỏe", "Health"],
        fields: [
          cat("health_status", "Tình trạng sức khỏe", "Health status", "health_status"),
          f("height_cm", "Chiều cao (cm)", "Height (cm)", "int"),
          f("weight_kg", "Cân nặng (kg)", "Weight (kg)", "int"),
          cat("blood_group", "Nhóm máu", "Blood group", "blood_groups"),
        ],
      },
    ],
  },
  {
    key: "recruitment",
    label: ["Tuyển dụng - công tác", "Recruitment and post"],
    parts: [
      {
        type: "section",
        path: "recruitment",
        fields: [
          f("staff_category", "Đối tượng", "Category", "select", { options: STAFF_CATEGORIES }),
          f("occupation_before_recruitment", "Nghề nghiệp trước khi tuyển dụng", "Occupation before recruitment"),
          f("first_recruited_on", "Ngày được tuyển dụng lần đầu", "First recruited on", "date"),
          f("recruiting_body", "Cơ quan tuyển dụng", "Recruiting body"),
          cat("recruitment_form", "Hình thức tuyển dụng", "Recruitment form", "recruitment_forms"),
          f("joined_current_agency_on", "Ngày vào cơ quan hiện nay", "Joined current agency on", "date"),
        ],
      },
      {
        type: "section",
        path: "positions",
        title: ["Chức vụ", "Positions"],
        fields: [
          f("current_position", "Chức vụ hiện tại", "Current position"),
          f("appointed_on", "Ngày bổ nhiệm", "Appointed on", "date"),
          f("reappointed_on", "Ngày bổ nhiệm lại", "Reappointed on", "date"),
          f("planned_position", "Chức danh quy hoạch", "Planned position"),
          f("party_position", "Chức vụ Đảng", "Party position"),
          f("main_work", "Công việc chính được giao", "Main work", "textarea", { wide: true }),
          f("strengths", "Sở trường công tác", "Strengths", "textarea", { wide: true }),
        ],
      },
    ],
  },
  {
    key: "political",
    label: ["Chính trị", "Political"],
    parts: [
      {
        type: "section",
        path: "political",
        fields: [
          f("party_joined_on", "Ngày vào Đảng", "Joined the Party on", "date"),
          f("party_official_on", "Ngày chính thức", "Full member on", "date"),
          f("first_organisation", "Tổ chức chính trị - xã hội đầu tiên", "First organisation"),
          f("first_organisation_joined_on", "Ngày tham gia", "Joined on", "date"),
          f("enlisted_on", "Ngày nhập ngũ", "Enlisted on", "date"),
          f("discharged_on", "Ngày xuất ngũ", "Discharged on", "date"),
          f("highest_military_rank", "Quân hàm cao nhất", "Highest military rank"),
          f("policy_category", "Đối tượng chính sách", "Policy category"),
          f("war_invalid_grade", "Thương binh hạng", "War invalid grade"),
        ],
      },
    ],
  },
  {
    key: "education",
    label: ["Trình độ - đào tạo", "Education and training"],
    parts: [
      {
        type: "section",
        path: "education",
        fields: [
          cat("general_education", "Trình độ giáo dục phổ thông", "General education", "general_education"),
          cat("highest_qualification", "Trình độ chuyên môn cao nhất", "Highest qualification", "professional_qualifications"),
          f("major", "Chuyên ngành", "Major"),
          cat("academic_title", "Học hàm", "Academic title", "academic_titles"),
          f("academic_title_year", "Năm phong", "Year", "int"),
          cat("political_theory_level", "Lý luận chính trị", "Political theory", "political_theory_levels"),
          cat("state_management_level", "Quản lý nhà nước", "State management", "state_management_levels"),
          cat("it_level", "Tin học", "IT", "it_levels"),
        ],
      },
      {
        type: "table",
        path: "training",
        title: ["Quá trình đào tạo, bồi dưỡng", "Training"],
        columns: [
          f("kind", "Loại", "Kind", "select", { options: TRAINING_KINDS, required: true }),
          f("from_month", "Từ tháng", "From", "month"),
          f("to_month", "Đến tháng", "To", "month"),
          f("institution", "Cơ sở đào tạo", "Institution", "text", { required: true }),
          f("field", "Chuyên ngành", "Field"),
          f("mode", "Hình thức", "Mode"),
          f("degree", "Văn bằng, chứng chỉ", "Degree"),
          cat("qualification", "Trình độ", "Level", "professional_qualifications"),
        ],
      },
    ],
  },
  {
    key: "work",
    label: ["Quá trình công tác", "Work history"],
    parts: [
      {
        type: "table",
        path: "work_history",
        title: ["Tóm tắt quá trình công tác", "Work history"],
        columns: [
          f("from_month", "Từ tháng", "From", "month", { required: true }),
          f("to_month", "Đến tháng", "To", "month"),
          f("unit_name", "Cơ quan, đơn vị", "Unit", "text", { required: true }),
          f("position", "Chức danh, chức vụ", "Position"),
        ],
      },
    ],
  },
  {
    key: "salary",
    label: ["Lương - phụ cấp", "Salary and allowances"],
    parts: [
      {
        type: "section",
        path: "salary",
        fields: [
          cat("rank_code", "Ngạch / chức danh nghề nghiệp", "Rank", "ranks"),
          f("rank_appointed_on", "Ngày bổ nhiệm ngạch", "Rank since", "date"),
          f("salary_step", "Bậc lương", "Step", "int"),
          f("salary_coefficient", "Hệ số lương", "Coefficient", "decimal"),
          f("salary_effective_on", "Ngày hưởng", "Effective on", "date"),
          f("beyond_frame_percent", "Phụ cấp thâm niên vượt khung (%)", "Beyond-frame (%)", "decimal"),
          f("position_allowance", "Phụ cấp chức vụ", "Position allowance", "decimal"),
          f("other_allowances", "Phụ cấp khác", "Other allowances"),
        ],
      },
      {
        type: "table",
        path: "salary_history",
        title: ["Diễn biến lương", "Salary history"],
        columns: [
          f("from_month", "Từ tháng", "From", "month", { required: true }),
          f("to_month", "Đến tháng", "To", "month"),
          cat("rank_code", "Ngạch", "Rank", "ranks"),
          f("step", "Bậc", "Step", "int"),
          f("coefficient", "Hệ số", "Coefficient", "decimal"),
          f("decision_number", "Số quyết định", "Decision"),
        ],
      },
      {
        type: "table",
        path: "allowance_history",
        title: ["Diễn biến phụ cấp", "Allowance history"],
        columns: [
          f("from_month", "Từ tháng", "From", "month", { required: true }),
          f("to_month", "Đến tháng", "To", "month"),
          f("kind", "Loại phụ cấp", "Kind", "text", { required: true }),
          f("percent", "Phần trăm", "Percent", "decimal"),
          f("coefficient", "Hệ số", "Coefficient", "decimal"),
        ],
      },
    ],
  },
  {
    key: "rewards",
    label: ["Khen thưởng - kỷ luật", "Awards and discipline"],
    parts: [
      {
        type: "table",
        path: "awards",
        title: ["Khen thưởng", "Awards"],
        columns: [
          f("year", "Năm", "Year", "int", { required: true }),
          cat("form", "Hình thức", "Form", "award_forms", { required: true }),
          f("level", "Cấp", "Level"),
          f("decision_number", "Số quyết định", "Decision"),
          f("decided_on", "Ngày quyết định", "Decided on", "date"),
          f("issuer", "Cơ quan quyết định", "Issuer"),
        ],
      },
      {
        type: "table",
        path: "disciplines",
        title: ["Kỷ luật", "Discipline"],
        columns: [
          f("from_month", "Từ tháng", "From", "month"),
          f("to_month", "Đến tháng", "To", "month"),
          cat("form", "Hình thức", "Form", "discipline_forms", { required: true }),
          f("violation", "Hành vi vi phạm", "Violation"),
          f("decision_number", "Số quyết định", "Decision"),
          f("decided_on", "Ngày quyết định", "Decided on", "date"),
        ],
      },
    ],
  },
  {
    key: "evaluations",
    label: ["Đánh giá", "Evaluations"],
    parts: [
      {
        type: "table",
        path: "evaluations",
        title: ["Kết quả đánh giá, xếp loại hằng năm", "Yearly evaluations"],
        columns: [
          f("year", "Năm", "Year", "int", { required: true }),
          cat("rating", "Xếp loại", "Rating", "evaluation_levels"),
          cat("emulation_title", "Danh hiệu thi đua", "Emulation title", "emulation_titles"),
          f("award", "Khen thưởng", "Award"),
        ],
      },
      { type: "section", path: "", fields: [f("assessment", "Nhận xét, đánh giá của cơ quan", "Assessment", "textarea", { wide: true })] },
    ],
  },
  {
    key: "family",
    label: ["Quan hệ gia đình", "Family"],
    parts: [
      {
        type: "table",
        path: "family_relations",
        title: ["Quan hệ gia đình", "Family relations"],
        columns: [
          f("side", "Bên", "Side", "select", { options: SIDES, required: true }),
          cat("relation", "Quan hệ", "Relation", "family_relations", { required: true }),
          f("full_name", "Họ và tên", "Full name", "text", { required: true }),
          f("birth_year", "Năm sinh", "Born", "int"),
          f("details", "Quê quán, nghề nghiệp, chức danh, nơi công tác", "Details", "text", { wide: true }),
        ],
      },
    ],
  },
];

/** Every catalog the tabs use (loaded once, shared with the shell's cache). */
export const CATALOGS_USED: string[] = [
  ...new Set(
    TABS.flatMap((t) => t.parts.flatMap((p) => (p.type === "section" ? p.fields : p.columns)))
      .map((x) => x.catalog)
      .filter((c): c is string => !!c),
  ),
];

/** The field a service path names ("training[2].institution" -> the Training "institution" column). */
export function fieldAt(path: string): { field: FieldSpec; tab: TabSpec; part: PartSpec } | null {
  const clean = path.replace(/^profile\./, "").replace(/\[\d+\]/g, "").replace(/\.\d+(?=\.|$)/g, "");
  for (const tab of TABS) {
    for (const part of tab.parts) {
      const fields = part.type === "section" ? part.fields : part.columns;
      for (const field of fields) {
        const full = part.path ? `${part.path}.${field.name}` : field.name;
        if (full === clean) return { field, tab, part };
      }
    }
  }
  return null;
}
