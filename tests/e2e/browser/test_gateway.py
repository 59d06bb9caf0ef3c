"""The gateway (stack/nginx): routes per service, the web client's files and caching, security headers,
body limits, the search rate limit, and errors in the services' one error body."""

from __future__ import annotations

import json
import re
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import psycopg
import pytest

from common.testing import stack
from common.testing.files import pdf

SERVICES = ("identity", "personnel", "org", "transfer", "reporting", "notify")


@pytest.fixture(scope="module")
def client() -> Iterator[httpx.Client]:
    with httpx.Client(base_url=stack.gateway_url(), timeout=30) as c:
        yield c


def error_body(resp: httpx.Response) -> dict[str, object]:
    assert resp.headers["content-type"].startswith("application/json")
    body = resp.json()
    assert set(body) == {"error", "message", "fields"}
    return dict(body)


class TestRouting:
    @pytest.mark.parametrize("service", SERVICES)
    def test_each_service_is_reached_under_its_prefix(self, client: httpx.Client, service: str,
                                                       token_for: Callable[[str], str]) -> None:
        resp = client.get(f"/api/{service}/whoami", headers={"Authorization": f"Bearer {token_for('stp.officer')}"})
        assert resp.status_code == 200, resp.text
        assert resp.json()["username"] == "stp.officer"

    def test_an_unknown_api_path_is_a_json_404_not_the_web_client(self, client: httpx.Client) -> None:
        resp = client.get("/api/nosuchservice/things")
        assert resp.status_code == 404
        assert error_body(resp)["error"] == "not_found"
        assert error_body(resp)["message"] == "Không tìm thấy dữ liệu."

    @pytest.mark.parametrize("service", SERVICES)
    def test_metrics_and_api_documents_are_not_served_outside_but_health_is(self, client: httpx.Client,
                                                                         service: str) -> None:
        for path in ("metrics", "openapi.json", "docs", "redoc"):
            resp = client.get(f"/api/{service}/{path}")
            assert resp.status_code == 404 and error_body(resp)["error"] == "not_found", path
        assert client.get(f"/api/{service}/health/ready").status_code == 200
        assert httpx.get(f"{stack.service_url(service)}/metrics").status_code == 200  # Prometheus scrapes here

    def test_the_gateways_own_errors_and_the_services_speak_the_language_asked(self, client: httpx.Client) -> None:
        english = {"Accept-Language": "en-US,en;q=0.9,vi;q=0.5"}
        assert error_body(client.get("/api/nosuchservice/things", headers=english))["message"] == "Not found."
        for service in SERVICES:
            vi, en = client.get(f"/api/{service}/whoami"), client.get(f"/api/{service}/whoami", headers=english)
            assert vi.status_code == en.status_code == 401, service
            assert error_body(vi)["error"] == error_body(en)["error"] == "unauthorized"
            assert (vi.headers["content-language"], en.headers["content-language"]) == ("vi", "en")
            assert error_body(en)["message"] == "Not signed in, or the session has expired."

    def test_keycloak_is_under_auth_with_the_gateway_as_issuer(self, client: httpx.Client) -> None:
        resp = client.get(f"/auth/realms/{stack.realm()}/.well-known/openid-configuration")
        assert resp.status_code == 200
        assert resp.json()["issuer"] == f"{stack.gateway_url()}/auth/realms/{stack.realm()}"

    def test_deep_links_of_the_client_get_its_index(self, client: httpx.Client) -> None:
        resp = client.get("/personnel/some-person")
        assert resp.status_code == 200
        assert '<div id="root">' in resp.text
        assert resp.headers["cache-control"] == "no-cache"


class TestWebClient:
    def test_index_has_no_inline_script_and_a_strict_csp(self, client: httpx.Client) -> None:
        resp = client.get("/")
        csp = resp.headers["content-security-policy"]
        directives = dict(d.strip().split(" ", 1) for d in csp.split(";") if d.strip())
        assert directives["script-src"] == "'self'"
        assert directives["frame-ancestors"] == "'none'"
        assert directives["connect-src"] == "'self'"
        scripts = re.findall(r"<script\b[^>]*>(.*?)</script>", resp.text, flags=re.S)
        assert scripts and all(not s.strip() for s in scripts), "inline script in index.html"
        assert resp.headers["x-frame-options"] == "DENY"
        assert resp.headers["x-content-type-options"] == "nosniff"
        assert resp.headers["referrer-policy"] == "strict-origin-when-cross-origin"

    def test_built_assets_are_cached_for_a_year_and_compressed(self, client: httpx.Client) -> None:
        index = client.get("/").text
        js = re.search(r'src="(/assets/[^"]+\.js)"', index)
        assert js, "no script in index.html"
        resp = client.get(js.group(1), headers={"Accept-Encoding": "gzip"})
        assert resp.status_code == 200
        assert "immutable" in resp.headers["cache-control"]
        assert resp.headers.get("content-encoding") == "gzip"
        assert resp.headers["x-content-type-options"] == "nosniff"


