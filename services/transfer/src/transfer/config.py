from pydantic_settings import SettingsConfigDict

from common.config import ServiceSettings


class TransferSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="TRANSFER_", extra="ignore")

    service_name: str = "transfer"
