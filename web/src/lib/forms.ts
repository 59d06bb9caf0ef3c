import type { FormInstance } from "antd";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { clearDraft, loadDraft, saveDraft } from "./drafts";
import { ApiError, splitFieldErrors } from "./errors";
import { useErrorNotice } from "./notify";

/**
 * The pattern for every form that saves to a service:
 *  - what is typed is kept as a draft in sessionStorage (survives a rejected save, a reload, a new sign-in);
 *  - the server's field errors appear next to their fields, the rest as a notice;
 *  - the draft is dropped only after a successful save.
 *
 *   const form = Form.useForm()[0];
 *   const sf = useServerForm(form, `person-edit-${id}`, { initialValues: person });
 *   <Form form={form} onValuesChange={sf.onValuesChange} onFinish={(v) => sf.submit(() => save(v))}>
 */
export function useServerForm<T extends object>(
  form: FormInstance<T>,
  draftKey: string,
  opts: { initialValues?: Partial<T> } = {},
) {
  const notice = useErrorNotice();
  const [submitting, setSubmitting] = useState(false);
  const [restored, setRestored] = useState(false);
  const timer = useRef<number | undefined>(undefined);

  useEffect(() => {
    const draft = loadDraft<Partial<T>>(draftKey);
    if (draft) {
      form.setFieldsValue({ ...(opts.initialValues ?? {}), ...draft } as never);
      setRestored(true);
    } else if (opts.initialValues) {
      form.setFieldsValue(opts.initialValues as never);
    }
    // Only on mount or when the record changes: later changes of initialValues must not erase typing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [draftKey]);

  const onValuesChange = useCallback(() => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => saveDraft(draftKey, form.getFieldsValue(true)), 300);
  }, [draftKey, form]);

  const discard = useCallback(() => {
    clearDraft(draftKey);
    setRestored(false);
    form.resetFields();
    if (opts.initialValues) form.setFieldsValue(opts.initialValues as never);
  }, [draftKey, form, opts.initialValues]);

  const submit = useCallback(
    async <R,>(save: () => Promise<R>): Promise<R | undefined> => {
      saveDraft(draftKey, form.getFieldsValue(true));
      setSubmitting(true);
      try {
        const result = await save();
        clearDraft(draftKey);
        setRestored(false);
        return result;
      } catch (err) {
        if (err instanceof ApiError && err.fields.length) {
          const known = new Set(Object.keys(form.getFieldsValue(true) as object));
          const { formFields, other } = splitFieldErrors(err.fields, known);
          form.setFields(formFields as never);
          if (other.length || !formFields.length) notice(err);
          else notice(err.withFields([]));
        } else {
          notice(err);
        }
        return undefined;
      } finally {
        setSubmitting(false);
      }
    },
    [draftKey, form, notice],
  );

  return useMemo(
    () => ({ onValuesChange, submit, submitting, restored, discard }),
    [onValuesChange, submit, submitting, restored, discard],
  );
}
