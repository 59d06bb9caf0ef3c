from fastapi import FastAPI

from common.app import create_service_app
from org import worker
from org.catalogs.endpoints import router as catalogs_router
from org.config import OrgSettings
from org.errors import MESSAGES
from org.job_plans.endpoints import router as job_plans_router
from org.staffing.endpoints import router as staffing_router
from org.startup import seed
from org.units.endpoints import router as units_router


def create_app(settings: OrgSettings | None = None) -> FastAPI:
    return create_service_app(
        settings or OrgSettings(),
        title="Dịch vụ tổ chức, biên chế và danh mục / Organisation, staffing and catalogs",
        routers=[units_router, staffing_router, job_plans_router, catalogs_router],
        subscriptions=worker.subscriptions,
        on_startup=seed,
        messages=MESSAGES,
    )


app = create_app()
