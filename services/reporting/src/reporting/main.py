from common.app import create_service_app
from reporting import worker
from reporting.config import ReportingSettings

settings = ReportingSettings()
app = create_service_app(
    settings,
    title="Dịch vụ báo cáo, thống kê / Reports and statistics",
    subscriptions=worker.subscriptions,
)
