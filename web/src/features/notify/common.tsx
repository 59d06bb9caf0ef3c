import { PaperClipOutlined } from "@ant-design/icons";
import { useQuery } from "@tanstack/react-query";
import { Button, Flex, Select, Tabs } from "antd";
import { useState } from "react";
import { useLocation, useNavigate } from "react-router";
import { saveBlob } from "@/features/personnel/files";
import { useDebounced } from "@/lib/debounce";
import { useErrorNotice } from "@/lib/notify";
import { EDITORS, hasAnyRole } from "@/lib/roles";
import { useSession } from "@/lib/session";
import { searchUnits, unitLabel } from "@/lib/units";
import type { Attachment } from "./api";
import { useNt } from "./messages";

/** The tabs of the news section: news, announcements, and (for writers) editing and approval. */
export function NewsTabs() {
  const nt = useNt();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const { account } = useSession();
  const key = pathname.startsWith("/news/announcements") ? "announcements" : pathname.startsWith("/news/editorial") ? "editorial" : "news";
  const items = [
    { key: "news", label: nt("n.news") },
    { key: "announcements", label: nt("n.announcements") },
    ...(hasAnyRole(account.roles, EDITORS) ? [{ key: "editorial", label: nt("n.editorial") }] : []),
  ];
  return (
    <Tabs
      data-testid="news-tabs"
      activeKey={key}
      items={items}
      onChange={(k) => navigate(k === "news" ? "/news" : `/news/${k}`)}
      style={{ marginBottom: 4 }}
    />
  );
}

/** Files listed as buttons that download with the account's token. */
export function AttachmentList({ items, fetch }: { items: Attachment[]; fetch: (a: Attachment) => Promise<Blob> }) {
  const notice = useErrorNotice();
  if (!items.length) return null;
  return (
    <Flex gap={8} wrap data-testid="attachments">
      {items.map((a) => (
        <Button
          key={a.id}
          size="small"
          icon={<PaperClipOutlined />}
          onClick={() => fetch(a).then((b) => saveBlob(b, a.name), notice)}
        >
          {a.name} ({Math.max(1, Math.round(a.size / 1024))} KB)
        </Button>
      ))}
    </Flex>
  );
}

/** Several units of the account's scope, found by name (org's search, without diacritics). */
export function UnitsSelect({
  value,
  onChange,
  placeholder,
  testId,
}: {
  value?: string[];
  onChange?: (v: string[]) => void;
  placeholder?: string;
  testId?: string;
}) {
  const [q, setQ] = useState("");
  const term = useDebounced(q, 250);
  const [labels, setLabels] = useState<Record<string, string>>({});
  const found = useQuery({ queryKey: ["unit-search", term], queryFn: () => searchUnits(term || "", 30), enabled: term.length >= 1 });
  const options = (found.data ?? []).map((u) => ({ value: u.unit_id, label: unitLabel(u) }));
  const known = (value ?? []).filter((v) => !options.some((o) => o.value === v)).map((v) => ({ value: v, label: labels[v] ?? v }));
  return (
    <Select
      mode="multiple"
      data-testid={testId}
      value={value}
      placeholder={placeholder}
      filterOption={false}
      showSearch={{ onSearch: setQ, filterOption: false }}
      onChange={(v: string[]) => {
        setLabels((old) => ({ ...old, ...Object.fromEntries(options.map((o) => [o.value, o.label])) }));
        onChange?.(v);
      }}
      options={[...known, ...options]}
      loading={found.isFetching}
      style={{ width: "100%" }}
    />
  );
}
