import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Select } from "antd";
import { useState } from "react";
import { useDebounced } from "@/lib/debounce";
import { transferApi, type UnitChoice } from "./api";
import { useTt } from "./messages";

interface Props {
  value?: string | null;
  onChange?: (unitId: string | undefined) => void;
  testId?: string;
  id?: string;
}

const label = (u: UnitChoice) => `${u.name} (${u.unit_id})`;

/** Picks the unit a case goes to among all units of the province (a sender does not manage the receiver). */
export function ReceivingUnitSelect({ value, onChange, testId, id }: Props) {
  const tt = useTt();
  const [typed, setTyped] = useState("");
  const q = useDebounced(typed.trim(), 250);
  const [chosen, setChosen] = useState<UnitChoice | null>(null);
  const found = useQuery({
    queryKey: ["transfer", "units", q],
    queryFn: () => transferApi.units(q),
    enabled: q.length >= 1,
    staleTime: 60_000,
    placeholderData: keepPreviousData,
  });
  const units = q ? [...(found.data ?? [])] : [];
  if (chosen && chosen.unit_id === value && !units.some((u) => u.unit_id === value)) units.unshift(chosen);
  return (
    <Select
      id={id}
      data-testid={testId}
      showSearch={{ filterOption: false, onSearch: setTyped }}
      value={value || undefined}
      onChange={(v: string | undefined) => {
        setChosen(units.find((u) => u.unit_id === v) ?? null);
        setTyped("");
        onChange?.(v);
      }}
      options={units.map((u) => ({ value: u.unit_id, label: label(u), title: u.path_names.join(" › ") }))}
      allowClear
      placeholder={tt("f.unitSearch")}
      loading={found.isFetching}
      notFoundContent={q && !found.isFetching ? tt("f.unitNone") : null}
      style={{ minWidth: 240 }}
      popupMatchSelectWidth={false}
    />
  );
}
