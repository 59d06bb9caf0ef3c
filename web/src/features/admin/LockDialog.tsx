import { Alert, App, Form, Input, Modal } from "antd";
import { useState } from "react";
import { ApiError } from "@/lib/errors";
import { useI18n } from "@/lib/i18n";
import { SECOND_ADMIN_REQUIRED, lockAccount, requestAction, unlockAccount, type AccountRow } from "./api";
import { useAdminT } from "./messages";
import { useShowServerError } from "./serverErrors";

const FIELDS = ["reason"] as const;

/** Confirms a lock or an unlock; both need a reason, which the audit log keeps. */
export function LockDialog({ account, onClose, onDone, onRequested }: { account: AccountRow | null; onClose: () => void; onDone: (a: AccountRow) => void; onRequested?: () => void }) {
  const t = useAdminT();
  const { t: tt } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const [busy, setBusy] = useState(false);
  const showError = useShowServerError(form, FIELDS);
  const locking = account?.status !== "locked";

  const submit = async ({ reason }: { reason: string }) => {
    if (!account) return;
    setBusy(true);
    try {
      const changed = await (locking ? lockAccount : unlockAccount)(account.account_id, reason.trim());
      form.resetFields();
      onDone(changed);
    } catch (err) {
      if (!locking && err instanceof ApiError && err.code === SECOND_ADMIN_REQUIRED) {
        // An administrator's account: the unlock becomes a request for a second administrator.
        try {
          await requestAction(account.account_id, "unlock", reason.trim());
          form.resetFields();
          message.info(t("request.sent"));
          onRequested?.();
        } catch (inner) {
          showError(inner);
        }
      } else showError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={!!account}
      title={t(locking ? "lock.title" : "unlock.title", { username: account?.username ?? "" })}
      okText={t(locking ? "action.lock" : "action.unlock")}
      okButtonProps={{ danger: locking, loading: busy, "data-testid": "lock-confirm" } as never}
      cancelText={tt("app.cancel")}
      onOk={() => form.submit()}
      onCancel={() => {
        form.resetFields();
        onClose();
      }}
      destroyOnHidden
      data-testid="lock-dialog"
    >
      <Alert type={locking ? "warning" : "info"} showIcon style={{ marginBottom: 12 }} title={t(locking ? "lock.hint" : "unlock.hint")} />
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          name="reason"
          label={t("lock.reason")}
          rules={[
            { required: true, whitespace: true, message: t("required") },
            { min: 3, message: t("lock.reasonShort") },
          ]}
        >
          <Input.TextArea rows={3} maxLength={500} autoFocus data-testid="lock-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
