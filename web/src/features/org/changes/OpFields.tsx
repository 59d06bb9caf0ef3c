import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { useQuery } from "@tanstack/react-query";
import { Button, Checkbox, Flex, Form, Input, InputNumber, Radio, Select, Switch } from "antd";
import { apiOrNull } from "@/lib/api";
import type { CatalogItem } from "@/lib/catalogs";
import type { UnitDetail } from "../api";
import { useOrgText } from "../messages";
import { UnitField } from "./UnitField";

export type Op = "create" | "update" | "rename" | "move" | "dissolve" | "merge" | "split";

function useOptions(catalog: string) {
  const q = useQuery({
    queryKey: ["catalog", "org", catalog],
    queryFn: () => apiOrNull<CatalogItem[]>(`/api/org/catalogs/${catalog}/items`),
    staleTime: 60 * 60_000,
  });
  return (q.data ?? []).filter((i) => i.active !== false).map((i) => ({ value: i.code, label: i.name }));
}

function useRequired() {
  const tr = useOrgText();
  return (label: string) => [{ required: true, message: tr("required", { field: label.toLowerCase() }) }];
}

function CreateFields({ unit }: { unit: UnitDetail }) {
  const tr = useOrgText();
  const required = useRequired();
  const types = useOptions("unit_types");
  const blocks = useOptions("unit_blocks");
  const levels = useOptions("management_levels");
  return (
    <>
      <Form.Item name="parent_id" label={tr("parent")} rules={required(tr("parent"))}>
        <UnitField known={[unit]} testId="parent-field" />
      </Form.Item>
      <Flex gap={12} wrap>
        <Form.Item name="unit_id" label={tr("newCode")} rules={required(tr("newCode"))} style={{ flex: "1 1 160px" }}>
          <Input maxLength={64} placeholder={`${unit.unit_id}.PHONG`} data-testid="new-code" />
        </Form.Item>
        <Form.Item name="short_name" label={tr("shortName")} style={{ flex: "1 1 160px" }}>
          <Input maxLength={120} />
        </Form.Item>
      </Flex>
      <Form.Item name="name" label={tr("newName")} rules={required(tr("newName"))}>
        <Input maxLength={300} data-testid="new-name" />
      </Form.Item>
      <Flex gap={12} wrap>
        <Form.Item name="unit_type" label={tr("type")} style={{ flex: "1 1 150px" }}>
          <Select options={types} allowClear />
        </Form.Item>
        <Form.Item name="unit_block" label={tr("block")} style={{ flex: "1 1 150px" }}>
          <Select options={blocks} allowClear />
        </Form.Item>
        <Form.Item name="management_level" label={tr("level")} style={{ flex: "1 1 150px" }}>
          <Select options={levels} allowClear />
        </Form.Item>
      </Flex>
      <Form.Item name="address" label={tr("address")}>
        <Input maxLength={500} />
      </Form.Item>
    </>
  );
}

/** Type, block, level, address and order of the unit (PATCH /units/{id}; name and parent have their own operations). */
function UpdateFields() {
  const tr = useOrgText();
  const types = useOptions("unit_types");
  const blocks = useOptions("unit_blocks");
  const levels = useOptions("management_levels");
  return (
    <>
      <Flex gap={12} wrap>
        <Form.Item name="unit_type" label={tr("type")} style={{ flex: "1 1 150px" }}>
          <Select options={types} allowClear data-testid="update-type" />
        </Form.Item>
        <Form.Item name="unit_block" label={tr("block")} style={{ flex: "1 1 150px" }}>
          <Select options={blocks} allowClear />
        </Form.Item>
        <Form.Item name="management_level" label={tr("level")} style={{ flex: "1 1 150px" }}>
          <Select options={levels} allowClear />
        </Form.Item>
      </Flex>
      <Flex gap={12} wrap>
        <Form.Item name="address" label={tr("address")} style={{ flex: "3 1 300px" }}>
          <Input maxLength={500} data-testid="update-address" />
        </Form.Item>
        <Form.Item name="sort_order" label={tr("sortOrder")} style={{ flex: "1 1 100px" }}>
          <InputNumber style={{ width: "100%" }} />
        </Form.Item>
      </Flex>
    </>
  );
}

function MergeFields({ unit }: { unit: UnitDetail }) {
  const tr = useOrgText();
  const required = useRequired();
  const mode = Form.useWatch("target_mode");
  return (
    <>
      <Form.Item name="source_unit_ids" label={tr("mergeSources")} rules={required(tr("mergeSources"))}>
        <UnitField multiple known={[unit]} testId="merge-sources" />
      </Form.Item>
      <Form.Item name="target_mode" label={tr("mergeTarget")}>
        <Radio.Group
          options={[
            { value: "existing", label: tr("targetExisting") },
            { value: "new", label: tr("targetNew") },
          ]}
        />
      </Form.Item>
      {mode === "new" ? (
        <Flex gap={12} wrap>
          <Form.Item name="unit_id" label={tr("newCode")} rules={required(tr("newCode"))} style={{ flex: "1 1 140px" }}>
            <Input maxLength={64} />
          </Form.Item>
          <Form.Item name="name" label={tr("newName")} rules={required(tr("newName"))} style={{ flex: "2 1 240px" }}>
            <Input maxLength={300} />
          </Form.Item>
        </Flex>
      ) : (
        <Form.Item name="targets" label={tr("mergeTarget")} rules={required(tr("mergeTarget"))}>
          <UnitField testId="merge-target" />
        </Form.Item>
      )}
    </>
  );
}

