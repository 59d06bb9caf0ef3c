import { useQueryClient } from "@tanstack/react-query";
import { Alert, App, Form, Modal, Typography } from "antd";
import { useState } from "react";
import { clearDraft } from "@/lib/drafts";
import { ApiError, splitFieldErrors } from "@/lib/errors";
import { apiDate, formatDate, todayInVietnam } from "@/lib/format";
import { useServerForm } from "@/lib/forms";
import { useI18n } from "@/lib/i18n";
import { useErrorNotice } from "@/lib/notify";
import { orgApi, UNIT_STALE, type UnitDetail } from "../api";
import { useOrgText } from "../messages";
import { decisionBody, DecisionFields, type DecisionValues } from "./DecisionFields";
import { initialValues, OpFields, type Op } from "./OpFields";

type Values = DecisionValues & Record<string, unknown>;
const DESTRUCTIVE: Op[] = ["dissolve", "merge", "split"];

/** Sends the operation; resolves to the unit to show afterwards. */
async function perform(op: Op, unit: UnitDetail, v: Values): Promise<string> {
  const d = decisionBody(v);
  const text = (k: string) => (typeof v[k] === "string" && (v[k] as string).trim() ? (v[k] as string).trim() : null);
  switch (op) {
    case "create": {
      const created = await orgApi.create({
        ...d, unit_id: text("unit_id") ?? "", parent_id: String(v.parent_id ?? ""), name: text("name") ?? "",
        short_name: text("short_name"), unit_type: text("unit_type"), unit_block: text("unit_block"),
        management_level: text("management_level"), address: text("address"),
      });
      return created.unit_id;
    }
    case "update": {
      // Only what differs from the unit as read; row_version says which version that was.
      const after: Record<string, string | number | null> = {
        unit_type: (v.unit_type as string | undefined) ?? null, unit_block: (v.unit_block as string | undefined) ?? null,
        management_level: (v.management_level as string | undefined) ?? null, address: text("address"),
        sort_order: typeof v.sort_order === "number" ? v.sort_order : 0,
      };
      const changed = Object.fromEntries(Object.entries(after).filter(([k, value]) => (unit[k as keyof UnitDetail] ?? null) !== value));
      await orgApi.update(unit.unit_id, { ...d, ...changed, row_version: unit.row_version });
      return unit.unit_id;
    }
    case "rename":
      await orgApi.rename(unit.unit_id, { ...d, name: text("name") ?? "", short_name: text("short_name") });
      return unit.unit_id;
    case "move":
      await orgApi.move(unit.unit_id, { ...d, parent_id: String(v.parent_id ?? "") });
      return unit.unit_id;
    case "dissolve":
      await orgApi.dissolve(unit.unit_id, { ...d, note: text("note") });
      return unit.parent_id ?? unit.unit_id;
    case "merge": {
      const target = v.target_mode === "new"
        ? { unit_id: text("unit_id") ?? "", new: true, name: text("name"), parent_id: unit.parent_id }
        : { unit_id: String(v.targets ?? "") };
      await orgApi.reorganize({ ...d, kind: "merge", source_unit_ids: (v.source_unit_ids as string[]) ?? [], targets: [target] });
      return target.unit_id;
    }
    case "split": {
      const targets = ((v.targets as { new?: boolean; unit_id?: string; name?: string }[]) ?? []).map((t) => ({
        unit_id: (t.unit_id ?? "").trim(), new: !!t.new, name: t.new ? (t.name ?? "").trim() : null,
      }));
      await orgApi.reorganize({
        ...d, kind: "split", source_unit_ids: [unit.unit_id], targets, keep_source: !!v.keep_source,
        default_target_unit_id: (v.default_target_unit_id as string | undefined) ?? null,
      });
      return v.keep_source ? unit.unit_id : targets[0]?.unit_id ?? unit.unit_id;
    }
  }
}

