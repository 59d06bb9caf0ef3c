from common import migrations
from transfer.config import TransferSettings
from transfer.models import metadata

migrations.run(metadata, TransferSettings().database_url)
