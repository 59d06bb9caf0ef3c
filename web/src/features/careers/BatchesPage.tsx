import { Card, Flex, Segmented, Tag, Typography } from "antd";
import { useState } from "react";
import { Link, useNavigate } from "react-router";
import { PageHeader } from "@/components/PageHeader";
import { PagedTable } from "@/components/PagedTable";
import { useFormat } from "@/lib/format";
import { batchListPath, type Batch } from "./api";
import { batchKindName } from "./BatchPage";
import { useCt, type CareerMessageKey } from "./messages";

const STATES = ["submitted", "draft", "approved", "rejected", "withdrawn"] as const;
const STATE_COLORS: Record<string, string> = { draft: "default", submitted: "blue", approved: "green", rejected: "red", withdrawn: "default" };

/** Batch decisions of the account's units: drafts, those waiting for the leader, the decided ones. */
export function BatchesPage() {
  const ct = useCt();
  const f = useFormat();
  const navigate = useNavigate();
  const [state, setState] = useState<string>("submitted");
  return (
    <>
      <PageHeader title={ct("b.title")} crumbs={[{ title: <Link to="/careers">{ct("c.title")}</Link> }, { title: ct("b.title") }]} />
      <Card size="small">
        <Flex vertical gap={12}>
          <Typography.Text type="secondary">{ct("b.selectHint")}</Typography.Text>
          <Segmented
            value={state}
            onChange={(v) => setState(String(v))}
            options={STATES.map((s) => ({ value: s, label: ct(`b.state.${s}` as CareerMessageKey) }))}
            data-testid="batch-states"
          />
          <PagedTable<Batch>
            path={batchListPath}
            query={{ state }}
            rowKey="id"
            testId="batch-list"
            onRow={(b) => ({ onClick: () => navigate(`/careers/batches/${b.id}`) })}
            columns={[
              { title: ct("b.titleField"), key: "title", render: (_, b) => <Link to={`/careers/batches/${b.id}`}>{b.title || batchKindName(ct, b.kind)}</Link> },
              { title: ct("b.kindLabel"), key: "kind", render: (_, b) => batchKindName(ct, b.kind) },
              { title: ct("b.number"), key: "number", render: (_, b) => b.decision_number ?? "—" },
              { title: ct("b.signedOn"), key: "signed", render: (_, b) => (b.decision_signed_on ? f.date(b.decision_signed_on) : "—") },
              { title: ct("b.count"), key: "n", align: "right", render: (_, b) => b.item_count },
              { title: ct("b.createdBy"), key: "by", render: (_, b) => b.created_by },
              { title: ct("b.state"), key: "state", render: (_, b) => <Tag color={STATE_COLORS[b.state]}>{ct(`b.state.${b.state}` as CareerMessageKey)}</Tag> },
            ]}
          />
        </Flex>
      </Card>
    </>
  );
}
