import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Select } from "antd";
import { useState } from "react";
import type { PersonSummary } from "@/features/personnel/types";
import { apiOrNull, type Page } from "@/lib/api";
import { useDebounced } from "@/lib/debounce";

/** Picks a working person of the account's scope by name (diacritics optional). */
export function PersonPicker({ value, onChange, placeholder, id }: {
  value?: string;
  onChange?: (personId: string) => void;
  placeholder?: string;
  id?: string;
}) {
  const [text, setText] = useState("");
  const q = useDebounced(text.trim(), 300);
  const found = useQuery({
    queryKey: ["persons", "pick", q],
    queryFn: ({ signal }) => apiOrNull<Page<PersonSummary>>("/api/personnel/persons", { query: { q, size: 10 }, signal }),
    enabled: q.length >= 2,
    placeholderData: keepPreviousData,
  });
  return (
    <Select
      id={id}
      data-testid="person-picker"
      showSearch
      filterOption={false}
      value={value}
      onChange={onChange}
      onSearch={setText}
      placeholder={placeholder}
      options={(found.data?.items ?? []).map((p) => ({
        value: p.person_id,
        label: [p.full_name, p.unit_name].filter(Boolean).join(" — "),
      }))}
    />
  );
}
