import { EditOutlined, PlusOutlined, PushpinFilled, WifiOutlined } from "@ant-design/icons";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Card, Descriptions, Flex, Input, List, Modal, Pagination, Select, Skeleton, Tabs, Tag, Timeline, Typography } from "antd";
import { useEffect, useState } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { EmptyState } from "@/components/EmptyState";
import { PageHeader } from "@/components/PageHeader";
import { PagedTable } from "@/components/PagedTable";
import { api, type Page } from "@/lib/api";
import { useDebounced } from "@/lib/debounce";
import { formatDate, formatDateTime } from "@/lib/format";
import { useI18n } from "@/lib/i18n";
import { useErrorNotice } from "@/lib/notify";
import { EDITORS, hasAnyRole } from "@/lib/roles";
import { useSession } from "@/lib/session";
import { newsApi, type NewsArticle, type NewsStep, type NewsSummary } from "./api";
import { AttachmentList, NewsTabs } from "./common";
import { useNt } from "./messages";

const STATE_COLORS: Record<string, string> = {
  draft: "default",
  pending: "gold",
  published: "green",
  rejected: "red",
  withdrawn: "default",
};

export function StateTag({ state }: { state: string }) {
  const nt = useNt();
  return <Tag color={STATE_COLORS[state]}>{nt(`n.state.${state}` as "n.state.draft")}</Tag>;
}

/** The article's cover, read with the account's token. */
function Cover({ id, height = 96 }: { id: string; height?: number }) {
  const blob = useQuery({ queryKey: ["news-cover", id], queryFn: () => newsApi.cover(id), staleTime: 300_000 });
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    if (!blob.data) return;
    const u = URL.createObjectURL(blob.data);
    setUrl(u);
    return () => URL.revokeObjectURL(u);
  }, [blob.data]);
  if (!url) return <div style={{ width: height * 1.5, height, background: "#f0f2f5", borderRadius: 6 }} />;
  return <img src={url} alt="" style={{ width: height * 1.5, height, objectFit: "cover", borderRadius: 6 }} />;
}

export function useCategories() {
  const { lang } = useI18n();  // the labels come in the language asked for
  return useQuery({ queryKey: ["news-categories", lang], queryFn: newsApi.categories, staleTime: 3_600_000 });
}

/** Tin tức: what the account reads now, pinned first, searchable without diacritics. */
export function NewsPage() {
  const nt = useNt();
  const navigate = useNavigate();
  const { account } = useSession();
  const [q, setQ] = useState("");
  const [category, setCategory] = useState<string>();
  const [page, setPage] = useState(1);
  const term = useDebounced(q, 300);
  const categories = useCategories();
  const { lang } = useI18n();
  const list = useQuery({
    queryKey: ["news", term, category, page, lang],
    queryFn: () => api<Page<NewsSummary>>(newsApi.listPath, { query: { q: term, category, page, size: 10 } }),
    placeholderData: keepPreviousData,
  });
  return (
    <>
      <PageHeader
        title={nt("n.news")}
        extra={
          <Flex gap={8}>
            <a href={newsApi.feedUrl} target="_blank" rel="noreferrer">
              <Button icon={<WifiOutlined />}>{nt("n.feed")}</Button>
            </a>
            {hasAnyRole(account.roles, EDITORS) && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate("/news/new")} data-testid="news-write">
                {nt("n.write")}
              </Button>
            )}
          </Flex>
        }
      />
      <NewsTabs />
      <Card size="small">
        <Typography.Paragraph type="secondary">{nt("n.newsHint")}</Typography.Paragraph>
        <Flex gap={12} wrap style={{ marginBottom: 12 }}>
          <Input.Search
            allowClear
            placeholder={nt("n.search")}
            value={q}
            onChange={(e) => {
              setQ(e.target.value);
              setPage(1);
            }}
            style={{ maxWidth: 420 }}
            data-testid="news-search"
          />
          <Select
            allowClear
            placeholder={nt("n.allCategories")}
            value={category}
            onChange={(v) => {
              setCategory(v);
              setPage(1);
            }}
            options={(categories.data ?? []).map((c) => ({ value: c.code, label: c.label }))}
            style={{ width: 240 }}
          />
        </Flex>
        <List<NewsSummary>
          data-testid="news-list"
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          locale={{ emptyText: <EmptyState description={nt("n.noNews")} /> }}
          itemLayout="vertical"
          renderItem={(n) => (
            <List.Item
              key={n.id}
              extra={n.has_cover ? <Cover id={n.id} /> : undefined}
              style={{ cursor: "pointer" }}
              onClick={() => navigate(`/news/${n.id}`)}
              data-testid="news-item"
            >
              <List.Item.Meta
                title={
                  <Flex gap={8} align="center" wrap>
                    {n.pinned && (
                      <Tag icon={<PushpinFilled />} color="volcano">
                        {nt("n.pinned")}
                      </Tag>
                    )}
                    <Typography.Link>{n.title}</Typography.Link>
                  </Flex>
                }
                description={
                  <span>
                    <Tag>{n.category_label}</Tag> {n.author_unit ?? n.unit_id} · {formatDate(n.publish_from ?? n.published_at)}
                  </span>
                }
              />
              <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ marginBottom: 0 }}>
                {n.summary}
              </Typography.Paragraph>
            </List.Item>
          )}
        />
        {(list.data?.total ?? 0) > 10 && (
          <Pagination current={page} total={list.data?.total ?? 0} pageSize={10} onChange={setPage} style={{ marginTop: 12 }} />
        )}
      </Card>
    </>
  );
}

