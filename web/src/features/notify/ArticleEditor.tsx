import { UploadOutlined } from "@ant-design/icons";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Card, Checkbox, DatePicker, Flex, Form, Input, Radio, Select, Skeleton, Upload } from "antd";
import type { Dayjs } from "dayjs";
import dayjs from "dayjs";
import { useMemo, useState } from "react";
import { useNavigate, useParams } from "react-router";
import { PageHeader } from "@/components/PageHeader";
import { dateTimeInputFormat } from "@/lib/format";
import { useServerForm } from "@/lib/forms";
import { useErrorNotice } from "@/lib/notify";
import { newsApi, type NewsArticle } from "./api";
import { AttachmentList, UnitsSelect } from "./common";
import { useNt } from "./messages";
import { useCategories } from "./NewsPages";
import { RichTextEditor } from "./RichTextEditor";

interface Values {
  title: string;
  summary: string;
  category: string;
  body_html: string;
  province_wide: boolean;
  audience_unit_ids: string[];
  publish_from: Dayjs | null;
  publish_until: Dayjs | null;
  pinned: boolean;
}

/** Write a new article or correct a draft (or a rejected one); then the cover and the attachments. */
export function ArticleEditor() {
  const { articleId } = useParams();
  const existing = useQuery({ queryKey: ["news-article", articleId], queryFn: () => newsApi.get(articleId!), enabled: !!articleId });
  if (articleId && existing.isLoading) return <Skeleton active />;
  return <EditorForm article={existing.data} />;
}

function EditorForm({ article }: { article?: NewsArticle }) {
  const nt = useNt();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const notice = useErrorNotice();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [current, setCurrent] = useState<NewsArticle | undefined>(article);
  const categories = useCategories();
  const initialValues = useMemo<Partial<Values>>(
    () =>
      article
        ? {
            title: article.title,
            summary: article.summary,
            category: article.category,
            body_html: article.body_html,
            province_wide: article.province_wide,
            audience_unit_ids: article.audience.map((u) => u.unit_id),
            publish_from: article.publish_from ? dayjs(article.publish_from) : null,
            publish_until: article.publish_until ? dayjs(article.publish_until) : null,
            pinned: article.pinned,
          }
        : { province_wide: true, audience_unit_ids: [], pinned: false, summary: "", body_html: "" },
    [article],
  );
  const sf = useServerForm(form, `news-edit-${article?.id ?? "new"}`, { initialValues });
  const provinceWide = Form.useWatch("province_wide", form);

  const save = (v: Values) =>
    sf.submit(async () => {
      const body = {
        title: v.title,
        summary: v.summary ?? "",
        category: v.category,
        body_html: v.body_html ?? "",
        province_wide: v.province_wide,
        audience_unit_ids: v.province_wide ? [] : (v.audience_unit_ids ?? []),
        publish_from: v.publish_from ? v.publish_from.toISOString() : null,
        publish_until: v.publish_until ? v.publish_until.toISOString() : null,
        pinned: !!v.pinned,
      };
      const saved = current ? await newsApi.update(current.id, { ...body, row_version: current.row_version }) : await newsApi.create(body);
      setCurrent(saved);
      qc.setQueryData(["news-article", saved.id], saved);
      void qc.invalidateQueries({ queryKey: [newsApi.editorialPath] });
      void message.success(nt("n.saved"));
      if (!current) navigate(`/news/${saved.id}/edit`, { replace: true });
      return saved;
    });

  const upload = async (kind: "cover" | "attachment", file: File) => {
    if (!current) return;
    try {
      const saved = kind === "cover" ? await newsApi.setCover(current.id, file) : await newsApi.attach(current.id, file);
      setCurrent(saved);
      qc.setQueryData(["news-article", saved.id], saved);
    } catch (err) {
      notice(err);
    }
  };

  return (
    <>
      <PageHeader
        title={current ? current.title : nt("n.write")}
        crumbs={[{ title: nt("n.editorial"), to: "/news/editorial" }, { title: current ? nt("n.edit") : nt("n.write") }]}
      />
      <Card>
        <Alert type="info" showIcon style={{ marginBottom: 12 }} title={nt("n.approvalHint")} />
        <Form<Values> form={form} layout="vertical" onValuesChange={sf.onValuesChange} onFinish={save} data-testid="news-form">
          <Form.Item name="title" label={nt("n.title")} rules={[{ required: true }]}>
            <Input maxLength={300} data-testid="news-title" />
          </Form.Item>
          <Form.Item name="summary" label={nt("n.summary")}>
            <Input.TextArea rows={2} maxLength={1000} data-testid="news-summary" />
          </Form.Item>
          <Flex gap={16} wrap>
            <Form.Item name="category" label={nt("n.category")} rules={[{ required: true }]} style={{ minWidth: 260 }}>
              <Select options={(categories.data ?? []).map((c) => ({ value: c.code, label: c.label }))} data-testid="news-category" />
            </Form.Item>
            <Form.Item name="publish_from" label={`${nt("n.window")} · ${nt("n.from")}`}>
              <DatePicker showTime format={dateTimeInputFormat()} />
            </Form.Item>
            <Form.Item name="publish_until" label={nt("n.until")}>
              <DatePicker showTime format={dateTimeInputFormat()} />
            </Form.Item>
            {/* A pin is asked for by the writer and granted with the Department's approval. */}
            <Form.Item name="pinned" valuePropName="checked" label=" ">
              <Checkbox>{nt("n.pinned")}</Checkbox>
            </Form.Item>
          </Flex>
          <Form.Item name="province_wide" label={nt("n.audience")}>
            <Radio.Group
              options={[
                { value: true, label: nt("n.provinceWide") },
                { value: false, label: nt("n.chosenUnits") },
              ]}
            />
          </Form.Item>
          {provinceWide === false && (
            <Form.Item name="audience_unit_ids" label={nt("n.chosenUnits")}>
              <UnitsSelect testId="news-audience" />
            </Form.Item>
          )}
          <Form.Item name="body_html" label={nt("n.body")} rules={[{ required: true }]}>
            <RichTextEditor testId="news-body-editor" />
          </Form.Item>
          <Flex gap={8}>
            <Button type="primary" htmlType="submit" loading={sf.submitting} data-testid="news-save">
              {nt("n.save")}
            </Button>
            {current && <Button onClick={() => navigate(`/news/${current.id}`)}>{nt("n.back")}</Button>}
          </Flex>
        </Form>
      </Card>
      {current && (
        <Card style={{ marginTop: 16 }} title={`${nt("n.cover")} · ${nt("n.attachments")}`}>
          <Flex gap={12} wrap>
            <Upload accept="image/jpeg,image/png" showUploadList={false} beforeUpload={(f) => (void upload("cover", f), false)}>
              <Button icon={<UploadOutlined />} data-testid="news-cover-upload">{nt("n.cover")}{current.has_cover ? " ✓" : ""}</Button>
            </Upload>
            <Upload showUploadList={false} beforeUpload={(f) => (void upload("attachment", f), false)}>
              <Button icon={<UploadOutlined />}>{nt("n.upload")}</Button>
            </Upload>
          </Flex>
          <div style={{ marginTop: 12 }}>
            <AttachmentList items={current.attachments} fetch={(f) => newsApi.attachment(current.id, f.id)} />
          </div>
        </Card>
      )}
    </>
  );
}
