from common.app import create_service_app
from personnel import worker
from personnel.config import PersonnelSettings

settings = PersonnelSettings()
app = create_service_app(
    settings,
    title="Dịch vụ hồ sơ CBCCVC / Personnel records",
    subscriptions=worker.subscriptions,
)
