"""Apply the identity service's part of the realm file to a Keycloak that already has the realm.

Keycloak imports stack/keycloak/cbccvc-realm.json only when the realm does not exist yet, so a change to
the file would never reach a running installation. This applies, idempotently and through the admin API,
what identity needs: its admin client and that client's realm-management roles; the sign-in flows that ask
administrators for a one-time code (TOTP) with the realm's OTP policy; and the realm file's people missing
from Keycloak, with the development-only second factor of the demo administrators (the production realm
file lists no people, so nothing of this reaches production). It signs in as the master-realm
administrator (local development) or any account allowed to manage the realm.

    python -m identity.keycloak_provision [--realm-file stack/keycloak/cbccvc-realm.json]
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path
from typing import Any
from urllib.parse import quote

from keycloak import KeycloakAdmin

from identity.config import IdentitySettings

ROOT = Path(__file__).resolve().parents[4]


def _admin_client_spec(realm: dict[str, Any], client_id: str) -> tuple[dict[str, Any], list[str]]:
    client = next(c for c in realm["clients"] if c["clientId"] == client_id)
    account = next(u for u in realm["users"] if u.get("serviceAccountClientId") == client_id)
    return client, list(account.get("clientRoles", {}).get("realm-management", []))


def provision(admin: KeycloakAdmin, realm: dict[str, Any], *, client_id: str, secret: str) -> list[str]:
    """Create or update the admin client and grant its roles; returns what was changed."""
    changes: list[str] = []
    spec, wanted_roles = _admin_client_spec(realm, client_id)
    spec = {**spec, "secret": secret}
    uuid = admin.get_client_id(client_id)
    if uuid is None:
        admin.create_client(spec)
        uuid = admin.get_client_id(client_id)
        changes.append(f"created client {client_id}")
    else:
        admin.update_client(uuid, spec)
        changes.append(f"updated client {client_id}")
    assert uuid is not None
    sa_user = admin.get_client_service_account_user(uuid)
    rm_uuid = admin.get_client_id("realm-management")
    assert rm_uuid is not None
    held = {r["name"] for r in admin.get_client_roles_of_user(sa_user["id"], rm_uuid)}
    missing = [r for r in wanted_roles if r not in held]
    if missing:
        roles = [admin.get_client_role(rm_uuid, name) for name in missing]
        admin.assign_client_role(sa_user["id"], rm_uuid, roles)
        changes.append(f"granted realm-management roles {', '.join(missing)}")
    return changes


OTP_POLICY = ("otpPolicyType", "otpPolicyAlgorithm", "otpPolicyDigits", "otpPolicyPeriod",
              "otpPolicyLookAheadWindow", "otpPolicyCodeReusable")


class _Api:
    """The admin REST paths python-keycloak has no method for, under admin/realms/<realm>/."""

    def __init__(self, admin: KeycloakAdmin) -> None:
        self.conn = admin.connection
        self.base = f"admin/realms/{admin.connection.realm_name}"

    def _check(self, resp: Any, what: str) -> Any:
        if resp.status_code >= 400:
            raise RuntimeError(f"{what}: {resp.status_code} {resp.text[:300]}")
        is_json = resp.headers.get("content-type", "").startswith("application/json")
        return resp.json() if resp.content and is_json else None

    def get(self, path: str) -> Any:
        return self._check(self.conn.raw_get(f"{self.base}/{path}"), f"GET {path}")

    def post(self, path: str, body: Any) -> Any:
        return self._check(self.conn.raw_post(f"{self.base}/{path}", data=json.dumps(body)), f"POST {path}")

    def put(self, path: str, body: Any) -> Any:
        return self._check(self.conn.raw_put(f"{self.base}/{path}", data=json.dumps(body)), f"PUT {path}")


def _flow_path(alias: str) -> str:
    return f"authentication/flows/{quote(alias, safe='')}"


def _build_flow(api: _Api, realm: dict[str, Any], alias: str) -> None:
    """Fills the (new, empty) flow `alias` with its executions and sub-flows as the realm file has them."""
    flows = {f["alias"]: f for f in realm.get("authenticationFlows", [])}
    configs = {c["alias"]: c for c in realm.get("authenticatorConfig", [])}
    for execution in sorted(flows[alias]["authenticationExecutions"], key=lambda e: e.get("priority", 0)):
        if execution.get("authenticatorFlow"):
            sub = flows[execution["flowAlias"]]
            api.post(f"{_flow_path(alias)}/executions/flow", {
                "alias": sub["alias"], "description": sub.get("description", ""),
                "provider": "registration-page-form", "type": sub.get("providerId", "basic-flow")})
        else:
            api.post(f"{_flow_path(alias)}/executions/execution", {"provider": execution["authenticator"]})
        made = [e for e in api.get(f"{_flow_path(alias)}/executions") if e["level"] == 0][-1]
        if made["requirement"] != execution["requirement"]:
            api.put(f"{_flow_path(alias)}/executions", {**made, "requirement": execution["requirement"]})
        if execution.get("authenticatorConfig"):
            config = configs[execution["authenticatorConfig"]]
            api.post(f"authentication/executions/{made['id']}/config",
                     {"alias": config["alias"], "config": config["config"]})
        if execution.get("authenticatorFlow"):
            _build_flow(api, realm, execution["flowAlias"])


def provision_sign_in(admin: KeycloakAdmin, realm: dict[str, Any]) -> list[str]:
    """The realm file's OTP policy and top-level authentication flows (created when missing, never changed
    once there: an administrator may have tuned them in the console), bound as the realm's browser and
    direct-grant flows."""
    api = _Api(admin)
    changes: list[str] = []
    have = {f["alias"] for f in api.get("authentication/flows")}
    for flow in realm.get("authenticationFlows", []):
        if not flow.get("topLevel") or flow["alias"] in have:
            continue
        api.post("authentication/flows", {"alias": flow["alias"], "description": flow.get("description", ""),
                                          "providerId": flow.get("providerId", "basic-flow"),
                                          "topLevel": True, "builtIn": False})
        _build_flow(api, realm, flow["alias"])
        changes.append(f"created authentication flow {flow['alias']!r}")
    current = api.get("")
    wanted = {k: realm[k] for k in (*OTP_POLICY, "browserFlow", "directGrantFlow") if k in realm}
    differ = {k: v for k, v in wanted.items() if current.get(k) != v}
    if differ:
        # Keycloak reads the OTP policy only whole (it looks at the rest only when the type is given).
        if set(differ) & set(OTP_POLICY):
            differ.update({k: v for k, v in wanted.items() if k in OTP_POLICY})
        api.put("", differ)
        changes.append(f"set {', '.join(sorted(differ))}")
    return changes


def provision_people(admin: KeycloakAdmin, realm: dict[str, Any]) -> list[str]:
    """People of the realm file (the demo accounts, local development only) missing from Keycloak are
    created; a demo account the file gives a one-time-code credential gets it when it has none."""
    api = _Api(admin)
    changes: list[str] = []
    for person in realm.get("users", []):
        if person.get("serviceAccountClientId"):
            continue
        found = admin.get_users({"username": person["username"], "exact": True})
        if not found:
            admin.create_user({k: v for k, v in person.items() if k != "realmRoles"})
            user_id = admin.get_user_id(person["username"])
            assert user_id is not None
            roles = [admin.get_realm_role(name) for name in person.get("realmRoles", [])]
            if roles:
                admin.assign_realm_roles(user_id, roles)
            changes.append(f"created demo account {person['username']}")
            continue
        otp = [c for c in person.get("credentials", []) if c.get("type") == "otp"]
        user_id = found[0]["id"]
        if otp and not any(c["type"] == "otp" for c in api.get(f"users/{user_id}/credentials")):
            api.put(f"users/{user_id}", {**api.get(f"users/{user_id}"), "credentials": otp})
            changes.append(f"gave {person['username']} the development one-time-code secret")
    return changes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--realm-file", default=str(ROOT / "stack" / "keycloak" / "cbccvc-realm.json"))
    args = parser.parse_args()
    settings = IdentitySettings()
    realm = json.loads(Path(args.realm_file).read_text())
    admin = KeycloakAdmin(
        server_url=settings.keycloak_internal_url + "/",
        username=os.environ.get("KEYCLOAK_ADMIN_USER", "admin"),
        password=os.environ.get("KEYCLOAK_ADMIN_PASSWORD", "admin-dev-only"),
        realm_name=settings.keycloak_realm,
        user_realm_name="master",
    )
    for change in provision(admin, realm, client_id=settings.admin_client_id,
                            secret=settings.admin_client_secret):
        print(change)
    for change in [*provision_sign_in(admin, realm), *provision_people(admin, realm)]:
        print(change)


if __name__ == "__main__":
    main()
