import { CheckOutlined, DownloadOutlined, PlusOutlined, UserAddOutlined } from "@ant-design/icons";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { App, AutoComplete, Button, Card, DatePicker, Descriptions, Drawer, Flex, Form, Input, Modal, Select, Space, Table, Tag, Typography, type TableColumnsType } from "antd";
import type dayjs from "dayjs";
import { useState } from "react";
import { Link } from "react-router";
import { PagedTable } from "@/components/PagedTable";
import { UnitPicker } from "@/components/UnitPicker";
import { saveBlob } from "@/features/personnel/files";
import { apiOrNull } from "@/lib/api";
import { catalogItemName, type CatalogItem } from "@/lib/catalogs";
import { ApiError } from "@/lib/errors";
import { apiDate, useFormat } from "@/lib/format";
import { useServerForm } from "@/lib/forms";
import { useI18n } from "@/lib/i18n";
import { APPROVERS, EDITORS, hasAnyRole } from "@/lib/roles";
import { useSession } from "@/lib/session";
import { useUnitScope } from "@/lib/unitScope";
import { coursesPath, registersApi, type Course, type PlannedKind, type PlanUnit } from "./api";
import { PeoplePicker } from "./PeoplePicker";
import { useRt, type RegisterMessageKey } from "./messages";

const KINDS = ["professional", "political_theory", "state_management", "defence_security", "it", "language", "other"] as const;
const LEVELS: Record<string, { value: string; label: string }[]> = {
  political_theory: [["CN", "Cử nhân"], ["CC", "Cao cấp"], ["TC", "Trung cấp"], ["SC", "Sơ cấp"]].map(([value, label]) => ({ value, label })),
  state_management: [["CVCC", "Chuyên viên cao cấp"], ["CVC", "Chuyên viên chính"], ["CV", "Chuyên viên"], ["CS", "Cán sự"],
    ["LD_SO", "Lãnh đạo cấp sở"], ["LD_PHONG", "Lãnh đạo cấp phòng"], ["CDNN", "Chức danh nghề nghiệp"]].map(([value, label]) => ({ value, label })),
  professional: [["TS", "Tiến sĩ"], ["ThS", "Thạc sĩ"], ["DH", "Đại học"], ["CD", "Cao đẳng"], ["TC", "Trung cấp"]].map(([value, label]) => ({ value, label })),
};

interface CourseValues {
  name: string;
  kind: (typeof KINDS)[number];
  location: "domestic" | "abroad";
  country?: string;
  mode?: string;
  specialty?: string;
  school: string;
  diploma?: string;
  level_code?: string;
  funding: "state" | "unit" | "self" | "sponsor";
  starts_on: dayjs.Dayjs;
  ends_on: dayjs.Dayjs;
}

const fold = (text: string) => text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();

/** A catalog of org's (training modes, schools, specialties, diplomas) as options: by code where the record
 * keeps the code, by name where it keeps the text as written (a school not in the catalog may still be typed). */
function useCatalogOptions(catalog: string, value: "code" | "name") {
  const { lang } = useI18n();
  const items = useQuery({
    queryKey: ["catalog", "org", catalog],
    queryFn: () => apiOrNull<CatalogItem[]>(`/api/org/catalogs/${catalog}/items`),
    staleTime: 60 * 60_000,
  });
  return (items.data ?? []).filter((i) => i.active !== false)
    .map((i) => ({ value: value === "code" ? i.code : catalogItemName(i, lang), label: catalogItemName(i, lang) }));
}