function SplitFields() {
  const tr = useOrgText();
  const required = useRequired();
  const targets = (Form.useWatch("targets") ?? []) as { unit_id?: string }[];
  return (
    <>
      <Form.List name="targets">
        {(fields, { add, remove }, { errors }) => (
          <Form.Item label={tr("splitTargets")} required>
            {fields.map((f) => (
              <Flex key={f.key} gap={8} align="start" wrap>
                <Form.Item name={[f.name, "new"]} valuePropName="checked" style={{ marginBottom: 8 }}>
                  <Switch checkedChildren={tr("targetNew")} unCheckedChildren={tr("targetExisting")} />
                </Form.Item>
                <Form.Item noStyle shouldUpdate>
                  {({ getFieldValue }) =>
                    getFieldValue(["targets", f.name, "new"]) ? (
                      <>
                        <Form.Item name={[f.name, "unit_id"]} rules={required(tr("newCode"))} style={{ flex: "1 1 120px", marginBottom: 8 }}>
                          <Input placeholder={tr("newCode")} maxLength={64} />
                        </Form.Item>
                        <Form.Item name={[f.name, "name"]} rules={required(tr("newName"))} style={{ flex: "2 1 200px", marginBottom: 8 }}>
                          <Input placeholder={tr("newName")} maxLength={300} />
                        </Form.Item>
                      </>
                    ) : (
                      <Form.Item name={[f.name, "unit_id"]} rules={required(tr("mergeTarget"))} style={{ flex: "3 1 320px", marginBottom: 8 }}>
                        <UnitField />
                      </Form.Item>
                    )
                  }
                </Form.Item>
                <Button icon={<DeleteOutlined />} aria-label="remove" onClick={() => remove(f.name)} disabled={fields.length <= 1} />
              </Flex>
            ))}
            <Button icon={<PlusOutlined />} onClick={() => add({ new: true })}>
              {tr("addTarget")}
            </Button>
            <Form.ErrorList errors={errors} />
          </Form.Item>
        )}
      </Form.List>
      <Form.Item name="keep_source" valuePropName="checked">
        <Checkbox>{tr("keepSource")}</Checkbox>
      </Form.Item>
      <Form.Item name="default_target_unit_id" label={tr("defaultTarget")}>
        <Select
          allowClear
          options={targets.filter((t) => t?.unit_id).map((t) => ({ value: t.unit_id, label: t.unit_id }))}
        />
      </Form.Item>
    </>
  );
}

/** The fields an operation needs besides its decision. */
export function OpFields({ op, unit }: { op: Op; unit: UnitDetail }) {
  const tr = useOrgText();
  const required = useRequired();
  switch (op) {
    case "create":
      return <CreateFields unit={unit} />;
    case "update":
      return <UpdateFields />;
    case "rename":
      return (
        <Flex gap={12} wrap>
          <Form.Item name="name" label={tr("newName")} rules={required(tr("newName"))} style={{ flex: "2 1 260px" }}>
            <Input maxLength={300} />
          </Form.Item>
          <Form.Item name="short_name" label={tr("shortName")} style={{ flex: "1 1 140px" }}>
            <Input maxLength={120} />
          </Form.Item>
        </Flex>
      );
    case "move":
      return (
        <Form.Item name="parent_id" label={tr("newParent")} rules={required(tr("newParent"))}>
          <UnitField testId="parent-field" />
        </Form.Item>
      );
    case "dissolve":
      return (
        <Form.Item name="note" label={tr("noteField")}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
      );
    case "merge":
      return <MergeFields unit={unit} />;
    case "split":
      return <SplitFields />;
  }
}

/** Initial values of an operation's form on the given unit. */
export function initialValues(op: Op, unit: UnitDetail): Record<string, unknown> {
  switch (op) {
    case "create":
      return { parent_id: unit.unit_id, unit_block: unit.unit_block ?? undefined };
    case "update":
      return {
        unit_type: unit.unit_type ?? undefined, unit_block: unit.unit_block ?? undefined,
        management_level: unit.management_level ?? undefined, address: unit.address ?? "", sort_order: unit.sort_order,
      };
    case "rename":
      return { name: unit.name, short_name: unit.short_name };
    case "merge":
      return { source_unit_ids: [unit.unit_id], target_mode: "existing" };
    case "split":
      return { targets: [{ new: true }, { new: true }], keep_source: false };
    default:
      return {};
  }
}
