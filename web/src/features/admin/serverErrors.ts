import { App, type FormInstance } from "antd";
import { useCallback } from "react";
import { ApiError, splitFieldErrors, type FieldErrorBody } from "@/lib/errors";
import { useI18n } from "@/lib/i18n";
import { useErrorNotice } from "@/lib/notify";

/** The error's field list; an error that names no field but whose code belongs to one gets it there. */
export function fieldErrorsOf(err: ApiError, codeFields: Record<string, string>): FieldErrorBody[] {
  if (err.fields.length) return err.fields;
  const field = codeFields[err.code];
  return field ? [{ field, message: err.messageVi, message_en: err.messageEn }] : [];
}

/**
 * Puts a refused save's field errors next to the form's fields and shows the rest as a notice.
 * `codeFields` names the field an error code without field list belongs to (role_beyond_scope -> roles).
 */
export function useShowServerError(form: FormInstance, fields: readonly string[], codeFields: Record<string, string> = {}) {
  const notice = useErrorNotice();
  const { notification } = App.useApp();
  const { lang } = useI18n();
  return useCallback(
    (err: unknown) => {
      notification.destroy(); // the notices of an earlier attempt no longer apply
      if (!(err instanceof ApiError)) return notice(err);
      const own = fieldErrorsOf(err, codeFields);
      const { formFields, other } = splitFieldErrors(own, new Set(fields), lang);
      if (formFields.length) form.setFields(formFields as never);
      if (other.length || !formFields.length) notice(err);
      else notice(new ApiError(err.status, { error: err.code, message: err.messageVi, message_en: err.messageEn, fields: [] }));
    },
    [form, fields, codeFields, lang, notice, notification],
  );
}
