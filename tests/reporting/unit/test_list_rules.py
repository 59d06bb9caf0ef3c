"""An ad-hoc list's definition is checked before any query: only the read model's columns, known filters with
their own values, a sane age range; the dashboard's age bands and mixes."""

from __future__ import annotations

from reporting.dashboard import rules as dash
from reporting.lists.rules import COLUMNS, check


def codes(columns: list[str], filters: dict) -> list[str]:
    return [p.code for p in check(columns, filters)]


def test_a_definition_over_known_columns_and_filters_passes():
    assert codes(["full_name", "age", "rank_name"], {"sex": ["female"], "party_member": [True], "age_min": 30,
                                                      "age_max": 40, "name_contains": "Lan",
                                                      "rank_code": ["01.003"]}) == []


def test_unknown_or_repeated_columns_and_no_column_are_refused():
    assert codes(["full_name", "salary_secret"], {}) == ["list.unknown_column"]
    assert codes(["full_name", "full_name"], {}) == ["list.repeated_column"]
    assert codes([], {}) == ["list.no_columns"]
    assert codes(["f.full_name) FROM person_fact --"], {}) == ["list.unknown_column"]


def test_a_filter_takes_only_its_own_values():
    assert codes(["full_name"], {"shoe_size": [42]}) == ["list.unknown_filter"]
    assert codes(["full_name"], {"sex": ["other"]}) == ["list.bad_filter_value"]
    assert codes(["full_name"], {"sex": []}) == ["list.bad_filter_value"]
    assert codes(["full_name"], {"sex": "female"}) == ["list.bad_filter_value"]
    assert codes(["full_name"], {"party_member": ["yes"]}) == ["list.bad_filter_value"]
    assert codes(["full_name"], {"party_member": [1]}) == ["list.bad_filter_value"]  # 1 is not True here
    assert codes(["full_name"], {"name_contains": " "}) == ["list.bad_filter_value"]
    assert codes(["full_name"], {"rank_code": [1]}) == ["list.bad_filter_value"]


def test_ages_are_whole_years_in_order():
    assert codes(["full_name"], {"age_min": "30"}) == ["list.bad_age"]
    assert codes(["full_name"], {"age_min": True}) == ["list.bad_age"]
    assert codes(["full_name"], {"age_max": 200}) == ["list.bad_age"]
    assert codes(["full_name"], {"age_min": 50, "age_max": 30}) == ["list.age_range"]


def test_every_column_has_both_languages():
    assert all(c.vi and c.en for c in COLUMNS.values())


def test_the_pyramid_puts_each_age_in_one_band_and_leaves_out_the_unknown():
    assert [dash.age_band(a) for a in (18, 25, 26, 30, 31, 60, 61)] == ["<=25", "<=25", "26-30", "26-30", "31-35",
                                                                        "56-60", ">60"]
    bands = dash.pyramid([(25, "1", 2), (26, "2", 3), (None, "1", 5), (40, None, 7), (62, "2", 1)])
    assert bands[0] == {"band": "<=25", "male": 2, "female": 0}
    assert bands[1] == {"band": "26-30", "male": 0, "female": 3}
    assert bands[-1] == {"band": ">60", "male": 0, "female": 1}
    assert sum(b["male"] + b["female"] for b in bands) == 6


def test_a_mix_keeps_every_value_in_order_and_counts_the_rest_as_unknown():
    out = dash.ordered({"dh": 5, None: 2, "ts": 1}, ("ts", "ths", "dh"))
    assert out == [{"key": "ts", "count": 1}, {"key": "ths", "count": 0}, {"key": "dh", "count": 5},
                   {"key": "unknown", "count": 2}]
