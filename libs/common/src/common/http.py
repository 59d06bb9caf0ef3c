"""The pieces of every service's FastAPI app: correlation ids, metrics, errors, health and /metrics."""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable

from fastapi import FastAPI, Request, Response
from fastapi.responses import JSONResponse
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from common.errors import install_error_handlers
from common.logging import CORRELATION_HEADER, correlation_id, new_correlation_id
from common.metrics import HTTP_LATENCY, HTTP_REQUESTS

ReadinessCheck = Callable[[], Awaitable[None]]
access_log = logging.getLogger("access")


def route_template(request: Request) -> str:
    """The matched route's template (set in the scope by the router), so labels never carry ids."""
    route = request.scope.get("route")
    return getattr(route, "path", None) or "unmatched"


def install_observability(app: FastAPI, service: str, checks: dict[str, ReadinessCheck]) -> None:
    install_error_handlers(app)

    @app.middleware("http")
    async def _correlate_and_measure(request: Request, call_next):  # type: ignore[no-untyped-def]
        cid = request.headers.get(CORRELATION_HEADER) or request.headers.get("X-Request-ID") or new_correlation_id()
        token = correlation_id.set(cid)
        start = time.perf_counter()
        status = 500
        try:
            response = await call_next(request)
            status = response.status_code
            response.headers[CORRELATION_HEADER] = cid
            return response
        finally:
            route = route_template(request)
            if route not in ("/metrics", "/health/live", "/health/ready"):
                elapsed = time.perf_counter() - start
                HTTP_REQUESTS.labels(service, request.method, route, str(status)).inc()
                HTTP_LATENCY.labels(service, request.method, route).observe(elapsed)
                # The access log: route template only, never query strings (they can hold names and ids).
                access_log.info("request", extra={"method": request.method, "route": route, "status": status,
                                                  "duration_ms": round(elapsed * 1000, 1)})
            correlation_id.reset(token)

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
        return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)