function CourseForm({ open, onClose, unitId }: { open: boolean; onClose: () => void; unitId?: string | null }) {
  const rt = useRt();
  const f = useFormat();
  const client = useQueryClient();
  const [form] = Form.useForm<CourseValues>();
  const sf = useServerForm(form, "training-course-new", { initialValues: { location: "domestic", funding: "state", kind: "professional" } });
  const kind = Form.useWatch("kind", form);
  const location = Form.useWatch("location", form);
  const req = [{ required: true, message: rt("r.required") }];
  const modes = useCatalogOptions("training_modes", "code");
  const schools = useCatalogOptions("schools", "name");
  const specialties = useCatalogOptions("specialties", "name");
  const diplomas = useCatalogOptions("diplomas", "name");
  const finish = async (v: CourseValues) => {
    const saved = await sf.submit(() => registersApi.createCourse({
      ...v, unit_id: unitId ?? null, country: v.country || null, mode: v.mode || null, specialty: v.specialty || null, diploma: v.diploma || null,
      level_code: v.level_code || null, starts_on: apiDate(v.starts_on) ?? "", ends_on: apiDate(v.ends_on) ?? "",
    }));
    if (saved) {
      form.resetFields();
      await client.invalidateQueries({ queryKey: [coursesPath] });
      onClose();
    }
  };
  return (
    <Modal open={open} onCancel={onClose} title={rt("t.new")} width={720} onOk={() => form.submit()} confirmLoading={sf.submitting}
      okButtonProps={{ "data-testid": "course-save" } as never} destroyOnHidden>
      <Form form={form} layout="vertical" onValuesChange={sf.onValuesChange} onFinish={finish} data-testid="course-form">
        <Form.Item name="name" label={rt("t.name")} rules={req}><Input data-testid="course-name" /></Form.Item>
        <Flex gap={12}>
          <Form.Item name="kind" label={rt("t.kind")} rules={req} style={{ flex: 1 }}>
            <Select options={KINDS.map((k) => ({ value: k, label: rt(`t.kind.${k}` as RegisterMessageKey) }))} />
          </Form.Item>
          <Form.Item name="level_code" label={rt("t.level")} style={{ flex: 1 }}>
            <Select allowClear options={LEVELS[kind ?? ""] ?? []} disabled={!LEVELS[kind ?? ""]} />
          </Form.Item>
        </Flex>
        <Flex gap={12}>
          <Form.Item name="location" label={rt("t.location")} style={{ flex: 1 }}>
            <Select options={[{ value: "domestic", label: rt("t.domestic") }, { value: "abroad", label: rt("t.abroad") }]} />
          </Form.Item>
          <Form.Item name="country" label={rt("t.country")} style={{ flex: 1 }} rules={location === "abroad" ? req : []}>
            <Input disabled={location !== "abroad"} />
          </Form.Item>
        </Flex>
        <Flex gap={12}>
          <Form.Item name="school" label={rt("t.school")} rules={req} style={{ flex: 2 }}>
            <AutoComplete options={schools} filterOption={(input, o) => fold(String(o?.value ?? "")).includes(fold(input))} data-testid="course-school" />
          </Form.Item>
          <Form.Item name="mode" label={rt("t.mode")} style={{ flex: 1 }}>
            <Select allowClear showSearch optionFilterProp="label" options={modes} />
          </Form.Item>
        </Flex>
        <Flex gap={12}>
          <Form.Item name="specialty" label={rt("t.specialty")} style={{ flex: 1 }}>
            <AutoComplete options={specialties} filterOption={(input, o) => fold(String(o?.value ?? "")).includes(fold(input))} />
          </Form.Item>
          <Form.Item name="diploma" label={rt("t.diploma")} style={{ flex: 1 }}>
            <AutoComplete options={diplomas} filterOption={(input, o) => fold(String(o?.value ?? "")).includes(fold(input))} />
          </Form.Item>
        </Flex>
        <Flex gap={12}>
          <Form.Item name="funding" label={rt("t.funding")} style={{ flex: 1 }}>
            <Select options={(["state", "unit", "self", "sponsor"] as const).map((v) => ({ value: v, label: rt(`t.funding.${v}`) }))} />
          </Form.Item>
          <Form.Item name="starts_on" label={rt("t.startsOn")} rules={req}><DatePicker format={f.dateInput} data-testid="course-starts" /></Form.Item>
          <Form.Item name="ends_on" label={rt("t.endsOn")} rules={req}><DatePicker format={f.dateInput} data-testid="course-ends" /></Form.Item>
        </Flex>
      </Form>
    </Modal>
  );
}

