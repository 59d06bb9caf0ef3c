import { Tabs } from "antd";
import { Navigate, Route, Routes, useLocation, useNavigate } from "react-router";
import { PageHeader } from "@/components/PageHeader";
import { AccountsPage } from "./AccountsPage";
import { AuditPage } from "./AuditPage";
import { useAdminT, type AdminKey } from "./messages";
import { OnlinePage } from "./OnlinePage";

const TABS: { key: string; label: AdminKey }[] = [
  { key: "accounts", label: "tab.accounts" },
  { key: "audit", label: "tab.audit" },
  { key: "online", label: "tab.online" },
];

/** "Quản trị hệ thống": accounts, audit log and online users, one tab each (each with its own address). */
export function AdminRoutes() {
  const t = useAdminT();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const current = TABS.find((tab) => pathname.startsWith(`/admin/${tab.key}`)) ?? TABS[0];
  return (
    <>
      <PageHeader title={t(current.label)} crumbs={[{ title: t(current.label) }]} />
      <Tabs
        activeKey={current.key}
        onChange={(key) => navigate(`/admin/${key}`)}
        items={TABS.map((tab) => ({ key: tab.key, label: <span data-testid={`admin-tab-${tab.key}`}>{t(tab.label)}</span> }))}
        style={{ marginBottom: 4 }}
      />
      <Routes>
        <Route index element={<Navigate to="accounts" replace />} />
        <Route path="accounts" element={<AccountsPage />} />
        <Route path="audit" element={<AuditPage />} />
        <Route path="online" element={<OnlinePage />} />
        <Route path="*" element={<Navigate to="accounts" replace />} />
      </Routes>
    </>
  );
}
