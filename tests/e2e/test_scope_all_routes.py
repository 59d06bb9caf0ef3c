"""Scope on every route of every service: an account of another branch of the organisation tree gets
403 or 404 and learns nothing.

The routes are read at run time from each running service's OpenAPI schema, so routes added later are
covered without touching this file. The attackers stand at every place around the victims: a sibling
(xa.phulinh, officer of the commune 00706 beside 00700), a parent unit's officer (snv.leader, officer and
leader of the Sở Nội vụ, a department with divisions of its own, not province admin), a child unit's
officer (stp.vp.officer, of the Sở Tư pháp's office STP.VP: a division must not see up into its
department, except to write to it, see REACHES), a viewer (stc.viewer, Sở Tài chính) and the system
administrator (sysadmin). The system administrator manages the system (accounts, catalogs, the tree, the
system's health) and holds no data role: every route of the services holding personal data refuses it
(403) except the reference data every account reads, and every route ending in /approve refuses it.
The victims are the commune 00700
(xa.ngocduong) and the Sở Tư pháp STP (stp.officer): their own accounts first list what
they can see, and the ids found there fill the attacker's path parameters (unit_id path parameters get
the victim's unit code; anything else unknown gets a random id).

For each route and victim the attacker's request is compared with a control request in which every
real id is replaced by one that does not exist. What must hold:
- the status is 403, 404 or 422, or, for lists and searches without a record in the path, 200 filtered
  to the attacker's scope; a 422 counts only when the control request gets 422 too (the body is refused
  whatever it names), and an upload (multipart) naming a real record is never a 422: the scope is checked
  before the file and the form, so a broken file sent to another branch's record gets its 404;
- the real and the control request get the same status and the same body: existence is not revealed;
- no body contains the victim's unit code or name, its accounts' usernames, or an id or name that the
  victim's own account saw (no names, no counts, no existence);
- nothing changes: a write answered 2xx is a failure.
A record that names the attacker's own unit (or a unit below it) in one of its unit fields, such as a
transfer case from the victim's unit to the attacker's, belongs to both units: it is not the victim's
secret, and it is left out of what the victim saw and of the attacker's bodies before they are checked.
Reference data (laws' lists: ranks, ethnic groups, communes...; the deadline rules; the calendar; the
units a transfer case may be addressed to) is public to every account and is exempt from the unit-name
check, but not from the personal-data check.
"""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

from common.testing import stack

SERVICES = ("identity", "personnel", "org", "transfer", "reporting", "notify")
# (account, its unit): a sibling commune's officer; a parent unit's officer and leader (who may approve, so
# the checks behind the role checks are reached too); a child unit's officer (a division of the victim STP);
# a viewer of another department; the system administrator. None is above the victims' units.
ATTACKERS = (("xa.phulinh", "00706"), ("snv.leader", "SNV"), ("stp.vp.officer", "STP.VP"), ("stc.viewer", "STC"),
             ("sysadmin", "TQ"))
SYSADMIN = "sysadmin"
APPROVAL = re.compile(r"/approve$")  # the system administrator approves nothing, anywhere
# The services that hold personal data: the system administrator gets none of it (403), only the reference
# data every account reads (calculators, the working-day calendar, the deadline rules).
DATA_SERVICES = ("personnel", "transfer", "reporting")
REFERENCE_OF = {"personnel": re.compile(r"^/rules/"), "transfer": re.compile(r"^/(calendar/|deadline-rules$|units$)")}
# Messages and chat go up the parent chain by design (notify.messages.rules: an account writes to its subtree,
# its parent chain and the Department): a division's officer may name and write to its department.
REACHES = {"stp.vp.officer": {"STP"}}
MESSAGING = {"notify": re.compile(r"^/(messages|chat)/")}
# A broken file for uploads: a PDF that is not one.
BROKEN_FILE = ("quyet-dinh.pdf", b"%PDF-1.7 not really a PDF", "application/pdf")


@dataclass(frozen=True)
class Victim:
    unit_id: str
    owner: str  # an account of the victim's unit, used to find its data
    markers: tuple[str, ...]  # strings that must never reach the attacker


