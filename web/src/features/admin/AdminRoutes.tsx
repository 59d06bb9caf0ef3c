import { Tabs } from "antd";
import { Navigate, Route, Routes, useLocation, useNavigate } from "react-router";
import { PageHeader } from "@/components/PageHeader";
import { AccountsPage } from "./AccountsPage";
import { AuditPage } from "./AuditPage";
import { HealthPage } from "./HealthPage";
import { useAdminT, type AdminKey } from "./messages";
import { OnlinePage } from "./OnlinePage";
import { useSession } from "@/lib/session";

const TABS: { key: string; label: AdminKey; systemAdmin?: boolean }[] = [
  { key: "accounts", label: "tab.accounts" },
  { key: "audit", label: "tab.audit" },
  { key: "online", label: "tab.online" },
  { key: "health", label: "tab.health", systemAdmin: true }, // the system administrator's only
];

/** "Quản trị hệ thống": accounts, audit log, online users and (for the system administrator) the system's
 * health, one tab each (each with its own address). */
export function AdminRoutes() {
  const t = useAdminT();
  const { account } = useSession();
  const isSystemAdmin = account.roles.includes("system_admin");
  const tabs = TABS.filter((tab) => !tab.systemAdmin || isSystemAdmin);
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const current = tabs.find((tab) => pathname.startsWith(`/admin/${tab.key}`)) ?? tabs[0];
  return (
    <>
      <PageHeader title={t(current.label)} crumbs={[{ title: t(current.label) }]} />
      <Tabs
        activeKey={current.key}
        onChange={(key) => navigate(`/admin/${key}`)}
        items={tabs.map((tab) => ({ key: tab.key, label: <span data-testid={`admin-tab-${tab.key}`}>{t(tab.label)}</span> }))}
        style={{ marginBottom: 4 }}
      />
      <Routes>
        <Route index element={<Navigate to="accounts" replace />} />
        <Route path="accounts" element={<AccountsPage />} />
        <Route path="audit" element={<AuditPage />} />
        <Route path="online" element={<OnlinePage />} />
        {isSystemAdmin && <Route path="health" element={<HealthPage />} />}
        <Route path="*" element={<Navigate to="/admin/accounts" replace />} />
      </Routes>
    </>
  );
}
