"""notify's own metrics, beside common.metrics (at /metrics, scraped by Prometheus)."""

from prometheus_client import Counter, Gauge, Histogram

MESSAGES_SENT = Counter("notify_messages_sent_total", "Messages accepted and stored", ["channel"])  # chat | message
WS_CONNECTIONS = Gauge("notify_websocket_connections", "Chat WebSocket connections open on this replica")
DELIVERY_SECONDS = Histogram(
    "notify_chat_delivery_seconds",
    "From a chat message received by any replica to its hand-over to a connection (through Redis)",
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.2, 0.5, 1, 2.5, 5),
)
