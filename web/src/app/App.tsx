import { Result } from "antd";
import { lazy, type ReactNode } from "react";
import { BrowserRouter, Navigate, Route, Routes } from "react-router";
import { DashboardPage } from "@/features/dashboard/DashboardPage";
import { AccountPage } from "@/features/account/AccountPage";
import { useI18n } from "@/lib/i18n";
import { DATA_ROLES, hasAnyRole, type Role } from "@/lib/roles";
import { useSession } from "@/lib/session";
import { AppLayout } from "./AppLayout";
import { NAV_ITEMS } from "./navigation";

// Each feature is its own chunk, loaded when first opened: the first page needs only the shell.
const AdminRoutes = lazy(() => import("@/features/admin/AdminRoutes").then((m) => ({ default: m.AdminRoutes })));
const CatalogsPage = lazy(() => import("@/features/catalogs/CatalogsPage").then((m) => ({ default: m.CatalogsPage })));
const OrgPage = lazy(() => import("@/features/org/OrgPage").then((m) => ({ default: m.OrgPage })));
const PersonListPage = lazy(() => import("@/features/personnel/PersonListPage").then((m) => ({ default: m.PersonListPage })));
const PersonEditPage = lazy(() => import("@/features/personnel/PersonEditPage").then((m) => ({ default: m.PersonEditPage })));
const PersonPage = lazy(() => import("@/features/personnel/PersonPage").then((m) => ({ default: m.PersonPage })));
const ApprovalsPage = lazy(() => import("@/features/approvals/ApprovalsPage").then((m) => ({ default: m.ApprovalsPage })));
const ReviewPage = lazy(() => import("@/features/approvals/ReviewPage").then((m) => ({ default: m.ReviewPage })));
const TimelinessPage = lazy(() => import("@/features/transfer/TimelinessPage").then((m) => ({ default: m.TimelinessPage })));
const TransfersPage = lazy(() => import("@/features/transfer/TransfersPage").then((m) => ({ default: m.TransfersPage })));
const NewsPage = lazy(() => import("@/features/notify/NewsPages").then((m) => ({ default: m.NewsPage })));
const ArticlePage = lazy(() => import("@/features/notify/NewsPages").then((m) => ({ default: m.ArticlePage })));
const EditorialPage = lazy(() => import("@/features/notify/NewsPages").then((m) => ({ default: m.EditorialPage })));
const ArticleEditor = lazy(() => import("@/features/notify/ArticleEditor").then((m) => ({ default: m.ArticleEditor })));
const AnnouncementsPage = lazy(() => import("@/features/notify/AnnouncementPages").then((m) => ({ default: m.AnnouncementsPage })));
const AnnouncementPage = lazy(() => import("@/features/notify/AnnouncementPages").then((m) => ({ default: m.AnnouncementPage })));
const MessagesPage = lazy(() => import("@/features/notify/MessagesPage").then((m) => ({ default: m.MessagesPage })));
const ReportsPage = lazy(() => import("@/features/reports/ReportsPage").then((m) => ({ default: m.ReportsPage })));
const ListsPage = lazy(() => import("@/features/reports/ListsPage").then((m) => ({ default: m.ListsPage })));
const DueListsPage = lazy(() => import("@/features/careers/DueListsPage").then((m) => ({ default: m.DueListsPage })));
const CalculatorPage = lazy(() => import("@/features/careers/CalculatorPage").then((m) => ({ default: m.CalculatorPage })));
const BatchesPage = lazy(() => import("@/features/careers/BatchesPage").then((m) => ({ default: m.BatchesPage })));
const BatchNewPage = lazy(() => import("@/features/careers/BatchNewPage").then((m) => ({ default: m.BatchNewPage })));
const BatchPage = lazy(() => import("@/features/careers/BatchPage").then((m) => ({ default: m.BatchPage })));
const RegistersPage = lazy(() => import("@/features/registers/RegistersPage").then((m) => ({ default: m.RegistersPage })));
const EvaluationRoutes = lazy(() => import("@/features/evaluations/EvaluationRoutes").then((m) => ({ default: m.EvaluationRoutes })));
const CertificationsPage = lazy(() => import("@/features/certifications/CertificationsPage").then((m) => ({ default: m.CertificationsPage })));
const ImportPage = lazy(() => import("@/features/imports/ImportPage").then((m) => ({ default: m.ImportPage })));
const ExchangePage = lazy(() => import("@/features/exchange/ExchangePage").then((m) => ({ default: m.ExchangePage })));
const DeclarationsPage = lazy(() => import("@/features/declarations/DeclarationsPage").then((m) => ({ default: m.DeclarationsPage })));
const CasePage = lazy(() => import("@/features/transfer/CasePage").then((m) => ({ default: m.CasePage })));

