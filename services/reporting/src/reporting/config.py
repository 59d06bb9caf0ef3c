from pathlib import Path

from pydantic_settings import SettingsConfigDict

from common.config import ServiceSettings

PACKAGE = Path(__file__).parent


class ReportingSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="REPORTING_", extra="ignore")

    service_name: str = "reporting"
    catalog_seed_dir: Path = PACKAGE / "catalogs" / "seed_data"
    forms_dir: Path = PACKAGE / "forms"  # one column-definition file per form (*.yaml)
