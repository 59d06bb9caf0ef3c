import { Alert, Button, Flex, Modal, Typography } from "antd";
import { useAdminT } from "./messages";

/** The temporary password, shown to the administrator once (the service never shows it again). */
export function TemporaryPassword({ title, password, onClose }: { title: string; password: string | null; onClose: () => void }) {
  const t = useAdminT();
  return (
    <Modal
      open={!!password}
      title={title}
      closable={false}
      maskClosable={false}
      keyboard={false}
      footer={
        <Button type="primary" onClick={onClose} data-testid="temporary-password-close">
          {t("password.close")}
        </Button>
      }
    >
      <Flex vertical gap={12}>
        <Alert type="warning" showIcon title={t("password.once")} />
        <Typography.Paragraph
          copyable={{ text: password ?? "", tooltips: [t("password.copy"), t("password.copied")] }}
          style={{ fontFamily: "monospace", fontSize: 20, margin: 0, textAlign: "center" }}
          data-testid="temporary-password"
        >
          {password}
        </Typography.Paragraph>
      </Flex>
    </Modal>
  );
}
