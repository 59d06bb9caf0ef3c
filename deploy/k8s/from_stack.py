"""Writes the production Keycloak realm from the development one.

stack/keycloak/cbccvc-realm.json is the single source of roles, clients, mappers and the user profile.
Production takes it without the demo accounts and development-only clients, with the public address and
every client secret as ${ENV} placeholders that Keycloak resolves from its environment at import
(base/infra/keycloak.yaml sets them from Secrets). tests/deploy fails when the committed file is stale.

    python deploy/k8s/production_realm.py
"""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
DEV_REALM = ROOT / "stack" / "keycloak" / "cbccvc-realm.json"
PRODUCTION_REALM = Path(__file__).resolve().parent / "base" / "infra" / "keycloak" / "cbccvc-realm.json"

# Clients for scripts, tests and the demonstration of another e-government system.
DEV_ONLY_CLIENTS = {"cbccvc-cli", "egov-portal"}
PUBLIC_URL = "${CBCCVC_PUBLIC_URL}"


def secret_placeholder(client_id: str) -> str:
    """cbccvc-services -> ${KEYCLOAK_SERVICES_SECRET}, the name the development realm already uses."""
    name = re.sub(r"^cbccvc-", "", client_id).upper().replace("-", "_")
    return "${KEYCLOAK_" + name + "_SECRET}"


def _has_flow(client: dict[str, Any]) -> bool:
    return any(client.get(k) for k in ("standardFlowEnabled", "directAccessGrantsEnabled",
                                        "serviceAccountsEnabled", "implicitFlowEnabled"))


def _production_client(client: dict[str, Any]) -> dict[str, Any]:
    c = copy.deepcopy(client)
    if "secret" in c:
        if _has_flow(c):
            c["secret"] = secret_placeholder(c["clientId"])
        else:
            del c["secret"]  # an audience-only client: Keycloak generates a secret nobody uses
    if c.get("redirectUris"):
        c["redirectUris"] = [f"{PUBLIC_URL}/*"]
    if "rootUrl" in c:
        c["rootUrl"] = PUBLIC_URL
    attributes = c.get("attributes") or {}
    if "post.logout.redirect.uris" in attributes:
        attributes["post.logout.redirect.uris"] = f"{PUBLIC_URL}/*"
    if "description" in c:
        c["description"] = c["description"].replace(" LOCAL DEVELOPMENT SECRET.", "")
    return c


def production_realm(dev: dict[str, Any]) -> dict[str, Any]:
    realm = copy.deepcopy(dev)
    realm["clients"] = [_production_client(c) for c in dev.get("clients", [])
                        if c["clientId"] not in DEV_ONLY_CLIENTS]
    kept = {c["clientId"] for c in realm["clients"]}
    # Only the service accounts of the clients that stay; people are created by the province's admins.
    realm["users"] = [u for u in dev.get("users", []) if u.get("serviceAccountClientId") in kept]
    return realm


def render(dev_path: Path = DEV_REALM) -> str:
    return json.dumps(production_realm(json.loads(dev_path.read_text(encoding="utf-8"))),
                      ensure_ascii=False, indent=2) + "\n"


if __name__ == "__main__":
    PRODUCTION_REALM.parent.mkdir(parents=True, exist_ok=True)
    PRODUCTION_REALM.write_text(render(), encoding="utf-8")
    print(f"wrote {PRODUCTION_REALM.relative_to(ROOT)}")
