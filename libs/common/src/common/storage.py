"""The S3 object store (MinIO in production, versitygw locally), through the minio client."""

from __future__ import annotations

from datetime import timedelta

import anyio
from minio import Minio

from common.config import ServiceSettings


def make_s3(settings: ServiceSettings) -> Minio:
    return Minio(
        settings.s3_endpoint,
        access_key=settings.s3_access_key,
        secret_key=settings.s3_secret_key,
        secure=settings.s3_secure,
        region=settings.s3_region,
    )


async def ensure_bucket(client: Minio, bucket: str) -> None:
    def _ensure() -> None:
        if not client.bucket_exists(bucket):
            client.make_bucket(bucket)

    await anyio.to_thread.run_sync(_ensure)


async def presigned_get(client: Minio, bucket: str, key: str, *, expires: timedelta = timedelta(minutes=5),
                        filename: str | None = None) -> str:
    headers = {"response-content-disposition": f'attachment; filename="{filename}"'} if filename else None
    return await anyio.to_thread.run_sync(
        lambda: client.presigned_get_object(bucket, key, expires=expires, response_headers=headers)
    )
