import { DownloadOutlined, EyeOutlined, SwapOutlined, UploadOutlined } from "@ant-design/icons";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { App, Button, DatePicker, Flex, Form, Input, Modal, Select, Space, Table, Upload } from "antd";
import type { Dayjs } from "dayjs";
import { useState } from "react";
import { EmptyState } from "@/components/EmptyState";
import { ApiError } from "@/lib/errors";
import { useServerForm } from "@/lib/forms";
import { useI18n } from "@/lib/i18n";
import { apiDate, useFormat } from "@/lib/format";
import { useErrorNotice } from "@/lib/notify";
import { personnelApi } from "./api";
import { DOCUMENT_TYPES, PHOTO_TYPE, useDocTypeLabel } from "./documentTypes";
import { DocumentPreview } from "./DocumentPreview";
import { useDt } from "./messages";
import type { PersonDocument } from "./types";

const ACCEPT = ".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png";
const ALLOWED = /\.(pdf|jpe?g|png)$/i;

interface UploadValues {
  document_type?: string;
  number?: string;
  issued_on?: Dayjs;
  issuer?: string;
  summary?: string;
}

/** The scanned dossier: list, upload, replace (old versions kept), download by signed link, preview. */
export function DocumentsTab({ personId, canEdit }: { personId: string; canEdit: boolean }) {
  const dt = useDt();
  const f = useFormat();
  const notice = useErrorNotice();
  const typeLabel = useDocTypeLabel();
  const { message } = App.useApp();
  const client = useQueryClient();
  const docs = useQuery({ queryKey: ["documents", personId], queryFn: () => personnelApi.documents(personId) });
  const [adding, setAdding] = useState(false);
  const [previewing, setPreviewing] = useState<PersonDocument | null>(null);
  const refresh = () => client.invalidateQueries({ queryKey: ["documents", personId] });

  const download = async (doc: PersonDocument) => {
    try {
      const link = await personnelApi.downloadLink(personId, doc.id);
      // The signed link points at the object store and answers with "attachment": a navigation, which
      // the page's CSP does not restrict (unlike frames and fetches).
      window.open(link.url, "_blank", "noopener");
    } catch (err) {
      notice(err);
    }
  };

  const replace = async (doc: PersonDocument, file: File) => {
    if (!ALLOWED.test(file.name)) {
      message.error(dt("d.fileType"));
      return;
    }
    const body = new FormData();
    body.append("file", file);
    try {
      await personnelApi.replaceDocument(personId, doc.id, body);
      message.success(dt("d.replacedOk"));
      await refresh();
    } catch (err) {
      notice(err);
    }
  };

  return (
    <>
      {canEdit && (
        <Flex justify="end" style={{ marginBottom: 12 }}>
          <Button type="primary" icon={<UploadOutlined />} onClick={() => setAdding(true)} data-testid="add-document">
            {dt("d.add")}
          </Button>
        </Flex>
      )}
      <Table<PersonDocument>
        data-testid="documents-table"
        size="small"
        rowKey="id"
        loading={docs.isLoading}
        dataSource={docs.data ?? []}
        pagination={false}
        scroll={{ x: "max-content" }}
        locale={{ emptyText: <EmptyState description={dt("d.empty")} /> }}
        columns={[
          { title: dt("d.type"), dataIndex: "document_type", render: (v: string) => typeLabel(v) },
          { title: dt("d.number"), dataIndex: "number" },
          { title: dt("d.issuedOn"), dataIndex: "issued_on", render: f.date },
          {
            title: dt("d.version"),
            key: "version",
            render: (_, d) => {
              const v = d.versions?.find((x) => x.version === d.current_version);
              return [d.current_version, v && f.date(v.uploaded_at), v?.uploaded_by].filter(Boolean).join(" · ");
            },
          },
          {
            title: "",
            key: "actions",
            render: (_, d) => (
              <Space size={4} wrap>
                <Button size="small" icon={<EyeOutlined />} onClick={() => setPreviewing(d)} data-testid="preview-document">
                  {dt("d.preview")}
                </Button>
                <Button size="small" icon={<DownloadOutlined />} onClick={() => download(d)} title={dt("d.download")} aria-label={dt("d.download")} />
                {canEdit && d.document_type !== PHOTO_TYPE && (
                  <Upload accept={ACCEPT} showUploadList={false} beforeUpload={(file) => (void replace(d, file), false)}>
                    <Button size="small" icon={<SwapOutlined />} aria-label={dt("d.replace")} title={`${dt("d.replace")}: ${dt("d.replaceHint", { v: d.current_version + 1 })}`} />
                  </Upload>
                )}
              </Space>
            ),
          },
        ]}
      />
      {adding && <AddDocument personId={personId} onClose={() => setAdding(false)} onDone={refresh} />}
      {previewing && <DocumentPreview personId={personId} doc={previewing} onClose={() => setPreviewing(null)} />}
    </>
  );
}

