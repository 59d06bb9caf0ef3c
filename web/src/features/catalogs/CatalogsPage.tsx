import { useQuery } from "@tanstack/react-query";
import { Card, Input, Table, Typography } from "antd";
import type { HTMLAttributes } from "react";
import { useState } from "react";
import { useNavigate, useParams } from "react-router";
import { EmptyState } from "@/components/EmptyState";
import { PageHeader } from "@/components/PageHeader";
import { matches } from "@/lib/text";
import { catalogApi, type Catalog } from "./api";
import { ItemsPanel } from "./ItemsPanel";
import { useCatalogText } from "./messages";

/**
 * Danh mục: /catalogs lists every catalog; /catalogs/:catalog shows one's items at full width (edit,
 * deactivate, delete, Excel out and in), with a picker to switch catalogs.
 */
export function CatalogsPage() {
  const tr = useCatalogText();
  const navigate = useNavigate();
  const { catalog: chosen } = useParams();
  const [filter, setFilter] = useState("");
  const list = useQuery({ queryKey: ["catalogs"], queryFn: catalogApi.list });
  const current = list.data?.find((c) => c.catalog === chosen) ?? null;
  const open = (catalog: string) => navigate(`/catalogs/${encodeURIComponent(catalog)}`);

  if (chosen)
    return (
      <>
        <PageHeader title={tr("title")} crumbs={[{ title: current?.name ?? chosen }]} />
        {current ? (
          <ItemsPanel key={current.catalog} catalog={current} catalogs={list.data ?? []} onSwitch={open} />
        ) : (
          <Card size="small" loading={list.isLoading}>
            <EmptyState />
          </Card>
        )}
      </>
    );

  const rows = (list.data ?? []).filter((c) => !filter || matches(`${c.name} ${c.catalog}`, filter));
  return (
    <>
      <PageHeader title={tr("title")} />
      <Card size="small">
        <Input.Search
          allowClear
          placeholder={tr("filter")}
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          style={{ maxWidth: 420, marginBottom: 12 }}
        />
        <Table<Catalog>
          data-testid="catalog-list"
          size="small"
          rowKey="catalog"
          loading={list.isLoading}
          dataSource={rows}
          pagination={false}
          locale={{ emptyText: <EmptyState /> }}
          onRow={(c) => ({ onClick: () => open(c.catalog), style: { cursor: "pointer" }, "data-catalog": c.catalog }) as HTMLAttributes<HTMLElement>}
          columns={[
            { title: tr("catalogName"), dataIndex: "name" },
            { title: tr("code"), dataIndex: "catalog", render: (c: string) => <Typography.Text type="secondary">{c}</Typography.Text> },
            { title: tr("itemCount"), dataIndex: "item_count", align: "right", width: 120 },
          ]}
        />
      </Card>
    </>
  );
}
