import { useQuery } from "@tanstack/react-query";
import { Card, Col, Descriptions, Row, Tag, Tree, Typography } from "antd";
import type { DataNode } from "antd/es/tree";
import { useEffect, useState } from "react";
import { EmptyState } from "@/components/EmptyState";
import { PageHeader } from "@/components/PageHeader";
import { apiOrNull } from "@/lib/api";
import { useCatalogLabel } from "@/lib/catalogs";
import { useI18n } from "@/lib/i18n";
import { useUnitScope } from "@/lib/unitScope";
import { fetchChildUnits, unitLabel, type Unit } from "@/lib/units";

function toNode(u: Unit): DataNode {
  return { key: u.unit_id, title: unitLabel(u), isLeaf: u.has_children === false };
}

function insertChildren(nodes: DataNode[], key: string, children: DataNode[]): DataNode[] {
  return nodes.map((n) =>
    n.key === key ? { ...n, children, isLeaf: children.length === 0 } : n.children ? { ...n, children: insertChildren(n.children, key, children) } : n,
  );
}

/** Tổ chức - biên chế: the tree of the account's scope and the chosen unit's details. */
export function OrgPage() {
  const { t } = useI18n();
  const { roots, selected, select } = useUnitScope();
  const [tree, setTree] = useState<DataNode[]>([]);
  useEffect(() => setTree(roots.map(toNode)), [roots]);
  const unitId = selected?.unit_id;
  const details = useQuery({
    queryKey: ["unit", unitId],
    queryFn: () => apiOrNull<Unit>(`/api/org/units/${encodeURIComponent(unitId ?? "")}`),
    enabled: !!unitId,
  });
  const u = details.data;
  const unitType = useCatalogLabel("org", "unit_types");
  const unitBlock = useCatalogLabel("org", "unit_blocks");
  const level = useCatalogLabel("org", "management_levels");
  return (
    <>
      <PageHeader title={t("org.title")} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Card size="small" data-testid="org-tree">
            {tree.length ? (
              <Tree
                showLine
                height={560}
                treeData={tree}
                selectedKeys={unitId ? [unitId] : []}
                defaultExpandedKeys={roots.length === 1 ? [roots[0].unit_id] : []}
                loadData={async (node) => {
                  if (node.children) return;
                  const kids = await fetchChildUnits(String(node.key));
                  setTree((prev) => insertChildren(prev, String(node.key), kids.map(toNode)));
                }}
                onSelect={(_, info) => select({ unit_id: String(info.node.key), name: String(info.node.title) })}
              />
            ) : (
              <EmptyState />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card size="small" title={t("org.details")} data-testid="org-details">
            {u ? (
              <Descriptions column={1} bordered size="small">
                <Descriptions.Item label={t("org.code")}>{u.unit_id}</Descriptions.Item>
                <Descriptions.Item label={t("org.name")}>{u.name}</Descriptions.Item>
                <Descriptions.Item label={t("org.type")}>{unitType(u.unit_type)}</Descriptions.Item>
                <Descriptions.Item label={t("org.block")}>{unitBlock(u.unit_block)}</Descriptions.Item>
                <Descriptions.Item label={t("org.level")}>{level(u.management_level)}</Descriptions.Item>
                <Descriptions.Item label={t("org.active")}>
                  {u.active === false ? <Tag>{t("org.inactive")}</Tag> : <Tag color="green">{t("org.active")}</Tag>}
                </Descriptions.Item>
              </Descriptions>
            ) : unitId ? (
              <EmptyState />
            ) : (
              <Typography.Text type="secondary">{t("org.pick")}</Typography.Text>
            )}
          </Card>
        </Col>
      </Row>
    </>
  );
}
