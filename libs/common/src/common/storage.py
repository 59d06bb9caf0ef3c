"""The S3 object store (MinIO in production, versitygw locally), through the minio client."""

from __future__ import annotations

import io
from datetime import timedelta

import anyio
from minio import Minio

from common.config import ServiceSettings
from common.exports import content_disposition


def make_s3(settings: ServiceSettings) -> Minio:
    return Minio(
        settings.s3_endpoint,
        access_key=settings.s3_access_key,
        secret_key=settings.s3_secret_key,
        secure=settings.s3_secure,
        region=settings.s3_region,
    )


def make_s3_signer(settings: ServiceSettings) -> Minio:
    """The client that signs download links: for the public address when there is one. Signing is local
    (the region is given), so this client never connects; the gateway forwards the signed request with
    its Host unchanged, so the store checks the signature against the same host."""
    if not settings.s3_public_endpoint:
        return make_s3(settings)
    return Minio(
        settings.s3_public_endpoint,
        access_key=settings.s3_access_key,
        secret_key=settings.s3_secret_key,
        secure=settings.s3_public_secure,
        region=settings.s3_region,
    )


async def ensure_bucket(client: Minio, bucket: str) -> None:
    def _ensure() -> None:
        if not client.bucket_exists(bucket):
            client.make_bucket(bucket)

    await anyio.to_thread.run_sync(_ensure)


# What an uploaded file really is, from its first bytes (never the name or the declared type): the scans
# of the dossier and of decisions are PDF, JPEG or PNG.
SIGNATURES = (
    (b"%PDF-", "application/pdf", "pdf"),
    (b"\xff\xd8\xff", "image/jpeg", "jpg"),
    (b"\x89PNG\r\n\x1a\n", "image/png", "png"),
)


def detect(head: bytes) -> tuple[str, str] | None:
    """(content type, extension) of a PDF, JPEG or PNG, or None for anything else."""
    for magic, content_type, extension in SIGNATURES:
        if head.startswith(magic):
            return content_type, extension
    return None


async def put_bytes(client: Minio, bucket: str, key: str, data: bytes, content_type: str,
                    metadata: dict[str, str] | None = None) -> None:
    await anyio.to_thread.run_sync(lambda: client.put_object(
        bucket, key, io.BytesIO(data), len(data), content_type=content_type, metadata=metadata))


async def get_bytes(client: Minio, bucket: str, key: str) -> bytes:
    def _get() -> bytes:
        response = client.get_object(bucket, key)
        try:
            return response.read()
        finally:
            response.close()
            response.release_conn()

    return await anyio.to_thread.run_sync(_get)


async def presigned_get(client: Minio, bucket: str, key: str, *, expires: timedelta = timedelta(minutes=5),
                        filename: str | None = None) -> str:
    headers = {"response-content-disposition": content_disposition(filename)} if filename else None
    return await anyio.to_thread.run_sync(
        lambda: client.presigned_get_object(bucket, key, expires=expires, response_headers=headers)
    )
