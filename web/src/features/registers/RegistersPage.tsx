import { Card, Tabs } from "antd";
import { useSearchParams } from "react-router";
import { PageHeader } from "@/components/PageHeader";
import { withParam } from "@/lib/searchParams";
import { DecisionsTab } from "./DecisionsTab";
import { PlanTab, TrainingTab } from "./TrainingTab";
import { useRt } from "./messages";

const TABS = ["award", "discipline", "training", "plan"] as const;
type Tab = (typeof TABS)[number];

/** The award and discipline registers, training courses and the training planning (issue 13.2, 13.3, 13.6). */
export function RegistersPage() {
  const rt = useRt();
  const [params, setParams] = useSearchParams();
  const tab = (TABS.find((t) => t === params.get("tab")) ?? "award") as Tab;
  const body = { award: <DecisionsTab kind="award" />, discipline: <DecisionsTab kind="discipline" />, training: <TrainingTab />, plan: <PlanTab /> }[tab];
  return (
    <>
      <PageHeader title={rt("r.title")} crumbs={[{ title: rt("r.title") }]} />
      <Card size="small">
        <Tabs
          activeKey={tab}
          onChange={(k) => setParams((prev) => withParam(prev, "tab", k))}
          items={TABS.map((t) => ({ key: t, label: <span data-testid={`registers-tab-${t}`}>{rt(`r.tab.${t}`)}</span> }))}
        />
        {body}
      </Card>
    </>
  );
}
