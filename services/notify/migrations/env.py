from common import migrations
from notify.config import NotifySettings
from notify.models import metadata

migrations.run(metadata, NotifySettings().database_url)
