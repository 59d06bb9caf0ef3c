"""Apply the identity service's part of the realm file to a Keycloak that already has the realm.

Keycloak imports stack/keycloak/cbccvc-realm.json only when the realm does not exist yet, so a change to
the file would never reach a running installation. This applies, idempotently and through the admin API,
what identity needs: its admin client and that client's realm-management roles. It signs in as the
master-realm administrator (local development) or any account allowed to manage the realm.

    python -m identity.keycloak_provision [--realm-file stack/keycloak/cbccvc-realm.json]
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path
from typing import Any

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


if __name__ == "__main__":
    main()
