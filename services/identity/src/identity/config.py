from pydantic import model_validator
from pydantic_settings import SettingsConfigDict

from common.audit_heads import public_key_b64
from common.config import DEV_AUDIT_SIGNING_KEY, ServiceSettings

DEV_IDENTITY_ADMIN_SECRET = "identity-admin-dev-secret"


class IdentitySettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="IDENTITY_", extra="ignore")

    service_name: str = "identity"

    # The dedicated confidential client whose service account holds realm-management roles
    # (users, sessions, events); only this service talks to the Keycloak admin API.
    admin_client_id: str = "cbccvc-identity-admin"
    admin_client_secret: str = DEV_IDENTITY_ADMIN_SECRET

    # The public half of the audit key (common.audit_heads): heads signed by anything else are refused.
    audit_verify_key: str = public_key_b64(DEV_AUDIT_SIGNING_KEY)

    # The unit of the Sở Nội vụ: the only unit whose accounts may hold province_admin.
    home_affairs_unit_id: str = "SNV"
    # Clients whose sessions count as "online" (the web client; other e-government systems do not).
    online_clients: list[str] = ["cbccvc-web"]
    online_cache_seconds: int = 5
    # How often Keycloak's sign-in events are pulled into the audit chain, and accounts re-synced.
    signin_poll_seconds: float = 15.0
    account_sync_seconds: float = 300.0
    run_keycloak_jobs: bool = True
    # identity.password_expiry: how often passwords about to expire are looked for (one notice per expiry).
    password_expiry_seconds: float = 86400.0
    # Where the system-health screen (operations/) reads the state of every part and the active alerts.
    prometheus_url: str = "http://127.0.0.1:19090"

    @model_validator(mode="after")
    def _guard_admin_secret(self) -> "IdentitySettings":
        if self.environment != "development" and self.admin_client_secret == DEV_IDENTITY_ADMIN_SECRET:
            raise ValueError("development default secret used outside development: admin_client_secret")
        return self