class TestHeaders:
    def test_api_answers_may_not_be_framed_or_run(self, client: httpx.Client) -> None:
        resp = client.get("/api/org/health/live")
        assert resp.status_code == 200
        assert resp.headers["content-security-policy"] == "default-src 'none'; frame-ancestors 'none'"
        assert resp.headers["x-frame-options"] == "DENY"

    def test_hsts_only_behind_tls(self, client: httpx.Client) -> None:
        assert "strict-transport-security" not in client.get("/").headers
        tls = client.get("/", headers={"X-Forwarded-Proto": "https"})
        assert tls.headers["strict-transport-security"].startswith("max-age=31536000")

    def test_keycloak_pages_keep_their_own_frame_rules(self, client: httpx.Client) -> None:
        page = client.get(f"/auth/realms/{stack.realm()}/protocol/openid-connect/auth", params={
            "client_id": "cbccvc-web", "response_type": "code", "scope": "openid",
            "redirect_uri": f"{stack.gateway_url()}/", "code_challenge": "x" * 43, "code_challenge_method": "S256"})
        assert page.status_code == 200
        # One X-Frame-Options (Keycloak's), not a second one from the gateway contradicting it.
        assert page.headers.get_list("x-frame-options") == ["SAMEORIGIN"]
        assert "frame-ancestors 'self'" in page.headers["content-security-policy"]


class TestLimits:
    def test_a_body_over_the_limit_is_refused_in_the_error_body(self, client: httpx.Client) -> None:
        resp = client.post("/api/org/units", content=b"x" * (3 * 1024 * 1024),
                           headers={"Content-Type": "application/json"})
        assert resp.status_code == 413
        assert error_body(resp)["error"] == "too_large"

    def test_searching_too_fast_is_slowed_down(self, client: httpx.Client) -> None:
        # 20 a second with a burst of 40: 80 requests at once must meet the limit. Bounded and local.
        answers = [client.get("/api/org/units/search", params={"q": "xa"}) for _ in range(80)]
        limited = [r for r in answers if r.status_code == 429]
        assert limited, [r.status_code for r in answers]
        assert error_body(limited[0])["error"] == "rate_limited"
        # Leave the bucket full again for whatever test comes next from this address.
        time.sleep(2.5)

    @pytest.mark.parametrize(("language", "title", "again"), [
        ("vi-VN,vi;q=0.9", "Đăng nhập quá nhiều lần", "đăng nhập lại"),
        ("en-US,en;q=0.9", "Too many sign-in attempts", "sign in again"),
    ])
    def test_signing_in_too_often_from_one_network_shows_a_page_saying_to_wait(
            self, language: str, title: str, again: str) -> None:
        # 30 sign-in posts a minute per address, bursts of 40. From an address of its own (127.0.x.y), so
        # that the other tests' sign-ins from 127.0.0.1 keep their whole allowance.
        address = f"127.0.{77 if language.startswith('vi') else 78}.1"
        transport = httpx.HTTPTransport(local_address=address)
        url = f"/auth/realms/{stack.realm()}/login-actions/authenticate"
        with httpx.Client(base_url=stack.gateway_url(), transport=transport, timeout=30) as from_one_network:
            answers = [from_one_network.post(url, data={"username": "x", "password": "y"},
                                             headers={"Accept-Language": language}) for _ in range(45)]
        limited = [r for r in answers if r.status_code == 429]
        assert limited, [r.status_code for r in answers]
        page = limited[0]
        assert page.headers["content-type"].startswith("text/html")  # read by a person in the browser
        assert f"<title>{title}</title>" in page.text and f'<a href="/">{again}</a>' in page.text


class TestSignedDocumentLinks:
    """A download link is signed for the public address (the gateway), which passes /<bucket>/ to the object
    store with the path and Host unchanged: a browser, which cannot reach the store, still downloads."""

    def test_a_link_names_the_gateway_and_only_its_own_signed_read_passes(
            self, client: httpx.Client, token_for: Callable[[str], str]) -> None:
        officer = {"Authorization": f"Bearer {token_for('stp.officer')}"}
        person = client.get("/api/personnel/persons", params={"limit": 1}, headers=officer).json()["items"][0]
        content = pdf()
        doc = client.post(f"/api/personnel/persons/{person['person_id']}/documents", headers=officer,
                          data={"document_type": "QD_TUYEN_DUNG", "number": "7/QĐ-GW", "issued_on": "2012-05-04"},
                          files={"file": ("qd.pdf", content, "application/pdf")})
        assert doc.status_code == 201, doc.text
        link = client.post(f"/api/personnel/persons/{person['person_id']}/documents/{doc.json()['id']}/download-link",
                           headers=officer).json()["url"]
        assert link.startswith(f"{stack.gateway_url()}/personnel-documents/"), link

        got = httpx.get(link, timeout=30)
        assert got.status_code == 200 and got.content == content
        assert got.headers["x-content-type-options"] == "nosniff"  # the gateway's headers on the store's answer

        path = link.split("?", 1)[0]
        assert httpx.get(path, timeout=30).status_code == 403                     # unsigned
        assert httpx.get(link.replace("X-Amz-Signature=", "X-Amz-Signature=0"), timeout=30).status_code == 403
        assert httpx.put(link, content=b"x", timeout=30).status_code == 403      # reads only


