import { currentLang, type Lang } from "./i18n";

// The one error body every service (and the gateway) returns, libs/common/src/common/errors.py:
// {"error": code, "message": text, "fields": [{"field", "code", "message"}]}
// with the texts in the language the request asked for: lib/api.ts sends Accept-Language: vi|en with
// every request, following the interface. A client branches on `error` (and a field's `code`), never on
// the words.

export interface FieldErrorBody {
  field: string;
  /** The field's own message code (absent in errors the client makes itself). */
  code?: string;
  message: string;
}

export interface ErrorBody {
  error: string;
  message: string;
  fields: FieldErrorBody[];
}

/** Texts of an error the client makes itself, in both languages: it follows a switch of language. */
export type Texts = Readonly<Record<Lang, string>>;

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: FieldErrorBody[];
  private readonly texts: Texts | null;

  /** `texts`: both languages, for an error made by the client; a service's error is in one already. */
  constructor(status: number, body: ErrorBody, texts?: Texts) {
    super(body.message);
    this.name = "ApiError";
    this.status = status;
    this.code = body.error;
    this.fields = body.fields ?? [];
    this.texts = texts ?? null;
  }

  /** The message to show: a service wrote it in the language the request asked for (the interface's);
   * an error the client made has both and gives `lang`'s. */
  text(lang: Lang = currentLang()): string {
    return this.texts ? this.texts[lang] : this.message;
  }

  /** The same error with another field list (texts and status kept). */
  withFields(fields: FieldErrorBody[]): ApiError {
    return new ApiError(this.status, { error: this.code, message: this.message, fields }, this.texts ?? undefined);
  }

  get isNotFound(): boolean {
    return this.status === 404;
  }

  /** The error for a failure that brought no error body of ours (see fallbackBody). */
  static fallback(status: number): ApiError {
    const { error, vi, en } = fallback(status);
    return new ApiError(status, { error, message: vi, fields: [] }, { vi, en });
  }
}

function fallback(status: number): { error: string; vi: string; en: string } {
  if (status === 0)
    return {
      error: "network_error",
      vi: "Không kết nối được máy chủ. Vui lòng kiểm tra mạng và thử lại.",
      en: "Cannot reach the server. Check the network and try again.",
    };
  if (status === 401)
    return {
      error: "unauthorized",
      vi: "Phiên đăng nhập không hợp lệ hoặc đã hết hạn. Vui lòng đăng nhập lại.",
      en: "Not signed in, or the session has expired.",
    };
  if (status === 413) return { error: "too_large", vi: "Dữ liệu gửi lên quá lớn.", en: "The upload is too large." };
  if (status === 429)
    return {
      error: "rate_limited",
      vi: "Quá nhiều yêu cầu, vui lòng thử lại sau giây lát.",
      en: "Too many requests; try again in a moment.",
    };
  if (status === 404) return { error: "not_found", vi: "Không tìm thấy dữ liệu.", en: "Not found." };
  return {
    error: "http_error",
    vi: "Hệ thống tạm thời chưa sẵn sàng, vui lòng thử lại sau ít phút.",
    en: "Temporarily unavailable; try again in a few minutes.",
  };
}

/** A network failure or an answer that is not our error body (a proxy page, a crash) becomes one, in
 * `lang`. ApiError.fallback(status) keeps both languages. */
export function fallbackBody(status: number, lang: Lang = currentLang()): ErrorBody {
  const { error, vi, en } = fallback(status);
  return { error, message: lang === "en" ? en : vi, fields: [] };
}

export function isErrorBody(value: unknown): value is ErrorBody {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.error === "string" && typeof v.message === "string";
}

/** The error a failed answer carries: the services' body as it came, or one made for its status. */
export async function errorOf(resp: Response): Promise<ApiError> {
  let parsed: unknown = null;
  try {
    parsed = await resp.json();
  } catch {
    /* not JSON: a gateway page */
  }
  if (!isErrorBody(parsed)) return ApiError.fallback(resp.status);
  const fields = Array.isArray(parsed.fields) ? parsed.fields : [];
  return new ApiError(resp.status, { error: parsed.error, message: parsed.message, fields });
}

/**
 * Splits field errors into those a form can show next to a field and the rest (shown as a notice).
 * Server names are dotted paths ("family.0.name"); antd names are arrays (["family", 0, "name"]).
 */
export function splitFieldErrors(
  fields: FieldErrorBody[],
  knownFields: ReadonlySet<string>,
): { formFields: { name: (string | number)[]; errors: string[] }[]; other: string[] } {
  const byName = new Map<string, string[]>();
  const other: string[] = [];
  for (const f of fields) {
    const top = f.field.split(".")[0];
    if (knownFields.has(f.field) || knownFields.has(top)) {
      byName.set(f.field, [...(byName.get(f.field) ?? []), f.message]);
    } else {
      other.push(f.field === "body" ? f.message : `${f.field}: ${f.message}`);
    }
  }
  const formFields = [...byName].map(([name, errors]) => ({
    name: name.split(".").map((p) => (/^\d+$/.test(p) ? Number(p) : p)),
    errors,
  }));
  return { formFields, other };
}
