import { App, type FormInstance } from "antd";
import { useCallback } from "react";
import { ApiError, splitFieldErrors, type FieldErrorBody } from "@/lib/errors";
import { useErrorNotice } from "@/lib/notify";

/** The error's field list; an error that names no field but whose code belongs to one gets it there. */
export function fieldErrorsOf(err: ApiError, codeFields: Record<string, string>): FieldErrorBody[] {
  if (err.fields.length) return err.fields;
  const field = codeFields[err.code];
  return field ? [{ field, code: err.code, message: err.text() }] : [];
}

/**
 * Puts a refused save's field errors next to the form's fields and shows the rest as a notice.
 * `codeFields` names the field an error code without field list belongs to (role_beyond_scope -> roles).
 */
export function useShowServerError(form: FormInstance, fields: readonly string[], codeFields: Record<string, string> = {}) {
  const notice = useErrorNotice();
  const { notification } = App.useApp();
  return useCallback(
    (err: unknown) => {
      notification.destroy(); // the notices of an earlier attempt no longer apply
      if (!(err instanceof ApiError)) return notice(err);
      const own = fieldErrorsOf(err, codeFields);
      const { formFields, other } = splitFieldErrors(own, new Set(fields));
      if (formFields.length) form.setFields(formFields as never);
      if (other.length || !formFields.length) notice(err);
      else notice(err.withFields([]));
    },
    [form, fields, codeFields, notice, notification],
  );
}
