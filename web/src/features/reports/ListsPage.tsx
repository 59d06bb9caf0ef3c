import { DeleteOutlined, EyeOutlined, FileExcelOutlined, SaveOutlined } from "@ant-design/icons";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Card, Col, Form, Input, InputNumber, List, Modal, Popconfirm, Row, Select, Space, Table, Typography } from "antd";
import type { ButtonProps } from "antd";
import { useEffect, useMemo, useState } from "react";
import { Link, useSearchParams } from "react-router";
import { PageHeader } from "@/components/PageHeader";
import { saveBlob } from "@/features/personnel/files";
import { ApiError } from "@/lib/errors";
import { formatDate } from "@/lib/format";
import { useI18n } from "@/lib/i18n";
import { useUnitScope } from "@/lib/unitScope";
import { listsApi, type ListDefinition, type ListRows } from "./api";
import { filtersFromParam, toFilters, valueKey, type FilterForm } from "./listFilters";
import { reportMessages, useRt } from "./messages";

const VALUE_FILTERS = ["sex", "staff_category", "party_member", "grade_group", "title_rank", "professional_level", "political_theory", "state_management", "ethnic_minority", "age_band"] as const;

function cell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value);
  return String(value);
}

/** "Danh sách tùy chọn": pick columns and filters among the profile's fields, preview, save the list for
 * the unit, export it to Excel. The unit is the header's (or ?unit= from a dashboard chart). */
