from common import migrations
from identity.config import IdentitySettings
from identity.models import metadata

migrations.run(metadata, IdentitySettings().database_url)
