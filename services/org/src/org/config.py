from pydantic_settings import SettingsConfigDict

from common.config import ServiceSettings


class OrgSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="ORG_", extra="ignore")

    service_name: str = "org"
