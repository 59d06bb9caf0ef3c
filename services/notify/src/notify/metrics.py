"""notify's own metrics, beside common.metrics (at /metrics, scraped by Prometheus)."""

from prometheus_client import Counter, Gauge, Histogram

MESSAGES_SENT = Counter("notify_messages_sent_total", "Messages accepted and stored", ["channel"])  # chat | message
WS_CONNECTIONS = Gauge("notify_websocket_connections", "Chat WebSocket connections open on this replica")
DELIVERY_SECONDS = Histogram(
    "notify_chat_delivery_seconds",
    "From a chat message received by any replica to its hand-over to a connection (through Redis)",
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.2, 0.5, 1, 2.5, 5),
)
EMAILS_SENT = Counter("notify_emails_sent_total", "Notification e-mails handed to the SMTP server")
EMAIL_FAILURES = Counter("notify_email_failures_total", "Attempts to send a notification e-mail that failed (retried)")
EMAIL_QUEUE = Gauge("notify_email_queue", "Notification e-mails waiting to be sent (as of the mailer's last pass)")
