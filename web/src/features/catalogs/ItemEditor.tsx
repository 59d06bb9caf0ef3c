import { Alert, App, DatePicker, Divider, Flex, Form, Input, InputNumber, Modal, Switch } from "antd";
import type { Dayjs } from "dayjs";
import { useState } from "react";
import { ApiError } from "@/lib/errors";
import { apiDate, pickerDate, useFormat } from "@/lib/format";
import { useServerForm } from "@/lib/forms";
import { catalogApi, ITEM_STALE, type Catalog, type Item } from "./api";
import { useCatalogText } from "./messages";

interface Values {
  code?: string;
  name: string;
  sort_order: number;
  active: boolean;
  valid_from: Dayjs | null;
  valid_to: Dayjs | null;
  attributes: Record<string, string | undefined>;
}

// Attributes are edited as text; numbers, lists and objects go back in their own type.
const show = (v: unknown): string | undefined =>
  v === null || v === undefined ? undefined : typeof v === "object" ? JSON.stringify(v) : String(v);

function parse(text: string | undefined, before: unknown): unknown {
  const t = (text ?? "").trim();
  if (!t) return null;
  if (typeof before === "number" && !Number.isNaN(Number(t))) return Number(t);
  if (typeof before === "boolean") return t === "true";
  if (before !== null && typeof before === "object") {
    try {
      return JSON.parse(t);
    } catch {
      return t;
    }
  }
  return t;
}

const valuesOf = (item: Item, attrs: string[]): Partial<Values> => ({
  ...item,
  valid_from: pickerDate(item.valid_from),
  valid_to: pickerDate(item.valid_to),
  attributes: Object.fromEntries(attrs.map((a) => [a, show(item.attributes[a])])),
});

/**
 * Adds an item to a catalog or edits one (the code of an existing item does not change). An edit names the
 * item's version the editor opened with: if another administrator changed the item meanwhile, the service
 * refuses it (409), the editor says so and shows the item as it now is.
 */
export function ItemEditor({ catalog, item: opened, onClose, onSaved, onReloaded }: {
  catalog: Catalog;
  item: Item | null;
  onClose: () => void;
  onSaved: () => void;
  onReloaded?: () => void;
}) {
  const tr = useCatalogText();
  const f = useFormat();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [item, setItem] = useState<Item | null>(opened);
  const [stale, setStale] = useState(false);
  const attrs = [...new Set([...catalog.attribute_names, ...Object.keys(item?.attributes ?? {})])];
  const sf = useServerForm(form, `catalog-item-${catalog.catalog}-${item?.code ?? "new"}`, {
    initialValues: item ? valuesOf(item, attrs) : { active: true, sort_order: 0, valid_from: null, valid_to: null, attributes: {} },
  });

  /** Another change came first: the item as it now is replaces what was typed (the typed draft is dropped). */
  const reload = async (code: string): Promise<null> => {
    const fresh = (await catalogApi.items(catalog.catalog)).find((i) => i.code === code);
    if (fresh) {
      setItem(fresh);
      form.resetFields();
      form.setFieldsValue(valuesOf(fresh, [...new Set([...catalog.attribute_names, ...Object.keys(fresh.attributes)])]) as never);
    }
    setStale(true);
    onReloaded?.();
    return null;
  };
  const required = (label: string) => [{ required: true, whitespace: true, message: tr("required", { field: label.toLowerCase() }) }];

  const save = async (v: Values) => {
    const attributes: Record<string, unknown> = { ...(item?.attributes ?? {}) };
    for (const a of attrs) {
      const value = parse(v.attributes?.[a], item?.attributes[a]);
      if (value === null) delete attributes[a];
      else attributes[a] = value;
    }
    const body = {
      name: v.name.trim(),
      sort_order: v.sort_order ?? 0,
      active: v.active,
      valid_from: apiDate(v.valid_from),
      valid_to: apiDate(v.valid_to),
      attributes,
    };
    const saved = await sf.submit(async () => {
      if (!item) return catalogApi.create(catalog.catalog, { ...body, code: (v.code ?? "").trim() });
      try {
        return await catalogApi.update(catalog.catalog, item.code, { ...body, row_version: item.row_version });
      } catch (err) {
        if (err instanceof ApiError && err.status === 409 && err.code === ITEM_STALE) return reload(item.code);
        throw err;
      }
    });
    if (saved) {
      message.success(tr("saved", { code: saved.code }));
      onSaved();
    }
  };

  return (
    <Modal
      open
      width={640}
      title={item ? tr("editTitle", { code: item.code }) : tr("addTitle", { catalog: catalog.name })}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={sf.submitting}
      destroyOnHidden
      maskClosable={false}
    >
      {stale && item && (
        <Alert type="warning" showIcon data-testid="catalog-item-stale" style={{ marginBottom: 12 }} title={tr("stale", { code: item.code })} />
      )}
      <Form form={form} layout="vertical" onValuesChange={sf.onValuesChange} onFinish={save} data-testid="catalog-item-form">
        <Flex gap={12} wrap>
          <Form.Item name="code" label={tr("code")} rules={item ? [] : required(tr("code"))} style={{ flex: "1 1 140px" }}>
            <Input maxLength={120} disabled={!!item} />
          </Form.Item>
          <Form.Item name="sort_order" label={tr("order")} style={{ width: 110 }}>
            <InputNumber style={{ width: "100%" }} />
          </Form.Item>
          <Form.Item name="active" label={tr("active")} valuePropName="checked" style={{ width: 110 }}>
            <Switch checkedChildren={tr("inUse")} unCheckedChildren={tr("stopped")} />
          </Form.Item>
        </Flex>
        <Form.Item name="name" label={tr("name")} rules={required(tr("name"))}>
          <Input maxLength={400} />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item name="valid_from" label={tr("validFrom")} style={{ flex: "1 1 160px" }}>
            <DatePicker format={f.dateInput} style={{ width: "100%" }} />
          </Form.Item>
          <Form.Item name="valid_to" label={tr("validTo")} style={{ flex: "1 1 160px" }}>
            <DatePicker format={f.dateInput} style={{ width: "100%" }} />
          </Form.Item>
        </Flex>
        {attrs.length > 0 && (
          <>
            <Divider titlePlacement="start" style={{ margin: "4px 0 12px" }}>{tr("attributes")}</Divider>
            <Flex gap={12} wrap>
              {attrs.map((a) => (
                <Form.Item key={a} name={["attributes", a]} label={a} style={{ flex: "1 1 240px" }}>
                  <Input />
                </Form.Item>
              ))}
            </Flex>
          </>
        )}
      </Form>
    </Modal>
  );
}
