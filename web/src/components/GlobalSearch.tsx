import { UserOutlined } from "@ant-design/icons";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { AutoComplete, Input } from "antd";
import { useState } from "react";
import { useNavigate } from "react-router";
import { apiOrNull, type Page } from "@/lib/api";
import { useDebounced } from "@/lib/debounce";
import { formatName } from "@/lib/format";
import { useI18n } from "@/lib/i18n";
import type { PersonSummary } from "@/features/personnel/types";

/** Finds people by name anywhere in the account's scope; diacritics are optional (the service folds them). */
export function GlobalSearch() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [text, setText] = useState("");
  const q = useDebounced(text.trim(), 300);
  const results = useQuery({
    queryKey: ["persons", "quick", q],
    queryFn: ({ signal }) => apiOrNull<Page<PersonSummary>>("/api/personnel/persons", { query: { q, size: 8 }, signal }),
    enabled: q.length >= 2,
    staleTime: 30_000,
    // The people found for the previous text stay while the next ones load: none vanish under the pointer.
    placeholderData: keepPreviousData,
  });
  const options = (q.length >= 2 ? (results.data?.items ?? []) : []).map((p) => ({
    value: p.person_id,
    label: (
      <div style={{ display: "flex", gap: 8, alignItems: "baseline" }}>
        <UserOutlined />
        <span>
          <strong>{formatName(p.full_name)}</strong>
          <div style={{ fontSize: 12, opacity: 0.7 }}>{[p.position, p.unit_name].filter(Boolean).join(" · ")}</div>
        </span>
      </div>
    ),
  }));
  return (
    <AutoComplete
      data-testid="global-search"
      style={{ width: "100%" }}
      options={options}
      value={text}
      onChange={setText}
      onSelect={(personId: string) => {
        setText("");
        navigate(`/personnel/${encodeURIComponent(personId)}`);
      }}
      notFoundContent={q.length >= 2 && !results.isFetching ? t("header.searchEmpty") : null}
    >
      <Input.Search
        placeholder={t("header.search")}
        title={t("header.searchHint")}
        aria-label={t("app.search")}
        allowClear
        onSearch={(value) => value.trim() && navigate(`/personnel?q=${encodeURIComponent(value.trim())}`)}
      />
    </AutoComplete>
  );
}
