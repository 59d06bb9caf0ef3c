"""The one-time codes (TOTP, RFC 6238) of the demo administrators. LOCAL DEVELOPMENT ONLY.

Accounts with an administrative role (province_admin, system_admin) sign in with a password and a code
from an authenticator app (the realm's flows in stack/keycloak/cbccvc-realm.json). The demo
administrators of the development realm share one published secret so that scripts, tests and people
trying the demo can sign in; a real installation's administrators set up their own app at first sign-in.

    .venv/bin/python -m common.testing.totp        # the current code, and the key to type into an app
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import struct
import time

DEV_TOTP_SECRET = "cbccvc-dev-only-totp"  # DEVELOPMENT ONLY: the demo realm file's OTP credential value
DEV_TOTP_ACCOUNTS = frozenset({"snv.admin", "sysadmin"})  # the demo accounts that hold it
PERIOD = 30
DIGITS = 6


def app_key(secret: str = DEV_TOTP_SECRET) -> str:
    """The key as authenticator apps take it (base32 of the secret's bytes, which Keycloak uses as is)."""
    return base64.b32encode(secret.encode()).decode().rstrip("=")


def code(secret: str = DEV_TOTP_SECRET, at: float | None = None) -> str:
    counter = int((time.time() if at is None else at) // PERIOD)
    digest = hmac.new(secret.encode(), struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    value = struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF
    return str(value % 10**DIGITS).zfill(DIGITS)


def otpauth_uri(username: str, secret: str = DEV_TOTP_SECRET) -> str:
    return (f"otpauth://totp/CSDL%20CBCCVC:{username}?secret={app_key(secret)}&issuer=CSDL%20CBCCVC"
            f"&algorithm=SHA1&digits={DIGITS}&period={PERIOD}")


def main() -> None:
    print(f"Mã hiện tại / current code: {code()}  (accounts: {', '.join(sorted(DEV_TOTP_ACCOUNTS))})")
    print(f"Khóa cho ứng dụng xác thực / key for an authenticator app: {app_key()}  (TOTP, SHA1, 6 digits, 30 s)")
    for name in sorted(DEV_TOTP_ACCOUNTS):
        print(f"  {otpauth_uri(name)}")


if __name__ == "__main__":
    main()
