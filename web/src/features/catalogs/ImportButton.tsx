import { UploadOutlined } from "@ant-design/icons";
import { Alert, App, Button, Modal, Typography, Upload } from "antd";
import { useState } from "react";
import { ApiError } from "@/lib/errors";
import { useI18n } from "@/lib/i18n";
import { useErrorNotice } from "@/lib/notify";
import { catalogApi } from "./api";
import { useCatalogText } from "./messages";

/** Uploads an .xlsx into the catalog; a refused file lists its rows to fix (the service imports all or nothing). */
export function ImportButton({ catalog, onImported }: { catalog: string; onImported: () => void }) {
  const tr = useCatalogText();
  const { lang } = useI18n();
  const { message } = App.useApp();
  const notice = useErrorNotice();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);

  const upload = async (file: File) => {
    setBusy(true);
    try {
      const r = await catalogApi.import(catalog, file);
      message.success(tr("importDone", { rows: r.rows, created: r.created, updated: r.updated }));
      onImported();
    } catch (err) {
      if (err instanceof ApiError && err.status === 422) setFailure(err);
      else notice(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Upload
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        showUploadList={false}
        beforeUpload={(file) => {
          void upload(file);
          return false;
        }}
      >
        <Button icon={<UploadOutlined />} loading={busy} title={tr("importHint")} data-testid="catalog-import">
          {tr("import")}
        </Button>
      </Upload>
      <Modal
        open={!!failure}
        title={tr("importFailed")}
        onCancel={() => setFailure(null)}
        onOk={() => setFailure(null)}
        cancelButtonProps={{ style: { display: "none" } }}
        width={640}
      >
        {failure && (
          <div data-testid="catalog-import-errors">
            {failure.fields.length === 0 && <Alert type="error" showIcon title={failure.text(lang)} style={{ marginBottom: 12 }} />}
            {failure.fields.length > 0 && (
              <>
                <Typography.Paragraph strong>{tr("importRows")}</Typography.Paragraph>
                <ul style={{ maxHeight: 320, overflow: "auto", paddingLeft: 20 }}>
                  {failure.fields.map((f, i) => (
                    <li key={i}>{f.message}</li>
                  ))}
                </ul>
              </>
            )}
            <Typography.Paragraph type="secondary">{tr("importHint")}</Typography.Paragraph>
          </div>
        )}
      </Modal>
    </>
  );
}
