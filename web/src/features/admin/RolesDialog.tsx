import { Checkbox, Form, Modal } from "antd";
import { useEffect, useState } from "react";
import { useI18n } from "@/lib/i18n";
import { useSession } from "@/lib/session";
import { setRoles, type AccountRow } from "./api";
import { useAdminT } from "./messages";
import { grantableRoles } from "./rules";
import { useShowServerError } from "./serverErrors";

const FIELDS = ["roles"] as const;
const CODE_FIELDS = { role_beyond_scope: "roles" };

/** Grants and revokes roles; only the roles the administrator may grant are offered. */
export function RolesDialog({ account, onClose, onDone }: { account: AccountRow | null; onClose: () => void; onDone: (a: AccountRow) => void }) {
  const t = useAdminT();
  const { t: tt } = useI18n();
  const session = useSession();
  const [form] = Form.useForm<{ roles: string[] }>();
  const [busy, setBusy] = useState(false);
  const showError = useShowServerError(form, FIELDS, CODE_FIELDS);

  useEffect(() => {
    if (account) form.setFieldsValue({ roles: account.roles });
  }, [account, form]);

  const submit = async ({ roles }: { roles: string[] }) => {
    if (!account) return;
    setBusy(true);
    try {
      onDone(await setRoles(account.account_id, roles));
    } catch (err) {
      showError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={!!account}
      title={t("roles.title", { username: account?.username ?? "" })}
      okText={tt("app.save")}
      okButtonProps={{ loading: busy }}
      cancelText={tt("app.cancel")}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="roles" label={t("create.roles")} extra={t("create.rolesHelp")} rules={[{ required: true, message: t("requiredPick") }]}>
          <Checkbox.Group
            style={{ display: "flex", flexDirection: "column", gap: 6 }}
            options={grantableRoles(session.account.roles).map((r) => ({ value: r, label: tt(`role.${r}`) }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
