"""Settings read once from the environment, with defaults that reach the local stack.

Each service subclasses ServiceSettings with its own env prefix (ORG_, PERSONNEL_, ...). Values common to
every service (Kafka, Keycloak, Redis, S3) may also be given once for all as CBCCVC_<NAME>; the service's
own prefix wins."""

from __future__ import annotations

from pydantic import model_validator
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict
from pydantic_settings.sources import EnvSettingsSource

# Clearly-marked local development defaults. Outside development they refuse to start.
DEV_SERVICES_SECRET = "services-dev-secret"
DEV_S3_SECRET = "stackadmin-dev-secret"
# LOCAL DEVELOPMENT DEFAULT ONLY (32-byte Ed25519 seed, base64) for common.audit_heads: production sets
# CBCCVC_AUDIT_SIGNING_KEY from a Secret.
DEV_AUDIT_SIGNING_KEY = "ZGV2LW9ubHktYXVkaXQtc2lnbmluZy1rZXktMzJieXQ="
_DEV_SECRETS = {DEV_SERVICES_SECRET, DEV_S3_SECRET, DEV_AUDIT_SIGNING_KEY}


class ServiceSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="CBCCVC_", extra="ignore")

    service_name: str = "service"
    environment: str = "development"
    log_level: str = "INFO"
    run_worker: bool = True  # run the outbox relay and consumers inside the API process

    database_url: str = ""  # default: postgresql+asyncpg://postgres@127.0.0.1:15432/<service_name>
    db_pool_size: int = 10

    kafka_bootstrap: str = "127.0.0.1:19092"
    kafka_topic_prefix: str = ""  # tests use a unique prefix so runs never see each other's events

    redis_url: str = "redis://127.0.0.1:16379/0"

    keycloak_internal_url: str = "http://127.0.0.1:18080/auth"  # where services fetch keys
    keycloak_issuer: str = "http://127.0.0.1:18000/auth/realms/cbccvc"  # what tokens say
    keycloak_realm: str = "cbccvc"
    token_audience: str = "cbccvc-api"
    services_client_id: str = "cbccvc-services"
    services_client_secret: str = DEV_SERVICES_SECRET

    # Ed25519 seed (base64) that signs the heads of the audit chains (common.audit_heads); never in a database.
    audit_signing_key: str = DEV_AUDIT_SIGNING_KEY

    s3_endpoint: str = "127.0.0.1:18333"
    s3_access_key: str = "stackadmin"
    s3_secret_key: str = DEV_S3_SECRET
    s3_secure: bool = False
    s3_region: str = "us-east-1"
    # The address a browser reaches the store at (the gateway passes /<bucket>/ to it): download links are
    # signed for it. Empty: the links name s3_endpoint (fine when browsers reach the store directly).
    s3_public_endpoint: str = ""
    s3_public_secure: bool = False

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        shared = EnvSettingsSource(settings_cls, env_prefix="CBCCVC_")
        return init_settings, env_settings, shared, dotenv_settings, file_secret_settings

    @model_validator(mode="after")
    def _derive_and_guard(self) -> ServiceSettings:
        if not self.database_url:
            self.database_url = f"postgresql+asyncpg://postgres@127.0.0.1:15432/{self.service_name}"
        if self.environment != "development":
            weak = [n for n, v in self.model_dump().items() if isinstance(v, str) and v in _DEV_SECRETS]
            if weak:
                raise ValueError(f"development default secrets used outside development: {', '.join(weak)}")
        return self

    @property
    def jwks_url(self) -> str:
        return f"{self.keycloak_internal_url}/realms/{self.keycloak_realm}/protocol/openid-connect/certs"

    @property
    def token_url(self) -> str:
        return f"{self.keycloak_internal_url}/realms/{self.keycloak_realm}/protocol/openid-connect/token"

    def sync_database_url(self) -> str:
        """The same database for tools that want a synchronous driver (Alembic offline, scripts)."""
        return self.database_url.replace("+asyncpg", "+psycopg")


