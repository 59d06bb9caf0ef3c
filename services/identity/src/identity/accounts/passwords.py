"""Temporary passwords handed out by the Sở Nội vụ: random, and always inside the realm's policy
(length and character classes), so a reset never fails on its own password."""

import secrets
import string

_SPECIAL = "!@#$%^&*-_=+?"
_CLASSES = (string.ascii_uppercase, string.ascii_lowercase, string.digits, _SPECIAL)


def temporary_password(length: int = 14) -> str:
    rng = secrets.SystemRandom()
    chars = [rng.choice(c) for c in _CLASSES]  # one of each class the policy requires
    alphabet = "".join(_CLASSES)
    chars += [rng.choice(alphabet) for _ in range(max(length, len(_CLASSES)) - len(chars))]
    rng.shuffle(chars)
    return "".join(chars)
