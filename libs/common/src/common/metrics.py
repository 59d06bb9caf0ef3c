"""The metrics every service exposes at /metrics. Labels are route templates and event types, never ids.

A service may run as several worker processes (common.http.metrics_registry): counters and histograms are
then summed over them, and a gauge shows the value its process set most recently (MOST_RECENT), since the
relay and the consumers that set them may move from one worker to another."""

from prometheus_client import Counter, Gauge, Histogram

MOST_RECENT = "mostrecent"  # a gauge's multiprocess mode (ignored in a single process)

HTTP_REQUESTS = Counter(
    "http_requests_total", "HTTP requests handled", ["service", "method", "route", "status"]
)
HTTP_LATENCY = Histogram(
    "http_request_duration_seconds",
    "HTTP request latency",
    ["service", "method", "route"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
)
OUTBOX_BACKLOG = Gauge("outbox_backlog", "Outbox events not yet published", ["service"],
                       multiprocess_mode=MOST_RECENT)
OUTBOX_PUBLISHED = Counter("outbox_published_total", "Outbox events published", ["service", "type"])
OUTBOX_FAILURES = Counter("outbox_publish_failures_total", "Failed attempts to publish", ["service"])
OUTBOX_PARKED = Gauge("outbox_parked_events", "Outbox events set aside as unpublishable, waiting for an operator",
                      ["service"], multiprocess_mode=MOST_RECENT)
OUTBOX_PARKINGS = Counter("outbox_parkings_total", "Outbox events set aside as unpublishable", ["service", "type"])
CONSUMER_RETRIES = Counter(
    "consumer_retries_total", "Handler attempts that failed and will be tried again",
    ["service", "consumer", "type", "error"],
)
CONSUMER_RETRYING = Gauge(
    "consumer_retrying", "1 while a consumer is retrying one event (its partition waits)", ["service", "consumer"],
    multiprocess_mode=MOST_RECENT,
)
EVENTS_HANDLED = Counter(
    "events_handled_total", "Events consumed", ["service", "consumer", "type", "outcome"]
)
CONSUMER_LAG = Gauge(
    "consumer_lag", "Messages behind the end of the partition", ["service", "consumer", "topic", "partition"],
    multiprocess_mode=MOST_RECENT,
)
ACCOUNT_LOCK_READS = Counter(
    "account_lock_redis_reads_total",
    "Requests whose account-lock mark was read from Redis (the in-memory copy was not trusted)", ["service"],
)