def json_lines_with(path: Path, key: str, value: str, deadline: float = 10) -> list[dict[str, object]]:
    """The JSON log lines of path whose key is value, waiting up to deadline seconds for one to be written."""
    end = time.monotonic() + deadline
    while True:
        found = []
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            if value in line and line.startswith("{"):
                entry = json.loads(line)
                if entry.get(key) == value:
                    found.append(entry)
        if found or time.monotonic() > end:
            return found
        time.sleep(0.2)


class TestRequestIds:
    """One id per request, from the gateway through the services' logs: the client's X-Request-ID (else its
    X-Correlation-ID, else one the gateway draws) goes to the service and comes back on the response."""

    def test_the_id_a_client_gives_reaches_the_service_and_comes_back(
            self, client: httpx.Client, token_for: Callable[[str], str]) -> None:
        auth = {"Authorization": f"Bearer {token_for('stp.officer')}"}
        given = f"test-{uuid.uuid4()}"
        resp = client.get("/api/org/whoami", headers={**auth, "X-Request-ID": given})
        assert resp.status_code == 200
        assert resp.headers["X-Request-ID"] == given
        assert resp.headers["X-Correlation-ID"] == given  # what the service itself used

        correlation = f"corr.{uuid.uuid4().hex}"
        resp = client.get("/api/personnel/whoami", headers={**auth, "X-Correlation-ID": correlation})
        assert resp.headers["X-Request-ID"] == resp.headers["X-Correlation-ID"] == correlation
        # The gateway's own answers (the web client, its 404s) carry the id too.
        assert client.get("/", headers={"X-Request-ID": given}).headers["X-Request-ID"] == given
        assert client.get("/api/nosuchservice/x", headers={"X-Request-ID": given}).headers["X-Request-ID"] == given

    def test_an_id_that_is_not_an_id_is_replaced_by_a_new_one(self, client: httpx.Client,
                                                               token_for: Callable[[str], str]) -> None:
        auth = {"Authorization": f"Bearer {token_for('stp.officer')}"}
        for bad in ("two words", "x" * 129, '"},{"status":200'):
            resp = client.get("/api/org/whoami", headers={**auth, "X-Request-ID": bad, "X-Correlation-ID": bad})
            drawn = resp.headers["X-Request-ID"]
            assert re.fullmatch(r"[0-9a-f]{32}", drawn), drawn
            assert resp.headers["X-Correlation-ID"] == drawn

    def test_a_drawn_id_is_in_the_gateways_and_the_services_json_logs(
            self, client: httpx.Client, token_for: Callable[[str], str]) -> None:
        resp = client.get("/api/org/whoami", params={"q": "Nguyễn Văn A"},
                          headers={"Authorization": f"Bearer {token_for('stp.officer')}"})
        assert resp.status_code == 200
        drawn = resp.headers["X-Request-ID"]
        assert re.fullmatch(r"[0-9a-f]{32}", drawn) and resp.headers["X-Correlation-ID"] == drawn

        [gateway] = json_lines_with(stack.ROOT / ".stack" / "nginx" / "logs" / "access.log", "request_id", drawn)
        assert gateway["method"] == "GET" and gateway["path"] == "/api/org/whoami" and gateway["status"] == 200
        assert gateway["upstream_status"] == "200" and isinstance(gateway["request_time"], float)
        assert "Nguy" not in json.dumps(gateway), "no query string in the access log"

        [service] = json_lines_with(stack.ROOT / ".stack" / "log" / "org.log", "correlation_id", drawn)
        assert service["service"] == "org" and service["message"] == "request"
        assert service["route"] == "/whoami" and service["status"] == 200

    def test_the_audit_entry_of_a_request_names_its_id(self, client: httpx.Client,
                                                        token_for: Callable[[str], str]) -> None:
        officer = {"Authorization": f"Bearer {token_for('stp.officer')}"}
        person = client.get("/api/personnel/persons", params={"limit": 1}, headers=officer).json()["items"][0]
        resp = client.get(f"/api/personnel/persons/{person['person_id']}", headers=officer)
        assert resp.status_code == 200
        drawn = resp.headers["X-Request-ID"]
        with psycopg.connect(stack.admin_dsn("personnel")) as conn:
            rows = conn.execute("select action, resource_type, resource_id from audit_entry"
                                " where detail->>'request_id' = %s", (drawn,)).fetchall()
        assert rows == [("read", "person", person["person_id"])]
