import { PlusOutlined } from "@ant-design/icons";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { App, Button, DatePicker, Flex, Form, Input, InputNumber, Modal, Select, Table, Tag } from "antd";
import type { Dayjs } from "dayjs";
import { useState } from "react";
import { EmptyState } from "@/components/EmptyState";
import { apiOrNull } from "@/lib/api";
import { useCatalogLabel, type CatalogItem } from "@/lib/catalogs";
import { apiDate, useFormat, todayInVietnam } from "@/lib/format";
import { useServerForm } from "@/lib/forms";
import { useErrorNotice } from "@/lib/notify";
import { orgApi, type JobPosition } from "./api";
import { useOrgText } from "./messages";

function useCatalogOptions(catalog: string) {
  const items = useQuery({
    queryKey: ["catalog", "org", catalog],
    queryFn: () => apiOrNull<CatalogItem[]>(`/api/org/catalogs/${catalog}/items`),
    staleTime: 60 * 60_000,
  });
  return (items.data ?? []).filter((i) => i.active !== false).map((i) => ({ value: i.code, label: `${i.name} (${i.code})` }));
}

type PositionForm = Omit<JobPosition, "id" | "unit_id" | "active">;

function PositionEditor({ unitId, onClose }: { unitId: string; onClose: () => void }) {
  const tr = useOrgText();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<PositionForm>();
  const sf = useServerForm(form, `org-position-${unitId}`, { initialValues: { quantity: 1, rank_codes: [] } });
  const categories = useCatalogOptions("job_position_categories");
  const ranks = useCatalogOptions("ranks");
  const save = async (v: PositionForm) => {
    const saved = await sf.submit(() => orgApi.addPosition(unitId, v));
    if (saved) {
      await client.invalidateQueries({ queryKey: ["org", "positions", unitId] });
      await client.invalidateQueries({ queryKey: ["org", "quota", unitId] });
      message.success(tr("positionSaved"));
      onClose();
    }
  };
  const required = (field: string) => [{ required: true, message: tr("required", { field: field.toLowerCase() }) }];
  return (
    <Modal open title={tr("addPosition")} onCancel={onClose} onOk={() => form.submit()} okText={tr("submit")}
      confirmLoading={sf.submitting} destroyOnHidden>
      <Form form={form} layout="vertical" onValuesChange={sf.onValuesChange} onFinish={save}>
        <Flex gap={12}>
          <Form.Item name="code" label={tr("positionCode")} rules={required(tr("positionCode"))} style={{ flex: 1 }}>
            <Input maxLength={60} />
          </Form.Item>
          <Form.Item name="quantity" label={tr("positionQuantity")} style={{ width: 120 }}>
            <InputNumber min={0} style={{ width: "100%" }} />
          </Form.Item>
        </Flex>
        <Form.Item name="name" label={tr("positionName")} rules={required(tr("positionName"))}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="category" label={tr("positionCategory")} rules={required(tr("positionCategory"))}>
          <Select options={categories} />
        </Form.Item>
        <Form.Item name="rank_codes" label={tr("positionRanks")}>
          <Select mode="multiple" options={ranks} showSearch={{ optionFilterProp: "label" }} />
        </Form.Item>
        <Form.Item name="description" label={tr("note")}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The unit's job positions (vị trí việc làm) with their category and acceptable ranks. */
export function PositionsTab({ unitId, editable }: { unitId: string; editable: boolean }) {
  const tr = useOrgText();
  const [adding, setAdding] = useState(false);
  const q = useQuery({ queryKey: ["org", "positions", unitId], queryFn: () => orgApi.positions(unitId) });
  const category = useCatalogLabel("org", "job_position_categories");
  const f = useFormat();
  const { message, modal } = App.useApp();
  const notice = useErrorNotice();
  const client = useQueryClient();
  // A position no longer used ends on a day; it is never deleted (past plans and records name it).
  const retire = (p: JobPosition) => {
    let day: Dayjs | null = todayInVietnam();
    modal.confirm({
      title: `${tr("retirePosition")}: ${p.name} (${p.code})`,
      content: (
        <Flex vertical gap={4}>
          {tr("retireDate")}
          <DatePicker format={f.dateInput} defaultValue={day} onChange={(d) => (day = d)} />
        </Flex>
      ),
      onOk: async () => {
        try {
          await orgApi.retirePosition(unitId, p.code, apiDate(day) as string);
          await client.invalidateQueries({ queryKey: ["org", "positions", unitId] });
          message.success(tr("positionRetired", { code: p.code }));
        } catch (err) {
          notice(err);
        }
      },
    });
  };
  return (
    <>
      {editable && (
        <Flex justify="flex-end" style={{ marginBottom: 12 }}>
          <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>{tr("addPosition")}</Button>
        </Flex>
      )}
      <Table<JobPosition>
        data-testid="unit-positions"
        size="small"
        rowKey="id"
        loading={q.isLoading}
        dataSource={q.data ?? []}
        pagination={false}
        scroll={{ x: "max-content" }}
        locale={{ emptyText: <EmptyState /> }}
        columns={[
          { title: tr("positionCode"), dataIndex: "code" },
          { title: tr("positionName"), dataIndex: "name" },
          { title: tr("positionCategory"), dataIndex: "category", render: (c: string) => category(c) },
          { title: tr("positionRanks"), dataIndex: "rank_codes", render: (r: string[]) => r.map((c) => <Tag key={c}>{c}</Tag>) },
          { title: tr("positionQuantity"), dataIndex: "quantity", align: "right" },
          {
            title: tr("positionValidTo"),
            key: "valid_to",
            render: (_, p) =>
              p.valid_to ? (
                <Tag>{f.date(p.valid_to)}</Tag>
              ) : editable ? (
                <Button size="small" onClick={() => retire(p)}>{tr("retirePosition")}</Button>
              ) : null,
          },
        ]}
      />
      {adding && <PositionEditor unitId={unitId} onClose={() => setAdding(false)} />}
    </>
  );
}