function AddDocument({ personId, onClose, onDone }: { personId: string; onClose: () => void; onDone: () => Promise<unknown> }) {
  const dt = useDt();
  const { lang } = useI18n();
  const f = useFormat();
  const { message } = App.useApp();
  const [form] = Form.useForm<UploadValues>();
  const sf = useServerForm(form, `document-${personId}`);
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);

  const save = async (values: UploadValues) => {
    if (!file) return setFileError(dt("d.fileRequired"));
    const body = new FormData();
    body.append("file", file);
    body.append("document_type", values.document_type ?? "");
    if (values.number) body.append("number", values.number);
    const issuedOn = apiDate(values.issued_on);
    if (issuedOn) body.append("issued_on", issuedOn);
    if (values.issuer) body.append("issuer", values.issuer);
    if (values.summary) body.append("summary", values.summary);
    const saved = await sf.submit(async () => {
      try {
        return await personnelApi.addDocument(personId, body);
      } catch (err) {
        // The file is not a form field: its message (wrong type, too large) goes under the picker.
        const fileField = err instanceof ApiError ? err.fields.find((f) => f.field === "file") : undefined;
        if (fileField) setFileError(fileField.message);
        throw err;
      }
    });
    if (saved) {
      message.success(dt("d.uploadedOk"));
      await onDone();
      onClose();
    }
  };

  return (
    <Modal open title={dt("d.add")} onCancel={onClose} onOk={() => form.submit()} confirmLoading={sf.submitting} okText={dt("d.add")} destroyOnHidden>
      <Form form={form} name="document" layout="vertical" onValuesChange={sf.onValuesChange} onFinish={save}>
        <Form.Item name="document_type" label={dt("d.type")} rules={[{ required: true, message: dt("d.typeRequired") }]}>
          <Select
            data-testid="document-type"
            showSearch={{ optionFilterProp: "label" }}
            options={Object.entries(DOCUMENT_TYPES)
              .filter(([value]) => value !== PHOTO_TYPE)
              .map(([value, l]) => ({ value, label: l[lang === "en" ? 1 : 0] }))}
          />
        </Form.Item>
        <Flex gap={12}>
          <Form.Item name="number" label={dt("d.number")} style={{ flex: 1 }}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="issued_on" label={dt("d.issuedOn")} style={{ flex: 1 }}>
            <DatePicker format={f.dateInput} style={{ width: "100%" }} />
          </Form.Item>
        </Flex>
        <Form.Item name="issuer" label={dt("d.issuer")}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="summary" label={dt("d.summary")}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} maxLength={1000} />
        </Form.Item>
        <Form.Item label={dt("d.file")} required validateStatus={fileError ? "error" : undefined} help={fileError ?? undefined}>
          <Upload
            accept={ACCEPT}
            maxCount={1}
            fileList={file ? [{ uid: "1", name: file.name, status: "done" }] : []}
            onRemove={() => setFile(null)}
            beforeUpload={(f) => {
              setFile(f);
              setFileError(ALLOWED.test(f.name) ? null : dt("d.fileType"));
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} data-testid="choose-file">{dt("d.file")}</Button>
          </Upload>
        </Form.Item>
      </Form>
    </Modal>
  );
}
