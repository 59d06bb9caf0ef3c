import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { Badge, Card, Empty, List, Pagination, Tabs, Typography } from "antd";
import { useState } from "react";
import { useNavigate } from "react-router";
import { formatDateTime } from "@/lib/format";
import { notificationApi, type NotificationItem } from "./api";
import { useNt } from "./messages";

/** Việc cần chú ý: the notes of the account's unit (from the other services' events), unread first to see. */
export function NotificationsPanel() {
  const nt = useNt();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const [box, setBox] = useState<"all" | "unread">("unread");
  const [page, setPage] = useState(1);
  const list = useQuery({
    queryKey: [notificationApi.path, box, page],
    queryFn: () => notificationApi.list(box, page),
    placeholderData: keepPreviousData,
    refetchInterval: 30_000,
  });
  const open = (n: NotificationItem) => {
    void notificationApi.read(n.id).then(() => qc.invalidateQueries({ queryKey: [notificationApi.path] }));
    navigate(n.link);
  };
  return (
    <Card size="small">
      <Typography.Paragraph type="secondary">{nt("nc.hint")}</Typography.Paragraph>
      <Tabs
        size="small"
        activeKey={box}
        onChange={(k) => {
          setBox(k as "all" | "unread");
          setPage(1);
        }}
        items={[
          { key: "unread", label: nt("nc.unread", { n: list.data?.unread ?? 0 }) },
          { key: "all", label: nt("m.all") },
        ]}
      />
      <List<NotificationItem>
        data-testid="notifications"
        loading={list.isFetching && !list.data}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: <Empty description={nt("nc.none")} /> }}
        renderItem={(n) => (
          <List.Item onClick={() => open(n)} style={{ cursor: "pointer" }} data-testid="notification">
            <List.Item.Meta
              avatar={<Badge status={n.read ? "default" : "processing"} />}
              title={<Typography.Text strong={!n.read}>{n.title}</Typography.Text>}
              description={formatDateTime(n.created_at)}
            />
          </List.Item>
        )}
      />
      {(list.data?.total ?? 0) > 20 && (
        <Pagination current={page} pageSize={20} total={list.data?.total ?? 0} onChange={setPage} style={{ marginTop: 8 }} />
      )}
    </Card>
  );
}