VICTIMS = (
    Victim("00700", "xa.ngocduong", ("00700", "Ngọc Đường", "xa.ngocduong")),
    Victim("STP", "stp.officer", ("STP", "Sở Tư pháp", "stp.officer", "stp.leader")),
)
# Routes that are not about a unit's data.
SKIP = re.compile(r"^/(whoami|health|metrics|openapi\.json|docs|redoc)")
# ... and the caller's own settings, which no other account can name (notify's e-mail choices).
OWN_OF = {"notify": re.compile(r"^/notifications/preferences$")}
# Public reference data (the catalogs of the law, the regulation's deadline rules, the working-day
# calendar): the same for every account.
PUBLIC = re.compile(r"^/(catalogs|deadline-rules|calendar)")
# ... and, per service, the province's units a transfer case may be addressed to (any unit, by design).
PUBLIC_OF = {"transfer": re.compile(r"^/units$")}
# ... personnel's evaluation rounds: the year's round is the province's (opened by the Department for every
# unit), and its progress lists only the units of the caller's scope.
PUBLIC_OF["personnel"] = re.compile(r"^/evaluation-rounds(/\{round_id\}/progress(/export\.xlsx)?)?$"
                                    r"|^/declaration-rounds$")  # the year's self-declaration round, likewise
# Calculators: a POST that asks a question of dates alone and stores nothing (personnel's retirement, next
# raise and reappointment rules, for any signed-in account); public like the rules they apply.
CALCULATORS = {"personnel": re.compile(r"^/rules/")}
ID_KEY = re.compile(r"(^id$|_id$|^code$)")
NAME_KEY = re.compile(r"^(full_name|name|username|unit_name)$")  # of the record itself, not of a catalog
UUIDISH = re.compile(r"^[0-9a-fA-F-]{16,}$")
SEARCH_PARAMS = {"q", "query", "search", "name", "keyword"}


@dataclass
class Route:
    service: str
    method: str
    path: str
    op: dict[str, Any]

    @property
    def calculator(self) -> bool:
        calc = CALCULATORS.get(self.service)
        return bool(self.method == "post" and calc and calc.match(self.path))

    @property
    def public(self) -> bool:
        own = PUBLIC_OF.get(self.service)
        return bool(PUBLIC.match(self.path) or (own and own.match(self.path)) or self.calculator)

    @property
    def params(self) -> list[str]:
        return re.findall(r"{(\w+)}", self.path)

    @property
    def is_write(self) -> bool:
        return self.method != "get" and not self.calculator


@dataclass
class Seen:
    """What one victim's own account saw: ids by key and by list route, and the strings that identify it."""

    by_key: dict[str, list[str]] = field(default_factory=dict)
    by_prefix: dict[str, list[str]] = field(default_factory=dict)
    secrets: set[str] = field(default_factory=set)

    def add(self, key: str, value: str, prefix: str | None = None) -> None:
        self.by_key.setdefault(key, [])
        if value not in self.by_key[key]:
            self.by_key[key].append(value)
        if prefix is not None and key == "id":
            self.by_prefix.setdefault(prefix, []).append(value)


def _schemas() -> dict[str, dict[str, Any]]:
    out = {}
    for service in SERVICES:
        try:
            resp = httpx.get(f"{stack.service_url(service)}/openapi.json", timeout=10)
        except httpx.HTTPError:
            continue
        if resp.status_code == 200:
            out[service] = resp.json()
    return out


def _routes(schemas: dict[str, dict[str, Any]]) -> list[Route]:
    return [Route(service, method, path, op)
            for service, schema in schemas.items()
            for path, ops in schema["paths"].items()
            if not SKIP.match(path) and not (service in OWN_OF and OWN_OF[service].match(path))
            for method, op in ops.items() if method in ("get", "post", "put", "patch", "delete")]


def _items(body: Any) -> list[dict[str, Any]]:
    """The records in a response: a list, or the list under data/items/results, or the object itself."""
    if isinstance(body, list):
        return [x for x in body if isinstance(x, dict)]
    if isinstance(body, dict):
        for key in ("data", "items", "results"):
            if isinstance(body.get(key), list):
                return [x for x in body[key] if isinstance(x, dict)]
        return [body]
    return []


UNIT_KEY = re.compile(r"unit_id$")
# The units whose records an attacker may share with a victim (the system administrator's province is every
# unit's parent: its records are left in, as nothing of the victims' may reach it).
ATTACKER_UNITS = tuple(unit for account, unit in ATTACKERS if account != SYSADMIN)


def _shared(item: dict[str, Any], units: tuple[str, ...] = ATTACKER_UNITS) -> bool:
    """The record names one of these units, or a unit below one, in a unit field: it is theirs too."""
    return any(isinstance(v, str) and UNIT_KEY.search(k) and any(v == u or v.startswith(u + ".") for u in units)
               for k, v in item.items())