/** Biên tập, duyệt tin: the articles of the account's units; the Department's editors see every unit's. */
export function EditorialPage() {
  const nt = useNt();
  const navigate = useNavigate();
  const { account } = useSession();
  const editor = hasAnyRole(account.roles, ["province_admin"]);  // the system administrator approves nothing
  const [state, setState] = useState<string>(editor ? "pending" : "open");
  const [q, setQ] = useState("");
  const term = useDebounced(q, 300);
  return (
    <>
      <PageHeader
        title={nt("n.editorial")}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate("/news/new")} data-testid="news-write">
            {nt("n.write")}
          </Button>
        }
      />
      <NewsTabs />
      <Card size="small">
        <Typography.Paragraph type="secondary">{nt("n.approvalHint")}</Typography.Paragraph>
        <Flex gap={12} wrap align="center" style={{ marginBottom: 8 }}>
          <Tabs
            activeKey={state}
            onChange={setState}
            style={{ flex: 1, minWidth: 320 }}
            data-testid="editorial-boxes"
            items={(["open", "pending", "published", "all"] as const).map((k) => ({ key: k, label: nt(`n.box.${k}`) }))}
          />
          <Input.Search allowClear placeholder={nt("n.search")} value={q} onChange={(e) => setQ(e.target.value)} style={{ width: 300 }} />
        </Flex>
        <PagedTable<NewsSummary>
          testId="editorial-table"
          path={newsApi.editorialPath}
          query={{ state, q: term }}
          rowKey="id"
          onRow={(n) => ({ onClick: () => navigate(`/news/${n.id}`) })}
          columns={[
            { title: nt("n.title"), dataIndex: "title", render: (v: string) => <Typography.Link>{v}</Typography.Link> },
            { title: nt("n.by"), key: "unit", render: (_, n) => n.author_unit ?? n.unit_id },
            { title: nt("n.category"), dataIndex: "category_label" },
            { title: nt("n.audience"), key: "aud", render: (_, n) => (n.province_wide ? nt("n.provinceWide") : nt("n.chosenUnits")) },
            { title: nt("n.state"), dataIndex: "state", render: (s: string) => <StateTag state={s} /> },
            { title: nt("n.updated"), dataIndex: "updated_at", render: (v: string) => formatDateTime(v) },
          ]}
        />
      </Card>
    </>
  );
}

