from pydantic_settings import SettingsConfigDict

from common.config import ServiceSettings


class PersonnelSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="PERSONNEL_", extra="ignore")

    service_name: str = "personnel"
