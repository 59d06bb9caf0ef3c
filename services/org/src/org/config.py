from pathlib import Path

from pydantic_settings import SettingsConfigDict

from common.config import ServiceSettings

# <repo>/../shared/domain/catalogs: the shared domain reference sits beside the clone (also in CI).
_REPO = Path(__file__).resolve().parents[4]
DEFAULT_CATALOG_DIR = _REPO.parent / "shared" / "domain" / "catalogs"


class OrgSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="ORG_", extra="ignore")

    service_name: str = "org"
    catalog_dir: Path = DEFAULT_CATALOG_DIR  # ORG_CATALOG_DIR: the CSV files catalogs are seeded from
    seed_catalogs: bool = True  # seed each catalog from its CSV when it has no items yet
    seed_demo_tree: bool = True  # seed the Tuyên Quang demo tree when the unit table is empty
