import { BellOutlined } from "@ant-design/icons";
import { useQuery } from "@tanstack/react-query";
import { Badge, Button, Tooltip } from "antd";
import { useNavigate } from "react-router";
import { api } from "@/lib/api";
import { useNt } from "./messages";

/** The header's bell: how many notes of the notification centre the account has not read; opens them. */
export function NotificationBell() {
  const nt = useNt();
  const navigate = useNavigate();
  const unread = useQuery({
    queryKey: ["/api/notify/notifications", "bell"],
    queryFn: () => api<{ unread: number }>("/api/notify/notifications", { query: { box: "unread", size: 1 } }),
    refetchInterval: 30_000,
    retry: false,
  });
  return (
    <Tooltip title={nt("nc.tab")}>
      <Button type="text" onClick={() => navigate("/messages/notifications")} data-testid="notification-bell" aria-label={nt("nc.tab")}>
        <Badge count={unread.data?.unread ?? 0} size="small" overflowCount={99}>
          <BellOutlined style={{ fontSize: 18 }} />
        </Badge>
      </Button>
    </Tooltip>
  );
}
