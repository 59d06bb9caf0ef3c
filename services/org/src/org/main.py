from common.app import create_service_app
from org import worker
from org.config import OrgSettings

settings = OrgSettings()
app = create_service_app(
    settings,
    title="Dịch vụ tổ chức, biên chế và danh mục / Organisation, staffing and catalogs",
    subscriptions=worker.subscriptions,
)
