from fastapi import FastAPI

from common.app import Runtime, create_service_app
from common.catalogs import seed_if_empty
from common.storage import ensure_bucket, make_s3
from personnel import worker
from personnel.batches.endpoints import router as batches_router
from personnel.careers.endpoints import router as careers_router
from personnel.certifications.endpoints import router as certifications_router
from personnel.changes.endpoints import router as change_requests_router
from personnel.config import PersonnelSettings
from personnel.declarations.endpoints import router as declarations_router
from personnel.documents.endpoints import router as documents_router
from personnel.errors import MESSAGES
from personnel.evaluations.endpoints import router as evaluations_router
from personnel.exchange.endpoints import router as exchange_router
from personnel.imports import runner as imports_runner
from personnel.imports.endpoints import router as imports_router
from personnel.persons.endpoints import router as persons_router
from personnel.photos.endpoints import router as photos_router
from personnel.printing.endpoints import router as printing_router
from personnel.registers.endpoints import router as registers_router
from personnel.search.endpoints import router as search_router
from personnel.training.endpoints import router as training_router


def create_app(settings: PersonnelSettings) -> FastAPI:
    async def on_startup(runtime: Runtime) -> None:
        async with runtime.sessionmaker() as session, session.begin():
            await seed_if_empty(session, settings.catalog_seed_dir)
        s3 = make_s3(settings)
        await ensure_bucket(s3, settings.documents_bucket)
        app.state.s3 = s3

    app = create_service_app(
        settings,
        title="Dịch vụ hồ sơ CBCCVC / Personnel records",
        routers=[search_router, printing_router, persons_router, change_requests_router, documents_router,
                 evaluations_router,
                 photos_router,
                 careers_router, batches_router, registers_router, training_router, imports_router,
                 exchange_router, certifications_router, declarations_router],
        subscriptions=worker.subscriptions,
        on_startup=on_startup,
        messages=MESSAGES,
    )
    imports_runner.attach(app)  # the import jobs' background loop (imports/runner.py)
    return app


app = create_app(PersonnelSettings())
