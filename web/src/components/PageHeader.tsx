import { HomeOutlined } from "@ant-design/icons";
import { Breadcrumb, Flex, Typography } from "antd";
import type { ReactNode } from "react";
import { Link, useLocation } from "react-router";
import { navItemFor } from "@/app/navigation";
import { useI18n } from "@/lib/i18n";

/** Title and breadcrumbs of a screen: Home / menu section / the crumbs the screen adds. */
export function PageHeader({ title, crumbs = [], extra }: { title: ReactNode; crumbs?: { title: ReactNode; to?: string }[]; extra?: ReactNode }) {
  const { t } = useI18n();
  const { pathname } = useLocation();
  const section = navItemFor(pathname);
  const items = [{ title: <Link to="/" aria-label={t("app.home")}><HomeOutlined /> {t("app.home")}</Link> }];
  if (section && section.path !== "/")
    items.push({ title: crumbs.length ? <Link to={section.path}>{t(section.label)}</Link> : <span>{t(section.label)}</span> });
  for (const c of crumbs) items.push({ title: c.to ? <Link to={c.to}>{c.title}</Link> : <span>{c.title}</span> });
  return (
    <div style={{ marginBottom: 16 }}>
      <Breadcrumb items={items} data-testid="breadcrumbs" />
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginTop: 8 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        {extra}
      </Flex>
    </div>
  );
}