export function ListsPage() {
  const rt = useRt();
  const { lang } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const { selected } = useUnitScope();
  const [params] = useSearchParams();
  const unitId = params.get("unit") ?? selected?.unit_id ?? "";
  const fields = useQuery({ queryKey: ["reporting", "list-fields"], queryFn: listsApi.fields, staleTime: 10 * 60_000 });
  const saved = useQuery({ queryKey: ["reporting", "lists", unitId], queryFn: () => listsApi.saved(unitId), enabled: !!unitId });
  const [form] = Form.useForm<FilterForm>();
  const [columns, setColumns] = useState<string[]>([]);
  const [current, setCurrent] = useState<ListDefinition | null>(null);
  const [rows, setRows] = useState<ListRows | null>(null);
  const [naming, setNaming] = useState<"new" | "update" | null>(null);
  const [name, setName] = useState("");
  const [exporting, setExporting] = useState(false);

  const fail = (e: unknown) => message.error(e instanceof ApiError ? e.message : String(e));
  const label = (key: string) => {
    const c = fields.data?.columns.find((x) => x.key === key);
    return c ? (lang === "en" ? c.label_en : c.label) : key;
  };
  const valueLabel = (v: unknown) => {
    const k = valueKey(v);
    return k ? rt(k) : String(v);
  };

  const preview = useMutation({
    mutationFn: () => listsApi.preview({ unit_id: unitId, columns, filters: toFilters(form.getFieldsValue()) }),
    onSuccess: setRows,
    onError: fail,
  });

  // Defaults, or the filters a dashboard chart put in the address: previewed at once.
  const fromAddress = params.get("f");
  useEffect(() => {
    if (!fields.data || columns.length) return;
    setColumns(fields.data.default_columns);
  }, [fields.data, columns.length]);
  useEffect(() => {
    form.setFieldsValue(filtersFromParam(fromAddress));
  }, [fromAddress, form]);
  useEffect(() => {
    if (columns.length && unitId && fromAddress) preview.mutate();
  }, [columns.length > 0, unitId, fromAddress]);

  const open = (d: ListDefinition) => {
    setCurrent(d);
    setColumns(d.columns);
    form.resetFields();
    form.setFieldsValue(d.filters as FilterForm);
    setRows(null);
  };

  const save = useMutation({
    mutationFn: () => {
      const body = { unit_id: unitId, name, columns, filters: toFilters(form.getFieldsValue()) };
      return naming === "update" && current ? listsApi.update(current.id, body) : listsApi.create(body);
    },
    onSuccess: (d) => {
      message.success(rt("l.saved", { name: d.name }));
      setCurrent(d);
      setNaming(null);
      void qc.invalidateQueries({ queryKey: ["reporting", "lists", unitId] });
    },
    onError: fail,
  });

  const remove = useMutation({
    mutationFn: (id: string) => listsApi.remove(id),
    onSuccess: (_, id) => {
      message.success(rt("l.deleted"));
      if (current?.id === id) setCurrent(null);
      void qc.invalidateQueries({ queryKey: ["reporting", "lists", unitId] });
    },
    onError: fail,
  });

  const exportXlsx = async (d: ListDefinition) => {
    setExporting(true);
    try {
      saveBlob(await listsApi.xlsx(d.id), `${d.name}.xlsx`);
    } catch (e) {
      fail(e);
    } finally {
      setExporting(false);
    }
  };

  const tableColumns = useMemo(
    () => (rows?.columns ?? []).map((c) => ({ key: c.key, dataIndex: c.key, title: lang === "en" ? c.label_en : c.label, render: cell })),
    [rows, lang],
  );

  return (
    <>
      <PageHeader title={rt("l.title")} extra={<Link to="/reports">{rt("r.title")}</Link>} />
      <Typography.Paragraph type="secondary">{rt("l.hint")}</Typography.Paragraph>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={17}>
          <Card size="small" title={rt("l.columns")} data-testid="list-builder">
            <Select
              mode="multiple"
              style={{ width: "100%" }}
              value={columns}
              onChange={setColumns}
              options={(fields.data?.columns ?? []).map((c) => ({ value: c.key, label: lang === "en" ? c.label_en : c.label }))}
              data-testid="list-columns"
            />
            <Typography.Title level={5} style={{ marginTop: 16 }}>{rt("l.filters")}</Typography.Title>
            <Form form={form} layout="vertical">
              <Row gutter={12}>
                {VALUE_FILTERS.map((key) => {
                  const f = fields.data?.filters.find((x) => x.key === key);
                  return (
                    <Col xs={24} sm={12} lg={8} key={key}>
                      <Form.Item name={key} label={rt(`f.${key}` as keyof typeof reportMessages)}>
                        <Select mode="multiple" allowClear placeholder={rt("l.any")} data-testid={`filter-${key}`}
                          options={(f?.values ?? []).map((v) => ({ value: v as string, label: valueLabel(v) }))} />
                      </Form.Item>
                    </Col>
                  );
                })}
                <Col xs={12} sm={6} lg={4}>
                  <Form.Item name="age_min" label={rt("l.ageMin")}><InputNumber min={0} max={120} style={{ width: "100%" }} /></Form.Item>
                </Col>
                <Col xs={12} sm={6} lg={4}>
                  <Form.Item name="age_max" label={rt("l.ageMax")}><InputNumber min={0} max={120} style={{ width: "100%" }} /></Form.Item>
                </Col>
                <Col xs={24} sm={12} lg={8}>
                  <Form.Item name="name_contains" label={rt("l.nameContains")}><Input allowClear maxLength={100} /></Form.Item>
                </Col>
              </Row>
            </Form>
            <Space wrap>
              <Button type="primary" icon={<EyeOutlined />} loading={preview.isPending} disabled={!unitId} onClick={() => preview.mutate()} data-testid="list-preview">
                {rt("l.preview")}
              </Button>
              <Button icon={<SaveOutlined />} disabled={!unitId} onClick={() => { setName(current?.name ?? ""); setNaming("new"); }} data-testid="list-save">
                {current ? rt("l.saveAs") : rt("l.save")}
              </Button>
              {current && (
                <Button onClick={() => { setName(current.name); setNaming("update"); }}>{rt("l.update")}</Button>
              )}
              {current && (
                <Button icon={<FileExcelOutlined />} loading={exporting} onClick={() => void exportXlsx(current)} data-testid="list-export">
                  {rt("l.export")}
                </Button>
              )}
            </Space>
          </Card>
          <Card size="small" style={{ marginTop: 16 }} title={current ? current.name : rt("l.preview")}
            extra={rows && (
              <Space split="·">
                <span data-testid="list-unit">{rt("l.unit", { name: rows.unit_name })}</span>
                <span data-testid="list-total">{rt("l.total", { n: rows.total })}</span>
              </Space>
            )}>
            {rows ? (
              <>
                {rows.truncated && <Alert type="info" showIcon style={{ marginBottom: 8 }} message={rt("l.truncated", { shown: rows.rows.length, n: rows.total })} />}
                <Table size="small" rowKey={(r) => String((r as { person_id: string }).person_id)} columns={tableColumns}
                  dataSource={rows.rows} pagination={{ pageSize: 20, showSizeChanger: false }} scroll={{ x: true }} data-testid="list-rows" />
              </>
            ) : (
              <Typography.Text type="secondary">{rt("l.needPreview")}</Typography.Text>
            )}
          </Card>
        </Col>
        <Col xs={24} xl={7}>
          <Card size="small" title={rt("l.savedLists")} data-testid="saved-lists">
            <List
              size="small"
              loading={saved.isLoading}
              locale={{ emptyText: rt("l.none") }}
              dataSource={saved.data ?? []}
              renderItem={(d) => (
                <List.Item
                  actions={[
                    <Button key="x" size="small" type="text" icon={<FileExcelOutlined />} title={rt("l.export")} onClick={() => void exportXlsx(d)} />,
                    <Popconfirm key="d" title={rt("l.deleteConfirm", { name: d.name })} onConfirm={() => remove.mutate(d.id)}>
                      <Button size="small" type="text" danger icon={<DeleteOutlined />} title={rt("l.delete")} />
                    </Popconfirm>,
                  ]}
                >
                  <List.Item.Meta
                    title={<a onClick={() => open(d)}>{d.name}</a>}
                    description={`${d.columns.map(label).join(", ")} — ${rt("l.by", { user: d.created_by })}`}
                  />
                </List.Item>
              )}
            />
          </Card>
        </Col>
      </Row>
      <Modal
        open={naming !== null}
        title={naming === "update" ? rt("l.update") : rt("l.save")}
        onCancel={() => setNaming(null)}
        onOk={() => save.mutate()}
        okButtonProps={{ disabled: !name.trim(), loading: save.isPending, "data-testid": "list-save-ok" } as ButtonProps}
      >
        <Input value={name} onChange={(e) => setName(e.target.value)} maxLength={200} placeholder={rt("l.name")} data-testid="list-name" autoFocus />
      </Modal>
    </>
  );
}
