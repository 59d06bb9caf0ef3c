"""Every error names a code of its service's catalog, never text, and every code has both languages.

The source of libs/common and of each service is read with ast: every call that makes an error (AppError and
its kinds, FieldError, invalid, Phrase, personnel's Issue and TransitionError) and every ValueError a
validator raises must name a code its catalog holds (common.errors.COMMON for libs/common, the service's
errors.MESSAGES for a service). A typo or a message left out of errors.py fails here, not in front of a user."""

from __future__ import annotations

import ast
import importlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from common.errors import _CODE, COMMON, Messages

ROOT = Path(__file__).resolve().parents[2]
SERVICES = sorted(p.name for p in (ROOT / "services").iterdir() if (p / "src" / p.name).is_dir())

# Calls whose argument at this position is a message code.
CODE_AT = {"AppError": 0, "ValidationFailed": 0, "Unauthorized": 0, "Forbidden": 0, "NotFound": 0, "Conflict": 0,
           "ServiceUnavailable": 0, "TransitionError": 0, "Phrase": 0, "FieldError": 1, "invalid": 1, "Issue": 1}


def catalog_of(service: str | None) -> Messages:
    if service is None:
        return COMMON
    try:
        return importlib.import_module(f"{service}.errors").MESSAGES  # type: ignore[no-any-return]
    except ModuleNotFoundError:
        return COMMON  # a service that shows no message of its own


def sources() -> Iterator[tuple[str | None, Path]]:
    for path in sorted((ROOT / "libs" / "common" / "src" / "common").rglob("*.py")):
        yield None, path
    for service in SERVICES:
        for path in sorted((ROOT / "services" / service / "src" / service).rglob("*.py")):
            yield service, path


def _name(func: ast.expr) -> str | None:
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None


def _strings(node: ast.expr) -> list[ast.Constant]:
    """The string constants an argument can evaluate to ("a" if x else "b" gives both)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node]
    if isinstance(node, ast.IfExp):
        return _strings(node.body) + _strings(node.orelse)
    return []


def used_codes(tree: ast.AST) -> Iterator[tuple[int, str, str]]:
    """(line, what, code) of every code named in the file."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = _name(node.func)
            if name in CODE_AT and len(node.args) > CODE_AT[name]:
                for const in _strings(node.args[CODE_AT[name]]):
                    yield const.lineno, name, const.value
            if name == "ValueError" and node.args:
                for const in _strings(node.args[0]):
                    if "." in const.value and _CODE.fullmatch(const.value):
                        yield const.lineno, name, const.value
        # Pure rules that return (field, code) pairs, e.g. transfer.cases.rules.problems.
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.returns is not None \
                and ast.unparse(node.returns) == "list[tuple[str, str]]":
            for inner in ast.walk(node):
                if isinstance(inner, ast.Tuple) and len(inner.elts) == 2 and all(
                        isinstance(e, ast.Constant) and isinstance(e.value, str) for e in inner.elts):
                    yield inner.lineno, "(field, code)", inner.elts[1].value  # type: ignore[attr-defined]


def test_every_code_a_raise_names_is_in_its_catalog() -> None:
    missing, seen = [], 0
    for service, path in sources():
        catalog = catalog_of(service)
        for line, what, code in used_codes(ast.parse(path.read_text(encoding="utf-8"))):
            seen += 1
            if code not in catalog:
                missing.append(f"{path.relative_to(ROOT)}:{line}: {what}({code!r})")
    assert seen > 120, "the walk found too few codes; has the way errors are raised changed?"
    assert not missing, "codes missing from the catalog:\n" + "\n".join(missing)


def test_no_error_is_given_text_or_an_old_style_code_keyword() -> None:
    """Text belongs in errors.py: an error made with a non-code string, or with code=..., is the old way."""
    offenders = []
    for _, path in sources():
        if path.name == "errors.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and _name(node.func) in CODE_AT):
                continue
            if any(k.arg in ("code", "message_vi", "message_en") for k in node.keywords):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}: keyword code/message")
            for arg in node.args:
                for const in _strings(arg) if not isinstance(arg, ast.JoinedStr) else []:
                    if not const.value.isascii() or "|" in const.value:
                        offenders.append(f"{path.relative_to(ROOT)}:{const.lineno}: text {const.value[:40]!r}")
            at = CODE_AT[_name(node.func)]  # type: ignore[index]
            if len(node.args) > at and isinstance(node.args[at], ast.JoinedStr):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}: a code made with an f-string")
    assert not offenders, "\n".join(offenders)


@pytest.mark.parametrize("service", SERVICES)
def test_each_catalog_extends_the_common_one_with_both_languages(service: str) -> None:
    catalog = catalog_of(service)
    assert all(code in catalog for code in COMMON)
    for code, (vi, en) in catalog.own.items():
        assert _CODE.fullmatch(code) and vi.strip() and en.strip()
        assert vi != en or vi.isascii(), f"{code}: the Vietnamese text is the English one"


def test_a_code_two_services_share_means_the_same() -> None:
    """The web client sees every service's codes through one gateway: one code, one meaning."""
    texts: dict[str, tuple[str, tuple[str, str]]] = {}
    clashes = []
    for service in SERVICES:
        for code, pair in catalog_of(service).own.items():
            if code in texts and texts[code][1][1] != pair[1]:
                clashes.append(f"{code}: {texts[code][0]} {texts[code][1][1]!r} / {service} {pair[1]!r}")
            texts.setdefault(code, (service, pair))
    assert not clashes, "\n".join(clashes)


def test_every_change_request_state_has_its_name() -> None:
    from personnel.changes import approval
    from personnel.errors import MESSAGES

    states = {approval.DRAFT, approval.SUBMITTED, approval.APPROVED, approval.REJECTED, approval.WITHDRAWN}
    assert all(f"change_request.state.{s}" in MESSAGES for s in states)


class TestCatalog:
    def test_a_catalog_refuses_a_bad_code_one_language_or_placeholders_that_differ(self) -> None:
        for entries in ({"Not.Snake": ("a", "b")}, {"x.y": ("chỉ một", "")}, {"x.y": ("{a} và", "{b} and")},
                        {"not_found": ("khác", "other")}):
            with pytest.raises(ValueError):
                COMMON.extend(entries)

    def test_an_unknown_code_fails_loudly_when_looked_up(self) -> None:
        from common.errors import UnknownMessage

        with pytest.raises(UnknownMessage):
            COMMON.text("no.such_code")