function CourseDrawer({ courseId, onClose }: { courseId: string | null; onClose: () => void }) {
  const rt = useRt();
  const f = useFormat();
  const { lang } = useI18n();
  const { message } = App.useApp();
  const client = useQueryClient();
  const { account } = useSession();
  const [adding, setAdding] = useState<string[]>([]);
  const [chosen, setChosen] = useState<string[]>([]);
  const [completion] = Form.useForm<{ completed_on: dayjs.Dayjs; decision_number: string; decision_signed_on: dayjs.Dayjs }>();
  const course = useQuery({ queryKey: [coursesPath, courseId], queryFn: () => registersApi.course(courseId ?? ""), enabled: !!courseId });
  const run = async (fn: () => Promise<unknown>) => {
    try {
      await fn();
      await client.invalidateQueries({ queryKey: [coursesPath] });
      return true;
    } catch (err) {
      message.error(err instanceof ApiError ? err.text(lang) : String(err));
      return false;
    }
  };
  const c = course.data;
  const editor = hasAnyRole(account.roles, EDITORS);
  const columns: TableColumnsType<NonNullable<Course["attendees"]>[number]> = [
    { title: rt("t.person"), key: "name", render: (_, a) => <Link to={`/personnel/${a.person_id}`}>{a.full_name}</Link> },
    { title: rt("p.unit"), key: "unit", render: (_, a) => a.unit_name ?? a.unit_id },
    { title: rt("r.state"), key: "state", render: (_, a) => <Tag color={a.state === "completed" ? "green" : a.state === "enrolled" ? "blue" : "orange"}>{rt(`t.state.${a.state}` as RegisterMessageKey)}</Tag> },
    { title: rt("t.completedOn"), key: "done", render: (_, a) => (a.completed_on ? f.date(a.completed_on) : "") },
  ];
  return (
    <Drawer open={!!courseId} onClose={onClose} width={820} title={c?.name} destroyOnHidden>
      {c && (
        <>
          <Descriptions size="small" column={2} bordered items={[
            { key: "kind", label: rt("t.kind"), children: rt(`t.kind.${c.kind}` as RegisterMessageKey) },
            { key: "level", label: rt("t.level"), children: c.level_name ?? c.level_code ?? "" },
            { key: "school", label: rt("t.school"), children: c.school + (c.location === "abroad" ? ` (${c.country})` : "") },
            { key: "mode", label: rt("t.mode"), children: c.mode_name ?? c.mode ?? "" },
            { key: "dates", label: `${rt("t.startsOn")} – ${rt("t.endsOn")}`, children: `${f.date(c.starts_on)} – ${f.date(c.ends_on)}` },
            { key: "funding", label: rt("t.funding"), children: rt(`t.funding.${c.funding}` as RegisterMessageKey) },
          ]} />
          {editor && (
            <Flex gap={8} style={{ margin: "12px 0" }}>
              <div style={{ flex: 1 }}><PeoplePicker value={adding} onChange={setAdding} placeholder={rt("r.pickPeople")} /></div>
              <Button icon={<UserAddOutlined />} disabled={!adding.length} data-testid="course-enrol"
                onClick={async () => { if (await run(() => registersApi.addAttendees(c.id, adding))) setAdding([]); }}>
                {rt("t.addAttendees")}
              </Button>
            </Flex>
          )}
          <Table size="small" rowKey="person_id" columns={columns} dataSource={c.attendees} pagination={false} data-testid="course-attendees"
            rowSelection={editor ? { selectedRowKeys: chosen, onChange: (k) => setChosen(k as string[]),
              getCheckboxProps: (a) => ({ disabled: a.state !== "enrolled" }) } : undefined} />
          {editor && chosen.length > 0 && (
            <Card size="small" title={rt("t.submitCompletion")} style={{ marginTop: 12 }}>
              <Form form={completion} layout="inline" onFinish={async (v) => {
                const ok = await run(() => registersApi.submitCompletions(c.id, {
                  person_ids: chosen, completed_on: apiDate(v.completed_on) ?? "", decision_number: v.decision_number,
                  decision_signed_on: apiDate(v.decision_signed_on) ?? "",
                }));
                if (ok) { setChosen([]); completion.resetFields(); }
              }}>
                <Form.Item name="completed_on" label={rt("t.completedOn")} rules={[{ required: true, message: rt("r.required") }]}><DatePicker format={f.dateInput} /></Form.Item>
                <Form.Item name="decision_number" label={rt("r.number")} rules={[{ required: true, message: rt("r.required") }]}><Input style={{ width: 140 }} /></Form.Item>
                <Form.Item name="decision_signed_on" label={rt("r.signedOn")} rules={[{ required: true, message: rt("r.required") }]}><DatePicker format={f.dateInput} /></Form.Item>
                <Button htmlType="submit" type="primary">{rt("t.submitCompletion")}</Button>
              </Form>
            </Card>
          )}
          {c.may_approve && hasAnyRole(account.roles, APPROVERS) && (
            <Button type="primary" icon={<CheckOutlined />} style={{ marginTop: 12 }} data-testid="course-approve"
              onClick={() => run(() => registersApi.approveCompletions(c.id)).then((ok) => ok && message.success(rt("r.approved")))}>
              {rt("t.approveCompletion")} ({c.pending_count})
            </Button>
          )}
        </>
      )}
    </Drawer>
  );
}