def _unshared(text: str, unit: str) -> str:
    """The body without the records it shares with the unit (see the module's docstring)."""
    try:
        body = json.loads(text)
    except ValueError:
        return text
    if isinstance(body, list):
        body = [x for x in body if not (isinstance(x, dict) and _shared(x, (unit,)))]
    elif isinstance(body, dict):
        for key in ("data", "items", "results"):
            if isinstance(body.get(key), list):
                body[key] = [x for x in body[key] if not (isinstance(x, dict) and _shared(x, (unit,)))]
    return json.dumps(body, ensure_ascii=False)


def _walk(value: Any, seen: Seen, prefix: str | None, top: bool = True) -> None:
    if isinstance(value, dict):
        for key, v in value.items():
            if isinstance(v, (str, int)) and not isinstance(v, bool) and ID_KEY.search(key):
                seen.add(key, str(v), prefix if top else None)
                if isinstance(v, str) and UUIDISH.match(v):
                    seen.secrets.add(v)
            elif isinstance(v, str) and top and NAME_KEY.search(key) and len(v) >= 6:
                seen.secrets.add(v)
            else:
                _walk(v, seen, prefix, top=False)
    elif isinstance(value, list):
        for v in value:
            _walk(v, seen, prefix, top=False)


def _fill(route: Route, victim: Victim, seen: Seen) -> tuple[dict[str, str], dict[str, str]]:
    """(real, control) values for the path parameters."""
    real, control = {}, {}
    for name in route.params:
        prefix = route.path.split("/{" + name + "}")[0]
        candidates = (seen.by_prefix.get(prefix) or []) + seen.by_key.get(name, [])
        if name == "unit_id":
            real[name], control[name] = victim.unit_id, "ZZ" + uuid.uuid4().hex[:6].upper()
        elif name == "year":
            real[name] = control[name] = "2026"
        elif candidates:
            real[name], control[name] = candidates[0], str(uuid.uuid4())
        else:
            real[name] = control[name] = str(uuid.uuid4())
    return real, control


def _path(route: Route, values: dict[str, str]) -> str:
    path = route.path
    for k, v in values.items():
        path = path.replace("{" + k + "}", v)
    return path


