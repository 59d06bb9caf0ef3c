from common import migrations
from org.config import OrgSettings
from org.models import metadata

migrations.run(metadata, OrgSettings().database_url)
