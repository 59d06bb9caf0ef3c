import { Descriptions, Typography } from "antd";
import { useCatalogLabel } from "@/lib/catalogs";
import { useFormat } from "@/lib/format";
import type { UnitDetail } from "./api";
import { useOrgText } from "./messages";

/** What the unit is: its codes, classification, place in the tree and founding decision. */
export function DetailsTab({ unit: u, onOpen }: { unit: UnitDetail; onOpen: (unitId: string) => void }) {
  const tr = useOrgText();
  const f = useFormat();
  const unitType = useCatalogLabel("org", "unit_types");
  const unitBlock = useCatalogLabel("org", "unit_blocks");
  const level = useCatalogLabel("org", "management_levels");
  const parent = u.path.length > 1 ? u.path[u.path.length - 2] : null;
  const decision = [
    u.decision.decision_number,
    u.decision.decision_date && `${tr("decisionDate").toLowerCase()} ${f.date(u.decision.decision_date)}`,
    u.decision.signer && `${tr("signer").toLowerCase()}: ${u.decision.signer}`,
  ]
    .filter(Boolean)
    .join(", ");
  return (
    <Descriptions column={{ xs: 1, md: 2 }} bordered size="small" data-testid="unit-details">
      <Descriptions.Item label={tr("code")}>{u.unit_id}</Descriptions.Item>
      <Descriptions.Item label={tr("shortName")}>{u.short_name}</Descriptions.Item>
      <Descriptions.Item label={tr("name")} span={2}>{u.name}</Descriptions.Item>
      <Descriptions.Item label={tr("type")}>{unitType(u.unit_type)}</Descriptions.Item>
      <Descriptions.Item label={tr("block")}>{unitBlock(u.unit_block)}</Descriptions.Item>
      <Descriptions.Item label={tr("level")}>{level(u.management_level)}</Descriptions.Item>
      <Descriptions.Item label={tr("parent")}>
        {parent ? <Typography.Link onClick={() => onOpen(parent.unit_id)}>{parent.name}</Typography.Link> : "—"}
      </Descriptions.Item>
      <Descriptions.Item label={tr("address")} span={2}>{u.address}</Descriptions.Item>
      <Descriptions.Item label={tr("established")}>{f.date(u.established_on)}</Descriptions.Item>
      <Descriptions.Item label={tr("dissolvedOn")}>{f.date(u.dissolved_on) || "—"}</Descriptions.Item>
      <Descriptions.Item label={tr("foundingDecision")} span={2}>{decision || "—"}</Descriptions.Item>
    </Descriptions>
  );
}
