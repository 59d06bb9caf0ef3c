import { CloudDownloadOutlined, CloudUploadOutlined } from "@ant-design/icons";
import { App, Button, Card, Col, Row, Space, Typography } from "antd";
import { useState } from "react";
import { Link } from "react-router";
import { UnitPicker } from "@/components/UnitPicker";
import { fetchBlob, saveBlob } from "@/features/personnel/files";
import { useErrorNotice } from "@/lib/notify";
import { useUnitScope } from "@/lib/unitScope";
import { useExchangeT } from "./messages";

/** Exchange with the national database: a unit's package of dossiers out, a package in (the import). */
export function ExchangePage() {
  const xt = useExchangeT();
  const { selected } = useUnitScope();
  const { message } = App.useApp();
  const notifyError = useErrorNotice();
  const [busy, setBusy] = useState(false);

  async function download() {
    if (!selected) return;
    setBusy(true);
    try {
      const blob = await fetchBlob(`/api/personnel/exchange/units/${encodeURIComponent(selected.unit_id)}`);
      saveBlob(blob, `ho-so-${selected.unit_id}.json`);
      void message.success(xt("x.downloaded", { unit: selected.name }));
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Space direction="vertical" size="middle" style={{ width: "100%" }} data-testid="exchange-page">
      <Typography.Title level={3} style={{ margin: 0 }}>{xt("x.title")}</Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>{xt("x.hint")}</Typography.Paragraph>
      <Row gutter={[16, 16]}>
        <Col xs={24} md={12}>
          <Card title={xt("x.export")}>
            <Typography.Paragraph>{xt("x.exportHint")}</Typography.Paragraph>
            <Space wrap>
              <span>{xt("x.unit")}:</span>
              <UnitPicker />
              <Button type="primary" icon={<CloudDownloadOutlined />} loading={busy} disabled={!selected}
                onClick={() => void download()} data-testid="exchange-download">
                {xt("x.download")}
              </Button>
            </Space>
          </Card>
        </Col>
        <Col xs={24} md={12}>
          <Card title={xt("x.import")}>
            <Typography.Paragraph>{xt("x.importHint")}</Typography.Paragraph>
            <Link to="/imports"><Button icon={<CloudUploadOutlined />}>{xt("x.goImport")}</Button></Link>
          </Card>
        </Col>
        <Col span={24}>
          <Card title={xt("x.layout")} size="small">
            <Typography.Paragraph style={{ margin: 0 }}>{xt("x.layoutHint")}</Typography.Paragraph>
          </Card>
        </Col>
      </Row>
    </Space>
  );
}
