import { App } from "antd";
import { useCallback } from "react";
import { ApiError } from "./errors";
import { useI18n } from "./i18n";

/** Shows any error as a notice in the interface's language (field errors go next to fields instead). */
export function useErrorNotice(): (err: unknown) => void {
  const { notification } = App.useApp();
  const { lang, t } = useI18n();
  return useCallback(
    (err: unknown) => {
      if (err instanceof ApiError) {
        notification.error({
          key: `api-${err.code}`,
          title: err.text(lang),
          description: err.fields.length ? err.fields.map((f) => f.message).join(" ") : undefined,
        });
      } else if (!(err instanceof DOMException && err.name === "AbortError")) {
        notification.error({ key: "unexpected", title: t("app.networkError") });
      }
    },
    [notification, lang, t],
  );
}
