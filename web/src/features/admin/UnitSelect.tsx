import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Select } from "antd";
import { useState } from "react";
import { apiOrNull } from "@/lib/api";
import { useDebounced } from "@/lib/debounce";
import { searchUnits, unitLabel, type Unit } from "@/lib/units";
import { useAdminT } from "./messages";

interface Props {
  value?: string | null;
  onChange?: (unitId: string | undefined) => void;
  placeholder?: string;
  allowClear?: boolean;
  style?: React.CSSProperties;
  testId?: string;
  id?: string;
}

/** Picks one unit by typing its name (diacritics optional; org searches the caller's scope). */
export function UnitSelect({ value, onChange, placeholder, allowClear = true, style, testId, id }: Props) {
  const t = useAdminT();
  const [typed, setTyped] = useState("");
  const q = useDebounced(typed.trim(), 250);
  const found = useQuery({
    queryKey: ["units", "search", q],
    queryFn: () => searchUnits(q, 30),
    enabled: q.length >= 1,
    staleTime: 60_000,
    // The options of the previous text stay while the next ones load: none vanish under the pointer.
    placeholderData: keepPreviousData,
  });
  // A unit chosen earlier (or from the address bar) is shown by name even when not in the results.
  const current = useQuery({
    queryKey: ["unit", value],
    queryFn: () => apiOrNull<Unit>(`/api/org/units/${encodeURIComponent(value ?? "")}`),
    enabled: !!value,
    staleTime: 10 * 60_000,
  });
  const units = q ? [...(found.data ?? [])] : [];
  if (current.data && !units.some((u) => u.unit_id === current.data?.unit_id)) units.unshift(current.data);
  const options = units.map((u) => ({
    value: u.unit_id,
    label: unitLabel(u),
    title: (u as Unit & { path_names?: string[] }).path_names?.join(" › ") ?? unitLabel(u),
  }));
  return (
    <Select
      id={id}
      data-testid={testId}
      showSearch={{ filterOption: false, onSearch: setTyped }}
      value={value || undefined}
      onChange={(v: string | undefined) => {
        setTyped("");
        onChange?.(v);
      }}
      options={options}
      allowClear={allowClear}
      placeholder={placeholder ?? t("unit.search")}
      loading={found.isFetching}
      notFoundContent={q && !found.isFetching ? t("unit.none") : null}
      style={{ minWidth: 240, ...style }}
      popupMatchSelectWidth={false}
    />
  );
}

/** A unit's name from its code (cached; the code itself while org answers or if it does not know it). */
export function UnitName({ unitId }: { unitId: string | null | undefined }) {
  const unit = useQuery({
    queryKey: ["unit", unitId],
    queryFn: () => apiOrNull<Unit>(`/api/org/units/${encodeURIComponent(unitId ?? "")}`),
    enabled: !!unitId,
    staleTime: 10 * 60_000,
  });
  if (!unitId) return null;
  return <span title={unitId}>{unit.data ? unitLabel(unit.data) : unitId}</span>;
}
