import { useQuery } from "@tanstack/react-query";
import { Alert, App, Badge, Button, Card, Col, Flex, Form, Input, Popconfirm, Result, Row, Skeleton, Space, Tabs } from "antd";
import { useEffect, useMemo, useState } from "react";
import { useNavigate, useParams } from "react-router";
import { EmptyState } from "@/components/EmptyState";
import { PageHeader } from "@/components/PageHeader";
import { clearDraft, loadDraft, saveDraft } from "@/lib/drafts";
import { ApiError } from "@/lib/errors";
import { formatName } from "@/lib/format";
import { useServerForm } from "@/lib/forms";
import { useI18n } from "@/lib/i18n";
import { useErrorNotice } from "@/lib/notify";
import { hasAnyRole } from "@/lib/roles";
import { useSession } from "@/lib/session";
import { useUnitScope } from "@/lib/unitScope";
import { personnelApi } from "./api";
import { useCatalogIndex } from "./catalogs";
import { useLabel, usePt } from "./messages";
import { formToProfile, normalizeFieldErrors, profileToForm, tabOf } from "./profile/convert";
import { ProfileTabForm } from "./profile/inputs";
import { CATALOGS_USED, fieldAt, TABS } from "./profile/spec";
import type { ChangeRequest, Profile } from "./types";
import { OFFICERS } from "./PersonListPage";
import { UnitField } from "./UnitField";

interface Start {
  draftKey: string;
  personId: string | null;
  base: Profile | null;
  request: ChangeRequest | null;
  name: string;
}

/** Where editing starts: a new record, an approved record (or its open draft), or a given request. */
function useStart(): { start: Start | null; loading: boolean; reload: () => void } {
  const { personId, crId } = useParams();
  const q = useQuery({
    queryKey: ["person-edit", personId ?? null, crId ?? null],
    gcTime: 0,
    queryFn: async (): Promise<Start> => {
      if (crId) {
        const request = await personnelApi.changeRequest(crId);
        return { draftKey: `cr-${crId}`, personId: request.person_id, base: request.profile, request, name: nameOf(request.profile) };
      }
      if (personId) {
        const [person, drafts] = await Promise.all([
          personnelApi.person(personId),
          personnelApi.changeRequests({ person_id: personId, state: "draft", size: 1 }),
        ]);
        const request = drafts.items[0] ?? null;
        const base = request?.profile ?? person?.profile ?? null;
        return { draftKey: `person-${personId}`, personId, base, request, name: nameOf(base) };
      }
      // A new record whose draft was already saved on the server (before a failed submission).
      const saved = loadDraft<{ id: string }>("person-new.cr");
      const request = saved ? await personnelApi.changeRequest(saved.id).catch(() => null) : null;
      const open = request && request.state === "draft" ? request : null;
      return { draftKey: "person-new", personId: null, base: open?.profile ?? null, request: open, name: "" };
    },
  });
  return { start: q.data ?? null, loading: q.isLoading, reload: () => void q.refetch() };
}

const nameOf = (p: Profile | null | undefined) => formatName(p?.identity?.full_name);

/** The officer's form: same tabs as the profile; saves a change request (draft) and submits it. */
export function PersonEditPage() {
  const pt = usePt();
  const { t } = useI18n();
  const { account } = useSession();
  const { start, loading, reload } = useStart();
  if (!hasAnyRole(account.roles, [...OFFICERS])) return <Result status="403" title="403" subTitle={t("app.forbidden")} />;
  const title = start?.personId ? pt("f.editTitle", { name: start.name }) : pt("f.newTitle");
  return (
    <>
      <PageHeader title={title} crumbs={[{ title }]} />
      {loading ? <Card><Skeleton active /></Card> : start ? <EditForm key={`${start.draftKey}-${start.request?.revision ?? 0}`} start={start} reload={reload} /> : <EmptyState />}
    </>
  );
}