/** One article: read it; its writers edit and send it for approval, the Department's editors approve it. */
export function ArticlePage() {
  const nt = useNt();
  const { articleId = "" } = useParams();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const notice = useErrorNotice();
  const { message } = App.useApp();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState("");
  const article = useQuery({ queryKey: ["news-article", articleId], queryFn: () => newsApi.get(articleId) });
  const step = useMutation({
    mutationFn: ({ s, why }: { s: NewsStep; why?: string }) => newsApi.step(articleId, s, { row_version: article.data?.row_version, reason: why }),
    onSuccess: (a) => {
      qc.setQueryData(["news-article", articleId], a);
      void qc.invalidateQueries({ queryKey: ["news"] });
      void qc.invalidateQueries({ queryKey: [newsApi.editorialPath] });
      setRejecting(false);
      void message.success(nt(`n.state.${a.state}` as "n.state.draft"));
    },
    onError: notice,
  });
  if (article.isLoading) return <Skeleton active />;
  if (article.error || !article.data) return <Alert type="error" showIcon title={nt("n.noNews")} />;
  const a: NewsArticle = article.data;
  const mine = a.steps.length > 0;
  return (
    <>
      <PageHeader title={a.title} crumbs={[{ title: nt("n.news"), to: "/news" }, { title: a.title }]} />
      <Flex gap={16} wrap align="start">
        <Card style={{ flex: "1 1 640px", minWidth: 320 }} data-testid="news-article">
          <Flex gap={8} wrap style={{ marginBottom: 8 }}>
            {a.pinned && <Tag icon={<PushpinFilled />} color="volcano">{nt("n.pinned")}</Tag>}
            <Tag>{a.category_label}</Tag>
            {a.state !== "published" && <StateTag state={a.state} />}
            <Typography.Text type="secondary">
              {a.author_unit ?? a.unit_id} · {formatDateTime(a.publish_from ?? a.published_at ?? a.updated_at)}
            </Typography.Text>
          </Flex>
          {a.has_cover && (
            <div style={{ marginBottom: 12 }}>
              <Cover id={a.id} height={220} />
            </div>
          )}
          {a.summary && <Typography.Paragraph strong>{a.summary}</Typography.Paragraph>}
          {/* The body was sanitised by the service on input (nh3): no scripts, handlers or styles. */}
          <div className="news-body" data-testid="news-body" dangerouslySetInnerHTML={{ __html: a.body_html }} />
          {a.attachments.length > 0 && (
            <>
              <Typography.Title level={5}>{nt("n.attachments")}</Typography.Title>
              <AttachmentList items={a.attachments} fetch={(f) => newsApi.attachment(a.id, f.id)} />
            </>
          )}
        </Card>
        {mine && (
          <Card size="small" title={nt("n.state")} style={{ flex: "0 1 340px", minWidth: 280 }} data-testid="news-workflow">
            <Flex vertical gap={8}>
              <StateTag state={a.state} />
              {a.reject_reason && <Alert type="warning" showIcon title={nt("n.rejected", { reason: a.reject_reason })} />}
              <Descriptions size="small" column={1}
                items={[
                  { key: "aud", label: nt("n.audience"), children: a.province_wide ? nt("n.provinceWide") : a.audience.map((u) => u.unit_name ?? u.unit_id).join(", ") },
                  { key: "win", label: nt("n.window"), children: `${a.publish_from ? formatDateTime(a.publish_from) : "—"} → ${a.publish_until ? formatDateTime(a.publish_until) : "—"}` },
                ]}
              />
              <Flex gap={8} wrap>
                {a.can_edit && (
                  <Link to={`/news/${a.id}/edit`}>
                    <Button icon={<EditOutlined />} data-testid="news-edit">{nt("n.edit")}</Button>
                  </Link>
                )}
                {a.can_edit && (
                  <Button type="primary" loading={step.isPending} onClick={() => step.mutate({ s: "submit" })} data-testid="news-submit">
                    {nt("n.step.submit")}
                  </Button>
                )}
                {a.can_approve && (
                  <Button type="primary" loading={step.isPending} onClick={() => step.mutate({ s: "approve" })} data-testid="news-approve">
                    {nt("n.step.approve")}
                  </Button>
                )}
                {a.can_approve && (
                  <Button danger onClick={() => setRejecting(true)} data-testid="news-reject">
                    {nt("n.step.reject")}
                  </Button>
                )}
                {(a.state === "published" || a.state === "pending") && (
                  <Button danger onClick={() => step.mutate({ s: "withdraw" })} data-testid="news-withdraw">
                    {nt("n.step.withdraw")}
                  </Button>
                )}
              </Flex>
              <Typography.Title level={5} style={{ marginTop: 8 }}>{nt("n.history")}</Typography.Title>
              <Timeline
                items={a.steps.map((s) => ({
                  content: (
                    <span>
                      <b>{nt(`n.state.${s.state}` as "n.state.draft")}</b> · {s.by_username} · {formatDateTime(s.at)}
                      {s.note && <div style={{ opacity: 0.8 }}>{s.note}</div>}
                    </span>
                  ),
                }))}
              />
            </Flex>
          </Card>
        )}
      </Flex>
      <Button style={{ marginTop: 12 }} onClick={() => navigate(-1)}>{nt("n.back")}</Button>
      <Modal
        open={rejecting}
        title={nt("n.step.reject")}
        onCancel={() => setRejecting(false)}
        onOk={() => step.mutate({ s: "reject", why: reason })}
        confirmLoading={step.isPending}
      >
        <Input.TextArea rows={3} placeholder={nt("n.rejectReason")} value={reason} onChange={(e) => setReason(e.target.value)} data-testid="reject-reason" />
      </Modal>
    </>
  );
}