function rolesOf(key: string): Role[] | undefined {
  return NAV_ITEMS.find((i) => i.key === key)?.roles;
}

/** Hides a screen from accounts the menu would not show it to (typed URLs included). */
function Guard({ section, children }: { section: string; children: ReactNode }) {
  const { account } = useSession();
  const { t } = useI18n();
  if (!hasAnyRole(account.roles, rolesOf(section))) return <Result status="403" title="403" subTitle={t("app.forbidden")} />;
  return <>{children}</>;
}

/** The dashboard, of personnel data; a system administrator without a data role starts on the system's health. */
function Home() {
  const { account } = useSession();
  if (!hasAnyRole(account.roles, DATA_ROLES)) {
    return account.roles.includes("system_admin") ? <Navigate to="/admin/health" replace /> : <DashboardPage />;
  }
  return <DashboardPage />;
}

function NotFound() {
  const { t } = useI18n();
  return <Result status="404" title="404" subTitle={t("app.notFound")} />;
}

/** Every screen of the client. A feature adds its routes here and its menu entry in navigation.tsx. */
export function AppRoutes() {
  return (
    <BrowserRouter>
      <Routes>
        <Route element={<AppLayout />}>
          <Route index element={<Home />} />
          <Route path="personnel" element={<Guard section="personnel"><PersonListPage /></Guard>} />
          <Route path="personnel/new" element={<Guard section="personnel"><PersonEditPage /></Guard>} />
          <Route path="personnel/declarations" element={<Guard section="declarations"><DeclarationsPage /></Guard>} />
          <Route path="personnel/requests/:crId" element={<Guard section="personnel"><PersonEditPage /></Guard>} />
          <Route path="personnel/:personId/edit" element={<Guard section="personnel"><PersonEditPage /></Guard>} />
          <Route path="personnel/:personId" element={<Guard section="personnel"><PersonPage /></Guard>} />
          <Route path="approvals" element={<Guard section="approvals"><ApprovalsPage /></Guard>} />
          <Route path="approvals/:crId" element={<Guard section="approvals"><ReviewPage /></Guard>} />
          <Route path="org" element={<OrgPage />} />
          <Route path="org/units/:unitId" element={<OrgPage />} />
          <Route path="transfers" element={<Guard section="transfer"><TransfersPage /></Guard>} />
          <Route path="transfers/timeliness" element={<Guard section="transfer"><TimelinessPage /></Guard>} />
          <Route path="transfers/:caseId" element={<Guard section="transfer"><CasePage /></Guard>} />
          <Route path="careers" element={<Guard section="careers"><DueListsPage /></Guard>} />
          <Route path="careers/calculator" element={<Guard section="careers"><CalculatorPage /></Guard>} />
          <Route path="careers/batches" element={<Guard section="careers"><BatchesPage /></Guard>} />
          <Route path="careers/batches/new" element={<Guard section="careers"><BatchNewPage /></Guard>} />
          <Route path="careers/batches/:batchId" element={<Guard section="careers"><BatchPage /></Guard>} />
          <Route path="registers" element={<Guard section="registers"><RegistersPage /></Guard>} />
          <Route path="imports" element={<Guard section="imports"><ImportPage /></Guard>} />
          <Route path="exchange" element={<Guard section="imports"><ExchangePage /></Guard>} />
          <Route path="evaluations/*" element={<Guard section="evaluations"><EvaluationRoutes /></Guard>} />
          <Route path="certifications" element={<Guard section="certifications"><CertificationsPage /></Guard>} />
          <Route path="reports" element={<Guard section="reporting"><ReportsPage /></Guard>} />
          <Route path="reports/lists" element={<Guard section="reporting"><ListsPage /></Guard>} />
          <Route path="catalogs" element={<Guard section="catalogs"><CatalogsPage /></Guard>} />
          <Route path="catalogs/:catalog" element={<Guard section="catalogs"><CatalogsPage /></Guard>} />
          <Route path="news" element={<NewsPage />} />
          <Route path="news/new" element={<ArticleEditor />} />
          <Route path="news/editorial" element={<EditorialPage />} />
          <Route path="news/announcements" element={<AnnouncementsPage />} />
          <Route path="news/announcements/:announcementId" element={<AnnouncementPage />} />
          <Route path="news/:articleId" element={<ArticlePage />} />
          <Route path="news/:articleId/edit" element={<ArticleEditor />} />
          <Route path="messages" element={<MessagesPage />} />
          <Route path="messages/chat" element={<MessagesPage mode="chat" />} />
          <Route path="messages/notifications" element={<MessagesPage mode="notifications" />} />
          <Route path="messages/:threadId" element={<MessagesPage />} />
          <Route path="admin/*" element={<Guard section="admin"><AdminRoutes /></Guard>} />
          <Route path="account" element={<AccountPage />} />
          <Route path="*" element={<NotFound />} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}
