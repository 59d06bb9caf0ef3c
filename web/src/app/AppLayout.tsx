import { LogoutOutlined, MenuFoldOutlined, MenuUnfoldOutlined, UserOutlined } from "@ant-design/icons";
import { Avatar, Button, Dropdown, Flex, Grid, Layout, Menu, Modal, Segmented, Spin, Typography, theme } from "antd";
import { Suspense, useState } from "react";
import { Outlet, useLocation, useNavigate } from "react-router";
import { GlobalSearch } from "@/components/GlobalSearch";
import { UnitPicker } from "@/components/UnitPicker";
import { useOwnAccountMenuItem } from "@/features/account/AccountPage";
import { signIn, signOut } from "@/lib/auth";
import { accountName } from "@/lib/format";
import { useI18n, type Lang } from "@/lib/i18n";
import { hasAnyRole, mainRole } from "@/lib/roles";
import { useSession } from "@/lib/session";
import { NAV_ITEMS, navItemFor } from "./navigation";
import { NotificationBell } from "@/features/notify/NotificationBell";

const { Header, Sider, Content } = Layout;

function AccountBox({ compact }: { compact: boolean }) {
  const { account, unit } = useSession();
  const { t } = useI18n();
  const role = mainRole(account.roles);
  const unitName = unit?.name ?? account.unit_id ?? "";
  const roleName = role ? t(`role.${role}`) : "";
  const ownAccount = useOwnAccountMenuItem();
  return (
    <Dropdown
      trigger={["click"]}
      menu={{
        items: [
          ...(compact ? [{ key: "name", label: accountName(account), disabled: true }] : []),
          { key: "unit", label: `${t("header.unit")}: ${unitName}`, disabled: true },
          { key: "role", label: `${t("header.role")}: ${roleName}`, disabled: true },
          { type: "divider" },
          ownAccount,
          { key: "signout", icon: <LogoutOutlined />, label: t("header.signOut"), danger: true, onClick: () => void signOut() },
        ],
      }}
    >
      <Button type="text" style={{ height: 52, padding: "4px 8px" }} data-testid="account-menu">
        <Flex align="center" gap={8}>
          <Avatar size="small" icon={<UserOutlined />} style={{ background: "#b71c1c" }} />
          {!compact && (
            <div style={{ textAlign: "left", lineHeight: 1.25, maxWidth: 260 }}>
              <div style={{ fontWeight: 600 }} data-testid="account-name">
                {accountName(account)}
              </div>
              <div style={{ fontSize: 12, opacity: 0.75, whiteSpace: "nowrap", overflow: "hidden", textOverflow: "ellipsis" }}>
                <span data-testid="account-unit">{unitName}</span> · <span data-testid="account-role">{roleName}</span>
              </div>
            </div>
          )}
        </Flex>
      </Button>
    </Dropdown>
  );
}

function SessionExpired() {
  const { expired } = useSession();
  const { t } = useI18n();
  return (
    <Modal
      open={expired}
      closable={false}
      maskClosable={false}
      title={t("app.signInAgain")}
      footer={
        <Button type="primary" onClick={() => void signIn()}>
          {t("app.signInAgain")}
        </Button>
      }
    >
      {t("app.sessionExpired")}
    </Modal>
  );
}

/** The shell around every screen: menu, header (search, language, account), unit picker, content. */
export function AppLayout() {
  const { t, lang, setLang } = useI18n();
  const { account } = useSession();
  const { token } = theme.useToken();
  const screens = Grid.useBreakpoint();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const narrow = !screens.lg;
  const [collapsed, setCollapsed] = useState<boolean | null>(null);
  const isCollapsed = collapsed ?? narrow;

  const items = NAV_ITEMS.filter((i) => hasAnyRole(account.roles, i.roles)).map((i) => ({
    key: i.key,
    icon: i.icon,
    label: t(i.label),
    onClick: () => navigate(i.path),
  }));
  // A page outside the menu (the own-account page) highlights no entry rather than the dashboard.
  const current = navItemFor(pathname)?.key ?? "";

  return (
    <Layout style={{ minHeight: "100vh" }}>
      <Sider
        collapsible
        collapsed={isCollapsed}
        onCollapse={setCollapsed}
        trigger={null}
        width={272}
        collapsedWidth={narrow && !screens.md ? 0 : 64}
        theme="light"
        style={{ borderRight: `1px solid ${token.colorBorderSecondary}` }}
      >
        <Flex align="center" gap={8} style={{ height: 64, padding: "0 16px", borderBottom: `1px solid ${token.colorBorderSecondary}` }}>
          <img src="/favicon.svg" alt="" width={28} height={28} />
          {!isCollapsed && (
            <Typography.Text strong style={{ color: "#b71c1c", lineHeight: 1.2 }}>
              {t("app.short")}
              <br />
              <span style={{ fontWeight: 400, fontSize: 12, color: token.colorTextSecondary }}>Tuyên Quang</span>
            </Typography.Text>
          )}
        </Flex>
        <Menu mode="inline" selectedKeys={[current]} items={items} data-testid="main-menu" style={{ borderInlineEnd: 0 }} />
      </Sider>
      <Layout>
        <Header
          style={{
            background: token.colorBgContainer,
            padding: "0 16px",
            height: 64,
            lineHeight: "normal",
            display: "flex",
            alignItems: "center",
            gap: 12,
            borderBottom: `1px solid ${token.colorBorderSecondary}`,
            position: "sticky",
            top: 0,
            zIndex: 10,
          }}
        >
          <Button
            type="text"
            aria-label="menu"
            icon={isCollapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
            onClick={() => setCollapsed(!isCollapsed)}
          />
          <div style={{ flex: "1 1 440px", maxWidth: 480, minWidth: 160 }}>
            <GlobalSearch />
          </div>
          <div style={{ flex: "1 1 0" }} />
          <Segmented<Lang>
            size="small"
            aria-label={t("header.language")}
            value={lang}
            onChange={setLang}
            options={[
              { label: "VI", value: "vi" },
              { label: "EN", value: "en" },
            ]}
          />
          <NotificationBell />
          <AccountBox compact={!screens.xl} />
        </Header>
        <Flex
          align="center"
          justify="space-between"
          gap={12}
          wrap
          style={{ padding: "8px 24px", background: token.colorBgContainer, borderBottom: `1px solid ${token.colorBorderSecondary}` }}
        >
          <Typography.Text type="secondary">{t("app.title")}</Typography.Text>
          <Flex align="center" gap={8}>
            <Typography.Text type="secondary">{t("header.unit")}:</Typography.Text>
            <UnitPicker width={screens.md ? 340 : 220} />
          </Flex>
        </Flex>
        <Content style={{ padding: narrow ? 16 : 24 }}>
          {/* Feature screens load as separate chunks (see App.tsx); the shell stays while they arrive. */}
          <Suspense fallback={<Spin size="large" style={{ display: "block", margin: "15vh auto" }} />}>
            <Outlet />
          </Suspense>
        </Content>
      </Layout>
      <SessionExpired />
    </Layout>
  );
}
