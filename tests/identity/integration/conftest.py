"""The identity app in-process on a fresh migrated database (its own unit tree), against the real
Keycloak; and a browser sign-in (authorization code with PKCE) done with httpx."""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
import secrets
import uuid
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from urllib.parse import parse_qs, urlparse

import httpx
import psycopg
import pytest
from keycloak import KeycloakAdmin, KeycloakOpenIDConnection

from common.testing import stack
from identity.config import IdentitySettings
from identity.main import create_app

UNITS = [  # (unit_id, parent, name): a slice of the real tree
    ("TQ", None, "Tỉnh Tuyên Quang"),
    ("SNV", "TQ", "Sở Nội vụ"),
    ("STP", "TQ", "Sở Tư pháp"),
    ("00700", "TQ", "Xã Ngọc Đường"),
    ("00706", "TQ", "Xã Phú Linh"),
]
GATEWAY = "http://127.0.0.1:18000"
WEB_REDIRECT = f"{GATEWAY}/"
EGOV_REDIRECT = f"{GATEWAY}/egov-demo/callback"
NEW_PASSWORD = "Moi@Matkhau2026"
CHANGED_PASSWORD = "Doi@Matkhau2027"


def _paths() -> dict[str, list[str]]:
    parents = {u: p for u, p, _ in UNITS}
    out = {}
    for unit in parents:
        path, cur = [], unit
        while cur:
            path.insert(0, cur)
            cur = parents[cur]
        out[unit] = path
    return out


@pytest.fixture(scope="session")
def identity_db(migrated_db: Callable[[str], str]) -> str:
    url = migrated_db("identity")
    with psycopg.connect(url.replace("+asyncpg", "")) as conn:
        for unit_id, parent, name in UNITS:
            conn.execute("INSERT INTO unit_node (unit_id, parent_id, name, path, active, updated_at) "
                         "VALUES (%s, %s, %s, %s, true, now())", (unit_id, parent, name, _paths()[unit_id]))
    return url


@pytest.fixture(scope="session")
def settings(identity_db: str, topic_prefix: str) -> IdentitySettings:
    return IdentitySettings(database_url=identity_db, run_worker=False, run_keycloak_jobs=False,
                            kafka_topic_prefix=topic_prefix, online_cache_seconds=1)


@pytest.fixture(scope="session")
async def app(settings: IdentitySettings) -> AsyncIterator[object]:
    application = create_app(settings)
    async with application.router.lifespan_context(application):
        yield application


@pytest.fixture(scope="session")
async def api(app: object) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app, client=("10.1.2.3", 5555))  # type: ignore[arg-type]
    async with httpx.AsyncClient(transport=transport, base_url="http://identity") as client:
        yield client


@pytest.fixture(scope="session")
def kc_admin() -> KeycloakAdmin:
    conn = KeycloakOpenIDConnection(server_url=stack.keycloak_url() + "/", realm_name=stack.realm(),
                                    client_id="cbccvc-identity-admin", client_secret_key="identity-admin-dev-secret")
    return KeycloakAdmin(connection=conn)


@pytest.fixture(scope="session")
def run_id() -> str:
    return uuid.uuid4().hex[:6]


@pytest.fixture(scope="session")
def cleanup_users(kc_admin: KeycloakAdmin, run_id: str) -> Iterator[None]:
    """Every Keycloak user this run created (its usernames carry run_id) is deleted at the end."""
    yield
    for user in kc_admin.get_users({"search": f"t{run_id}"}):
        kc_admin.delete_user(user["id"])


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def password_grant(username: str, password: str, totp: str | None = None) -> httpx.Response:
    data = {"grant_type": "password", "client_id": "cbccvc-cli", "client_secret": "cli-dev-secret",
            "username": username, "password": password}
    if totp is not None:
        data["totp"] = totp  # the one-time code an administrator's account needs
    return httpx.post(f"{stack.keycloak_url()}/realms/{stack.realm()}/protocol/openid-connect/token",
                      data=data, timeout=30)


def give_one_time_code(kc_admin: KeycloakAdmin, user_id: str, secret: str) -> None:
    """An authenticator app set up with `secret` for the account (what Keycloak's setup page stores)."""
    user = kc_admin.get_user(user_id)
    kc_admin.update_user(user_id, {**user, "credentials": [{
        "type": "otp", "userLabel": "test", "secretData": json.dumps({"value": secret}),
        "credentialData": json.dumps({"subType": "totp", "digits": 6, "counter": 0, "period": 30,
                                      "algorithm": "HmacSHA1"})}]})


def refresh_grant(refresh_token: str) -> httpx.Response:
    return httpx.post(f"{stack.keycloak_url()}/realms/{stack.realm()}/protocol/openid-connect/token",
                      data={"grant_type": "refresh_token", "client_id": "cbccvc-cli", "client_secret": "cli-dev-secret",
                            "refresh_token": refresh_token}, timeout=30)