/** Courses and programmes with who attends; a course's drawer enrols people and reports completions. */
export function TrainingTab() {
  const rt = useRt();
  const f = useFormat();
  const { account } = useSession();
  const { selected } = useUnitScope();
  const [kind, setKind] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [open, setOpen] = useState<string | null>(null);
  const { lang } = useI18n();
  const { message } = App.useApp();
  const download = async () => {
    try {
      const unit = selected?.unit_id ?? undefined;
      saveBlob(await registersApi.exportCourses({ kind: kind ?? undefined, unit_id: unit }), `dao-tao-${unit ?? "tat-ca"}.xlsx`);
    } catch (err) {
      message.error(err instanceof ApiError ? err.text(lang) : String(err));
    }
  };
  const columns: TableColumnsType<Course> = [
    { title: rt("t.name"), key: "name", render: (_, c) => <a onClick={() => setOpen(c.id)}>{c.name}</a> },
    { title: rt("t.kind"), key: "kind", width: 150, render: (_, c) => rt(`t.kind.${c.kind}` as RegisterMessageKey) },
    { title: rt("t.school"), key: "school", render: (_, c) => c.school + (c.location === "abroad" ? ` (${c.country})` : "") },
    { title: `${rt("t.startsOn")} – ${rt("t.endsOn")}`, key: "dates", width: 200, render: (_, c) => `${f.date(c.starts_on)} – ${f.date(c.ends_on)}` },
    { title: rt("t.attendees"), key: "n", width: 110, align: "right", render: (_, c) => c.attendee_count },
    { title: rt("t.completed"), key: "done", width: 110, align: "right", render: (_, c) => (
      <>{c.completed_count}{c.pending_count ? <Tag color="orange" style={{ marginLeft: 6 }}>+{c.pending_count}</Tag> : null}</>
    ) },
  ];
  return (
    <>
      <Card size="small" style={{ marginBottom: 12 }}>
        <Flex gap={12} wrap align="center">
          <UnitPicker />
          <Select allowClear placeholder={rt("t.kind")} style={{ width: 200 }} value={kind} onChange={setKind}
            options={KINDS.map((k) => ({ value: k, label: rt(`t.kind.${k}` as RegisterMessageKey) }))} />
          <Flex gap={8} style={{ marginLeft: "auto" }}>
            <Button icon={<DownloadOutlined />} onClick={download} data-testid="course-export">{rt("r.export")}</Button>
            {hasAnyRole(account.roles, EDITORS) && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="course-new">
                {rt("t.new")}
              </Button>
            )}
          </Flex>
        </Flex>
      </Card>
      <PagedTable<Course> path={coursesPath} query={{ kind: kind ?? undefined, unit_id: selected?.unit_id ?? undefined }}
        columns={columns} rowKey="id" testId="course-table" />
      <CourseForm open={creating} onClose={() => setCreating(false)} unitId={selected?.unit_id} />
      <CourseDrawer courseId={open} onClose={() => setOpen(null)} />
    </>
  );
}

