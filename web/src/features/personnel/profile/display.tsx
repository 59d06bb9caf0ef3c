import { useQuery } from "@tanstack/react-query";
import { Descriptions, Table, Typography } from "antd";
import { apiOrNull } from "@/lib/api";
import type { Unit } from "@/lib/units";
import { useCallback } from "react";
import { useFormat } from "@/lib/format";
import { useLabel, usePt } from "../messages";
import type { CatalogIndex } from "../catalogs";
import type { Profile } from "../types";
import type { FieldSpec, PartSpec, TabSpec } from "./spec";

type Obj = Record<string, unknown>;

export function valueAt(obj: unknown, dotted: string): unknown {
  return dotted.split(".").reduce<unknown>((o, k) => (o && typeof o === "object" ? (o as Obj)[k] : undefined), obj);
}

/** A profile value as people read it: dates dd/mm/yyyy, months mm/yyyy, catalog codes as names. */
export function useFormatValue(catalogs: CatalogIndex): (field: FieldSpec | null, value: unknown) => string {
  const label = useLabel();
  const f = useFormat();
  return useCallback(
    (field, value) => {
      if (value === null || value === undefined || value === "") return "";
      if (!field) return typeof value === "object" ? JSON.stringify(value) : String(value);
      switch (field.kind) {
        case "date":
          return f.date(String(value));
        case "month":
          return f.month(String(value));
        case "decimal": {
          // Coefficients and percentages come as decimal text ("2.34"): 2,34 in Vietnamese. Whole numbers
          // (years, steps, centimetres) are shown as they are: a year is not 2.010.
          const n = Number(value);
          return Number.isFinite(n) ? f.number(n, { maximumFractionDigits: 4 }) : String(value);
        }
        case "catalog":
          return catalogs.label(field.catalog ?? "", value);
        case "tags":
          return Array.isArray(value) ? value.join("; ") : String(value);
        case "select": {
          const option = field.options?.find((o) => o.value === value);
          return option ? label(option.label) : String(value);
        }
        default:
          return String(value);
      }
    },
    [catalogs, label, f],
  );
}

/** A unit of the header printed by its name (as the forms print it), its code until org answers. */
function UnitName({ id }: { id: string }) {
  const unit = useQuery({
    queryKey: ["unit", id],
    queryFn: () => apiOrNull<Unit>(`/api/org/units/${encodeURIComponent(id)}`),
    staleTime: 10 * 60_000,
  });
  return <>{unit.data?.name ?? id}</>;
}

function Part({ part, profile, catalogs }: { part: PartSpec; profile: Profile; catalogs: CatalogIndex }) {
  const label = useLabel();
  const pt = usePt();
  const format = useFormatValue(catalogs);
  const title = part.title ? <Typography.Title level={5}>{label(part.title)}</Typography.Title> : null;
  if (part.type === "table") {
    const rows = ((valueAt(profile, part.path) as Obj[] | undefined) ?? []).map((r, i) => ({ ...r, __key: i }));
    return (
      <div style={{ marginBottom: 20 }}>
        {title}
        <Table
          size="small"
          bordered
          rowKey="__key"
          pagination={false}
          scroll={{ x: "max-content" }}
          dataSource={rows}
          locale={{ emptyText: pt("p.empty") }}
          columns={part.columns.map((c) => ({
            key: c.name,
            title: label(c.label),
            render: (_: unknown, row: Obj) => format(c, valueAt(row, c.name)),
          }))}
        />
      </div>
    );
  }
  const base = part.path ? (profile[part.path] as Obj | undefined) : (profile as Obj);
  return (
    <div style={{ marginBottom: 20 }}>
      {title}
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, md: 2 }}
        items={part.fields.map((field) => ({
          key: field.name,
          label: label(field.label),
          span: field.wide ? { xs: 1, md: 2 } : undefined,
          children:
            field.kind === "unit" && typeof valueAt(base, field.name) === "string" ? (
              <UnitName id={valueAt(base, field.name) as string} />
            ) : (
              format(field, valueAt(base, field.name)) || <Typography.Text type="secondary">—</Typography.Text>
            ),
        }))}
      />
    </div>
  );
}

/** One tab of the profile, read-only. */
export function ProfileTabView({ tab, profile, catalogs }: { tab: TabSpec; profile: Profile; catalogs: CatalogIndex }) {
  return (
    <>
      {tab.parts.map((part, i) => (
        <Part key={`${i}-${part.path}`} part={part} profile={profile} catalogs={catalogs} />
      ))}
    </>
  );
}
