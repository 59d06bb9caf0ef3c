// The one error body every service returns (libs/common/src/common/errors.py):
// {"error": code, "message": Vietnamese, "message_en": English, "fields": [{field, message, message_en}]}

export interface FieldErrorBody {
  field: string;
  message: string;
  message_en: string;
}

export interface ErrorBody {
  error: string;
  message: string;
  message_en: string;
  fields: FieldErrorBody[];
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly messageVi: string;
  readonly messageEn: string;
  readonly fields: FieldErrorBody[];

  constructor(status: number, body: ErrorBody) {
    super(body.message_en || body.message);
    this.name = "ApiError";
    this.status = status;
    this.code = body.error;
    this.messageVi = body.message;
    this.messageEn = body.message_en || body.message;
    this.fields = body.fields ?? [];
  }

  /** The message in the interface's language. */
  text(lang: "vi" | "en"): string {
    return lang === "en" ? this.messageEn : this.messageVi;
  }

  get isNotFound(): boolean {
    return this.status === 404;
  }
}

/** A network failure or an answer that is not our error body (a proxy page, a crash) becomes one. */
export function fallbackBody(status: number): ErrorBody {
  if (status === 0)
    return {
      error: "network_error",
      message: "Không kết nối được máy chủ. Vui lòng kiểm tra mạng và thử lại.",
      message_en: "Cannot reach the server. Check the network and try again.",
      fields: [],
    };
  if (status === 401)
    return {
      error: "unauthorized",
      message: "Phiên đăng nhập không hợp lệ hoặc đã hết hạn. Vui lòng đăng nhập lại.",
      message_en: "Not signed in, or the session has expired.",
      fields: [],
    };
  if (status === 413)
    return { error: "too_large", message: "Dữ liệu gửi lên quá lớn.", message_en: "The upload is too large.", fields: [] };
  if (status === 429)
    return {
      error: "rate_limited",
      message: "Quá nhiều yêu cầu, vui lòng thử lại sau giây lát.",
      message_en: "Too many requests; try again in a moment.",
      fields: [],
    };
  if (status === 404) return { error: "not_found", message: "Không tìm thấy dữ liệu.", message_en: "Not found.", fields: [] };
  return {
    error: "http_error",
    message: "Hệ thống tạm thời chưa sẵn sàng, vui lòng thử lại sau ít phút.",
    message_en: "Temporarily unavailable; try again in a few minutes.",
    fields: [],
  };
}

export function isErrorBody(value: unknown): value is ErrorBody {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.error === "string" && typeof v.message === "string";
}

/**
 * Splits field errors into those a form can show next to a field and the rest (shown as a notice).
 * Server names are dotted paths ("family.0.name"); antd names are arrays (["family", 0, "name"]).
 */
export function splitFieldErrors(
  fields: FieldErrorBody[],
  knownFields: ReadonlySet<string>,
  lang: "vi" | "en",
): { formFields: { name: (string | number)[]; errors: string[] }[]; other: string[] } {
  const byName = new Map<string, string[]>();
  const other: string[] = [];
  for (const f of fields) {
    const text = lang === "en" ? f.message_en || f.message : f.message;
    const top = f.field.split(".")[0];
    if (knownFields.has(f.field) || knownFields.has(top)) {
      byName.set(f.field, [...(byName.get(f.field) ?? []), text]);
    } else {
      other.push(f.field === "body" ? text : `${f.field}: ${text}`);
    }
  }
  const formFields = [...byName].map(([name, errors]) => ({
    name: name.split(".").map((p) => (/^\d+$/.test(p) ? Number(p) : p)),
    errors,
  }));
  return { formFields, other };
}
