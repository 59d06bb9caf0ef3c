import { useQuery } from "@tanstack/react-query";
import { Alert, Flex, Modal, Select, Spin } from "antd";
import { useEffect, useState } from "react";
import { ApiError } from "@/lib/errors";
import { useI18n } from "@/lib/i18n";
import { useDocTypeLabel } from "./documentTypes";
import { fetchBlob } from "./files";
import { useDt } from "./messages";
import type { PersonDocument } from "./types";

/**
 * Shows a version of a document in the page. The file is read with the token from personnel's
 * .../content (after its scope check) into a blob: URL: the CSP admits blob: images and frames, never
 * the object store's host.
 */
export function DocumentPreview({ personId, doc, onClose }: { personId: string; doc: PersonDocument; onClose: () => void }) {
  const dt = useDt();
  const { lang, t } = useI18n();
  const typeLabel = useDocTypeLabel();
  const [version, setVersion] = useState(doc.current_version);
  const blob = useQuery({
    queryKey: ["document-content", doc.id, version],
    queryFn: () => fetchBlob(`/api/personnel/persons/${encodeURIComponent(personId)}/documents/${encodeURIComponent(doc.id)}/content`, { version }),
    gcTime: 0,
  });
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!blob.data) return;
    const u = URL.createObjectURL(blob.data);
    setUrl(u);
    return () => URL.revokeObjectURL(u);
  }, [blob.data]);
  const type = (doc.versions ?? []).find((v) => v.version === version)?.content_type ?? blob.data?.type ?? "";
  const title = dt("d.previewTitle", { name: [typeLabel(doc.document_type), doc.number].filter(Boolean).join(" ") });

  return (
    <Modal open title={title} onCancel={onClose} footer={null} width={900} destroyOnHidden>
      {(doc.versions?.length ?? 0) > 1 && (
        <Flex gap={8} align="center" style={{ marginBottom: 8 }}>
          {dt("d.olderVersion")}
          <Select
            value={version}
            style={{ width: 220 }}
            onChange={setVersion}
            options={[...(doc.versions ?? [])].reverse().map((v) => ({ value: v.version, label: `${v.version} · ${v.filename ?? v.content_type}` }))}
          />
        </Flex>
      )}
      {blob.error ? (
        <Alert type="error" showIcon title={blob.error instanceof ApiError ? blob.error.text(lang) : t("app.networkError")} />
      ) : !url || blob.isFetching ? (
        <Flex justify="center" style={{ padding: 48 }}><Spin /></Flex>
      ) : type.startsWith("image/") ? (
        <img data-testid="document-preview" src={url} alt={title} style={{ maxWidth: "100%", maxHeight: "70vh", display: "block", margin: "0 auto" }} />
      ) : (
        <iframe data-testid="document-preview" src={url} title={title} style={{ width: "100%", height: "70vh", border: 0 }} />
      )}
    </Modal>
  );
}
