import { useQuery } from "@tanstack/react-query";
import { Card, Col, Input, List, Row, Typography } from "antd";
import { useState } from "react";
import { useNavigate, useParams } from "react-router";
import { EmptyState } from "@/components/EmptyState";
import { PageHeader } from "@/components/PageHeader";
import { matches } from "@/lib/text";
import { catalogApi } from "./api";
import { ItemsPanel } from "./ItemsPanel";
import { useCatalogText } from "./messages";

/** Danh mục: every catalog on the left, the chosen one's items on the right (edit, Excel in and out). */
export function CatalogsPage() {
  const tr = useCatalogText();
  const navigate = useNavigate();
  const { catalog: chosen } = useParams();
  const [filter, setFilter] = useState("");
  const list = useQuery({ queryKey: ["catalogs"], queryFn: catalogApi.list });
  const catalogs = (list.data ?? []).filter((c) => !filter || matches(`${c.name} ${c.catalog}`, filter));
  const current = list.data?.find((c) => c.catalog === chosen) ?? null;
  return (
    <>
      <PageHeader title={tr("title")} crumbs={current ? [{ title: current.name }] : []} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={7}>
          <Card size="small" title={tr("catalogs")} styles={{ body: { padding: 8 } }}>
            <Input.Search allowClear placeholder={tr("filter")} value={filter} onChange={(e) => setFilter(e.target.value)} style={{ marginBottom: 8 }} />
            <List
              data-testid="catalog-list"
              size="small"
              loading={list.isLoading}
              dataSource={catalogs}
              style={{ maxHeight: 560, overflow: "auto" }}
              locale={{ emptyText: <EmptyState /> }}
              renderItem={(c) => (
                <List.Item
                  data-catalog={c.catalog}
                  onClick={() => navigate(`/catalogs/${encodeURIComponent(c.catalog)}`)}
                  style={{ cursor: "pointer", paddingInline: 8, background: c.catalog === chosen ? "#e6f4ff" : undefined }}
                >
                  <span>{c.name}</span>
                  <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: "nowrap" }}>
                    {tr("items", { n: c.item_count })}
                  </Typography.Text>
                </List.Item>
              )}
            />
          </Card>
        </Col>
        <Col xs={24} lg={17}>
          {current ? (
            <ItemsPanel key={current.catalog} catalog={current} />
          ) : (
            <Card size="small">
              <Typography.Text type="secondary">{tr("pick")}</Typography.Text>
            </Card>
          )}
        </Col>
      </Row>
    </>
  );
}
