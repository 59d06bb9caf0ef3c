from common.app import create_service_app
from notify import worker
from notify.config import NotifySettings

settings = NotifySettings()
app = create_service_app(
    settings,
    title="Dịch vụ tin tức, thông báo, tin nhắn / News, announcements, messages",
    subscriptions=worker.subscriptions,
)
