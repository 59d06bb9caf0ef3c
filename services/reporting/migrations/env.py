from common import migrations
from reporting.config import ReportingSettings
from reporting.models import metadata

migrations.run(metadata, ReportingSettings().database_url)
