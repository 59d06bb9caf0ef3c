from common.app import create_service_app
from transfer import worker
from transfer.config import TransferSettings

settings = TransferSettings()
app = create_service_app(
    settings,
    title="Dịch vụ điều động, chuyển công tác / Transfers and status changes",
    subscriptions=worker.subscriptions,
)
