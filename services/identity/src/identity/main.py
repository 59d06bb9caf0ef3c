from common.app import create_service_app
from identity import worker
from identity.config import IdentitySettings

settings = IdentitySettings()
app = create_service_app(
    settings,
    title="Dịch vụ định danh và tài khoản / Identity and accounts",
    subscriptions=worker.subscriptions,
)
