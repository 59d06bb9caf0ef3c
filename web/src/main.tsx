import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { App as AntApp, Button, ConfigProvider, Flex, Result, Spin } from "antd";
import enUS from "antd/locale/en_US";
import viVN from "antd/locale/vi_VN";
import dayjs from "dayjs";
import "dayjs/locale/vi";
import { lazy, StrictMode, Suspense } from "react";
import { createRoot } from "react-dom/client";
import { AppRoutes } from "@/app/App";
import { signIn } from "@/lib/auth";
import { ApiError } from "@/lib/errors";
import { I18nProvider, useI18n } from "@/lib/i18n";
import { SessionProvider, useSignedInUser } from "@/lib/session";
import { UnitScopeProvider } from "@/lib/unitScope";
import "./styles.css";

// The person's annual declaration opens by its link alone, outside the signed-in shell (no Keycloak account).
const DeclarationPage = lazy(() => import("@/features/declarations/DeclarationPage").then((m) => ({ default: m.DeclarationPage })));
const DECLARATION_LINK = window.location.pathname.replace(/\/+$/, "") === "/khai-bao";

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A 4xx will not change by asking again; network hiccups and 5xx get one more try.
      retry: (count, err) => !(err instanceof ApiError && err.status >= 400 && err.status < 500) && count < 1,
      refetchOnWindowFocus: false,
    },
  },
});

function Boot() {
  const { t, lang } = useI18n();
  dayjs.locale(lang === "vi" ? "vi" : "en");
  const phase = useSignedInUser((path) => window.history.replaceState(null, "", path));
  if (phase.kind === "ready")
    return (
      <SessionProvider user={phase.user}>
        <UnitScopeProvider>
          <AppRoutes />
        </UnitScopeProvider>
      </SessionProvider>
    );
  if (phase.kind === "failed")
    return (
      <Result
        status="warning"
        title={t("app.signInFailed")}
        subTitle={phase.error}
        extra={<Button type="primary" onClick={() => void signIn("/")}>{t("app.retry")}</Button>}
      />
    );
  return (
    <Flex vertical align="center" justify="center" style={{ height: "100vh" }} gap={16}>
      <Spin size="large" />
      <span>{phase.kind === "redirecting" ? t("app.signingIn") : t("app.loading")}</span>
    </Flex>
  );
}

function Themed() {
  const { lang } = useI18n();
  return (
    <ConfigProvider locale={lang === "vi" ? viVN : enUS} theme={{ token: { colorPrimary: "#0b57a4", borderRadius: 6, fontSize: 14 } }}>
      <AntApp>
        {DECLARATION_LINK ? <Suspense fallback={<Spin />}><DeclarationPage /></Suspense> : <Boot />}
      </AntApp>
    </ConfigProvider>
  );
}

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <I18nProvider>
      <QueryClientProvider client={queryClient}>
        <Themed />
      </QueryClientProvider>
    </I18nProvider>
  </StrictMode>,
);
