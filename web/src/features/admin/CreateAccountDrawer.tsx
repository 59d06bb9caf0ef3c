import { useQuery } from "@tanstack/react-query";
import { Alert, Button, Checkbox, Drawer, Flex, Form, Input, Radio } from "antd";
import { useEffect, useRef, useState } from "react";
import { clearDraft, loadDraft, saveDraft } from "@/lib/drafts";
import { useI18n } from "@/lib/i18n";
import { useSession } from "@/lib/session";
import { createAccount, listAccounts, type AccountRow } from "./api";
import { useAdminT } from "./messages";
import { grantableRoles } from "./rules";
import { useShowServerError } from "./serverErrors";
import { UnitSelect } from "./UnitSelect";

interface Values {
  unit_id?: string;
  username?: string;
  full_name?: string;
  email?: string;
  roles?: string[];
  password_mode?: "generate" | "type";
  password?: string;
  additional_reason?: string;
}

const DRAFT = "admin-account-create";
const FIELDS = ["unit_id", "username", "full_name", "email", "roles", "password", "additional_reason"] as const;
const CODE_FIELDS = { role_beyond_scope: "roles", duplicate_username: "username", unknown_unit: "unit_id" };

/** The drafted values, never the password: a draft sits in sessionStorage. */
function withoutPassword(values: Values): Values {
  const { password: _password, ...rest } = values;
  return rest;
}

/**
 * Creates the account of a unit: one per unit, a further one only with the unit's request as reason.
 * After a creation the drawer closes first and `onCreated` comes once it is gone: closing hands the
 * keyboard focus back to the button that opened it, and a dialog opened any earlier would have that
 * happen under it, half a second later, wherever the user has gone on typing (an Enter meant for the
 * search box then lands on "Tạo tài khoản" and opens an empty drawer over the list).
 */
export function CreateAccountDrawer({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (a: AccountRow, password: string) => void }) {
  const t = useAdminT();
  const { t: tt } = useI18n();
  const { account } = useSession();
  const [form] = Form.useForm<Values>();
  const [submitting, setSubmitting] = useState(false);
  const created = useRef<{ account: AccountRow; password: string } | null>(null);
  const showError = useShowServerError(form, FIELDS, CODE_FIELDS);
  const unitId = Form.useWatch("unit_id", form);
  const mode = Form.useWatch("password_mode", form);

  useEffect(() => {
    if (open) form.setFieldsValue({ password_mode: "generate", roles: ["unit_officer"], ...(loadDraft<Values>(DRAFT) ?? {}) });
  }, [open, form]);

  const existing = useQuery({
    queryKey: ["accounts", "in-unit", unitId],
    queryFn: () => listAccounts({ unit_id: unitId, limit: 1 }),
    enabled: open && !!unitId,
  });
  const inUnit = existing.data?.count ?? 0;

  const close = () => {
    form.resetFields();
    onClose();
  };

  const submit = async (v: Values) => {
    setSubmitting(true);
    try {
      const made = await createAccount({
        username: (v.username ?? "").trim(),
        unit_id: v.unit_id ?? "",
        roles: v.roles ?? [],
        full_name: v.full_name?.trim() || null,
        email: v.email?.trim() || null,
        password: v.password_mode === "type" ? v.password : null,
        additional_reason: inUnit > 0 ? v.additional_reason?.trim() || null : null,
      });
      clearDraft(DRAFT);
      form.resetFields();
      created.current = { account: made.account, password: made.temporary_password };
      onClose();
    } catch (err) {
      showError(err);
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Drawer
      open={open}
      onClose={close}
      title={t("create.title")}
      size={560}
      destroyOnHidden
      afterOpenChange={(visible) => {
        const done = created.current;
        created.current = null;
        if (!visible && done) onCreated(done.account, done.password);
      }}
      data-testid="account-create"
      footer={
        <Flex justify="end" gap={8}>
          <Button onClick={close}>{tt("app.cancel")}</Button>
          <Button type="primary" loading={submitting} onClick={() => form.submit()} data-testid="account-create-submit">
            {t("create.submit")}
          </Button>
        </Flex>
      }
    >
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark
        onFinish={submit}
        onValuesChange={(_, all) => saveDraft(DRAFT, withoutPassword(all))}
      >
        <Form.Item name="unit_id" label={t("create.unit")} rules={[{ required: true, message: t("requiredPick") }]}>
          <UnitSelect testId="account-unit" allowClear={false} />
        </Form.Item>
        {inUnit > 0 && (
          <>
            <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t("create.hasAccounts", { n: inUnit })} />
            <Form.Item name="additional_reason" label={t("create.reason")} rules={[{ required: true, message: t("required") }]}>
              <Input.TextArea rows={2} maxLength={500} data-testid="account-reason" />
            </Form.Item>
          </>
        )}
        <Form.Item
          name="username"
          label={t("create.username")}
          extra={t("create.usernameHelp")}
          rules={[
            { required: true, message: t("required") },
            { pattern: /^[a-z0-9][a-z0-9._-]*$/, message: t("create.usernamePattern") },
            { min: 3, max: 100 },
          ]}
        >
          <Input autoComplete="off" maxLength={100} data-testid="account-username" />
        </Form.Item>
        <Form.Item name="full_name" label={t("create.fullName")}>
          <Input maxLength={300} data-testid="account-fullname" />
        </Form.Item>
        <Form.Item name="email" label={t("create.email")} rules={[{ type: "email", message: t("create.emailInvalid") }]}>
          <Input maxLength={255} autoComplete="off" />
        </Form.Item>
        <Form.Item name="roles" label={t("create.roles")} extra={t("create.rolesHelp")} rules={[{ required: true, message: t("requiredPick") }]}>
          <Checkbox.Group
            data-testid="account-roles"
            options={grantableRoles(account.roles).map((r) => ({ value: r, label: tt(`role.${r}`) }))}
          />
        </Form.Item>
        <Form.Item name="password_mode" label={t("create.passwordMode")}>
          <Radio.Group
            data-testid="account-password-mode"
            options={[
              { value: "generate", label: t("create.generate") },
              { value: "type", label: t("create.typeIt") },
            ]}
          />
        </Form.Item>
        {mode === "type" && (
          <Form.Item
            name="password"
            label={t("create.password")}
            extra={t("create.passwordHelp")}
            rules={[{ required: true, message: t("required") }]}
          >
            <Input.Password autoComplete="new-password" maxLength={128} data-testid="account-password" />
          </Form.Item>
        )}
      </Form>
    </Drawer>
  );
}
