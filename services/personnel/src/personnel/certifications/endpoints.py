"""Routes of the monthly certification: the unit head's preview and certification, the Department's
overview, the signed PDF and the certificate authority's root (to trust the signatures in a PDF reader)."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Request, Response

from common.app import SessionDep
from common.audit import Audit
from common.errors import request_language
from common.exports import content_disposition
from personnel.certifications import service
from personnel.certifications.schemas import (
    CertificationCreate,
    CertificationPreview,
    CertificationPublic,
    Overview,
)
from personnel.deps import Reader, settings_of

router = APIRouter(prefix="/certifications", tags=["certifications"])

MonthQuery = Annotated[str | None, Query(pattern=r"^\d{4}-(0[1-9]|1[0-2])$", description="YYYY-MM")]


@router.post("", status_code=201)
async def certify(body: CertificationCreate, session: SessionDep, principal: Reader, audit: Audit,
                  request: Request) -> CertificationPublic:
    """The unit's head certifies that the unit's data is current for the month: a PDF of the month's changes
    signed with the unit's certificate. Only the unit's own leader; before the window opens 409; twice 409;
    after the month's last working day accepted and marked late."""
    return await service.certify(session, principal, request.app.state.s3, settings_of(request),
                                 unit_id=body.unit_id, month=body.month, audit=audit)


@router.get("")
async def overview(session: SessionDep, principal: Reader, month: MonthQuery = None,
                   unit_id: str | None = None) -> Overview:
    """Every unit of the subtree (the account's unit by default; the whole province for the Department) with
    certified / late / missing / waiting."""
    return await service.overview(session, principal, unit_id=unit_id, month=month)


@router.get("/preview")
async def preview(session: SessionDep, principal: Reader, request: Request, unit_id: str,
                  month: MonthQuery = None) -> CertificationPreview:
    """The month (by default the one the unit may certify now), its window, whether this account may
    certify it now (with the reason if not), the certification if made, and the month's changes."""
    return await service.preview(session, principal, unit_id=unit_id, month=month, lang=request_language(request))


@router.get("/root-certificate", response_class=Response)
async def root_certificate(principal: Reader, request: Request) -> Response:
    """The trust anchor of the signatures (PEM): in development the local CA, to import in a PDF reader."""
    pem = await service.root_certificate(settings_of(request))
    return Response(pem, media_type="application/x-pem-file",
                    headers={"Content-Disposition": content_disposition("cbccvc-root-ca.pem")})


@router.get("/{certification_id}/pdf", response_class=Response)
async def signed_pdf(certification_id: uuid.UUID, session: SessionDep, principal: Reader, audit: Audit,
                     request: Request) -> Response:
    data, filename = await service.signed_pdf(session, principal, request.app.state.s3, settings_of(request),
                                              certification_id=certification_id, audit=audit)
    return Response(data, media_type="application/pdf", headers={"Content-Disposition": content_disposition(filename)})
