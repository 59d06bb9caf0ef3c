import { CameraOutlined, UserOutlined } from "@ant-design/icons";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { App, Avatar, Button, Flex, Typography, Upload } from "antd";
import ImgCrop from "antd-img-crop";
import { useEffect, useState } from "react";
import { ApiError } from "@/lib/errors";
import { useErrorNotice } from "@/lib/notify";
import { personnelApi, photoPath } from "./api";
import { fetchBlob } from "./files";
import { usePt } from "./messages";

const WIDTH = 96; // 3 : 4 on screen
const HEIGHT = 128;

/** The current photo as an object URL, or null without one (the service answers 404). */
function usePhotoUrl(personId: string): { url: string | null; loading: boolean } {
  const photo = useQuery({
    queryKey: ["person-photo", personId],
    queryFn: async () => {
      try {
        return await fetchBlob(photoPath(personId));
      } catch (err) {
        if (err instanceof ApiError && err.status === 404) return null;
        throw err;
      }
    },
    staleTime: 5 * 60_000,
  });
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!photo.data) {
      setUrl(null);
      return;
    }
    const made = URL.createObjectURL(photo.data);
    setUrl(made);
    return () => URL.revokeObjectURL(made);
  }, [photo.data]);
  return { url, loading: photo.isLoading };
}

/**
 * The 3×4 photo of the record: shown, and for officers uploaded or replaced after cropping it to 3:4 in
 * the browser (antd-img-crop). The service checks the image again (JPEG/PNG, 3:4, size), strips its EXIF
 * and keeps the previous photo as an older version of the ANH_3X4 document.
 */
export function PhotoCard({ personId, canEdit }: { personId: string; canEdit: boolean }) {
  const pt = usePt();
  const notice = useErrorNotice();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const { url } = usePhotoUrl(personId);
  const [busy, setBusy] = useState(false);

  const upload = async (file: Blob, name: string) => {
    setBusy(true);
    try {
      const body = new FormData();
      body.append("file", file, name);
      await personnelApi.uploadPhoto(personId, body);
      message.success(pt("ph.uploaded"));
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ["person-photo", personId] }),
        queryClient.invalidateQueries({ queryKey: ["documents", personId] }),
      ]);
    } catch (err) {
      notice(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Flex vertical align="center" gap={6} data-testid="person-photo">
      {url ? (
        <img src={url} alt={pt("ph.title")} width={WIDTH} height={HEIGHT} style={{ objectFit: "cover", border: "1px solid #d9d9d9", borderRadius: 4 }} data-testid="person-photo-img" />
      ) : (
        <Avatar shape="square" size={{ xs: 64, sm: 64, md: WIDTH, lg: WIDTH, xl: WIDTH, xxl: WIDTH }} icon={<UserOutlined />} aria-label={pt("ph.none")} />
      )}
      {canEdit && (
        <ImgCrop
          aspect={3 / 4}
          quality={0.92}
          rotationSlider
          showReset
          modalTitle={pt("ph.crop")}
          modalOk={pt("ph.ok")}
          modalCancel={pt("ph.cancel")}
        >
          <Upload
            accept="image/jpeg,image/png"
            showUploadList={false}
            customRequest={({ file, onSuccess }) => {
              const f = file as File;
              void upload(f, f.name || "anh-3x4.jpg").then(() => onSuccess?.({}));
            }}
          >
            <Button size="small" icon={<CameraOutlined />} loading={busy} data-testid="photo-upload">
              {url ? pt("ph.replace") : pt("ph.upload")}
            </Button>
          </Upload>
        </ImgCrop>
      )}
      {canEdit && (
        <Typography.Text type="secondary" style={{ fontSize: 12, maxWidth: 160, textAlign: "center" }}>
          {pt("ph.hint")}
        </Typography.Text>
      )}
    </Flex>
  );
}
