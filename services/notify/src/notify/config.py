from pydantic_settings import SettingsConfigDict

from common.config import ServiceSettings


class NotifySettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="NOTIFY_", extra="ignore")

    service_name: str = "notify"
    files_bucket: str = "notify-files"  # news covers and attachments, announcements' and messages' attachments
    attachment_max_bytes: int = 20 * 1024 * 1024
    cover_max_bytes: int = 5 * 1024 * 1024
    # The Department of Home Affairs: every unit may write to it (its accounts with province_admin reach
    # everyone, whatever their unit).
    department_unit_id: str = "SNV"
    # Where readers open an article (links of the Atom feed).
    public_url: str = "http://127.0.0.1:18000"
    feed_entries: int = 50
    messages_per_minute: int = 30  # per account: more is a flood, refused with 429
    # E-mail of the notes each account chose (notifications.email): the stack's Mailpit locally, the
    # province's relay in production (deploy/k8s). tls: none | starttls | ssl.
    smtp_host: str = "127.0.0.1"
    smtp_port: int = 11025
    smtp_from: str = "CSDL CBCCVC <no-reply@cbccvc.local>"
    smtp_tls: str = "none"
    smtp_username: str | None = None
    smtp_password: str | None = None
    smtp_timeout_seconds: float = 10.0
    mail_poll_seconds: float = 2.0
    run_mailer: bool = True
