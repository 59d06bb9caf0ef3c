from fastapi import FastAPI

from common.app import Runtime, create_service_app
from common.catalogs import seed_if_empty
from reporting import worker
from reporting.config import ReportingSettings
from reporting.dashboard.endpoints import router as dashboard_router
from reporting.errors import MESSAGES
from reporting.lists.endpoints import router as lists_router
from reporting.reports.definitions import load_forms
from reporting.reports.endpoints import router as reports_router


def create_app(settings: ReportingSettings) -> FastAPI:
    forms = load_forms(settings.forms_dir)  # a bad column file stops the start, naming its line

    async def on_startup(runtime: Runtime) -> None:
        async with runtime.sessionmaker() as session, session.begin():
            await seed_if_empty(session, settings.catalog_seed_dir)

    app = create_service_app(
        settings,
        title="Dịch vụ báo cáo, thống kê / Reports and statistics",
        routers=[reports_router, lists_router, dashboard_router],
        subscriptions=worker.subscriptions,
        on_startup=on_startup,
        messages=MESSAGES,
    )
    app.state.forms = forms
    return app


app = create_app(ReportingSettings())
