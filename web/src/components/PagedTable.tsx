import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Alert, Table, type TableColumnsType, type TableProps } from "antd";
import { useState } from "react";
import { apiOrNull, type Page, type Query } from "@/lib/api";
import { ApiError } from "@/lib/errors";
import { useI18n } from "@/lib/i18n";
import { EmptyState } from "./EmptyState";
import { usePaging } from "./paging";

/**
 * A server-paged table over a list endpoint answering {items, total} to ?page=&size= (page from 1).
 * A 404 (service not there yet) shows the empty state; other errors show their message.
 */
export function PagedTable<T extends object>({
  path,
  query,
  columns,
  rowKey,
  pageSize = 20,
  onRow,
  testId,
  rowSelection,
}: {
  path: string;
  query?: Query;
  columns: TableColumnsType<T>;
  rowKey: keyof T & string;
  pageSize?: number;
  onRow?: (record: T) => { onClick?: () => void };
  testId?: string;
  /** Rows the user may tick (e.g. people picked from a due list for one decision). */
  rowSelection?: TableProps<T>["rowSelection"];
}) {
  const { t, lang } = useI18n();
  const { page, size, setPage, pagination } = usePaging(pageSize);
  const [lastQuery, setLastQuery] = useState(JSON.stringify(query ?? {}));
  const queryKey = JSON.stringify(query ?? {});
  if (queryKey !== lastQuery) {
    // A new filter starts again at the first page.
    setLastQuery(queryKey);
    setPage(1);
  }
  const result = useQuery({
    queryKey: [path, query ?? {}, page, size],
    queryFn: ({ signal }) => apiOrNull<Page<T>>(path, { query: { ...query, page, size }, signal }),
    placeholderData: keepPreviousData,
  });
  return (
    <>
      {result.error && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={result.error instanceof ApiError ? result.error.text(lang) : t("app.networkError")}
        />
      )}
      <Table<T>
        data-testid={testId}
        size="middle"
        rowKey={rowKey}
        columns={columns}
        dataSource={result.data?.items ?? []}
        loading={result.isFetching}
        locale={{ emptyText: <EmptyState /> }}
        scroll={{ x: "max-content" }}
        onRow={onRow}
        rowSelection={rowSelection}
        pagination={pagination(result.data?.total ?? 0, result.data?.total_is_estimate)}
      />
    </>
  );
}