def _resolve(schema: dict[str, Any], spec: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[1]
        schema = spec["components"]["schemas"][name]
    return schema


def _example(schema: dict[str, Any], spec: dict[str, Any], key: str, victim: Victim, seen: Seen,
             depth: int = 0) -> Any:
    """A value that fits the schema, aimed at the victim's unit and records where a field names them."""
    schema = _resolve(schema, spec)
    for combo in ("anyOf", "oneOf"):
        if combo in schema:
            options = [s for s in schema[combo] if _resolve(s, spec).get("type") != "null"]
            return _example(options[0], spec, key, victim, seen, depth) if options else None
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            merged.update(_resolve(part, spec))
        schema = merged
    if "enum" in schema:
        return schema["enum"][0]
    if "const" in schema:
        return schema["const"]
    kind = schema.get("type")
    if kind == "object" or "properties" in schema:
        if depth > 4:
            return {}
        props = schema.get("properties", {})
        wanted = set(schema.get("required", [])) | {k for k in props if k.endswith("unit_id")}
        return {k: _example(props[k], spec, k, victim, seen, depth + 1) for k in props if k in wanted}
    if kind == "array":
        n = schema.get("minItems", 0)
        return [_example(schema.get("items", {}), spec, key, victim, seen, depth + 1) for _ in range(n)]
    if kind == "integer":
        return max(1, int(schema.get("minimum", 1)))
    if kind == "number":
        return max(1, schema.get("minimum", 1))
    if kind == "boolean":
        return False
    if key.endswith("unit_id"):
        return victim.unit_id
    if key in seen.by_key:
        return seen.by_key[key][0]
    fmt = schema.get("format")
    if fmt == "date":
        return "2026-01-05"
    if fmt == "date-time":
        return "2026-01-05T08:00:00Z"
    if fmt == "uuid":
        return str(uuid.uuid4())
    return "x" * max(1, int(schema.get("minLength", 1)))


def _body(route: Route, spec: dict[str, Any], victim: Victim, seen: Seen) -> Any:
    content = (route.op.get("requestBody") or {}).get("content", {})
    if "application/json" not in content:
        return None
    return _example(content["application/json"].get("schema", {}), spec, "", victim, seen)


def _upload(route: Route, spec: dict[str, Any], victim: Victim, seen: Seen) -> dict[str, Any] | None:
    """A multipart body: a broken file in every file field, example values in the required form fields."""
    content = (route.op.get("requestBody") or {}).get("content", {})
    if "multipart/form-data" not in content:
        return None
    schema = _resolve(content["multipart/form-data"].get("schema", {}), spec)
    files, data = {}, {}
    for key, prop in schema.get("properties", {}).items():
        prop = _resolve(prop, spec)
        if prop.get("format") == "binary" or prop.get("contentMediaType") or "binary" in json.dumps(prop):
            files[key] = BROKEN_FILE
        elif key in schema.get("required", []):
            data[key] = str(_example(prop, spec, key, victim, seen))
    return {"files": files, "data": data}


def _nothing_real(victim: Victim) -> Victim:
    """A victim that does not exist: the control's body and query name no real unit or record."""
    return Victim("ZZ" + uuid.uuid4().hex[:6].upper(), victim.owner, victim.markers)


def _request(route: Route, spec: dict[str, Any], victim: Victim, seen: Seen) -> dict[str, Any]:
    kwargs: dict[str, Any] = {"params": _query(route, victim)}
    body = _body(route, spec, victim, seen)
    if body is not None:
        kwargs["json"] = body
    upload = _upload(route, spec, victim, seen)
    if upload is not None:
        kwargs.update(upload)
    return kwargs


def _query(route: Route, victim: Victim) -> dict[str, str]:
    params = {}
    for p in route.op.get("parameters", []):
        if p["in"] != "query":
            continue
        name = p["name"]
        if name.endswith("unit_id"):
            params[name] = victim.unit_id
        elif name in SEARCH_PARAMS:
            params[name] = victim.markers[1]
        elif p.get("required"):
            params[name] = "x"
    return params


def _leaks(text: str, victim: Victim, seen: Seen, public: bool) -> list[str]:
    found = [s for s in seen.secrets if s in text
             # public reference data may name the victim's unit itself (a unit name is not personal data)
             and not (public and any(m in s for m in victim.markers))]
    if not public:  # whole words only: "00700" inside a longer number or hash is not the unit
        found += [m for m in victim.markers if re.search(rf"(?<![0-9A-Za-z]){re.escape(m)}(?![0-9A-Za-z])", text)]
    return found


@pytest.fixture(scope="module")
def schemas() -> dict[str, dict[str, Any]]:
    found = _schemas()
    if "identity" not in found:
        pytest.fail("the identity service does not answer; is the stack running?")
    return found


@pytest.fixture(scope="module")
def seen_by_victim(schemas: dict[str, dict[str, Any]], token_for: Any) -> dict[str, Seen]:
    """Each victim's own view, two levels deep (lists, then records whose ids the lists gave)."""
    routes = [r for r in _routes(schemas) if r.method == "get" and not r.public]
    out = {}
    for victim in VICTIMS:
        seen = Seen()
        headers = {"Authorization": f"Bearer {token_for(victim.owner)}"}
        with httpx.Client(timeout=30) as client:
            me = client.get(f"{stack.service_url('identity')}/whoami", headers=headers).json()
            seen.add("account_id", me["subject"])  # the victim's own account, for /accounts/{account_id}
            for depth in (0, 1):
                for route in routes:
                    if len(route.params) != depth:
                        continue
                    values, _ = _fill(route, victim, seen)
                    if depth and all(UUIDISH.match(v) and v not in seen.secrets for v in values.values()):
                        continue  # nothing real to look at
                    unit_params = {p["name"]: victim.unit_id for p in route.op.get("parameters", [])
                                   if p["in"] == "query" and p["name"].endswith("unit_id")}
                    resp = client.get(stack.service_url(route.service) + _path(route, values), headers=headers,
                                      params=unit_params)
                    if resp.status_code == 200 and "json" in resp.headers.get("content-type", ""):
                        prefix = route.path if depth == 0 else None
                        for item in _items(resp.json()):
                            if not _shared(item):
                                _walk(item, seen, prefix)
        # The victim's unit code is a marker already; ids equal to common words would only add noise.
        seen.secrets = {s for s in seen.secrets if len(s) >= 6}
        out[victim.unit_id] = seen
    return out


@pytest.mark.parametrize("attacker", [a for a, _ in ATTACKERS])
@pytest.mark.parametrize("service", SERVICES)
def test_another_branch_gets_403_or_404_and_learns_nothing(
        service: str, attacker: str, schemas: dict[str, dict[str, Any]], seen_by_victim: dict[str, Seen],
        token_for: Any) -> None:
    # A service that does not answer is a failure, never a skip: its routes would go unchecked.
    assert service in schemas, f"{service} does not answer at {stack.service_url(service)}"
    spec = schemas[service]
    routes = [r for r in _routes(schemas) if r.service == service
              and (attacker != SYSADMIN or APPROVAL.search(r.path) or service in DATA_SERVICES)]
    headers = {"Authorization": f"Bearer {token_for(attacker)}"}
    failures: list[str] = []
    checked = real_ids = 0
    log: list[str] = []
    with httpx.Client(base_url=stack.service_url(service), timeout=30, headers=headers) as client:
        for route in routes:
            public = route.public
            for victim in VICTIMS:
                if victim.unit_id in REACHES.get(attacker, set()) and service in MESSAGING \
                        and MESSAGING[service].match(route.path):
                    continue
                seen = seen_by_victim[victim.unit_id]
                real, control = _fill(route, victim, seen)
                kwargs = _request(route, spec, victim, seen)
                upload = "files" in kwargs
                label = f"{route.method.upper()} {route.path} [{victim.unit_id}]"
                got = client.request(route.method, _path(route, real), **kwargs)
                log.append(f"{got.status_code} {label} {_path(route, real)}")
                checked += 1
                real_ids += any(v != control.get(k) for k, v in real.items())
                text = got.text
                if got.status_code >= 500 or got.status_code == 401:
                    failures.append(f"{label}: {got.status_code} {text[:200]}")
                    continue
                if attacker == SYSADMIN:  # manages the system: no personal data, approves nothing
                    reference = service in REFERENCE_OF and REFERENCE_OF[service].match(route.path)
                    if got.status_code < 300 and APPROVAL.search(route.path):
                        failures.append(f"{label}: the system administrator approved ({got.status_code})")
                    elif got.status_code < 300 and not reference:
                        failures.append(f"{label}: the system administrator read or changed data ({got.status_code})")
                    continue
                if route.is_write and got.status_code < 300:
                    failures.append(f"{label}: a write from another branch succeeded ({got.status_code})")
                    continue
                if route.params and got.status_code < 300 and not public:
                    failures.append(f"{label}: {got.status_code} for a record of another branch")
                    continue
                if got.status_code not in (200, 403, 404, 422) and not (public and got.status_code < 300):
                    failures.append(f"{label}: unexpected status {got.status_code}")
                if got.status_code == 422 and upload and real != control:
                    failures.append(f"{label}: an upload to another branch's record was checked before its scope "
                                    f"(422, not 404): {text[:200]}")
                    continue
                if got.status_code == 422:
                    # Refused for its body: only a pass if a body naming nothing real is refused the same way.
                    nothing = _request(route, spec, _nothing_real(victim), Seen())
                    void = client.request(route.method, _path(route, control), **nothing)
                    if void.status_code != 422:
                        failures.append(f"{label}: 422 here, {void.status_code} when nothing real is named "
                                        f"(the answer depends on what exists): {text[:200]}")
                leaked = _leaks(_unshared(text, dict(ATTACKERS)[attacker]) if got.status_code == 200 else text,
                                victim, seen, public)
                if leaked:
                    failures.append(f"{label}: the body reveals {leaked[:3]}")
                if real != control:
                    other = client.request(route.method, _path(route, control), **kwargs)
                    masked = text
                    for k, v in real.items():
                        masked = masked.replace(v, control[k])
                    if other.status_code != got.status_code or _normal(other.text) != _normal(masked):
                        failures.append(f"{label}: answers differ for a real and a missing record "
                                        f"({got.status_code} vs {other.status_code})")
    print("\n".join(log))
    print(f"{service} as {attacker}: {checked} requests over {len(routes)} routes, "
          f"{real_ids} with real ids of another branch")
    assert not failures, "\n".join(failures)


def _normal(text: str) -> str:
    """The body without what differs between any two requests (request and correlation ids)."""
    try:
        body = json.loads(text)
    except ValueError:
        return text
    if isinstance(body, dict):
        for key in ("request_id", "correlation_id", "trace_id"):
            body.pop(key, None)
    return json.dumps(body, sort_keys=True)
