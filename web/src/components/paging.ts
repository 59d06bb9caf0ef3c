import type { TablePaginationConfig } from "antd";
import { useState } from "react";
import { formatNumber } from "@/lib/format";
import { useI18n } from "@/lib/i18n";

/** Page and page size of a server-paged table, and antd's pagination for it: the total in words
 * ("Tổng số 1.234", or "Khoảng 38.973" when the service only estimated it); a new page size starts again
 * at the first page. */
export function usePaging(initialSize = 20) {
  const { t, lang } = useI18n();
  const [page, setPage] = useState(1);
  const [size, setSize] = useState(initialSize);
  const pagination = (total: number, estimate = false): TablePaginationConfig => ({
    current: page,
    pageSize: size,
    total,
    showSizeChanger: true,
    showTotal: (n) =>
      t(estimate ? "app.totalEstimate" : "app.total", { n: formatNumber(n, lang) }),
    onChange: (p, s) => {
      setPage(s === size ? p : 1);
      setSize(s);
    },
  });
  return { page, size, setPage, pagination };
}
