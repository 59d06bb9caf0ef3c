from pathlib import Path

from pydantic_settings import SettingsConfigDict

from common.config import ServiceSettings

SEED_DIR = Path(__file__).parent / "catalogs" / "seed_data"


class TransferSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="TRANSFER_", extra="ignore")

    service_name: str = "transfer"
    documents_bucket: str = "transfer-decisions"
    decision_max_bytes: int = 20 * 1024 * 1024
    catalog_seed_dir: Path = SEED_DIR
    # deadlines.alerts: how often open obligations are checked for "due in two working days" and "overdue".
    deadline_alert_seconds: float = 600
    run_deadline_alerts: bool = True
