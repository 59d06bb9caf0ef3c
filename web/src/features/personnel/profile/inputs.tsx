import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Col, DatePicker, Form, Input, InputNumber, Row, Select, Typography, type FormRule } from "antd";
import { useFormat } from "@/lib/format";
import { matches } from "@/lib/text";
import type { CatalogIndex } from "../catalogs";
import { useLabel, usePt } from "../messages";
import { UnitField } from "../UnitField";
import type { FieldSpec, PartSpec, TabSpec } from "./spec";

// The edit form's controls, one per kind of field of the tab description (spec.ts).

const PATTERNS = { cccd: /^\d{12}$/, bhxh: /^\d{10}$/, cmnd: /^(\d{9}|\d{12})$/ } as const;

/** Form.Item injects id, value and onChange: they go on to the input. */
function Control({ field, catalogs, history, ...injected }: { field: FieldSpec; catalogs: CatalogIndex; history?: boolean } & Record<string, unknown>) {
  const label = useLabel();
  const f = useFormat();
  const full = { style: { width: "100%" }, ...injected };
  switch (field.kind) {
    case "textarea":
      return <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} {...injected} />;
    case "date":
      return <DatePicker format={f.dateInput} placeholder={f.dateInput.toLowerCase()} {...full} />;
    case "month":
      return <DatePicker picker="month" format={f.monthInput} placeholder={f.monthInput.toLowerCase()} {...full} />;
    case "int":
      return <InputNumber precision={0} {...full} />;
    case "unit":
      return <UnitField testId={`unit-${field.name}`} allowClear {...(injected as { value?: string; onChange?: (v: string) => void })} />;
    case "tags":
      // Free texts, one per Enter (concurrent positions).
      return <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={[";"]} {...full} />;
    case "decimal":
      return <InputNumber stringMode step="0.01" min="0" {...full} />;
    case "catalog":
    case "select": {
      const options =
        field.kind === "catalog"
          ? catalogs.options(field.catalog ?? "", injected.value, { history })
          : (field.options ?? []).map((o) => ({ value: o.value, label: label(o.label) }));
      return (
        <Select
          allowClear
          options={options}
          showSearch={{ filterOption: (input, option) => matches(String(option?.label ?? ""), input) }}
          popupMatchSelectWidth={false}
          {...full}
        />
      );
    }
    default:
      return <Input allowClear maxLength={field.name === "full_name" ? 120 : 300} {...injected} />;
  }
}

function useRules(): (field: FieldSpec) => FormRule[] {
  const pt = usePt();
  return (field) => {
    const rules: FormRule[] = [];
    if (field.required) rules.push({ required: true, message: pt("f.required") });
    if (field.check) rules.push({ pattern: PATTERNS[field.check], message: pt(`f.${field.check}`) });
    return rules;
  };
}

function FieldItem({ field, name, catalogs, compact }: { field: FieldSpec; name: (string | number)[]; catalogs: CatalogIndex; compact?: boolean }) {
  const label = useLabel();
  const rules = useRules();
  return (
    <Form.Item
      name={name}
      label={label(field.label)}
      tooltip={field.help ? label(field.help) : undefined}
      rules={rules(field)}
      style={compact ? { marginBottom: 8 } : undefined}
    >
      {/* A row of a history table may name an item no longer in force (what applied then). */}
      <Control field={field} catalogs={catalogs} history={compact} />
    </Form.Item>
  );
}

function TableEditor({ part, catalogs }: { part: Extract<PartSpec, { type: "table" }>; catalogs: CatalogIndex }) {
  const label = useLabel();
  const pt = usePt();
  return (
    <Form.List name={part.path.split(".")}>
      {(rows, { add, remove }) => (
        <div data-testid={`table-${part.path}`}>
          {rows.map((row, i) => (
            <div key={row.key} style={{ border: "1px solid #f0f0f0", borderRadius: 6, padding: "8px 12px", marginBottom: 8 }}>
              <Row gutter={12} align="top">
                {part.columns.map((c) => (
                  <Col key={c.name} xs={24} sm={12} lg={c.wide ? 12 : 6}>
                    <FieldItem field={c} name={[row.name, ...c.name.split(".")]} catalogs={catalogs} compact />
                  </Col>
                ))}
                <Col flex="none" style={{ marginLeft: "auto", alignSelf: "center" }}>
                  <Button danger type="text" icon={<DeleteOutlined />} aria-label={pt("f.removeRow")} onClick={() => remove(row.name)}>
                    {`${pt("f.removeRow")} ${i + 1}`}
                  </Button>
                </Col>
              </Row>
            </div>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>
            {`${pt("f.addRow")}: ${label(part.title)}`}
          </Button>
        </div>
      )}
    </Form.List>
  );
}

/** One tab of the edit form. */
export function ProfileTabForm({ tab, catalogs }: { tab: TabSpec; catalogs: CatalogIndex }) {
  const label = useLabel();
  return (
    <>
      {tab.parts.map((part, i) => (
        <div key={`${i}-${part.path}`} style={{ marginBottom: 16 }}>
          {part.title && <Typography.Title level={5}>{label(part.title)}</Typography.Title>}
          {part.type === "table" ? (
            <TableEditor part={part} catalogs={catalogs} />
          ) : (
            <Row gutter={16}>
              {part.fields.map((field) => (
                <Col key={field.name} xs={24} md={field.wide ? 24 : 12} xl={field.wide ? 24 : 8}>
                  <FieldItem
                    field={field}
                    name={[...(part.path ? [part.path] : []), ...field.name.split(".")]}
                    catalogs={catalogs}
                  />
                </Col>
              ))}
            </Row>
          )}
        </div>
      ))}
    </>
  );
}
