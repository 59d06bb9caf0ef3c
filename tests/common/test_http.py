"""What every service's middleware promises, on a small app: the correlation id in and out and in the log
context, request count and latency by route template, and the access log without query strings."""

from __future__ import annotations

import logging
import re

import httpx
import pytest
from fastapi import FastAPI
from fastapi.responses import StreamingResponse
from prometheus_client import REGISTRY

from common.errors import NotFound
from common.http import install_observability
from common.logging import correlation_id

SERVICE = "probe-http"


@pytest.fixture(scope="module")
def app() -> FastAPI:
    app = FastAPI()
    install_observability(app, SERVICE, {})

    @app.get("/things/{thing_id}")
    async def thing(thing_id: str) -> dict[str, str | None]:
        logging.getLogger("probe").info("inside")
        return {"thing_id": thing_id, "correlation_id": correlation_id.get()}

    @app.get("/missing")
    async def missing() -> None:
        raise NotFound()

    @app.get("/broken")
    async def broken() -> None:
        raise RuntimeError("boom")

    @app.get("/stream")
    async def stream() -> StreamingResponse:
        async def parts():  # type: ignore[no-untyped-def]
            for i in range(3):
                yield f"{i}\n".encode()

        return StreamingResponse(parts(), media_type="text/plain")

    return app


@pytest.fixture
async def client(app: FastAPI) -> httpx.AsyncClient:
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://probe") as client:
        yield client  # type: ignore[misc]


def count(route: str, status: str, method: str = "GET") -> float:
    labels = {"service": SERVICE, "method": method, "route": route, "status": status}
    return REGISTRY.get_sample_value("http_requests_total", labels) or 0.0


def latency_count(route: str) -> float:
    labels = {"service": SERVICE, "method": "GET", "route": route}
    return REGISTRY.get_sample_value("http_request_duration_seconds_count", labels) or 0.0


class TestCorrelationId:
    async def test_the_callers_id_is_used_in_the_handler_and_returned(self, client):
        resp = await client.get("/things/1", headers={"X-Correlation-ID": "abc-123"})
        assert resp.headers["X-Correlation-ID"] == "abc-123"
        assert resp.json()["correlation_id"] == "abc-123"

    async def test_a_request_id_stands_in_for_it(self, client):
        resp = await client.get("/things/1", headers={"X-Request-ID": "req-9"})
        assert resp.headers["X-Correlation-ID"] == "req-9" == resp.json()["correlation_id"]

    async def test_without_one_a_new_id_is_made_and_returned(self, client):
        first, second = await client.get("/things/1"), await client.get("/things/1")
        assert re.fullmatch(r"[0-9a-f]{32}", first.headers["X-Correlation-ID"])
        assert first.headers["X-Correlation-ID"] == first.json()["correlation_id"]
        assert first.headers["X-Correlation-ID"] != second.headers["X-Correlation-ID"]
        assert correlation_id.get() is None  # nothing leaks out of the request

    async def test_errors_and_streamed_responses_carry_it_too(self, client):
        missing = await client.get("/missing", headers={"X-Correlation-ID": "c-404"})
        assert missing.status_code == 404 and missing.headers["X-Correlation-ID"] == "c-404"
        assert missing.json()["error"] == "not_found"
        streamed = await client.get("/stream", headers={"X-Correlation-ID": "c-stream"})
        assert streamed.text == "0\n1\n2\n" and streamed.headers["X-Correlation-ID"] == "c-stream"


class TestMetricsAndAccessLog:
    async def test_counted_and_timed_by_route_template_never_by_id(self, client):
        before, timed = count("/things/{thing_id}", "200"), latency_count("/things/{thing_id}")
        await client.get("/things/42")
        await client.get("/things/43")
        assert count("/things/{thing_id}", "200") == before + 2
        assert latency_count("/things/{thing_id}") == timed + 2
        assert count("/things/42", "200") == 0

    async def test_status_is_what_the_caller_got_including_unmatched_and_crashes(self, client):
        before = (count("unmatched", "404"), count("/missing", "404"), count("/broken", "500"))
        assert (await client.get("/no/such/route")).status_code == 404
        assert (await client.get("/missing")).status_code == 404
        broken = await client.get("/broken")
        assert broken.status_code == 500 and broken.json()["error"] == "internal_error"
        assert (count("unmatched", "404"), count("/missing", "404"), count("/broken", "500")) == tuple(
            n + 1 for n in before)

    async def test_health_and_metrics_are_not_counted(self, client):
        before = count("/health/live", "200")
        assert (await client.get("/health/live")).status_code == 200
        assert (await client.get("/metrics")).status_code == 200
        assert count("/health/live", "200") == before
        assert "http_requests_total" in (await client.get("/metrics")).text

    async def test_one_access_log_line_with_template_status_and_duration_in_the_request_context(
            self, client, caplog):
        seen: list[str | None] = []

        class Grab(logging.Handler):
            def emit(self, record: logging.LogRecord) -> None:
                seen.append(correlation_id.get())

        grab = Grab()
        logging.getLogger("access").addHandler(grab)
        try:
            with caplog.at_level(logging.INFO, logger="access"):
                await client.get("/things/7?q=Nguyen%20Van%20A", headers={"X-Correlation-ID": "c-log"})
        finally:
            logging.getLogger("access").removeHandler(grab)
        [line] = [r for r in caplog.records if r.name == "access"]
        assert (line.method, line.route, line.status) == ("GET", "/things/{thing_id}", 200)  # type: ignore[attr-defined]
        assert line.duration_ms >= 0  # type: ignore[attr-defined]
        assert "Nguyen" not in str(line.__dict__) and "/things/7" not in str(line.__dict__)
        assert seen == ["c-log"]  # the JSON formatter puts the id of the request on the line
