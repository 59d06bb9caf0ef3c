"""The pieces of every service's FastAPI app: correlation ids, metrics, errors, health and /metrics."""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Awaitable, Callable

from fastapi import FastAPI, Response
from fastapi.responses import JSONResponse
from prometheus_client import CONTENT_TYPE_LATEST, REGISTRY, CollectorRegistry, generate_latest
from prometheus_client.multiprocess import MultiProcessCollector
from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from common.errors import install_error_handlers
from common.logging import CORRELATION_HEADER, correlation_id, new_correlation_id
from common.metrics import HTTP_LATENCY, HTTP_REQUESTS

ReadinessCheck = Callable[[], Awaitable[None]]
access_log = logging.getLogger("access")


UNMEASURED_ROUTES = frozenset({"/metrics", "/health/live", "/health/ready"})


def route_template(scope: Scope) -> str:
    """The matched route's template (set in the scope by the router), so labels never carry ids."""
    route = scope.get("route")
    return getattr(route, "path", None) or "unmatched"


class ObservabilityMiddleware:
    """Per request: the correlation id (the caller's X-Correlation-ID or X-Request-ID, else a new one) in the
    log context and on the response, the count and latency by route template, and one access log line.

    Plain ASGI rather than BaseHTTPMiddleware, which runs every request through a task group and a
    streaming wrapper: a fixed cost on every request of every service."""

    def __init__(self, app: ASGIApp, service: str) -> None:
        self.app = app
        self.service = service

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        cid = headers.get(CORRELATION_HEADER) or headers.get("X-Request-ID") or new_correlation_id()
        token = correlation_id.set(cid)
        start = time.perf_counter()
        status = 500  # what the caller gets if the app raises before it answers
        done: float | None = None

        async def send_with_id(message: Message) -> None:
            nonlocal status, done
            if message["type"] == "http.response.start":
                status = message["status"]
                MutableHeaders(scope=message)[CORRELATION_HEADER] = cid
            elif message["type"] == "http.response.body" and not message.get("more_body", False):
                done = time.perf_counter()  # the response is out; background tasks are not its latency
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            route = route_template(scope)
            if route not in UNMEASURED_ROUTES:
                elapsed = (done or time.perf_counter()) - start
                method = scope["method"]
                HTTP_REQUESTS.labels(self.service, method, route, str(status)).inc()
                HTTP_LATENCY.labels(self.service, method, route).observe(elapsed)
                # The access log: route template only, never query strings (they can hold names and ids).
                access_log.info("request", extra={"method": method, "route": route, "status": status,
                                                  "duration_ms": round(elapsed * 1000, 1)})
            correlation_id.reset(token)


def metrics_registry() -> CollectorRegistry:
    """What /metrics shows: this process's metrics, or, when the service runs as several worker processes
    on one port (uvicorn --workers, PROMETHEUS_MULTIPROC_DIR set by whatever starts it, emptied before),
    the sum of all of them, so a scrape that reaches any worker sees the whole service."""
    if not os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        return REGISTRY
    registry = CollectorRegistry()
    MultiProcessCollector(registry)
    return registry


def install_observability(app: FastAPI, service: str, checks: dict[str, ReadinessCheck]) -> None:
    install_error_handlers(app)
    app.add_middleware(ObservabilityMiddleware, service=service)

    @app.get("/health/live", include_in_schema=False)
    async def live() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/health/ready", include_in_schema=False)
    async def ready() -> JSONResponse:
        results: dict[str, str] = {}
        ok = True
        for name, check in checks.items():
            try:
                await check()
                results[name] = "ok"
            except Exception as exc:
                ok = False
                results[name] = f"fail: {type(exc).__name__}: {exc}"[:300]
        return JSONResponse({"status": "ok" if ok else "fail", "checks": results}, status_code=200 if ok else 503)

    @app.get("/metrics", include_in_schema=False)
    async def metrics() -> Response:
        return Response(generate_latest(metrics_registry()), media_type=CONTENT_TYPE_LATEST)
