"""Search at scale: names by word prefixes (sorted whole when few match, else from a walk of the name
index with an estimated total), long lists counted only up to a cap (then the planner's estimate, flagged),
identity numbers looked up exactly or by prefix range."""

from __future__ import annotations

from personnel.search import repository

from .conftest import new_profile, unique_cccd
from .test_personnel_records import OFFICER, create_approved


async def test_name_words_match_as_prefixes_with_an_exact_total(api, as_user, monkeypatch):
    ids = {}
    for name in ("Khổng Văn Cáp", "Khổng Văn Cập", "Khổng Thị Cấp", "Khổng Văn Cảnh", "Vân Khổng Cáp"):
        ids[name] = (await create_approved(api, as_user, new_profile(name)))["person_id"]

    async def found(q: str, **params: object) -> dict:
        return (await api.get("/persons", params={"q": q, **params}, headers=as_user(OFFICER))).json()

    # The same answers by LIKE among the unit's people (its default) and from the name index (a big unit).
    for among in (repository.LIKE_AMONG_UP_TO, 0):
        monkeypatch.setattr(repository, "LIKE_AMONG_UP_TO", among)
        page = await found("khong van cap")  # every typed word begins a word of the name, in any order
        assert {i["person_id"] for i in page["items"]} == {ids["Khổng Văn Cáp"], ids["Khổng Văn Cập"],
                                                           ids["Vân Khổng Cáp"]}
        assert page["total"] == 3 and "total_is_estimate" not in page
        assert len((await found("khong ca"))["items"]) == 5  # the word being typed is a prefix: Cáp, Cấp, Cảnh
        assert (await found("ong van"))["total"] == 0  # "ong" begins no word (Khổng): no substring matches
        assert (await found("khong v c"))["total"] == 4  # one-letter words too (checked without the index)
        assert (await found("cap khong van"))["total"] == 3  # word pairs (the index's fast path) in any order
        assert (await found("khong kh"))["total"] == 5  # two typed words may begin the same word of the name
        assert (await found("canh cap"))["total"] == 0  # ... but "canh" and "cap" cannot
        two = await found("khong van cap", size=2)
        assert two["total"] == 3 and len(two["items"]) == 2
        rest = await found("khong van cap", size=2, page=2)
        assert len(rest["items"]) == 1 and rest["total"] == 3
        past = await found("khong van cap", size=2, page=5)
        assert past["items"] == [] and past["total"] == 3  # a page past the end still says how many there are


async def test_many_matches_walk_the_name_index_and_the_total_is_an_estimate(api, as_user, monkeypatch):
    for given, born in (("Bình", "1980-02-02"), ("Bích", "1990-03-03"), ("Biên", "1985-04-04")):
        await create_approved(api, as_user, new_profile(f"Khuất Văn {given}", born=born))
    search = {"q": "khuat van bi", "size": 2}
    monkeypatch.setattr(repository, "LIKE_AMONG_UP_TO", 0)  # the unit as big as a province's share
    exact = (await api.get("/persons", params=search, headers=as_user(OFFICER))).json()
    assert exact["total"] == 3 and "total_is_estimate" not in exact
    assert [i["full_name"] for i in exact["items"]] == ["Khuất Văn Bích", "Khuất Văn Biên"]  # given name first

    # As if the province had too many of them to sort: the page comes from a walk of the name index.
    monkeypatch.setattr(repository, "SORT_MATCHES_UP_TO", 0)
    monkeypatch.setattr(repository, "WALK_SLACK", 10**9)  # the whole (small) index is within reach
    walked = (await api.get("/persons", params=search, headers=as_user(OFFICER))).json()
    assert walked["total_is_estimate"] is True and walked["total"] >= 2
    assert [i["person_id"] for i in walked["items"]] == [i["person_id"] for i in exact["items"]]
    backwards = (await api.get("/persons", params={**search, "sort": "-name"}, headers=as_user(OFFICER))).json()
    assert [i["full_name"] for i in backwards["items"]] == ["Khuất Văn Bình", "Khuất Văn Biên"]

    # A first reach too short for the page (the matches sit further on) is followed by a longer one.
    monkeypatch.setattr(repository, "WALK_SLACK", 0)
    reached = (await api.get("/persons", params=search, headers=as_user(OFFICER))).json()
    assert reached["total_is_estimate"] is True
    assert [i["person_id"] for i in reached["items"]] == [i["person_id"] for i in exact["items"]]
    monkeypatch.setattr(repository, "WALK_SLACK", 10**9)

    # In another order, the many are left to the planner: still the right page.
    by_birth = {**search, "sort": "-birth_date", "size": 5}
    monkeypatch.setattr(repository, "SORT_MATCHES_UP_TO", 10**9)
    sorted_by_birth = (await api.get("/persons", params=by_birth, headers=as_user(OFFICER))).json()
    monkeypatch.setattr(repository, "SORT_MATCHES_UP_TO", 0)
    planned = (await api.get("/persons", params=by_birth, headers=as_user(OFFICER))).json()
    assert [i["person_id"] for i in planned["items"]] == [i["person_id"] for i in sorted_by_birth["items"]]
    assert [i["full_name"] for i in planned["items"]] == ["Khuất Văn Bích", "Khuất Văn Biên", "Khuất Văn Bình"]
    assert planned["total"] == 3

    # A walk that does not reach enough of them (they sit together further on) gives way to sorting all.
    monkeypatch.setattr(repository, "WALK_SLACK", 0)
    monkeypatch.setattr(repository, "WALK_AT_MOST", 1)
    sorted_all = (await api.get("/persons", params=search, headers=as_user(OFFICER))).json()
    assert sorted_all == exact


