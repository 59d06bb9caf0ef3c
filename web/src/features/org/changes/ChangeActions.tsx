import { ApartmentOutlined, DownOutlined } from "@ant-design/icons";
import { Button, Dropdown } from "antd";
import { useState } from "react";
import type { UnitDetail } from "../api";
import { useOrgText } from "../messages";
import { ChangeModal } from "./ChangeModal";
import type { Op } from "./OpFields";

/** The structural changes a province administrator may record on a unit (the service checks again). */
export function ChangeActions({ unit, onDone }: { unit: UnitDetail; onDone: (openUnitId: string) => void }) {
  const tr = useOrgText();
  const [op, setOp] = useState<Op | null>(null);
  const isRoot = !unit.parent_id;
  const ops: Op[] = isRoot ? ["create", "update", "rename"] : ["create", "update", "rename", "move", "dissolve", "merge", "split"];
  return (
    <>
      <Dropdown
        trigger={["click"]}
        menu={{
          items: ops.map((o) => ({
            key: o,
            label: <span data-testid={`op-${o}`}>{tr(`op.${o}`)}</span>,
            danger: o === "dissolve",
            onClick: () => setOp(o),
          })),
        }}
      >
        <Button type="primary" icon={<ApartmentOutlined />} data-testid="change-actions">
          {tr("actions")} <DownOutlined />
        </Button>
      </Dropdown>
      {op && (
        <ChangeModal
          key={op}
          op={op}
          unit={unit}
          onClose={() => setOp(null)}
          onDone={(id) => {
            setOp(null);
            onDone(id);
          }}
        />
      )}
    </>
  );
}
