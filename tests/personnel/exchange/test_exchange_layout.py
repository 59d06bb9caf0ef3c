"""The exchange layout of the national database (the rules alone; the demo generator reads its catalogs from
the stack): every field of the profile has one code, and a
dossier read back is the profile it was written from, catalog codes mapped to the national ones and back."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from personnel.exchange import layout, rules
from personnel.profiles.schema import Profile

ROOT = Path(__file__).resolve().parents[3]


def test_every_field_of_the_profile_has_exactly_one_code_and_the_document_is_current():
    paths = [p for p, *_ in layout.schema_fields()]
    coded = [f.path for f in layout.fields()]
    assert sorted(coded) == sorted(paths), "run python -m personnel.exchange.layout --write"
    codes = [f.code for f in layout.fields()]
    assert len(set(codes)) == len(codes)
    assert layout.DOC_FILE.read_text(encoding="utf-8") == layout.document(list(layout.fields()))
    assert layout.by_path()["identity.ethnicity"].code == "TT06.6.1"  # item 6 of the TT 06/2023 résumé


def demo_profiles(n: int = 40) -> list[dict]:
    sys.path.insert(0, str(ROOT / "bench"))
    import personnel_generate as pg

    from personnel.demo import province as gen

    province = gen.Province(pg.catalogs(), today=date(2026, 12, 1), seed=7)
    units = gen.plan([gen.Unit("STP", "Sở Tư pháp", "department")], n)
    return [province.generate(i, u)[1] for i, u in enumerate(units)]


NATIONAL = {("ethnic_groups", "01"): "KINH-QG", ("gender", "2"): "NU-QG"}


def national(catalog: str, code: str) -> str:
    return NATIONAL.get((catalog, code), code)


def ours(catalog: str, code: str) -> str:
    return {v: k[1] for k, v in NATIONAL.items() if k[0] == catalog}.get(code, code)


def test_a_dossier_read_back_is_the_profile_it_was_written_from():
    for profile in demo_profiles():
        normal = Profile.model_validate(profile).model_dump(mode="json")
        dossier = rules.to_dossier(normal, unit_id="STP", national=national)
        assert dossier["ma_ho_so"] == normal["identity"]["personal_id_number"]
        back, problems = rules.from_dossier(dossier, ours=ours)
        assert problems == []
        assert Profile.model_validate(back).model_dump(mode="json") == normal


def test_catalog_codes_travel_as_the_national_codes():
    profile = Profile.model_validate(demo_profiles(1)[0]).model_dump(mode="json")
    profile["identity"]["ethnicity"] = "01"
    dossier = rules.to_dossier(profile, unit_id="STP", national=national)
    assert dossier["truong"]["TT06.6.1"] == "KINH-QG"
    back, _ = rules.from_dossier(dossier, ours=ours)
    assert back["identity"]["ethnicity"] == "01"


def test_an_unknown_code_is_named_and_nothing_else_is_lost():
    profile = Profile.model_validate(demo_profiles(1)[0]).model_dump(mode="json")
    dossier = rules.to_dossier(profile, unit_id="STP", national=national)
    dossier["truong"]["TT99.1.1"] = "x"
    back, problems = rules.from_dossier(dossier, ours=ours)
    assert [(p.where, p.code) for p in problems] == [("TT99.1.1", "exchange.unknown_field")]
    assert back["identity"]["full_name"] == profile["identity"]["full_name"]