/** Who lacks the political-theory or state-management level their rank needs, and who is planned, per unit. */
export function PlanTab() {
  const rt = useRt();
  const { lang } = useI18n();
  const { message } = App.useApp();
  const { selected } = useUnitScope();
  const [kind, setKind] = useState<PlannedKind>("state_management");
  const plan = useQuery({ queryKey: ["training-plan", kind, selected?.unit_id], queryFn: () => registersApi.plan(kind, selected?.unit_id) });
  const columns: TableColumnsType<PlanUnit> = [
    { title: rt("p.unit"), key: "unit", render: (_, u) => u.unit_name ?? u.unit_id },
    { title: rt("p.people"), dataIndex: "people", align: "right" },
    { title: rt("p.required"), dataIndex: "required", align: "right" },
    { title: rt("p.lacking"), dataIndex: "lacking", align: "right", render: (v: number) => (v ? <b>{v}</b> : v) },
    { title: rt("p.lackingPlanned"), dataIndex: "lacking_planned", align: "right" },
    { title: rt("p.lackingUnplanned"), dataIndex: "lacking_unplanned", align: "right", render: (v: number) => (v ? <Typography.Text type="danger">{v}</Typography.Text> : v) },
    { title: rt("p.planned"), dataIndex: "planned", align: "right" },
  ];
  const download = async () => {
    try {
      saveBlob(await registersApi.exportPlan({ kind, unit_id: selected?.unit_id ?? undefined }), `quy-hoach-${kind}.xlsx`);
    } catch (err) {
      message.error(err instanceof ApiError ? err.text(lang) : String(err));
    }
  };
  return (
    <>
      <Typography.Paragraph type="secondary">{rt("p.hint")}</Typography.Paragraph>
      <Card size="small" style={{ marginBottom: 12 }}>
        <Space wrap>
          <UnitPicker />
          <Select value={kind} onChange={setKind} style={{ width: 220 }} aria-label={rt("p.kind")}
            options={(["state_management", "political_theory"] as const).map((k) => ({ value: k, label: rt(`t.kind.${k}`) }))} />
          <Button icon={<DownloadOutlined />} onClick={download} data-testid="plan-export">{rt("r.export")}</Button>
        </Space>
      </Card>
      <Table<PlanUnit> size="middle" rowKey="unit_id" loading={plan.isLoading} columns={columns} data-testid="plan-table"
        dataSource={plan.data?.units ?? []} pagination={false}
        summary={() => plan.data ? (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}><b>{plan.data.total.unit_name}</b></Table.Summary.Cell>
            {(["people", "required", "lacking", "lacking_planned", "lacking_unplanned", "planned"] as const).map((k, i) => (
              <Table.Summary.Cell key={k} index={i + 1} align="right"><b>{plan.data.total[k]}</b></Table.Summary.Cell>
            ))}
          </Table.Summary.Row>
        ) : null} />
    </>
  );
}
