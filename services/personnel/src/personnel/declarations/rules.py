"""The decisions of the annual self-declaration (Art. 9.2b: each person declares the year's personal changes on
the supplementary résumé form, phiếu bổ sung lý lịch / HS03-VC/BNV), pure: no database, no framework.

- A round is open from its opening date to its closing date inclusive, in Vietnamese dates (common.clock.today()
  is the caller's), one open round per year.
- A link's token is random, stored only as its SHA-256, and expires at the end of the round's closing day
  (Vietnam time); a used or expired token is as unknown as a wrong one.
- What the person may declare: identity, contact, addresses, marital status and family relations; never salary,
  positions, evaluations, awards or disciplines (what the unit records from decisions).
- A declaration with no change is allowed: the person confirms nothing changed (recorded, no change request).
- The signature is simple and electronic: the name typed must be the record's (case, spacing and Unicode form
  aside) and the statement ticked; the content signed is fixed by its hash.

Each check returns an issue (a message code of personnel.errors and its values), never text."""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from datetime import date, datetime, time, timedelta, timezone
from typing import Any, Literal

from personnel.profiles.diff import FieldChange, diff

VIETNAM = timezone(timedelta(hours=7))
TOKEN_BYTES = 32  # 256 bits, URL-safe base64 (43 characters)

# identity.* fields the person declares (2C items 2, 7, 8, 10 and contact); name, sex and birth date change
# only on a civil-status decision the unit records, the insurance numbers come from the insurance agency.
DECLARABLE_IDENTITY = ("other_names", "religion", "personal_id_number", "personal_id_issued_on",
                       "personal_id_issued_by", "phone", "email", "permanent_address", "current_address",
                       "marital_status")
# Whole sections the person declares (36.1 and 36.2: their own and their spouse's family).
DECLARABLE_SECTIONS = ("family_relations",)

RoundState = Literal["not_yet_open", "open", "closed"]


@dataclass(frozen=True)
class Issue:
    code: str
    field: str | None = None
    values: Mapping[str, Any] = dataclass_field(default_factory=dict)


def _vn(d: date) -> str:
    return d.strftime("%d/%m/%Y")


# -- rounds -------------------------------------------------------------------------------------------------

def round_state(opens_on: date, closes_on: date, on: date) -> RoundState:
    if on < opens_on:
        return "not_yet_open"
    return "open" if on <= closes_on else "closed"


def check_round_dates(year: int, opens_on: date, closes_on: date) -> Issue | None:
    if not (opens_on.year == year and closes_on.year == year and opens_on < closes_on):
        return Issue("declaration.round_dates", field="closes_on", values={"year": year})
    return None


def check_new_round(year: int, open_round_years: Iterable[int]) -> Issue | None:
    """One open round per year (409)."""
    if year in set(open_round_years):
        return Issue("declaration.round_exists", field="year", values={"year": year})
    return None


def check_accepts(year: int, opens_on: date, closes_on: date, on: date) -> Issue | None:
    """Whether a declaration may be saved or signed on that day."""
    state = round_state(opens_on, closes_on, on)
    if state == "closed":
        return Issue("declaration.round_closed", values={"year": year, "closes_on": _vn(closes_on)})
    if state == "not_yet_open":
        return Issue("declaration.round_not_open", values={"year": year, "opens_on": _vn(opens_on)})
    return None


# -- links ----------------------------------------------------------------------------------------------------

def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def new_token() -> tuple[str, str]:
    """(the token sent once in the link, the hash stored)."""
    token = secrets.token_urlsafe(TOKEN_BYTES)
    return token, hash_token(token)


def token_expires_at(closes_on: date) -> datetime:
    """The end of the round's closing day in Vietnam."""
    return datetime.combine(closes_on + timedelta(days=1), time(0), tzinfo=VIETNAM)


def token_usable(*, stored_hash: str | None, token: str, expires_at: datetime | None, revoked: bool,
                 now: datetime) -> bool:
    """A token opens its form while it matches, is not replaced and not expired; one answer for every failure."""
    if stored_hash is None or expires_at is None or revoked:
        return False
    return hmac.compare_digest(stored_hash, hash_token(token)) and now < expires_at


# -- content --------------------------------------------------------------------------------------------------

def declarable_part(profile: Mapping[str, Any]) -> dict[str, Any]:
    """Only what the person may see and declare of their approved record (JSON form)."""
    identity = profile.get("identity") or {}
    out: dict[str, Any] = {"identity": {k: identity.get(k) for k in DECLARABLE_IDENTITY}}
    for section in DECLARABLE_SECTIONS:
        out[section] = list(profile.get(section) or [])
    return out


def undeclarable_fields(declared: Mapping[str, Any]) -> list[str]:
    """Fields sent that the person may not change (refused, never silently applied)."""
    bad = [f"{key}" for key in declared if key not in ("identity", *DECLARABLE_SECTIONS)]
    identity = declared.get("identity") or {}
    if isinstance(identity, Mapping):
        bad += [f"identity.{key}" for key in identity if key not in DECLARABLE_IDENTITY]
    return sorted(bad)


def apply_declaration(profile: Mapping[str, Any], declared: Mapping[str, Any]) -> dict[str, Any]:
    """The record with the declarable fields replaced by the declaration; everything else kept as approved."""
    new = json.loads(json.dumps(dict(profile), default=str))
    new.setdefault("identity", {})
    declared_identity = declared.get("identity") or {}
    for key in DECLARABLE_IDENTITY:
        if key in declared_identity:
            new["identity"][key] = declared_identity[key]
    for section in DECLARABLE_SECTIONS:
        if section in declared:
            new[section] = list(declared[section] or [])
    return new


def changes(profile: Mapping[str, Any], declared: Mapping[str, Any]) -> list[FieldChange]:
    """The field-by-field difference the declaration makes; empty = "nothing changed" (no change request)."""
    return diff(declarable_part(profile), declarable_part(apply_declaration(profile, declared)))


# -- signature -----------------------------------------------------------------------------------------------

def _name_key(name: str) -> str:
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())


def check_signature(*, typed_name: str, record_name: str, statement_ticked: bool) -> list[Issue]:
    issues = []
    if _name_key(typed_name) != _name_key(record_name):
        issues.append(Issue("declaration.signature_name_mismatch", field="full_name", values={"expected": record_name}))
    if not statement_ticked:
        issues.append(Issue("declaration.statement_required", field="statement", values={}))
    return issues


def content_hash(declared: Mapping[str, Any]) -> str:
    """SHA-256 of the declaration's canonical JSON: what was signed, whatever happens to the record later."""
    canonical = json.dumps(declarable_part(declared), ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                           default=str)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


# -- progress -------------------------------------------------------------------------------------------------

Progress = Literal["not_declared", "draft", "declared", "no_change", "approved", "rejected"]


def person_progress(*, signed: bool, draft_saved: bool, no_change: bool, request_status: str | None) -> Progress:
    """Where one person stands in the round, from their invitation and its change request."""
    if not signed:
        return "draft" if draft_saved else "not_declared"
    if no_change:
        return "no_change"
    if request_status == "approved":
        return "approved"
    if request_status == "rejected":
        return "rejected"
    return "declared"


def needs_reminder(progress: Progress) -> bool:
    return progress in ("not_declared", "draft")
