import { ClockCircleOutlined, DeleteOutlined, DownloadOutlined, EditOutlined, PlusOutlined, StopOutlined, UndoOutlined } from "@ant-design/icons";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { App, Button, Card, Checkbox, DatePicker, Flex, Input, Popconfirm, Select, Space, Table, Tag, Tooltip } from "antd";
import type { Dayjs } from "dayjs";
import { useState } from "react";
import { EmptyState } from "@/components/EmptyState";
import { ApiError } from "@/lib/errors";
import { apiDate, useFormat, todayInVietnam } from "@/lib/format";
import { useErrorNotice } from "@/lib/notify";
import { matches } from "@/lib/text";
import { catalogApi, downloadXlsx, ITEM_STALE, type Catalog, type Item } from "./api";
import { ImportButton } from "./ImportButton";
import { ItemEditor } from "./ItemEditor";
import { useCatalogText } from "./messages";

/** The items of one catalog: table, add/edit, (de)activate, delete (refused while in use), Excel. */
export function ItemsPanel({ catalog, catalogs, onSwitch }: {
  catalog: Catalog;
  catalogs: Catalog[];
  onSwitch: (catalog: string) => void;
}) {
  const tr = useCatalogText();
  const f = useFormat();
  const { message } = App.useApp();
  const notice = useErrorNotice();
  const client = useQueryClient();
  const [q, setQ] = useState("");
  const [showInactive, setShowInactive] = useState(true);
  const [editing, setEditing] = useState<Item | "new" | null>(null);
  const [exporting, setExporting] = useState(false);
  const items = useQuery({ queryKey: ["catalog-items", catalog.catalog], queryFn: () => catalogApi.items(catalog.catalog) });
  const rows = (items.data ?? []).filter((i) => (showInactive || i.active) && (!q || matches(`${i.code} ${i.name}`, q)));

  const refresh = async () => {
    await client.invalidateQueries({ queryKey: ["catalog-items", catalog.catalog] });
    await client.invalidateQueries({ queryKey: ["catalogs"] });
    await client.invalidateQueries({ queryKey: ["catalog", "org", catalog.catalog] });
  };
  const setActive = async (item: Item, active: boolean) => {
    try {
      await catalogApi.update(catalog.catalog, item.code, { active, row_version: item.row_version });
      message.success(tr(active ? "activated" : "deactivated", { code: item.code }));
      await refresh();
    } catch (err) {
      if (err instanceof ApiError && err.status === 409 && err.code === ITEM_STALE) {
        // Another change came first: the list shows the item as it now is; nothing was changed.
        message.warning(tr("stale", { code: item.code }));
        await refresh();
      } else notice(err);
    }
  };
  const [retireOn, setRetireOn] = useState<Dayjs | null>(null);
  const today = todayInVietnam().format("YYYY-MM-DD");
  const retire = async (item: Item) => {
    try {
      const done = await catalogApi.retire(catalog.catalog, item.code, apiDate(retireOn));
      message.success(tr("retired", { code: item.code, date: f.date(done.valid_to) }));
      await refresh();
    } catch (err) {
      notice(err);
    }
  };
  const remove = async (item: Item) => {
    try {
      await catalogApi.remove(catalog.catalog, item.code);
      message.success(tr("deleted", { code: item.code }));
      await refresh();
    } catch (err) {
      notice(err);
    }
  };
  const exportXlsx = async () => {
    setExporting(true);
    try {
      await downloadXlsx(catalog.catalog);
    } catch (err) {
      notice(err);
    } finally {
      setExporting(false);
    }
  };
  const editable = catalog.editable;

  return (
    <Card
      size="small"
      data-testid="catalog-items"
      title={
        <Select
          aria-label={tr("switchCatalog")}
          value={catalog.catalog}
          onChange={onSwitch}
          variant="borderless"
          style={{ minWidth: 280, fontWeight: 600 }}
          popupMatchSelectWidth={360}
          showSearch={{ filterOption: (input, option) => matches(String(option?.label ?? ""), input) }}
          options={catalogs.map((c) => ({ value: c.catalog, label: c.name }))}
        />
      }
      extra={
        <Space wrap>
          <Button icon={<DownloadOutlined />} loading={exporting} onClick={exportXlsx} data-testid="catalog-export">
            {tr("export")}
          </Button>
          {editable && <ImportButton catalog={catalog.catalog} onImported={refresh} />}
          {editable && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing("new")} data-testid="catalog-add">
              {tr("add")}
            </Button>
          )}
        </Space>
      }
    >
      <Flex gap={12} align="center" wrap style={{ marginBottom: 12 }}>
        <Input.Search allowClear placeholder={tr("searchItems")} value={q} onChange={(e) => setQ(e.target.value)} style={{ maxWidth: 320 }} />
        <Checkbox checked={showInactive} onChange={(e) => setShowInactive(e.target.checked)}>
          {tr("showInactive")}
        </Checkbox>
      </Flex>
      <Table<Item>
        data-testid="catalog-table"
        size="small"
        rowKey="code"
        loading={items.isLoading}
        dataSource={rows}
        pagination={{ defaultPageSize: 20, showSizeChanger: true, hideOnSinglePage: true }}
        locale={{ emptyText: <EmptyState description={tr("empty")} /> }}
        onRow={(i) => ({ style: i.active ? undefined : { color: "#8c8c8c" } })}
        columns={[
          { title: tr("code"), dataIndex: "code" },
          { title: tr("name"), dataIndex: "name" },
          { title: tr("order"), dataIndex: "sort_order", align: "right", width: 80 },
          {
            title: tr("active"),
            dataIndex: "active",
            width: 110,
            render: (a: boolean, i: Item) =>
              i.valid_to && i.valid_to < today ? (
                <Tag color="orange">{tr("expired")}</Tag>
              ) : a ? (
                <Tag color="green">{tr("inUse")}</Tag>
              ) : (
                <Tag>{tr("stopped")}</Tag>
              ),
          },
          { title: tr("validFrom"), dataIndex: "valid_from", render: f.date, width: 120 },
          { title: tr("validTo"), dataIndex: "valid_to", render: f.date, width: 120 },
          ...(editable
            ? [
                {
                  title: tr("actions"),
                  key: "actions",
                  width: 140,
                  render: (_: unknown, i: Item) => (
                    <Space size={2}>
                      <Tooltip title={tr("edit")}>
                        <Button type="text" size="small" icon={<EditOutlined />} aria-label={tr("edit")} onClick={() => setEditing(i)} />
                      </Tooltip>
                      <Tooltip title={tr(i.active ? "deactivate" : "activate")}>
                        <Button
                          type="text"
                          size="small"
                          icon={i.active ? <StopOutlined /> : <UndoOutlined />}
                          aria-label={tr(i.active ? "deactivate" : "activate")}
                          onClick={() => setActive(i, !i.active)}
                        />
                      </Tooltip>
                      <Popconfirm
                        title={tr("retire")}
                        description={
                          <Flex vertical gap={8} style={{ maxWidth: 320 }}>
                            <div>{tr("retireConfirm", { code: i.code, name: i.name })}</div>
                            <DatePicker
                              aria-label={tr("retireOn")}
                              placeholder={tr("retireOn")}
                              format={f.dateInput}
                              value={retireOn ?? todayInVietnam().subtract(1, "day")}
                              onChange={setRetireOn}
                            />
                          </Flex>
                        }
                        okText={tr("retire")}
                        onOpenChange={(open) => open && setRetireOn(null)}
                        onConfirm={() => retire(i)}
                      >
                        <Tooltip title={tr("retire")}>
                          <Button type="text" size="small" icon={<ClockCircleOutlined />} aria-label={tr("retire")} data-testid={`retire-${i.code}`} />
                        </Tooltip>
                      </Popconfirm>
                      <Popconfirm
                        title={tr("delete")}
                        description={<div style={{ maxWidth: 300 }}>{tr("deleteConfirm", { code: i.code, name: i.name })}</div>}
                        okText={tr("delete")}
                        okButtonProps={{ danger: true }}
                        onConfirm={() => remove(i)}
                      >
                        <Button type="text" size="small" danger icon={<DeleteOutlined />} aria-label={tr("delete")} />
                      </Popconfirm>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      {editing && (
        <ItemEditor
          catalog={catalog}
          item={editing === "new" ? null : editing}
          onClose={() => setEditing(null)}
          onReloaded={() => void refresh()}
          onSaved={async () => {
            setEditing(null);
            await refresh();
          }}
        />
      )}
    </Card>
  );
}
