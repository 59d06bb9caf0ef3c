from common import migrations
from personnel.config import PersonnelSettings
from personnel.models import metadata

migrations.run(metadata, PersonnelSettings().database_url)
