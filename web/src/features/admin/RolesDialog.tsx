import { Alert, Checkbox, Form, Modal } from "antd";
import { useEffect, useState } from "react";
import { ApiError } from "@/lib/errors";
import { useI18n } from "@/lib/i18n";
import { useSession } from "@/lib/session";
import { ACCOUNT_STALE, getAccount, setRoles, type AccountRow } from "./api";
import { useAdminT } from "./messages";
import { grantableRoles } from "./rules";
import { useShowServerError } from "./serverErrors";

const FIELDS = ["roles"] as const;
const CODE_FIELDS = { role_beyond_scope: "roles" };

/**
 * Grants and revokes roles; only the roles the administrator may grant are offered. The change names the
 * account's version the dialog opened with: if another administrator changed the account meanwhile, the
 * service refuses it (409), the dialog says so and reloads the account's current roles.
 */
export function RolesDialog({ account, onClose, onDone, onReloaded }: {
  account: AccountRow | null;
  onClose: () => void;
  onDone: (a: AccountRow) => void;
  onReloaded?: () => void;
}) {
  const t = useAdminT();
  const { t: tt } = useI18n();
  const session = useSession();
  const [form] = Form.useForm<{ roles: string[] }>();
  const [busy, setBusy] = useState(false);
  const [current, setCurrent] = useState<AccountRow | null>(account);
  const [stale, setStale] = useState(false);
  const showError = useShowServerError(form, FIELDS, CODE_FIELDS);

  useEffect(() => {
    setCurrent(account);
    setStale(false);
    if (account) form.setFieldsValue({ roles: account.roles });
  }, [account, form]);

  const submit = async ({ roles }: { roles: string[] }) => {
    if (!current) return;
    setBusy(true);
    try {
      onDone(await setRoles(current.account_id, roles, current.row_version));
    } catch (err) {
      if (err instanceof ApiError && err.status === 409 && err.code === ACCOUNT_STALE) {
        try {
          const fresh = await getAccount(current.account_id);
          setCurrent(fresh);
          form.setFieldsValue({ roles: fresh.roles });
          setStale(true);
          onReloaded?.();
        } catch (again) {
          showError(again);
        }
      } else showError(err);
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
      {stale && <Alert type="warning" showIcon data-testid="roles-stale" style={{ marginBottom: 12 }} title={t("roles.stale")} />}
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
