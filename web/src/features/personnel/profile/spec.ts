// The profile's tabs, following the unified résumé (Circular 06/2023, form.md §4): one description serves
// the read-only view, the edit form, the conversion to and from the service's JSON and the labels of the
// approval diff. Paths are the service's (profiles/schema.py); a label is [Vietnamese, English].

export type Label = readonly [string, string];
export type FieldKind = "text" | "textarea" | "date" | "month" | "int" | "decimal" | "catalog" | "select" | "tags" | "unit";
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
  help?: Label; // what the official forms call the field (item number and printed label)
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

/**
 * Help text: the item of the unified résumé (Circular 06/2023, "TT") and of form 2C-BNV/2008 ("2C") that
 * holds the field, with the label printed on the form.
 */
export function official(tt: string | null, c2: string | null, printed: string): Label {
  const vi = (n: string) => (n === HEADER ? "phần đầu" : `mục ${n}`);
  const en = (n: string) => (n === HEADER ? "header" : `item ${n}`);
  const vis = [tt && `Sơ yếu lý lịch TT 06/2023, ${vi(tt)}`, c2 && `mẫu 2C-BNV/2008, ${vi(c2)}`].filter(Boolean).join("; ");
  const ens = [tt && `unified résumé (Circular 06/2023) ${en(tt)}`, c2 && `form 2C-BNV/2008 ${en(c2)}`].filter(Boolean).join("; ");
  return [`${vis}: «${printed}»`, `${ens.charAt(0).toUpperCase()}${ens.slice(1)}: “${printed}”`];
}
const HEADER = "header";
const o = official;

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
        path: "header",
        title: ["Phần đầu sơ yếu lý lịch", "Form header"],
        fields: [
          f("managing_unit_id", "Cơ quan quản lý", "Managing body", "unit", { help: o(HEADER, HEADER, "Cơ quan quản lý cán bộ, công chức, viên chức") }),
          f("employing_unit_id", "Cơ quan, đơn vị sử dụng", "Employing unit", "unit", { help: o(HEADER, HEADER, "Cơ quan, đơn vị sử dụng cán bộ, công chức, viên chức") }),
          f("personnel_number", "Số hiệu cán bộ, công chức", "Personnel number", "text", { help: o(HEADER, HEADER, "Số hiệu cán bộ, công chức") }),
          f("identification_code", "Mã số định danh", "Identification code", "text", { help: o(HEADER, null, "Mã số định danh (từ 01/7/2026 là số định danh cá nhân)") }),
        ],
      },
      {
        type: "section",
        path: "identity",
        title: ["Thông tin cá nhân", "Personal details"],
        fields: [
          f("full_name", "Họ và tên khai sinh", "Full name", "text", { required: true, help: o("1", "1", "Họ và tên khai sinh (viết chữ in hoa)") }),
          f("other_names", "Tên gọi khác", "Other names", "text", { help: o("2", "2", "Các tên gọi khác") }),
          cat("gender", "Giới tính", "Gender", "gender", { required: true, help: o("1", "3", "Giới tính (nam, nữ)") }),
          f("birth_date", "Ngày sinh", "Date of birth", "date", { required: true, help: o("3", "3", "Sinh ngày … tháng … năm …") }),
          cat("ethnicity", "Dân tộc", "Ethnicity", "ethnic_groups", { help: o("6", "6", "Dân tộc") }),
          cat("religion", "Tôn giáo", "Religion", "religions", { help: o("7", "7", "Tôn giáo (ghi «Không» nếu không theo tôn giáo nào)") }),
          f("personal_id_number", "Số định danh cá nhân (CCCD)", "Personal ID number", "text", { check: "cccd", help: o("8", "25", "Số CCCD") }),
          f("personal_id_issued_on", "Ngày cấp", "Issued on", "date", { help: o("8", "25", "Ngày cấp") }),
          f("personal_id_issued_by", "Nơi cấp", "Issued by", "text", { help: o("8", null, "Nơi cấp") }),
          f("old_id_number", "Số CMND cũ", "Old ID card number", "text", { check: "cmnd", help: o(null, "25", "Số chứng minh nhân dân") }),
          f("social_insurance_number", "Mã số BHXH", "Social insurance number", "text", { check: "bhxh", help: o("9", "26", "Số BHXH / Số sổ BHXH") }),
          f("health_insurance_number", "Số thẻ BHYT", "Health insurance number", "text", { help: o("9", null, "Số thẻ BHYT") }),
          f("phone", "Điện thoại", "Phone", "text", { help: o("8", null, "SĐT liên hệ") }),
          f("email", "Thư điện tử", "Email"),
          cat("marital_status", "Tình trạng hôn nhân", "Marital status", "marital_status"),
          cat("family_background", "Thành phần gia đình xuất thân", "Family background", "family_backgrounds", { help: o("11", null, "Thành phần gia đình xuất thân") }),
          f("birth_place.text", "Nơi sinh (như giấy khai sinh)", "Place of birth (as on the birth certificate)", "text", { wide: true, help: o("4", "4", "Nơi sinh: xã …, huyện …, tỉnh …") }),
          f("birth_place.detail", "Nơi sinh - thôn, tổ", "Place of birth - hamlet", "text", { help: o("4", "4", "Nơi sinh (thôn, xóm)") }),
          cat("birth_place.commune_code", "Nơi sinh - xã, phường hiện nay (Tuyên Quang)", "Place of birth - commune today", "tuyen_quang_communes_2025", { help: o("4", "4", "Nơi sinh: xã …") }),
          cat("birth_place.province_code", "Nơi sinh - tỉnh, thành phố hiện nay", "Place of birth - province today", "provinces_2025", { help: o("4", "4", "Nơi sinh (tỉnh)") }),
          f("home_town.text", "Quê quán", "Home town", "text", { wide: true, help: o("5", "5", "Quê quán (xã, phường) … (huyện, quận) … (tỉnh, TP) …") }),
          f("home_town.detail", "Quê quán - thôn, tổ", "Home town - hamlet", "text", { help: o("5", "5", "Quê quán (thôn, xóm)") }),
          cat("home_town.commune_code", "Quê quán - xã, phường hiện nay (Tuyên Quang)", "Home town - commune today", "tuyen_quang_communes_2025", { help: o("5", "5", "Quê quán (xã, phường)") }),
          cat("home_town.province_code", "Quê quán - tỉnh, thành phố hiện nay", "Home town - province today", "provinces_2025", { help: o("5", "5", "Quê quán (tỉnh)") }),
          f("permanent_address.text", "Nơi thường trú", "Permanent address", "text", { wide: true, help: o(null, "8", "Nơi đăng ký hộ khẩu thường trú") }),
          f("permanent_address.detail", "Thường trú - số nhà, đường, thôn, tổ", "Permanent address - house, street, hamlet", "text", { help: o(null, "8", "số nhà, đường phố; xóm, thôn") }),
          cat("permanent_address.commune_code", "Thường trú - xã, phường (Tuyên Quang)", "Permanent address - commune", "tuyen_quang_communes_2025", { help: o(null, "8", "xã, phường") }),
          cat("permanent_address.province_code", "Thường trú - tỉnh, thành phố", "Permanent address - province", "provinces_2025", { help: o(null, "8", "tỉnh, thành phố") }),
          f("current_address.text", "Nơi ở hiện nay", "Current address", "text", { wide: true, help: o("10", "9", "Nơi ở hiện nay") }),
          f("current_address.detail", "Nơi ở - số nhà, đường, thôn, tổ", "Current address - house, street, hamlet", "text", { help: o("10", "9", "số nhà, đường phố; xóm, thôn") }),
          cat("current_address.commune_code", "Nơi ở - xã, phường (Tuyên Quang)", "Current address - commune", "tuyen_quang_communes_2025", { help: o("10", "9", "xã, phường") }),
          cat("current_address.province_code", "Nơi ở - tỉnh, thành phố", "Current address - province", "provinces_2025", { help: o("10", "9", "tỉnh, thành phố") }),
        ],
      },
      {
        type: "section",
        path: "health",
        title: ["Sức khỏe", "Health"],
        fields: [
          cat("health_status", "Tình trạng sức khỏe", "Health status", "health_status", { help: o("31", "23", "Tình trạng sức khoẻ") }),
          f("height_cm", "Chiều cao (cm)", "Height (cm)", "int", { help: o("31", "23", "Chiều cao (cm)") }),
          f("weight_kg", "Cân nặng (kg)", "Weight (kg)", "int", { help: o("31", "23", "Cân nặng (kg)") }),
          cat("blood_group", "Nhóm máu", "Blood group", "blood_groups", { help: o("31", "23", "Nhóm máu") }),
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
          f("occupation_before_recruitment", "Nghề nghiệp trước khi tuyển dụng", "Occupation before recruitment", "text", { help: o("12", "10", "Nghề nghiệp trước khi được tuyển dụng") }),
          f("first_recruited_on", "Ngày được tuyển dụng lần đầu", "First recruited on", "date", { help: o("13", "11", "Ngày được tuyển dụng lần đầu") }),
          f("recruiting_body", "Cơ quan tuyển dụng", "Recruiting body", "text", { help: o("13", "11", "Cơ quan, tổ chức, đơn vị tuyển dụng") }),
          cat("recruitment_form", "Hình thức tuyển dụng", "Recruitment form", "recruitment_forms"),
          cat("recruitment_source", "Nguồn tuyển dụng", "Recruitment source", "recruitment_sources"),
          f("joined_current_agency_on", "Ngày vào cơ quan hiện nay", "Joined current agency on", "date", { help: o("14", null, "Ngày vào cơ quan hiện đang công tác") }),
        ],
      },
      {
        type: "section",
        path: "positions",
        title: ["Chức vụ", "Positions"],
        fields: [
          f("current_position", "Chức vụ hiện tại", "Current position", "text", { help: o("23", "12", "Chức vụ (chức danh) hiện tại") }),
          f("appointed_on", "Ngày bổ nhiệm", "Appointed on", "date", { help: o("23", null, "Ngày bổ nhiệm/ngày phê chuẩn") }),
          f("reappointed_on", "Ngày bổ nhiệm lại", "Reappointed on", "date", { help: o("23", null, "Ngày bổ nhiệm lại/phê chuẩn nhiệm kỳ tiếp theo") }),
          f("concurrent_positions", "Chức vụ kiêm nhiệm", "Concurrent positions", "tags", { help: o("25", "12", "Chức vụ kiêm nhiệm") }),
          f("planned_position", "Chức danh quy hoạch", "Planned position", "text", { help: o("24", null, "Được quy hoạch chức danh") }),
          f("planned_period", "Giai đoạn quy hoạch", "Planning period", "text", { help: o("24", null, "Được quy hoạch chức danh (nhiệm kỳ)") }),
          f("party_position", "Chức vụ Đảng", "Party position", "text", { help: o("26", "12", "Chức vụ Đảng hiện tại") }),
          f("party_concurrent_positions", "Chức vụ Đảng kiêm nhiệm", "Concurrent Party positions", "tags", { help: o("27", null, "Chức vụ Đảng kiêm nhiệm") }),
          f("main_work", "Công việc chính được giao", "Main work", "textarea", { wide: true, help: o("28", "13", "Công việc chính được giao") }),
          f("strengths", "Sở trường công tác", "Strengths", "textarea", { wide: true, help: o("29", "20", "Sở trường công tác") }),
          f("longest_job", "Công việc làm lâu nhất", "Longest-held job", "textarea", { wide: true, help: o("29", null, "Công việc làm lâu nhất") }),
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
          f("party_joined_on", "Ngày vào Đảng", "Joined the Party on", "date", { help: o("15", "16", "Ngày vào Đảng Cộng sản Việt Nam") }),
          f("party_official_on", "Ngày chính thức", "Full member on", "date", { help: o("15", "16", "Ngày chính thức") }),
          f("first_organisation", "Tổ chức chính trị - xã hội đầu tiên", "First organisation", "text", { help: o("16", null, "Ngày tham gia tổ chức chính trị - xã hội đầu tiên (Đoàn TNCSHCM, Công đoàn, Hội)") }),
          f("first_organisation_joined_on", "Ngày tham gia", "Joined on", "date", { help: o("16", null, "Ngày tham gia tổ chức chính trị - xã hội đầu tiên") }),
          f("enlisted_on", "Ngày nhập ngũ", "Enlisted on", "date", { help: o("17", "18", "Ngày nhập ngũ") }),
          f("discharged_on", "Ngày xuất ngũ", "Discharged on", "date", { help: o("17", "18", "Ngày xuất ngũ") }),
          f("highest_military_rank", "Quân hàm cao nhất", "Highest military rank", "text", { help: o("17", "18", "Quân hàm cao nhất") }),
          cat("policy_category", "Đối tượng chính sách", "Policy beneficiary", "policy_beneficiaries", { help: o("18", "24", "Đối tượng chính sách / Là con gia đình chính sách") }),
          cat("war_invalid_grade", "Thương binh hạng", "War invalid grade", "war_invalid_grades", { help: o(null, "24", "Là thương binh hạng …/…") }),
        ],
      },
      {
        type: "table",
        path: "political.organisations",
        title: ["Tham gia tổ chức chính trị - xã hội", "Socio-political organisations"],
        columns: [
          f("organisation", "Tổ chức", "Organisation", "text", { required: true, help: o(null, "17", "Ngày tham gia tổ chức chính trị - xã hội (Đoàn, Hội, …)") }),
          f("joined_on", "Ngày tham gia", "Joined on", "date"),
          f("role", "Làm việc gì trong tổ chức", "Role", "text"),
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
          cat("general_education", "Trình độ giáo dục phổ thông", "General education", "general_education", { help: o("19", "15.1", "Trình độ giáo dục phổ thông (đã tốt nghiệp lớp mấy/thuộc hệ nào)") }),
          cat("highest_qualification", "Trình độ chuyên môn cao nhất", "Highest qualification", "professional_qualifications", { help: o("20", "15.2", "Trình độ chuyên môn cao nhất") }),
          cat("major", "Chuyên ngành", "Major", "specialties", { help: o("20", "15.2", "chuyên ngành") }),
          cat("academic_title", "Học hàm", "Academic title", "academic_titles", { help: o("21", null, "Học hàm") }),
          f("academic_title_year", "Năm phong học hàm", "Year of the title", "int", { help: o("21", null, "Học hàm (năm phong)") }),
          cat("honorary_title", "Danh hiệu nhà nước phong tặng", "State honorary title", "honorary_titles", { help: o("22", "19", "Danh hiệu được phong tặng cao nhất") }),
          f("honorary_title_year", "Năm phong tặng danh hiệu", "Year of the honorary title", "int", { help: o("22", "19", "năm phong tặng") }),
          cat("political_theory_level", "Lý luận chính trị", "Political theory", "political_theory_levels", { help: o("32.2", "15.3", "Lý luận chính trị (cao cấp, trung cấp, sơ cấp và tương đương)") }),
          cat("state_management_level", "Quản lý nhà nước", "State management", "state_management_levels", { help: o("32.3", "15.4", "Quản lý nhà nước (chuyên viên cao cấp, chuyên viên chính, chuyên viên, cán sự)") }),
          cat("it_level", "Tin học", "IT", "it_levels", { help: o("32.5", "15.6", "Tin học (trình độ)") }),
        ],
      },
      {
        type: "table",
        path: "education.foreign_languages",
        title: ["Ngoại ngữ", "Foreign languages"],
        columns: [
          f("language", "Tên ngoại ngữ / tiếng dân tộc", "Language", "text", { required: true, help: o("32.6", "15.5", "Ngoại ngữ (tên ngoại ngữ + trình độ)") }),
          cat("level", "Trình độ", "Level", "foreign_language_levels"),
        ],
      },
      {
        type: "table",
        path: "training",
        title: ["Quá trình đào tạo, bồi dưỡng", "Training"],
        columns: [
          f("kind", "Loại", "Kind", "select", { options: TRAINING_KINDS, required: true, help: o("32.1–32.6", "27", "chuyên môn / lý luận chính trị / quản lý nhà nước / an ninh, quốc phòng / tin học / ngoại ngữ") }),
          f("from_month", "Từ tháng", "From", "month"),
          f("to_month", "Đến tháng", "To", "month"),
          f("institution", "Cơ sở đào tạo", "Institution", "text", { required: true, help: o("32", "27", "Tên cơ sở đào tạo / Tên trường") }),
          f("field", "Chuyên ngành", "Field", "text", { help: o("32.1", "27", "Chuyên ngành đào tạo, bồi dưỡng") }),
          cat("mode", "Hình thức đào tạo", "Mode", "training_modes", { help: o("32.1", "27", "Hình thức đào tạo") }),
          f("degree", "Văn bằng, chứng chỉ", "Degree", "text", { help: o("32", "27", "Văn bằng, chứng chỉ, trình độ gì") }),
          cat("qualification", "Trình độ", "Level", "professional_qualifications"),
          f("language", "Tên ngoại ngữ / tiếng dân tộc", "Language", "text", { help: o("32.6", null, "Tên ngoại ngữ/ tiếng dân tộc") }),
          cat("language_level", "Trình độ ngoại ngữ", "Language level", "foreign_language_levels"),
          f("score", "Điểm số", "Score", "text", { help: o("32.6", null, "Điểm số") }),
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
          f("from_month", "Từ tháng", "From", "month", { required: true, help: o("33", "28", "Từ tháng, năm") }),
          f("to_month", "Đến tháng", "To", "month", { help: o("33", "28", "Đến tháng, năm (để trống: đến nay)") }),
          f("unit_name", "Cơ quan, đơn vị", "Unit", "text", { required: true, help: o("33", "28", "Đơn vị công tác (đảng, chính quyền, đoàn thể, tổ chức xã hội)") }),
          f("position", "Chức danh, chức vụ", "Position", "text", { help: o("33", "28", "Chức danh/ chức vụ") }),
        ],
      },
    ],
  },
  {
    key: "personal_history",
    label: ["Lịch sử bản thân", "Personal history"],
    parts: [
      {
        type: "section",
        path: "personal_history",
        fields: [
          f("arrests", "Bị bắt, bị tù", "Arrests and imprisonment", "textarea", { wide: true, help: o("34.1", "29", "Khai rõ: bị bắt, bị tù (từ ngày tháng năm nào đến ngày tháng năm nào, ở đâu), đã khai báo cho ai, những vấn đề gì?") }),
          f("relatives_abroad", "Thân nhân ở nước ngoài", "Relatives abroad", "textarea", { wide: true, help: o(null, "29", "Có thân nhân (cha, mẹ, vợ, chồng, con, anh chị em ruột) ở nước ngoài (làm gì, địa chỉ)?") }),
        ],
      },
      {
        type: "table",
        path: "personal_history.former_regime",
        title: ["Làm việc trong chế độ cũ", "Work under the former regime"],
        columns: [
          f("from_month", "Từ tháng", "From", "month"),
          f("to_month", "Đến tháng", "To", "month"),
          f("description", "Chức danh, chức vụ, đơn vị, địa điểm", "Post, unit and place", "text", { required: true, wide: true, help: o("34.2", "29", "Bản thân có làm việc cho chế độ cũ") }),
        ],
      },
      {
        type: "table",
        path: "personal_history.foreign_organisations",
        title: ["Quan hệ với tổ chức ở nước ngoài", "Organisations abroad"],
        columns: [
          f("from_month", "Từ tháng", "From", "month"),
          f("to_month", "Đến tháng", "To", "month"),
          f("description", "Tên tổ chức, trụ sở, công việc đã làm", "Organisation, seat and work done", "text", { required: true, wide: true, help: o("34.3", "29", "Tham gia hoặc có quan hệ với các tổ chức chính trị, kinh tế, xã hội … ở nước ngoài") }),
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
        title: ["Lương theo ngạch, bậc", "Salary by rank and step"],
        fields: [
          cat("salary_sector", "Bảng lương", "Pay table", "salary_sectors"),
          cat("rank_code", "Ngạch / chức danh nghề nghiệp", "Rank", "ranks", { help: o("30.1", "14", "Ngạch/chức danh nghề nghiệp; Mã số") }),
          f("rank_appointed_on", "Ngày bổ nhiệm ngạch", "Rank since", "date", { help: o("30.1", null, "Ngày bổ nhiệm ngạch/chức danh nghề nghiệp") }),
          f("salary_step", "Bậc lương", "Step", "int", { help: o("30.1", "14", "Bậc lương") }),
          f("salary_coefficient", "Hệ số lương", "Coefficient", "decimal", { help: o("30.1", "14", "Hệ số") }),
          f("salary_effective_on", "Ngày hưởng", "Effective on", "date", { help: o("30.1", "14", "Ngày hưởng") }),
          f("salary_percent", "Phần trăm hưởng (%)", "Percentage received (%)", "decimal", { help: o("30.1", null, "Phần trăm hưởng (%)") }),
          f("beyond_frame_percent", "Phụ cấp thâm niên vượt khung (%)", "Beyond-frame (%)", "decimal", { help: o("30.1", null, "Phụ cấp thâm niên vượt khung (%)") }),
          f("beyond_frame_effective_on", "Ngày hưởng PCTNVK", "Beyond-frame since", "date", { help: o("30.1", null, "Ngày hưởng PCTNVK") }),
          f("position_allowance", "Phụ cấp chức vụ", "Position allowance", "decimal", { help: o("30.2", "14", "Phụ cấp chức vụ") }),
          f("concurrent_allowance", "Phụ cấp kiêm nhiệm", "Concurrent-post allowance", "decimal", { help: o("30.2", null, "Phụ cấp kiêm nhiệm") }),
          f("other_allowances", "Phụ cấp khác", "Other allowances", "text", { help: o("30.2", "14", "Phụ cấp khác") }),
        ],
      },
      {
        type: "section",
        path: "salary",
        title: ["Lương theo vị trí việc làm", "Salary by job position"],
        fields: [
          f("job_position", "Vị trí việc làm", "Job position", "text", { help: o("30.3", null, "Vị trí việc làm") }),
          f("job_position_code", "Mã số vị trí việc làm", "Job position code", "text", { help: o("30.3", null, "Mã số") }),
          cat("job_career_level", "Bậc nghề nghiệp", "Career level", "vien_chuc_career_levels"),
          f("job_salary_step", "Bậc lương (vị trí việc làm)", "Step (job position)", "int", { help: o("30.3", null, "Bậc lương") }),
          f("job_salary_amount", "Lương theo mức tiền (đồng)", "Salary amount (VND)", "int", { help: o("30.3", null, "Lương theo mức tiền (vnđ)") }),
          f("job_salary_effective_on", "Ngày hưởng (vị trí việc làm)", "Effective on (job position)", "date", { help: o("30.3", null, "Ngày hưởng") }),
        ],
      },
      {
        type: "table",
        path: "salary_history",
        title: ["Diễn biến lương", "Salary history"],
        columns: [
          f("from_month", "Từ tháng", "From", "month", { required: true, help: o("37.1", "31", "Tháng/năm") }),
          f("to_month", "Đến tháng", "To", "month"),
          cat("rank_code", "Ngạch", "Rank", "ranks", { help: o("37.1", "31", "Mã ngạch/bậc") }),
          f("step", "Bậc", "Step", "int"),
          f("coefficient", "Hệ số", "Coefficient", "decimal", { help: o("37.1", "31", "Hệ số lương") }),
          f("amount", "Tiền lương theo vị trí việc làm (đồng)", "Job-position salary (VND)", "int", { help: o("37.1", null, "Tiền lương theo vị trí việc làm") }),
          cat("raise_form", "Hình thức nâng lương", "Kind of raise", "salary_raise_forms"),
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
          cat("kind", "Loại phụ cấp", "Kind", "allowance_types", { required: true, help: o("37.2", null, "Loại phụ cấp") }),
          f("percent", "Phần trăm hưởng", "Percent", "decimal", { help: o("37.2", null, "Phần trăm hưởng") }),
          f("coefficient", "Hệ số", "Coefficient", "decimal"),
          f("form", "Hình thức hưởng", "How it is paid", "text", { help: o("37.2", null, "Hình thức hưởng") }),
          f("amount", "Giá trị (đồng)", "Amount (VND)", "int", { help: o("37.2", null, "Giá trị (đồng)") }),
        ],
      },
      {
        type: "section",
        path: "family_economy",
        title: ["Nguồn thu nhập chính của gia đình hằng năm", "The family's main yearly income"],
        fields: [
          f("salary_income", "Tiền lương (đồng/năm)", "Salary (VND a year)", "int", { help: o("37.3", null, "Tiền lương") }),
          f("other_income", "Các nguồn khác", "Other income", "textarea", { wide: true, help: o("37.3", null, "Các nguồn khác") }),
          f("allocated_housing", "Nhà ở được cấp, được thuê (loại nhà)", "Allocated or rented housing", "text", { help: o("37.3", null, "Nhà ở được cấp/được thuê — loại nhà") }),
          f("allocated_housing_area_m2", "Diện tích nhà được cấp, thuê (m²)", "Its floor area (m²)", "decimal", { help: o("37.3", null, "tổng diện tích sử dụng (m²)") }),
          f("own_housing", "Nhà ở tự mua, tự xây (loại nhà)", "Own housing", "text", { help: o("37.3", null, "Nhà tự mua/tự xây — loại nhà") }),
          f("own_housing_area_m2", "Diện tích nhà tự mua, tự xây (m²)", "Its floor area (m²)", "decimal", { help: o("37.3", null, "diện tích (m²)") }),
          f("allocated_land_m2", "Đất ở được cấp (m²)", "Allocated residential land (m²)", "decimal", { help: o("37.3", null, "Đất ở được cấp (m²)") }),
          f("purchased_land_m2", "Đất ở tự mua (m²)", "Purchased residential land (m²)", "decimal", { help: o("37.3", null, "Đất tự mua (m²)") }),
          f("business_land", "Đất sản xuất, kinh doanh", "Land for production or business", "textarea", { wide: true, help: o("37.3", null, "Đất sản xuất kinh doanh") }),
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
          cat("form", "Hình thức", "Form", "award_forms", { required: true, help: o("35.1", "21", "Hình thức khen thưởng") }),
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
          cat("form", "Hình thức", "Form", "discipline_forms", { required: true, help: o("35.2", "22", "Hình thức") }),
          f("violation", "Hành vi vi phạm", "Violation", "text", { help: o("35.2", null, "Hành vi vi phạm chính") }),
          f("decided_by", "Cơ quan quyết định", "Decided by", "text", { help: o("35.2", null, "Cơ quan quyết định") }),
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
          f("year", "Năm", "Year", "int", { required: true, help: o("35.1", null, "Năm") }),
          cat("rating", "Xếp loại", "Rating", "evaluation_levels", { help: o("35.1", null, "Xếp loại chuyên môn") }),
          cat("emulation_title", "Danh hiệu thi đua", "Emulation title", "emulation_titles", { help: o("35.1", null, "Xếp loại thi đua") }),
          f("award", "Khen thưởng", "Award", "text", { help: o("35.1", null, "Hình thức khen thưởng") }),
        ],
      },
      { type: "section", path: "", fields: [f("assessment", "Nhận xét, đánh giá của cơ quan", "Assessment", "textarea", { wide: true, help: o("38", "32", "Nhận xét, đánh giá của cơ quan, tổ chức, đơn vị sử dụng") })] },
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
          f("side", "Bên", "Side", "select", { options: SIDES, required: true, help: o("36.1, 36.2", "30", "Về bản thân / Về bên vợ (hoặc chồng)") }),
          cat("relation", "Quan hệ", "Relation", "family_relations", { required: true, help: o("36", "30", "Mối quan hệ") }),
          f("full_name", "Họ và tên", "Full name", "text", { required: true }),
          f("birth_year", "Năm sinh", "Born", "int"),
          f("details", "Quê quán, nghề nghiệp, chức danh, nơi công tác", "Details", "text", { wide: true, help: o("36", "30", "Quê quán, nghề nghiệp, chức danh, chức vụ, đơn vị công tác, học tập, nơi ở (trong, ngoài nước); thành viên các tổ chức chính trị - xã hội") }),
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
