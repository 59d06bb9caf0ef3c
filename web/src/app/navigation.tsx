import {
  ApartmentOutlined,
  AuditOutlined,
  BarChartOutlined,
  CalendarOutlined,
  CloudSyncOutlined,
  CloudUploadOutlined,
  DashboardOutlined,
  FileProtectOutlined,
  FormOutlined,
  IdcardOutlined,
  MessageOutlined,
  NotificationOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
  SwapOutlined,
  TrophyOutlined,
  UnorderedListOutlined,
} from "@ant-design/icons";
import type { ReactNode } from "react";
import type { MessageKey } from "@/lib/messages";
import { APPROVERS, DATA_ROLES, EDITORS, PROVINCE_WIDE, type Role } from "@/lib/roles";

/** One entry of the side menu; `roles` hides it from accounts without any of them (services still check). */
export interface NavItem {
  key: string;
  path: string;
  label: MessageKey;
  icon: ReactNode;
  roles?: Role[];
}

export const NAV_ITEMS: NavItem[] = [
  { key: "dashboard", path: "/", label: "nav.dashboard", icon: <DashboardOutlined /> },
  { key: "personnel", path: "/personnel", label: "nav.personnel", icon: <IdcardOutlined />, roles: DATA_ROLES },
  {
    key: "declarations", path: "/personnel/declarations", label: "nav.declarations", icon: <FormOutlined />,
    roles: DATA_ROLES,
  },
  { key: "imports", path: "/imports", label: "nav.imports", icon: <CloudUploadOutlined />, roles: EDITORS },
  { key: "exchange", path: "/exchange", label: "nav.exchange", icon: <CloudSyncOutlined />, roles: EDITORS },
  { key: "approvals", path: "/approvals", label: "nav.approvals", icon: <AuditOutlined />, roles: APPROVERS },
  { key: "org", path: "/org", label: "nav.org", icon: <ApartmentOutlined /> },
  { key: "transfer", path: "/transfers", label: "nav.transfer", icon: <SwapOutlined />, roles: EDITORS },
  { key: "careers", path: "/careers", label: "nav.careers", icon: <CalendarOutlined />, roles: DATA_ROLES },
  { key: "registers", path: "/registers", label: "nav.registers", icon: <FileProtectOutlined />, roles: DATA_ROLES },
  { key: "evaluations", path: "/evaluations", label: "nav.evaluations", icon: <TrophyOutlined />, roles: DATA_ROLES },
  {
    key: "certifications", path: "/certifications", label: "nav.certifications", icon: <SafetyCertificateOutlined />,
    roles: DATA_ROLES,
  },
  { key: "reporting", path: "/reports", label: "nav.reporting", icon: <BarChartOutlined />, roles: DATA_ROLES },
  { key: "catalogs", path: "/catalogs", label: "nav.catalogs", icon: <UnorderedListOutlined />, roles: PROVINCE_WIDE },
  { key: "news", path: "/news", label: "nav.news", icon: <NotificationOutlined /> },
  { key: "messages", path: "/messages", label: "nav.messages", icon: <MessageOutlined /> },
  { key: "admin", path: "/admin", label: "nav.admin", icon: <SettingOutlined />, roles: PROVINCE_WIDE },
];

/** The menu entry a path belongs to ("/personnel/123" -> personnel). */
export function navItemFor(pathname: string): NavItem | undefined {
  if (pathname === "/" || pathname === "") return NAV_ITEMS[0];
  return NAV_ITEMS.filter((i) => i.path !== "/").find((i) => pathname === i.path || pathname.startsWith(`${i.path}/`));
}
