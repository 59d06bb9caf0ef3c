import { Result } from "antd";
import type { ReactNode } from "react";
import { BrowserRouter, Route, Routes } from "react-router";
import { AccountPage } from "@/features/account/AccountPage";
import { AdminRoutes } from "@/features/admin/AdminRoutes";
import { CatalogsPage } from "@/features/catalogs/CatalogsPage";
import { DashboardPage } from "@/features/dashboard/DashboardPage";
import { OrgPage } from "@/features/org/OrgPage";
import { PersonListPage } from "@/features/personnel/PersonListPage";
import { PersonEditPage } from "@/features/personnel/PersonEditPage";
import { PersonPage } from "@/features/personnel/PersonPage";
import { ApprovalsPage } from "@/features/approvals/ApprovalsPage";
import { ReviewPage } from "@/features/approvals/ReviewPage";
import { SectionPage } from "@/features/placeholders/SectionPage";
import { useI18n } from "@/lib/i18n";
import { hasAnyRole, type Role } from "@/lib/roles";
import { useSession } from "@/lib/session";
import { AppLayout } from "./AppLayout";
import { NAV_ITEMS } from "./navigation";

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
          <Route index element={<DashboardPage />} />
          <Route path="personnel" element={<PersonListPage />} />
          <Route path="personnel/new" element={<PersonEditPage />} />
          <Route path="personnel/requests/:crId" element={<PersonEditPage />} />
          <Route path="personnel/:personId/edit" element={<PersonEditPage />} />
          <Route path="personnel/:personId" element={<PersonPage />} />
          <Route path="approvals" element={<Guard section="approvals"><ApprovalsPage /></Guard>} />
          <Route path="approvals/:crId" element={<Guard section="approvals"><ReviewPage /></Guard>} />
          <Route path="org" element={<OrgPage />} />
          <Route path="org/units/:unitId" element={<OrgPage />} />
          <Route path="transfers/*" element={<Guard section="transfer"><SectionPage title="nav.transfer" /></Guard>} />
          <Route path="reports/*" element={<SectionPage title="nav.reporting" />} />
          <Route path="catalogs" element={<Guard section="catalogs"><CatalogsPage /></Guard>} />
          <Route path="catalogs/:catalog" element={<Guard section="catalogs"><CatalogsPage /></Guard>} />
          <Route path="news/*" element={<SectionPage title="nav.news" />} />
          <Route path="admin/*" element={<Guard section="admin"><AdminRoutes /></Guard>} />
          <Route path="account" element={<AccountPage />} />
          <Route path="*" element={<NotFound />} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}