function EditForm({ start, reload }: { start: Start; reload: () => void }) {
  const pt = usePt();
  const label = useLabel();
  const { lang, t } = useI18n();
  const { notification } = App.useApp();
  const notice = useErrorNotice();
  const navigate = useNavigate();
  const { selected } = useUnitScope();
  const catalogs = useCatalogIndex(CATALOGS_USED);
  const [form] = Form.useForm();
  const [request, setRequest] = useState<ChangeRequest | null>(start.request);
  const [conflict, setConflict] = useState(false);
  const [errorTabs, setErrorTabs] = useState<Set<string>>(new Set());
  const [activeTab, setActiveTab] = useState(TABS[0].key);
  const isNew = !start.personId || request?.kind === "create";
  const initialValues = useMemo(
    () => ({ ...profileToForm(start.base), unit_id: request?.unit_id ?? selected?.unit_id, note: request?.note ?? undefined }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [start],
  );
  const sf = useServerForm(form, start.draftKey, { initialValues });
  // The header's unit is known only once org answers: a new person starts in it unless one was chosen.
  useEffect(() => {
    if (isNew && selected && !form.getFieldValue("unit_id")) form.setFieldValue("unit_id", selected.unit_id);
  }, [isNew, selected, form]);
  const editable = !request || request.state === "draft";

  const markErrorTabs = () => {
    const tabs = new Set(form.getFieldsError().filter((e) => e.errors.length).map((e) => tabOf(e.name.join(".")) ?? ""));
    setErrorTabs(tabs);
    return tabs;
  };

  const save = (action: "draft" | "submit") =>
    sf.submit(async () => {
      try {
        const values = form.getFieldsValue(true) as Record<string, unknown>;
        const profile = formToProfile(values, start.base);
        const note = (values.note as string | undefined) || null;
        let cr = request;
        cr = cr
          ? await personnelApi.editChange(cr.id, { revision: cr.revision, profile, note })
          : await personnelApi.createChange({ person_id: start.personId ?? undefined, unit_id: isNew ? (values.unit_id as string) : undefined, profile, note });
        setRequest(cr);
        if (!start.personId) saveDraft("person-new.cr", { id: cr.id });
        if (action === "submit") cr = await personnelApi.act(cr.id, "submit");
        return cr;
      } catch (err) {
        if (err instanceof ApiError && err.status === 409 && err.code === "stale_draft") setConflict(true);
        if (err instanceof ApiError && err.fields.length) {
          // Fields the tabs do not show keep a readable name and go to the notice instead.
          const fields = normalizeFieldErrors(err.fields).map((f) =>
            fieldAt(f.field) || f.field === "unit_id" ? f : { ...f, field: f.field.replaceAll(".", " › ") },
          );
          throw err.withFields(fields);
        }
        throw err;
      }
    });

  const finish = async (action: "draft" | "submit") => {
    try {
      await form.validateFields();
    } catch {
      const tabs = markErrorTabs();
      if (tabs.size && !tabs.has(activeTab)) setActiveTab([...tabs][0]);
      return;
    }
    const cr = await save(action);
    const tabs = markErrorTabs();
    if (!cr) {
      if (tabs.size && !tabs.has(activeTab)) setActiveTab([...tabs][0]);
      return;
    }
    if (action === "draft") {
      notification.success({ title: pt("f.saved") });
      return;
    }
    clearDraft("person-new.cr");
    notification.success({ title: pt("f.submitted") });
    if (cr.warnings.length)
      notification.warning({
        title: pt("f.warnings"),
        description: cr.warnings.map((w) => (lang === "en" ? w.message_en : w.message)).join(" "),
        duration: 0,
      });
    navigate(`/personnel/${cr.person_id}`);
  };

  const act = async (action: "withdraw" | "revise") => {
    if (!request) return;
    try {
      setRequest(await personnelApi.act(request.id, action));
      if (action === "withdraw") navigate(`/personnel/${request.person_id}`);
    } catch (err) {
      notice(err);
    }
  };

  const reloadLatest = () => {
    clearDraft(start.draftKey);
    setConflict(false);
    reload();
  };

  const tabItems = TABS.map((tab) => ({
    key: tab.key,
    forceRender: true,
    label: <Badge dot={errorTabs.has(tab.key)} offset={[6, 0]}>{label(tab.label)}</Badge>,
    children: <ProfileTabForm tab={tab} catalogs={catalogs} />,
  }));

  return (
    <Form form={form} name="person" layout="vertical" disabled={!editable} onValuesChange={sf.onValuesChange} onFieldsChange={() => errorTabs.size && markErrorTabs()}>
      <Space orientation="vertical" style={{ width: "100%", marginBottom: 12 }}>
        {conflict && (
          <Alert type="error" showIcon data-testid="edit-conflict" title={pt("f.conflict")} action={<Button onClick={reloadLatest}>{pt("f.reload")}</Button>} />
        )}
        {sf.restored && (
          <Alert type="info" showIcon title={t("app.draftRestored")} />
        )}
        {request?.state === "draft" && <Alert type="info" showIcon title={pt("f.continueDraft", { r: request.revision })} />}
        {request?.state === "submitted" && (
          <Alert
            type="warning"
            showIcon
            title={pt("f.frozen")}
            action={
              <Popconfirm title={pt("f.withdrawConfirm")} onConfirm={() => act("withdraw")}>
                <Button disabled={false}>{pt("f.withdraw")}</Button>
              </Popconfirm>
            }
          />
        )}
        {request?.state === "rejected" && (
          <Alert
            type="error"
            showIcon
            title={pt("f.rejectedBecause", { reason: request.reject_reason ?? "" })}
            action={<Button disabled={false} onClick={() => act("revise")}>{pt("f.revise")}</Button>}
          />
        )}
      </Space>
      <Card>
        {isNew && (
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="unit_id" label={pt("f.unit")} rules={[{ required: true, message: pt("f.unitRequired") }]}>
                <UnitField placeholder={pt("f.unit")} />
              </Form.Item>
            </Col>
          </Row>
        )}
        <Tabs tabPlacement="start" activeKey={activeTab} onChange={setActiveTab} items={tabItems} />
        <Form.Item name="note" label={pt("f.note")}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} />
        </Form.Item>
        {errorTabs.size > 0 && (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 12 }}
            title={pt("f.hasErrors", { n: form.getFieldsError().filter((e) => e.errors.length).length })}
          />
        )}
        <Flex gap={8} justify="end" wrap>
          {sf.restored && <Button onClick={sf.discard}>{t("app.discardDraft")}</Button>}
          <Button onClick={() => navigate(-1)} disabled={false}>{t("app.cancel")}</Button>
          <Button onClick={() => finish("draft")} loading={sf.submitting} data-testid="save-draft">
            {pt("f.saveDraft")}
          </Button>
          <Button type="primary" onClick={() => finish("submit")} loading={sf.submitting} data-testid="submit-request">
            {pt("f.submit")}
          </Button>
        </Flex>
      </Card>
    </Form>
  );
}
