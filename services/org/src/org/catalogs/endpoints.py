"""Routes of the catalogs: read by every signed-in account, edited by province administrators."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, File, Response, UploadFile

from common.app import SessionDep
from common.audit import Audit
from common.auth import CurrentPrincipal
from common.errors import ValidationFailed
from common.exports import content_disposition
from org.catalogs import excel, service
from org.catalogs.schemas import (
    CatalogItemCreate,
    CatalogItemPublic,
    CatalogItemRetire,
    CatalogItemUpdate,
    CatalogPublic,
    ImportResult,
)
from org.deps import AdminPrincipal

router = APIRouter(tags=["catalogs"])
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
MAX_UPLOAD = 5 * 1024 * 1024


@router.get("/catalogs", response_model=list[CatalogPublic])
async def list_catalogs(session: SessionDep, principal: CurrentPrincipal) -> list[CatalogPublic]:
    return [CatalogPublic(catalog=c.catalog, name=c.name, item_count=n, attribute_names=c.attribute_names)
            for c, n in await service.list_catalogs(session)]


@router.get("/catalogs/{catalog}/items", response_model=list[CatalogItemPublic])
async def list_items(catalog: str, session: SessionDep, principal: CurrentPrincipal,
                     include_inactive: bool = True) -> list[CatalogItemPublic]:
    rows = await service.items(session, catalog, include_inactive=include_inactive)
    return [CatalogItemPublic.model_validate(i, from_attributes=True) for i in rows]


@router.post("/catalogs/{catalog}/items", response_model=CatalogItemPublic, status_code=201)
async def create_item(catalog: str, data: CatalogItemCreate, session: SessionDep,
                      principal: AdminPrincipal, audit: Audit) -> CatalogItemPublic:
    item = await service.create_item(session, catalog=catalog, data=data, audit=audit)
    return CatalogItemPublic.model_validate(item, from_attributes=True)


@router.patch("/catalogs/{catalog}/items/{code}", response_model=CatalogItemPublic)
async def update_item(catalog: str, code: str, data: CatalogItemUpdate, session: SessionDep,
                      principal: AdminPrincipal, audit: Audit) -> CatalogItemPublic:
    item = await service.update_item(session, catalog=catalog, code=code, data=data, audit=audit)
    return CatalogItemPublic.model_validate(item, from_attributes=True)


@router.post("/catalogs/{catalog}/items/{code}/retire", response_model=CatalogItemPublic)
async def retire_item(catalog: str, code: str, data: CatalogItemRetire, session: SessionDep,
                      principal: AdminPrincipal, audit: Audit) -> CatalogItemPublic:
    """Ends the item's validity (never deleted: records naming it keep showing its name)."""
    item = await service.retire_item(session, catalog=catalog, code=code, valid_to=data.valid_to, audit=audit)
    return CatalogItemPublic.model_validate(item, from_attributes=True)


@router.delete("/catalogs/{catalog}/items/{code}", status_code=204)
async def delete_item(catalog: str, code: str, session: SessionDep,
                      principal: AdminPrincipal, audit: Audit) -> Response:
    """Refused (409) while anything uses the item; deactivate it instead (PATCH active=false)."""
    await service.delete_item(session, catalog=catalog, code=code, audit=audit)
    return Response(status_code=204)


@router.get("/catalogs/{catalog}/export.xlsx")
async def export_xlsx(catalog: str, session: SessionDep, principal: CurrentPrincipal) -> Response:
    cat = await service.require_catalog(session, catalog)
    content = excel.export_catalog(cat, await service.items(session, catalog))
    return Response(content, media_type=XLSX,
                    headers={"Content-Disposition": content_disposition(f"{catalog}.xlsx")})


@router.post("/catalogs/{catalog}/import", response_model=ImportResult)
async def import_xlsx(catalog: str, session: SessionDep, principal: AdminPrincipal, audit: Audit,
                      file: Annotated[UploadFile, File(description="the catalog as .xlsx")]) -> ImportResult:
    """Adds new codes and updates known ones; never deletes (deactivate through the active column)."""
    await service.require_catalog(session, catalog)
    content = await file.read(MAX_UPLOAD + 1)
    if len(content) > MAX_UPLOAD:
        raise ValidationFailed("catalog_import.too_large", mb=MAX_UPLOAD // (1024 * 1024))
    rows = excel.read_rows(content)
    created, updated = await service.import_items(session, catalog=catalog, rows=rows, audit=audit)
    return ImportResult(created=created, updated=updated, rows=len(rows))
