import { useQuery } from "@tanstack/react-query";
import { Alert, Button, Flex, InputNumber, Table, Typography } from "antd";
import { useState } from "react";
import { Link, useNavigate } from "react-router";
import { EmptyState } from "@/components/EmptyState";
import { ApiError } from "@/lib/errors";
import { useFormat, todayInVietnam } from "@/lib/format";
import { useI18n } from "@/lib/i18n";
import { batchApi, type EarlyCandidate } from "./api";
import { rememberPick } from "./BatchNewPage";
import { useCt } from "./messages";

/** who may be raised early this year in the unit's subtree, and how many the quota still allows. */
export function EarlyRaiseTab({ unitId, mayDecide }: { unitId?: string; mayDecide: boolean }) {
  const ct = useCt();
  const f = useFormat();
  const { lang } = useI18n();
  const navigate = useNavigate();
  const [year, setYear] = useState<number>(todayInVietnam().year());
  const [picked, setPicked] = useState<string[]>([]);
  const list = useQuery({ queryKey: ["early-raise", year, unitId], queryFn: () => batchApi.earlyRaise(year, unitId), retry: false });
  const data = list.data;
  const over = data ? picked.length > data.remaining : false;
  const decide = () => {
    rememberPick("early_raise", picked);
    navigate("/careers/batches/new", { state: { kind: "early_raise", ids: picked } });
  };
  return (
    <Flex vertical gap={12}>
      <Flex gap={12} align="center" wrap>
        <span>{ct("e.year")}</span>
        <InputNumber min={1990} max={2199} value={year} onChange={(v) => v && setYear(v)} data-testid="early-year" />
        {mayDecide && (
          <Button type="primary" disabled={!picked.length || over} onClick={decide} data-testid="early-decide">
            {ct("b.fromList", { n: picked.length })}
          </Button>
        )}
      </Flex>
      {data && (
        <Alert type={data.remaining ? "info" : "warning"} showIcon data-testid="early-quota"
          title={ct("e.quota", { year: data.year, quota: data.quota, payroll: data.payroll_count, taken: data.taken, remaining: data.remaining })} />
      )}
      {over && <Alert type="error" showIcon title={ct("e.overQuota", { n: data?.remaining ?? 0 })} />}
      {list.error && <Alert type="error" showIcon title={list.error instanceof ApiError ? list.error.text(lang) : String(list.error)} />}
      <Table<EarlyCandidate>
        data-testid="early-table"
        size="middle"
        rowKey="person_id"
        loading={list.isLoading}
        dataSource={data?.items ?? []}
        pagination={false}
        scroll={{ x: "max-content" }}
        locale={{ emptyText: <EmptyState description={ct("c.empty")} /> }}
        rowSelection={mayDecide ? { selectedRowKeys: picked, onChange: (keys) => setPicked(keys.map(String)) } : undefined}
        columns={[
          { title: ct("c.name"), key: "name", render: (_, c) => <Link to={`/personnel/${c.person_id}`}>{c.full_name}</Link> },
          { title: ct("c.unit"), key: "unit", render: (_, c) => c.unit_name ?? c.unit_id },
          { title: ct("c.nextStep"), key: "next", render: (_, c) => `${c.next_step ?? "—"} (${c.next_coefficient ?? "—"})` },
          { title: ct("e.regular"), key: "regular", render: (_, c) => f.date(c.regular_date) },
          { title: ct("e.months"), key: "months", align: "right", render: (_, c) => c.months },
          { title: ct("e.newDate"), key: "new", render: (_, c) => <b>{f.date(c.new_date)}</b> },
          { title: ct("e.achievement"), key: "ach", render: (_, c) => <Typography.Text>{c.achievement_code} ({f.date(c.achievement_on)})</Typography.Text> },
        ]}
      />
    </Flex>
  );
}
