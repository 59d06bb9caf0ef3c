from pathlib import Path

from pydantic_settings import SettingsConfigDict

from common.config import ServiceSettings

SEED_DIR = Path(__file__).parent / "catalogs" / "seed_data"


class PersonnelSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="PERSONNEL_", extra="ignore")

    service_name: str = "personnel"
    documents_bucket: str = "personnel-documents"
    document_max_bytes: int = 20 * 1024 * 1024  # scans of a multi-page decision stay well below this
    download_link_seconds: int = 300
    catalog_seed_dir: Path = SEED_DIR
    # Monthly certification signatures (certifications/signing.py): "dev_ca" is a local certificate
    # authority for DEVELOPMENT ONLY, kept in signing_dir (default <repository>/.stack/signing, never
    # committed); production plugs in the government's signing service or an HSM there.
    signing_mode: str = "dev_ca"
    signing_dir: Path | None = None
