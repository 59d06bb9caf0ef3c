from fastapi import FastAPI

from common.app import Runtime, create_service_app
from common.periodic import every
from common.storage import ensure_bucket, make_s3
from notify import worker
from notify.announcements.endpoints import router as announcements_router
from notify.chat.endpoints import router as chat_router
from notify.chat.socket import router as chat_socket_router
from notify.config import NotifySettings
from notify.errors import MESSAGES
from notify.messages.endpoints import router as messages_router
from notify.news.endpoints import router as news_router
from notify.notifications import email
from notify.notifications.endpoints import router as notifications_router
from notify.presence.endpoints import router as presence_router


def create_app(settings: NotifySettings) -> FastAPI:
    async def on_startup(runtime: Runtime) -> None:
        s3 = make_s3(settings)
        await ensure_bucket(s3, settings.files_bucket)
        app.state.s3 = s3

    app = create_service_app(
        settings,
        title="Dịch vụ tin tức, thông báo, tin nhắn / News, announcements, messages",
        routers=[news_router, announcements_router, messages_router, chat_router, chat_socket_router,
                 presence_router, notifications_router],
        subscriptions=worker.subscriptions,
        on_startup=on_startup,
        messages=MESSAGES,
    )
    # The e-mails of notes each account chose, sent through SMTP and retried until accepted.
    every(app, "mailer", settings.mail_poll_seconds, email.job, enabled=settings.run_mailer and settings.run_worker,
          first_delay=1)
    return app


app = create_app(NotifySettings())
