import { Button, Checkbox, Flex, InputNumber, Select } from "antd";
import type { SetURLSearchParams } from "react-router";
import { matches } from "@/lib/text";
import type { CatalogIndex } from "./catalogs";
import { usePt } from "./messages";
import { withParam } from "@/lib/searchParams";

// The list's filters live in the address (?status=&gender=…), so a filtered list can be reloaded,
// bookmarked and shared; each maps one to one to a query parameter of GET /persons.

export const FILTER_KEYS = [
  "status",
  "include_left",
  "gender",
  "birth_year_from",
  "birth_year_to",
  "rank_code",
  "qualification",
  "party_member",
  "ethnicity",
  "sort",
] as const;

export const FILTER_CATALOGS = ["employment_status", "gender", "ranks", "professional_qualifications", "ethnic_groups"] as const;

export function filtersQuery(params: URLSearchParams): Record<string, string | undefined> {
  return Object.fromEntries(FILTER_KEYS.map((k) => [k, params.get(k) ?? undefined]));
}

export function PersonFilters({ params, setParams, catalogs }: { params: URLSearchParams; setParams: SetURLSearchParams; catalogs: CatalogIndex }) {
  const pt = usePt();
  const set = (key: string, value: string | number | boolean | null | undefined) =>
    setParams((prev) => withParam(prev, key, value), { replace: true });
  const select = (key: string, placeholder: string, options: { value: string; label: string }[], width = 170) => (
    <Select
      aria-label={placeholder}
      data-testid={`filter-${key}`}
      allowClear
      placeholder={placeholder}
      style={{ width }}
      value={params.get(key) ?? undefined}
      options={options}
      onChange={(v) => set(key, v)}
      showSearch={{ filterOption: (input, option) => matches(String(option?.label ?? ""), input) }}
      popupMatchSelectWidth={false}
    />
  );
  const any = FILTER_KEYS.some((k) => k !== "sort" && params.get(k));
  return (
    <Flex wrap gap={8} align="center" style={{ marginBottom: 12 }} data-testid="person-filters">
      {select("status", pt("p.status"), catalogs.options("employment_status"), 190)}
      <Checkbox checked={params.get("include_left") === "true"} onChange={(e) => set("include_left", e.target.checked)}>
        {pt("p.includeLeft")}
      </Checkbox>
      {select("gender", pt("p.gender"), catalogs.options("gender"), 110)}
      <InputNumber
        aria-label={pt("p.bornFrom")}
        placeholder={pt("p.bornFrom")}
        min={1900}
        max={2100}
        style={{ width: 120 }}
        value={params.get("birth_year_from") ? Number(params.get("birth_year_from")) : null}
        onChange={(v) => set("birth_year_from", v)}
      />
      <InputNumber
        aria-label={pt("p.bornTo")}
        placeholder={pt("p.bornTo")}
        min={1900}
        max={2100}
        style={{ width: 100 }}
        value={params.get("birth_year_to") ? Number(params.get("birth_year_to")) : null}
        onChange={(v) => set("birth_year_to", v)}
      />
      {select("rank_code", pt("p.rank"), catalogs.options("ranks"), 190)}
      {select("qualification", pt("p.qualification"), catalogs.options("professional_qualifications"), 190)}
      {select("party_member", pt("p.party"), [
        { value: "true", label: pt("p.yes") },
        { value: "false", label: pt("p.no") },
      ], 120)}
      {select("ethnicity", pt("p.ethnicity"), catalogs.options("ethnic_groups"), 130)}
      {select("sort", pt("p.sort"), [
        { value: "name", label: pt("p.sortName") },
        { value: "birth_date", label: pt("p.sortBirthAsc") },
        { value: "-birth_date", label: pt("p.sortBirthDesc") },
        { value: "updated", label: pt("p.sortUpdated") },
      ], 170)}
      {any && (
        <Button type="link" onClick={() => setParams((prev) => {
          const next = new URLSearchParams();
          if (prev.get("q")) next.set("q", prev.get("q") ?? "");
          return next;
        }, { replace: true })}>
          {pt("p.clearFilters")}
        </Button>
      )}
    </Flex>
  );
}
