"""The annual self-declaration's pure rules (Art. 9.2b, phiếu bổ sung lý lịch): the round open on a Vietnamese
date, one open round a year, the link's token (random, stored hashed, expiring at the end of the closing day,
one answer for every failure), what a person may declare, "nothing changed", the simple signature."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

from personnel.declarations import rules

VN = timezone(timedelta(hours=7))
PROFILE = {
    "identity": {"full_name": "Nguyễn Thị Lan", "gender": "F", "birth_date": "1985-03-02", "phone": "0912000111",
                 "marital_status": "DOC_THAN", "social_insurance_number": "0101"},
    "salary": {"coefficient": "3.66"},
    "evaluations": [{"year": 2025, "level": "HTTNV"}],
    "family_relations": [{"side": "self", "relation": "BO", "full_name": "Nguyễn Văn A", "birth_year": 1955}],
}


def test_a_round_is_open_from_its_first_to_its_last_day_inclusive() -> None:
    opens, closes = date(2026, 11, 1), date(2026, 12, 31)
    assert rules.round_state(opens, closes, date(2026, 10, 31)) == "not_yet_open"
    assert rules.round_state(opens, closes, opens) == "open"
    assert rules.round_state(opens, closes, closes) == "open"
    assert rules.round_state(opens, closes, date(2027, 1, 1)) == "closed"


def test_a_declaration_after_the_round_closed_is_refused_with_the_closing_date() -> None:
    issue = rules.check_accepts(2026, date(2026, 11, 1), date(2026, 11, 30), date(2026, 12, 1))
    assert issue is not None and issue.code == "declaration.round_closed"
    assert issue.values == {"year": 2026, "closes_on": "30/11/2026"}
    assert rules.check_accepts(2026, date(2026, 11, 1), date(2026, 11, 30), date(2026, 11, 30)) is None
    early = rules.check_accepts(2026, date(2026, 11, 1), date(2026, 11, 30), date(2026, 10, 1))
    assert early is not None and early.code == "declaration.round_not_open"


def test_one_open_round_per_year_and_its_dates_within_the_year() -> None:
    assert rules.check_new_round(2026, [2025, 2026]).code == "declaration.round_exists"  # type: ignore[union-attr]
    assert rules.check_new_round(2027, [2025, 2026]) is None
    assert rules.check_round_dates(2026, date(2026, 11, 1), date(2026, 12, 31)) is None
    assert rules.check_round_dates(2026, date(2026, 12, 1), date(2026, 11, 1)) is not None
    assert rules.check_round_dates(2026, date(2026, 12, 1), date(2027, 1, 15)) is not None


def test_a_token_is_random_and_only_its_hash_is_kept() -> None:
    token, stored = rules.new_token()
    other, _ = rules.new_token()
    assert token != other and len(token) >= 43
    assert stored == rules.hash_token(token) and token not in stored and len(stored) == 64


def test_a_token_expires_at_the_end_of_the_closing_day_in_vietnam() -> None:
    expires = rules.token_expires_at(date(2026, 12, 31))
    assert expires == datetime(2027, 1, 1, 0, 0, tzinfo=VN)
    token, stored = rules.new_token()
    late_evening = datetime(2026, 12, 31, 23, 59, tzinfo=VN)
    assert rules.token_usable(stored_hash=stored, token=token, expires_at=expires, revoked=False, now=late_evening)
    # 17:00 UTC on the 31st is already 1 January in Vietnam
    assert not rules.token_usable(stored_hash=stored, token=token, expires_at=expires, revoked=False,
                                  now=datetime(2026, 12, 31, 17, 0, tzinfo=UTC))


def test_a_wrong_replaced_or_unknown_token_is_refused_alike() -> None:
    token, stored = rules.new_token()
    expires, now = rules.token_expires_at(date(2026, 12, 31)), datetime(2026, 12, 1, tzinfo=VN)
    assert not rules.token_usable(stored_hash=stored, token=token + "x", expires_at=expires, revoked=False, now=now)
    assert not rules.token_usable(stored_hash=stored, token=token, expires_at=expires, revoked=True, now=now)
    assert not rules.token_usable(stored_hash=None, token=token, expires_at=expires, revoked=False, now=now)


def test_the_person_sees_only_the_declarable_fields_never_salary_or_evaluations() -> None:
    part = rules.declarable_part(PROFILE)
    assert set(part) == {"identity", "family_relations"}
    assert part["identity"]["phone"] == "0912000111" and part["identity"]["marital_status"] == "DOC_THAN"
    assert "full_name" not in part["identity"] and "social_insurance_number" not in part["identity"]
    assert part["family_relations"] == PROFILE["family_relations"]


def test_fields_outside_the_form_are_named_and_never_applied() -> None:
    sent = {"identity": {"phone": "0987", "full_name": "Khác"}, "salary": {"coefficient": "9.99"}}
    assert rules.undeclarable_fields(sent) == ["identity.full_name", "salary"]
    applied = rules.apply_declaration(PROFILE, sent)
    assert applied["identity"]["phone"] == "0987"
    assert applied["identity"]["full_name"] == "Nguyễn Thị Lan" and applied["salary"] == {"coefficient": "3.66"}
    assert PROFILE["identity"]["phone"] == "0912000111"  # the approved record itself untouched


def test_changes_are_field_by_field_and_nothing_changed_gives_none() -> None:
    declared = {"identity": {"marital_status": "CO_VO_CHONG", "phone": "0912000111"},
                "family_relations": PROFILE["family_relations"] + [
                    {"side": "self", "relation": "VO_CHONG", "full_name": "Trần Văn B", "birth_year": 1983}]}
    paths = {c.path: (c.old, c.new) for c in rules.changes(PROFILE, declared)}
    assert paths["identity.marital_status"] == ("DOC_THAN", "CO_VO_CHONG")
    assert paths["family_relations[1].full_name"] == (None, "Trần Văn B")
    assert "identity.phone" not in paths
    assert rules.changes(PROFILE, rules.declarable_part(PROFILE)) == []


def test_the_signature_takes_the_records_name_in_any_case_and_spacing_and_the_ticked_statement() -> None:
    assert rules.check_signature(typed_name="  nguyễn  thị LAN ", record_name="Nguyễn Thị Lan",
                                 statement_ticked=True) == []
    issues = rules.check_signature(typed_name="Nguyễn Thị Hoa", record_name="Nguyễn Thị Lan", statement_ticked=False)
    assert [i.code for i in issues] == ["declaration.signature_name_mismatch", "declaration.statement_required"]
    # decomposed Unicode (as some phone keyboards type) is the same name
    import unicodedata
    assert rules.check_signature(typed_name=unicodedata.normalize("NFD", "Nguyễn Thị Lan"),
                                 record_name="Nguyễn Thị Lan", statement_ticked=True) == []


def test_the_content_hash_fixes_what_was_signed() -> None:
    a = rules.content_hash(rules.apply_declaration(PROFILE, {"identity": {"phone": "0987"}}))
    b = rules.content_hash(rules.apply_declaration(PROFILE, {"identity": {"phone": "0988"}}))
    assert a != b and a == rules.content_hash(rules.apply_declaration(PROFILE, {"identity": {"phone": "0987"}}))
    # a change outside the form (a salary approved later) does not change what the person signed
    assert a == rules.content_hash({**rules.apply_declaration(PROFILE, {"identity": {"phone": "0987"}}),
                                    "salary": {"coefficient": "4.00"}})


def test_progress_and_who_is_reminded() -> None:
    p = rules.person_progress
    assert p(signed=False, draft_saved=False, no_change=False, request_status=None) == "not_declared"
    assert p(signed=False, draft_saved=True, no_change=False, request_status=None) == "draft"
    assert p(signed=True, draft_saved=True, no_change=True, request_status=None) == "no_change"
    assert p(signed=True, draft_saved=True, no_change=False, request_status="submitted") == "declared"
    assert p(signed=True, draft_saved=True, no_change=False, request_status="approved") == "approved"
    assert [s for s in ("not_declared", "draft", "declared", "no_change", "approved")
            if rules.needs_reminder(s)] == ["not_declared", "draft"]  # type: ignore[arg-type]
