from fastapi import FastAPI

from common.app import Runtime, create_service_app
from common.catalogs import seed_if_empty
from common.periodic import every
from common.storage import ensure_bucket, make_s3
from transfer import worker
from transfer.calendar.endpoints import router as calendar_router
from transfer.cases.endpoints import router as cases_router
from transfer.config import TransferSettings
from transfer.deadlines import alerts as deadline_alerts
from transfer.deadlines.endpoints import router as deadline_rules_router
from transfer.deadlines.service import seed_rules_if_empty
from transfer.errors import MESSAGES
from transfer.obligations.endpoints import router as obligations_router
from transfer.timeliness.endpoints import router as timeliness_router
from transfer.units.endpoints import router as units_router


def create_app(settings: TransferSettings) -> FastAPI:
    async def on_startup(runtime: Runtime) -> None:
        async with runtime.sessionmaker() as session, session.begin():
            await seed_if_empty(session, settings.catalog_seed_dir)
            await seed_rules_if_empty(session)
        s3 = make_s3(settings)
        await ensure_bucket(s3, settings.documents_bucket)
        app.state.s3 = s3

    app = create_service_app(
        settings,
        title="Dịch vụ điều động, chuyển công tác / Transfers and status changes",
        routers=[cases_router, obligations_router, calendar_router, deadline_rules_router,
                 timeliness_router, units_router],
        subscriptions=worker.subscriptions,
        on_startup=on_startup,
        messages=MESSAGES,
    )
    # Obligations due in two working days, or overdue: one event each (notify's notification centre).
    every(app, "deadline-alerts", settings.deadline_alert_seconds, deadline_alerts.job,
          enabled=settings.run_deadline_alerts and settings.run_worker)
    return app


app = create_app(TransferSettings())