async def test_total_of_a_long_list_past_the_cap_is_an_estimate_and_flagged(api, as_user, monkeypatch):
    for _ in range(3):
        await create_approved(api, as_user, new_profile("Hứa Văn Lộc", born="1966-06-06", gender="1"))
    search = {"birth_year_from": 1966, "birth_year_to": 1966, "gender": "1", "size": 2}
    exact = (await api.get("/persons", params=search, headers=as_user(OFFICER))).json()
    assert exact["total"] == 3 and "total_is_estimate" not in exact and len(exact["items"]) == 2

    monkeypatch.setattr(repository, "COUNT_CAP", 2)
    capped = (await api.get("/persons", params=search, headers=as_user(OFFICER))).json()
    assert capped["total_is_estimate"] is True
    assert capped["total"] >= 3  # never below cap + 1, whatever the planner guesses
    assert [i["person_id"] for i in capped["items"]] == [i["person_id"] for i in exact["items"]]
    page_two = (await api.get("/persons", params={**search, "page": 2}, headers=as_user(OFFICER))).json()
    assert len(page_two["items"]) == 1

    monkeypatch.setattr(repository, "COUNT_CAP", 3)
    at_cap = (await api.get("/persons", params=search, headers=as_user(OFFICER))).json()
    assert at_cap["total"] == 3 and "total_is_estimate" not in at_cap

    # Whatever the planner expects, a last page gives the exact total without counting.
    monkeypatch.setattr(repository, "ESTIMATE_TRUSTED_FROM", 0)
    whole = (await api.get("/persons", params={**search, "size": 5}, headers=as_user(OFFICER))).json()
    assert whole["total"] == 3 and "total_is_estimate" not in whole
    trusted = (await api.get("/persons", params=search, headers=as_user(OFFICER))).json()
    assert trusted["total_is_estimate"] is True and trusted["total"] >= 1


async def test_identity_number_whole_or_prefix(api, as_user):
    number = unique_cccd(1977, female=False)
    person_id = (await create_approved(api, as_user, new_profile("Lục Văn Số", cccd=number, born="1977-03-03")))[
        "person_id"
    ]
    for q in (number, f"{number[:4]} {number[4:]}", number[:10], number[:9]):
        page = (await api.get("/persons", params={"q": q}, headers=as_user(OFFICER))).json()
        assert person_id in [i["person_id"] for i in page["items"]], q
    for q in (number[:11] + str((int(number[11]) + 1) % 10), number + "0"):
        page = (await api.get("/persons", params={"q": q}, headers=as_user(OFFICER))).json()
        assert person_id not in [i["person_id"] for i in page["items"]], q


async def test_matches_bunched_under_a_given_name_are_read_from_its_stretch(api, as_user, monkeypatch):
    # Two typed words; a match's given name begins with one of them (Lành, Khúc), or neither (Khúc Lành Anh).
    for name in ("Khúc Văn Lành", "Khúc Thị Lành", "Khúc Lành Anh", "Lành Văn Khúc", "Khúc Văn Lâm", "Khúc Văn Ái"):
        await create_approved(api, as_user, new_profile(name))
    monkeypatch.setattr(repository, "LIKE_AMONG_UP_TO", 0)

    async def pages(**params: object) -> list[list[str]]:
        return [[i["person_id"] for i in (await api.get("/persons", params={
            "q": "khuc lanh", "size": 2, "page": n, **params}, headers=as_user(OFFICER))).json()["items"]]
            for n in (1, 2, 3)]

    exact = await pages()  # few: sorted whole
    monkeypatch.setattr(repository, "SORT_MATCHES_UP_TO", 0)  # as if many matched
    monkeypatch.setattr(repository, "WALK_SLACK", 0)  # the walk from the top falls short (Khúc Văn Ái first)
    monkeypatch.setattr(repository, "SECOND_REACH_FROM", 10**9)
    first = (await api.get("/persons", params={"q": "khuc lanh", "size": 2}, headers=as_user(OFFICER))).json()
    assert first["total_is_estimate"] is True  # not sorted whole: read from the stretches
    assert await pages() == exact
    last = (await api.get("/persons", params={"q": "khuc lanh", "size": 3, "page": 2},
                          headers=as_user(OFFICER))).json()
    assert len(last["items"]) == 1 and last["total"] == 4  # a short page is the last: its total is exact
    assert "total_is_estimate" not in last
    monkeypatch.setattr(repository, "SORT_MATCHES_UP_TO", 10**9)
    backwards = await pages(sort="-name")
    monkeypatch.setattr(repository, "SORT_MATCHES_UP_TO", 0)
    assert await pages(sort="-name") == backwards