def _form_action(page: str) -> str | None:
    for tag in re.findall(r"<form[^>]*>", page):
        m = re.search(r'action="([^"]+)"', tag)
        if m and "login-actions" in m.group(1):
            return html.unescape(m.group(1))
    return None


@dataclass
class Browser:
    """A browser signing in through Keycloak's pages (no JavaScript needed).

    Keycloak marks its cookies Secure; browsers still send them to 127.0.0.1 over http (a secure
    context), Python's cookie jar does not, so this keeps the jar itself."""

    client: httpx.Client
    jar: dict[str, str] = field(default_factory=dict)
    last_page: str = ""

    @classmethod
    def new(cls) -> Browser:
        browser = cls(httpx.Client(follow_redirects=False, timeout=30))
        browser.client.event_hooks = {"request": [browser._send_cookies], "response": [browser._keep_cookies]}
        return browser

    def _send_cookies(self, request: httpx.Request) -> None:
        if self.jar and "/auth/" in request.url.path:
            request.headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.jar.items())

    def _keep_cookies(self, response: httpx.Response) -> None:
        for header in response.headers.get_list("set-cookie"):
            name, _, rest = header.partition("=")
            value, *attrs = rest.split(";")
            expired = any(a.strip().lower() in ("max-age=0",) for a in attrs) or not value
            if expired:
                self.jar.pop(name.strip(), None)
            else:
                self.jar[name.strip()] = value.strip()
        self.client.cookies.clear()

    def authorize(self, client_id: str, redirect_uri: str, **extra: str) -> tuple[str, str | None]:
        """Start the code flow; returns (verifier, code) - code already if the SSO session exists,
        otherwise None and the login page is in last_page."""
        verifier = secrets.token_urlsafe(48)
        challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
        resp = self.client.get(f"{GATEWAY}/auth/realms/{stack.realm()}/protocol/openid-connect/auth", params={
            "client_id": client_id, "response_type": "code", "redirect_uri": redirect_uri, "scope": "openid",
            "state": secrets.token_hex(8), "code_challenge": challenge, "code_challenge_method": "S256", **extra})
        return verifier, self._code_or_page(resp)

    def _code_or_page(self, resp: httpx.Response) -> str | None:
        while resp.status_code in (302, 303) and "login-actions" in resp.headers["location"]:
            resp = self.client.get(resp.headers["location"])
        if resp.status_code in (302, 303):
            query = parse_qs(urlparse(resp.headers["location"]).query)
            assert "code" in query, resp.headers["location"]
            return query["code"][0]
        # Keycloak answers a form with an error (wrong or weak password) with 400 and the same page.
        assert resp.status_code in (200, 400) and _form_action(resp.text), resp.text[:500]
        self.last_page = resp.text
        return None

    def submit(self, **fields: str) -> str | None:
        action = _form_action(self.last_page)
        assert action, self.last_page[:1000]
        return self._code_or_page(self.client.post(action, data=fields))

    def login(self, username: str, password: str) -> str | None:
        return self.submit(username=username, password=password, credentialId="")

    def update_password(self, new: str) -> str | None:
        return self.submit(**{"password-new": new, "password-confirm": new})

    @property
    def asks_for_new_password(self) -> bool:
        return "password-new" in self.last_page

    def exchange(self, client_id: str, redirect_uri: str, code: str, verifier: str,
                 secret: str | None = None) -> dict[str, str]:
        data = {"grant_type": "authorization_code", "client_id": client_id, "code": code,
                "redirect_uri": redirect_uri, "code_verifier": verifier}
        if secret:
            data["client_secret"] = secret
        resp = self.client.post(f"{GATEWAY}/auth/realms/{stack.realm()}/protocol/openid-connect/token", data=data)
        assert resp.status_code == 200, resp.text
        return resp.json()  # type: ignore[no-any-return]


@pytest.fixture
def browser() -> Iterator[Browser]:
    b = Browser.new()
    yield b
    b.client.close()


class KC:
    """Helpers the tests reach through the `kc` fixture (test modules cannot import conftest)."""

    NEW_PASSWORD = NEW_PASSWORD
    CHANGED_PASSWORD = CHANGED_PASSWORD
    WEB_REDIRECT = WEB_REDIRECT
    EGOV_REDIRECT = EGOV_REDIRECT
    bearer = staticmethod(bearer)
    password_grant = staticmethod(password_grant)
    give_one_time_code = staticmethod(give_one_time_code)
    refresh_grant = staticmethod(refresh_grant)


@pytest.fixture(scope="session")
def kc() -> type[KC]:
    return KC
