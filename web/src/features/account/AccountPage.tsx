import { KeyOutlined, UserOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Col, Descriptions, Row, Tag, Typography } from "antd";
import { useEffect, useState } from "react";
import { useNavigate } from "react-router";
import { PageHeader } from "@/components/PageHeader";
import { formatName } from "@/lib/format";
import { useI18n } from "@/lib/i18n";
import { ROLE_ORDER } from "@/lib/roles";
import { useSession } from "@/lib/session";
import { useAccountT } from "./messages";
import { changeOwnPassword, forgetPasswordStatus, passwordStatus } from "./password";

const POLICY = ["policy.length", "policy.classes", "policy.username", "policy.history", "policy.expiry", "policy.secret"] as const;

/** The signed-in person's own account: who they are in the system, and changing their password. */
export function AccountPage() {
  const t = useAccountT();
  const { t: tt, lang } = useI18n();
  const { account, unit } = useSession();
  const [status] = useState(passwordStatus);
  useEffect(forgetPasswordStatus, []);
  const [leaving, setLeaving] = useState(false);
  return (
    <>
      <PageHeader title={t("title")} crumbs={[{ title: t("title") }]} />
      {status === "success" && <Alert type="success" showIcon title={t("password.changed")} style={{ marginBottom: 16 }} data-testid="password-status" />}
      {status && status !== "success" && <Alert type="info" showIcon title={t("password.cancelled")} style={{ marginBottom: 16 }} data-testid="password-status" />}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Card title={<><UserOutlined /> {t("profile")}</>} data-testid="own-profile">
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t("username")}>{account.username}</Descriptions.Item>
              <Descriptions.Item label={t("name")}>{formatName(account.name)}</Descriptions.Item>
              <Descriptions.Item label={t("unit")}>{unit?.name ?? account.unit_id ?? ""}</Descriptions.Item>
              <Descriptions.Item label={t("roles")}>
                {ROLE_ORDER.filter((r) => account.roles.includes(r)).map((r) => (
                  <Tag key={r}>{tt(`role.${r}`)}</Tag>
                ))}
              </Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card title={<><KeyOutlined /> {t("password")}</>} data-testid="own-password">
            <Typography.Paragraph>{t("password.how")}</Typography.Paragraph>
            <Typography.Text strong>{t("policy")}</Typography.Text>
            <ul style={{ marginTop: 8 }}>
              {POLICY.map((k) => (
                <li key={k}>{t(k)}</li>
              ))}
            </ul>
            <Button
              type="primary"
              icon={<KeyOutlined />}
              loading={leaving}
              data-testid="change-password"
              onClick={() => {
                setLeaving(true);
                void changeOwnPassword(lang).catch(() => setLeaving(false));
              }}
            >
              {t("password.button")}
            </Button>
          </Card>
        </Col>
      </Row>
    </>
  );
}

/** The entry of the header's account menu that opens this page. */
export function useOwnAccountMenuItem() {
  const t = useAccountT();
  const navigate = useNavigate();
  return { key: "own-account", icon: <KeyOutlined />, label: t("menu.own"), onClick: () => navigate("/account") };
}