/** The form of one change operation: its fields, the decision, a confirmation when it ends a unit. */
export function ChangeModal({ op, unit: opened, onClose, onDone }: {
  op: Op;
  unit: UnitDetail;
  onClose: () => void;
  onDone: (openUnitId: string) => void;
}) {
  const tr = useOrgText();
  const { lang } = useI18n();
  const { modal, message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<Values>();
  const notice = useErrorNotice();
  const [error, setError] = useState<ApiError | null>(null);
  const [submitting, setSubmitting] = useState(false);
  // The unit as last read: a change refused because another came first (409) reloads it.
  const [unit, setUnit] = useState(opened);
  const [stale, setStale] = useState(false);
  const draftKey = `org-change-${op}-${unit.unit_id}`;
  // The draft of what is typed (kept across a refusal or a new sign-in) comes from useServerForm; the
  // refusal itself is shown inside the form (banner + field), not also as a notice.
  const sf = useServerForm(form, draftKey, {
    initialValues: { ...initialValues(op, unit), effective_on: todayInVietnam() },
  });
  const opName = tr(`op.${op}`);

  const reload = async () => {
    const fresh = await orgApi.unit(unit.unit_id, null);
    setUnit(fresh);
    form.setFieldsValue(initialValues(op, fresh) as never);
    setStale(true);
    void client.invalidateQueries({ queryKey: ["org"] });
  };

  const run = async (v: Values) => {
    setError(null);
    setStale(false);
    setSubmitting(true);
    let openId: string;
    try {
      openId = await perform(op, unit, v);
    } catch (err) {
      if (err instanceof ApiError && err.status === 409 && err.code === UNIT_STALE) {
        try {
          await reload();
        } catch (again) {
          notice(again);
        }
      } else if (err instanceof ApiError && err.status !== 0 && err.status !== 401) {
        setError(err);
        const known = new Set(Object.keys(form.getFieldsValue(true) as object));
        form.setFields(splitFieldErrors(err.fields, known).formFields as never);
      } else notice(err);
      return;
    } finally {
      setSubmitting(false);
    }
    clearDraft(draftKey);
    message.success(tr("done", { op: opName }));
    onDone(openId);
    // The form closes at once; the tree and the unit's tabs reload behind it (on a busy server, waiting
    // for every open query first kept the finished form on screen for many seconds).
    void client.invalidateQueries({ queryKey: ["org"] });
    void client.invalidateQueries({ queryKey: ["units"] });
  };

  const onFinish = (v: Values) => {
    if (!DESTRUCTIVE.includes(op)) return run(v);
    const date = formatDate(apiDate(v.effective_on), lang);
    const content =
      op === "dissolve"
        ? tr("confirm.dissolve", { unit: unit.name, date })
        : op === "merge"
          ? tr("confirm.merge", {
              sources: ((v.source_unit_ids as string[]) ?? []).join(", "),
              target: v.target_mode === "new" ? String(v.name ?? v.unit_id) : String(v.targets ?? ""),
              date,
            })
          : tr("confirm.split", {
              unit: unit.name,
              targets: ((v.targets as { unit_id?: string }[]) ?? []).map((t) => t.unit_id).join(", "),
              date,
            });
    modal.confirm({
      title: tr("confirmTitle", { op: opName.toLowerCase() }),
      content,
      okText: tr("confirmOk"),
      okButtonProps: { danger: true, "data-testid": "confirm-ok" },
      onOk: () => run(v),
    });
  };

  return (
    <Modal
      open
      width={720}
      title={opName}
      onCancel={onClose}
      okText={tr("submit")}
      onOk={() => form.submit()}
      okButtonProps={{ danger: DESTRUCTIVE.includes(op), "data-testid": "change-submit" }}
      confirmLoading={submitting}
      destroyOnHidden
      maskClosable={false}
    >
      <Typography.Paragraph type="secondary">{tr(`opHint.${op}`, { unit: unit.name })}</Typography.Paragraph>
      {stale && <Alert type="warning" showIcon style={{ marginBottom: 12 }} data-testid="change-stale" title={tr("unitStale")} />}
      {error && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="change-error"
          title={tr("formError")}
          description={error.text(lang)}
        />
      )}
      <Form form={form} layout="vertical" onValuesChange={sf.onValuesChange} onFinish={onFinish} data-testid={`change-form-${op}`}>
        <OpFields op={op} unit={unit} />
        <DecisionFields />
      </Form>
    </Modal>
  );
}
