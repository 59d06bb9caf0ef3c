import { useQuery, useQueryClient } from "@tanstack/react-query";
import { App, Button, Card, Space, Table, Tag } from "antd";
import { useFormat } from "@/lib/format";
import { useErrorNotice } from "@/lib/notify";
import { useSession } from "@/lib/session";
import { cancelRequest, confirmRequest, pendingRequests, type AccountRequest } from "./api";
import { useAdminT } from "./messages";

/** Unlocks and password resets of administrators' accounts waiting for a second administrator. Shown only
 * when there are some; the one who asked sees them too, but only another administrator may confirm. */
export function PendingRequests({ onPassword, onChanged }: { onPassword: (title: string, password: string) => void; onChanged: () => void }) {
  const t = useAdminT();
  const f = useFormat();
  const { account: me } = useSession();
  const { message } = App.useApp();
  const notice = useErrorNotice();
  const queryClient = useQueryClient();
  const pending = useQuery({ queryKey: ["account-requests"], queryFn: pendingRequests, refetchInterval: 30_000 });
  if (!pending.data?.length) return null;

  const settle = () => {
    void queryClient.invalidateQueries({ queryKey: ["account-requests"] });
    onChanged();
  };
  const confirm = async (r: AccountRequest) => {
    try {
      const done = await confirmRequest(r.id);
      if (done.temporary_password) onPassword(t("password.resetTitle", { username: r.username ?? "" }), done.temporary_password);
      else void message.success(t("request.done"));
      settle();
    } catch (err) {
      notice(err);
    }
  };
  const cancel = async (r: AccountRequest) => {
    try {
      await cancelRequest(r.id);
      settle();
    } catch (err) {
      notice(err);
    }
  };

  return (
    <Card size="small" title={t("request.title")} style={{ marginBottom: 12 }} data-testid="account-requests">
      <Table<AccountRequest>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={pending.data}
        columns={[
          { title: t("request.account"), dataIndex: "username" },
          { title: t("request.action"), dataIndex: "action", render: (a: string) => <Tag>{t(a === "unlock" ? "request.unlock" : a === "second_factor" ? "request.secondFactor" : "request.reset")}</Tag> },
          { title: t("request.reason"), dataIndex: "reason" },
          { title: t("request.by"), render: (_, r) => `${r.requested_by_username} · ${f.dateTime(r.requested_at)}` },
          {
            title: "",
            render: (_, r) => (
              <Space>
                {r.requested_by_username === me?.username ? (
                  <Tag>{t("request.own")}</Tag>
                ) : (
                  <Button size="small" type="primary" onClick={() => void confirm(r)} data-testid="request-confirm">
                    {t("request.confirm")}
                  </Button>
                )}
                <Button size="small" onClick={() => void cancel(r)}>
                  {t("request.cancel")}
                </Button>
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}
