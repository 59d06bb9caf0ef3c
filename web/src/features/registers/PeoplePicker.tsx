import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Select } from "antd";
import { useRef, useState } from "react";
import type { PersonSummary } from "@/features/personnel/types";
import { apiOrNull, type Page } from "@/lib/api";
import { useDebounced } from "@/lib/debounce";

/** Picks several working people of the account's scope by name (diacritics optional); the names of those
 * already chosen stay shown while another name is searched (transfer's PersonPicker, for many). */
export function PeoplePicker({ value, onChange, placeholder, id }: {
  value?: string[];
  onChange?: (personIds: string[]) => void;
  placeholder?: string;
  id?: string;
}) {
  const [text, setText] = useState("");
  const q = useDebounced(text.trim(), 300);
  const known = useRef(new Map<string, string>());
  const found = useQuery({
    queryKey: ["persons", "pick", q],
    queryFn: ({ signal }) => apiOrNull<Page<PersonSummary>>("/api/personnel/persons", { query: { q, size: 10 }, signal }),
    enabled: q.length >= 2,
    placeholderData: keepPreviousData,
  });
  for (const p of found.data?.items ?? []) {
    known.current.set(p.person_id, [p.full_name, p.unit_name].filter(Boolean).join(" — "));
  }
  const ids = new Set((found.data?.items ?? []).map((p) => p.person_id));
  const options = [
    ...(value ?? []).filter((v) => !ids.has(v)).map((v) => ({ value: v, label: known.current.get(v) ?? v })),
    ...(found.data?.items ?? []).map((p) => ({ value: p.person_id, label: known.current.get(p.person_id) ?? p.full_name })),
  ];
  return (
    <Select
      id={id}
      mode="multiple"
      data-testid="people-picker"
      showSearch
      filterOption={false}
      value={value}
      onChange={(v) => {
        onChange?.(v);
        setText("");
      }}
      onSearch={setText}
      placeholder={placeholder}
      options={options}
    />
  );
}
