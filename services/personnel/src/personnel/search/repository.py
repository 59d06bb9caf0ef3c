"""The search query: approved records only, scope and filters in SQL, indexes chosen for 2 million rows.

- name: every typed word is the beginning of a word of the name, in any order ("nguyen van an" finds
  Nguyễn Văn An and Nguyễn Văn Anh, as the officer types). What the name index holds and what a query
  asks of it is the grammar of personnel.search.terms: the GIN index of person_name_terms(name_folded)
  holds each word's prefixes ("tra~"), the beginnings of every two words ("hoa|tra") and the words before
  the given name ("lan-"). A name is asked for in one of three forms (name_clauses): "terms", one word term
  per typed word of two letters or more, one-letter words by LIKE (the form the planner estimates well:
  the estimates below ask it); "pairs", the typed words' pair terms, whose posting lists are short even when
  every word is common, with each word checked by LIKE (where all matches are read: sorted whole, counted,
  exported); "like", LIKE on the folded name alone (terms.like_pattern), for a walk of an index that
  includes the folded name or a few units' entries. The terms function is never a row filter: it costs
  about 60 us a call, declared COST 5000;
- which plan, for a name: when the people in scope are at most LIKE_AMONG_UP_TO (a unit's; the planner's
  estimate, unless the search is province-wide with no other filter), "like" on each one's index entry,
  all matches sorted, the total exact. Else by how many match (the planner's estimate, from the
  statistics on the terms): at most SORT_MATCHES_UP_TO, all of them from the GIN index ("pairs"), sorted,
  with the exact total in the same query (their order must not come from walking the name index: the
  matches of a given name all sit together in the given-name-first order, and a walk reaches them only
  after scanning most of the province). More, in name order (either way): a walk of the (name_sort, id)
  index, which INCLUDEs name_folded, bounded by how far the page should lie and stopping once it is full,
  the total being the estimate, flagged (walk); when that falls short, the stretch of each typed word as
  a given name plus the few matches whose typed words all come before the given name ("-" terms), the page
  being the first of both (by_given_name); when that cannot answer and more than SECOND_REACH_FROM match,
  a second walk of up to about WALK_AT_MOST entries. A full page from any of these has the estimated
  total; a short one from the given-name stretches is the last page, its total exact; if none gives a
  page, all matches are sorted after all. More, in another order (birth date, last updated): the
  planner's own plan, checking the words by "like";
- identity number (9 digits or more, spaces allowed): equality for a 12-digit CCCD, else a prefix range
  (an old 9-digit CMND is a prefix too) on its btree; never LIKE, which the C.UTF-8 collation cannot serve
  from a btree (a sequential scan);
- unit subtree (the caller's scope, the unit asked for): its unit ids read from the unit_node replica
  first, then unit_id = ANY(those ids), served by the partial (unit_id, name_sort, id) and
  (unit_id, birth_date, id) indexes;
- sorting by name uses name_sort (given name first, the Vietnamese convention), always with id last.

Every page's ids are read first, then the wide rows (profile JSONB) of those ids only. Working people in
approved records (version > 0 AND is_active, the default) have partial covering indexes (migration "search
indexes for 2 million people"), so the page of ids and the capped count are index-only scans; a list in
name order that includes people who left walks the index of every approved record (migration "name index
for people who left too"). Without a name, or for many matches in another order: a page shorter than asked
is the last one, and its total needs no count; otherwise the total is counted exactly up to COUNT_CAP;
past it, or without counting when the planner expects more than ESTIMATE_TRUSTED_FROM times the cap, the
planner's estimate is returned and flagged. The database runs with plan_cache_mode = force_custom_plan
(set by the migration "name search by word prefixes"): asyncpg prepares every statement, and a generic
plan, made without the values, cannot tell a rare name from "nguyen".

The statements are SQL text with positional parameters, run through the driver as they are (`Sql`):
building and compiling them as SQLAlchemy expressions cost 3 to 6 ms of CPU per search, more than the
database's own work for most searches, and the service answers many searches at once on two cores."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from common.auth import Principal
from personnel.search.terms import before_given_terms, like_pattern, like_subject, pair_terms, query_words, word_terms

# Counting stops here: past it the exact number costs a scan of every match (up to 2 million rows) and
# nobody pages that far; the planner's estimate stands in (total_is_estimate).
COUNT_CAP = 1000
ESTIMATE_TRUSTED_FROM = 5  # times the cap: above it the planner's estimate is taken without counting
CCCD_LENGTH = 12  # a whole citizen identity number is an equality lookup; anything shorter a prefix
ID_NUMBER_FROM = 9  # digits: an old identity card (CMND) number has 9, a CCCD 12; fewer digits are no number
# Name searches expected to match at most this many people are sorted whole (see the module docstring):
# each match costs about 10 us (its row read, sorted, counted); past that, a walk of the name index.
SORT_MATCHES_UP_TO = 3_000
WALKS = {"name": False, "-name": True}  # the orders a walk of the name index gives: descending?
WALK_SLACK = 4
WALK_AT_MOST = 60_000  # index entries: about 40 ms of LIKE checks, when they all have to be read
# Sorting fewer matches than this (about 80 ms) costs less than a second reach that falls short too.
SECOND_REACH_FROM = 20_000
# by_given_name: at most this many matches (expected) whose typed words all come before the given name.
FEW_BEFORE_GIVEN = 3_000
# Among at most this many people (a unit's, a district's), a name is checked by LIKE on each one's index
# entry (about 0.5 us) rather than looked up in the name index, whose lists are the whole province's.
LIKE_AMONG_UP_TO = 30_000

# Each order as (column, descending); `id` last makes it total, so pages neither repeat nor skip anyone.
SORTS: dict[str, tuple[tuple[str, bool], ...]] = {
    "name": (("name_sort", False), ("id", False)),
    "-name": (("name_sort", True), ("id", False)),
    "birth_date": (("birth_date", False), ("id", False)),
    "-birth_date": (("birth_date", True), ("id", False)),
    "updated": (("updated_at", True), ("id", False)),
}
# The same keys in a form no index provides: the planner then sorts the matches instead of walking an
# index in that order and checking every entry ("C" and the database's C.UTF-8 order alike here: folded
# names and dates).
UNINDEXED = {"name_sort": '{} COLLATE "C"', "birth_date": "({} + 0)", "updated_at": "({} + interval '0')"}
SUMMARY_COLUMNS = ("person.id, person.full_name, person.birth_date, person.gender, person.unit_id, "
                   "unit_node.name AS unit_name, person.position, person.status")


@dataclass
class Filters:
    q: str | None = None
    unit_id: str | None = None
    status: list[str] | None = None
    include_left: bool = False
    gender: str | None = None
    birth_year_from: int | None = None
    birth_year_to: int | None = None
    rank_code: str | None = None
    qualification: str | None = None
    political_theory_level: str | None = None
    party_member: bool | None = None
    ethnicity: str | None = None
    staff_category: str | None = None


@dataclass
class Sql:
    """One statement's positional parameters ($1, $2, ...), collected while its text is written."""

    params: list[Any] = field(default_factory=list)

    def bind(self, value: Any, cast: str) -> str:
        self.params.append(value)
        return f"${len(self.params)}::{cast}"

    async def rows(self, session: AsyncSession, text: str) -> list[Any]:
        connection = await session.connection()
        return list((await connection.exec_driver_sql(text, tuple(self.params))).all())

    async def scalar(self, session: AsyncSession, text: str) -> Any:
        connection = await session.connection()
        return (await connection.exec_driver_sql(text, tuple(self.params))).scalar()


def order_by(sort: str, table: str = "person", *, indexed: bool = True) -> str:
    keys = []
    for column, descending in SORTS.get(sort, SORTS["name"]):
        key = f"{table}.{column}"
        if not indexed and column in UNINDEXED:
            key = UNINDEXED[column].format(key)
        keys.append(f"{key} DESC" if descending else key)
    return ", ".join(keys)


async def resolve_subtrees(session: AsyncSession, principal: Principal, f: Filters) -> dict[str, list[str]]:
    """The unit ids under the caller's unit and under the unit asked for, read from the unit_node replica.

    Given to the query as a list instead of `unit_id IN (SELECT ...)`, the planner sees how many people
    that is (one commune: 0.7 %) and walks the (unit_id, name_sort) index instead of the whole province's."""
    units = {f.unit_id} if f.unit_id else set()
    if not principal.is_province_wide:
        units.add(principal.unit_id)
    subtrees = {}
    for unit in units:
        sql = Sql()
        rows = await sql.rows(session, f"SELECT unit_id FROM unit_node WHERE path @> {sql.bind([unit], 'varchar[]')}")
        subtrees[unit] = [r.unit_id for r in rows]
    return subtrees


def conditions(sql: Sql, principal: Principal, f: Filters, subtrees: dict[str, list[str]], *,
               name: str = "terms") -> list[str]:
    """The WHERE conditions on `person` (qualified, so that joins may add tables), parameters bound in sql.

    name: how the typed name is asked for (see name_clauses), or "none" for the people it is looked for among."""
    # Literal, not bound: the planner proves the partial indexes' "version > 0 AND is_active" from these forms.
    where = ["person.version > 0"]
    if not principal.is_province_wide:
        where.append(f"person.unit_id = ANY({sql.bind(subtrees[principal.unit_id], 'varchar[]')})")
    if is_name_query(f):
        if name != "none":
            where.extend(name_clauses(sql, f.q or "", name))
    elif f.q and f.q.strip():
        where.append(id_number_clause(sql, f.q.replace(" ", "")))
    if f.unit_id:
        where.append(f"person.unit_id = ANY({sql.bind(subtrees[f.unit_id], 'varchar[]')})")
    if f.status:
        where.append(f"person.status = ANY({sql.bind(f.status, 'varchar[]')})")
    if not f.include_left:
        where.append("person.is_active = true")
    for column, value in (("gender", f.gender), ("rank_code", f.rank_code), ("qualification", f.qualification),
                          ("political_theory_level", f.political_theory_level), ("ethnicity", f.ethnicity),
                          ("staff_category", f.staff_category)):
        if value is not None:
            where.append(f"person.{column} = {sql.bind(value, 'varchar')}")
    if f.party_member is not None:
        where.append(f"person.party_member = {sql.bind(f.party_member, 'boolean')}")
    if f.birth_year_from is not None:
        where.append(f"person.birth_date >= {sql.bind(date(f.birth_year_from, 1, 1), 'date')}")
    if f.birth_year_to is not None:
        where.append(f"person.birth_date < {sql.bind(date(f.birth_year_to + 1, 1, 1), 'date')}")
    return where


def name_clauses(sql: Sql, raw: str, form: str = "terms") -> list[str]:
    """Every typed word begins a word of the name, in one of three forms:

    - "terms": the GIN index's word terms (one-letter words by LIKE), the form the planner estimates well;
    - "pairs": the index's pairs of typed words, whose posting lists are short even when every word is
      common, and the words checked by LIKE on the rows it finds (the planner cannot estimate this form:
      it is used where all matches are read anyway);
    - "like": LIKE alone, for a walk of an index that includes the folded name, or the entries of a few
      units. Never the terms function as a filter: it costs about 60 us a row (see the migration)."""
    words = query_words(raw)
    if form == "like":
        return [word_like(sql, "person.name_folded", w) for w in words]
    if form == "pairs" and (wanted := pair_terms(words)):
        return [f"person_name_terms(person.name_folded) @> {sql.bind(wanted, 'text[]')}",
                *(word_like(sql, "person.name_folded", w) for w in words)]
    clauses = []
    if terms := word_terms(words):
        clauses.append(f"person_name_terms(person.name_folded) @> {sql.bind(terms, 'text[]')}")
    clauses.extend(word_like(sql, "person.name_folded", w) for w in words if len(w) < 2)
    return clauses


def word_like(sql: Sql, folded: str, word: str) -> str:
    """folded has a word beginning with word: the same test as the terms, without the function, for a walk
    of an index that includes the folded name."""
    return f"{like_subject(folded)} LIKE {sql.bind(like_pattern(word), 'text')}"


def id_number_clause(sql: Sql, digits: str) -> str:
    if len(digits) == CCCD_LENGTH:
        return f"person.personal_id_number = {sql.bind(digits, 'varchar')}"
    # Prefix as a range: ':' is the character after '9', so [digits, digits + ':') holds exactly the
    # numbers starting with digits, and the btree serves it whatever the collation.
    return (f"person.personal_id_number >= {sql.bind(digits, 'varchar')} "
            f"AND person.personal_id_number < {sql.bind(digits + ':', 'varchar')}")


def where_sql(where: list[str]) -> str:
    return " AND ".join(where) or "true"


async def count(session: AsyncSession, principal: Principal, f: Filters, subtrees: dict[str, list[str]], *,
                cap: int | None = None, expected: int | None = None, name: str = "pairs") -> tuple[int, bool]:
    """(total, is_estimate): exact up to cap, else the planner's row estimate (never below cap + 1).

    When the planner already expects many times the cap, its estimate is taken without counting: a
    capped count of a common filter still costs 50-200 ms of index and heap."""
    cap = COUNT_CAP if cap is None else cap
    if expected is None:
        expected = await estimate(session, principal, f, subtrees)
    if expected > ESTIMATE_TRUSTED_FROM * cap:
        return expected, True
    sql = Sql()
    matches = f"SELECT 1 FROM person WHERE {where_sql(conditions(sql, principal, f, subtrees, name=name))}"
    exact = int(await sql.scalar(session, f"SELECT count(*) FROM ({matches} LIMIT {int(cap) + 1}) AS first") or 0)
    if exact <= cap:
        return exact, False
    return max(cap + 1, expected), True


async def estimate(session: AsyncSession, principal: Principal, f: Filters, subtrees: dict[str, list[str]], *,
                   name: str = "terms") -> int:
    """The planner's row estimate of the matches: EXPLAIN plans the query (about a millisecond) without
    running it."""
    sql = Sql()
    return await planned_rows(session, sql, where_sql(conditions(sql, principal, f, subtrees, name=name)))


async def planned_rows(session: AsyncSession, sql: Sql, where: str) -> int:
    plan = await sql.scalar(session, f"EXPLAIN (FORMAT JSON) SELECT 1 FROM person WHERE {where}")
    plan = json.loads(plan) if isinstance(plan, str) else plan
    return int(plan[0]["Plan"]["Plan Rows"])


async def search(session: AsyncSession, principal: Principal, f: Filters, *, sort: str, page: int,
                 size: int) -> tuple[list[Any], int, bool]:
    subtrees = await resolve_subtrees(session, principal, f)
    sort = sort if sort in SORTS else "name"
    offset = (page - 1) * size
    expected: int | None = None
    name = "terms"
    if is_name_query(f):
        people = None if whole_index(principal, f) else await estimate(session, principal, f, subtrees, name="none")
        if people is not None and people <= LIKE_AMONG_UP_TO:
            # A unit's people: their folded names checked by LIKE on the unit's index entries, all sorted.
            return await sorted_matches(session, principal, f, subtrees, sort, offset=offset, size=size, name="like")
        expected = await estimate(session, principal, f, subtrees)
        if expected <= SORT_MATCHES_UP_TO:
            return await sorted_matches(session, principal, f, subtrees, sort, offset=offset, size=size)
        if sort in WALKS:
            walked = await walk(session, principal, f, subtrees, sort, expected=expected, offset=offset, size=size)
            if walked is None:
                walked = await by_given_name(session, principal, f, subtrees, sort, offset=offset, size=size)
            if walked is None and expected > SECOND_REACH_FROM:
                walked = await walk(session, principal, f, subtrees, sort, expected=expected, offset=offset,
                                    size=size, second=True)
            if walked is not None and len(walked) == size:
                return walked, max(expected, offset + size), True
            if walked:  # short: by_given_name read every part to its end, so this is the last page
                return walked, offset + len(walked), False
            return await sorted_matches(session, principal, f, subtrees, sort, offset=offset, size=size)
        # Many matches in another order (birth date): the planner walks that order's index, checking the
        # words by LIKE on each entry (a common name fills a page within a few hundred of them).
        name = "like"
    # The page's ids first (index-only on the covering indexes), then the wide rows of those ids only.
    sql = Sql()
    ids = (f"SELECT person.id FROM person WHERE {where_sql(conditions(sql, principal, f, subtrees, name=name))} "
           f"ORDER BY {order_by(sort)} OFFSET {int(offset)} LIMIT {int(size)}")
    rows = await page_rows(session, sql, ids, sort)
    if 0 < len(rows) < size or (page == 1 and not rows):
        return rows, offset + len(rows), False  # the last page: the total needs no count
    total, is_estimate = await count(session, principal, f, subtrees, expected=expected)
    if rows:  # an estimate never claims fewer people than this page already shows
        total = max(total, offset + len(rows))
    return rows, total, is_estimate


async def walk(session: AsyncSession, principal: Principal, f: Filters, subtrees: dict[str, list[str]], sort: str,
               *, expected: int, offset: int, size: int, second: bool = False) -> list[Any] | None:
    """The page from the first entries of the name index, or None when they do not hold it.

    With `expected` matches spread evenly over the people in scope, the page lies within the first
    need * people / expected entries; WALK_SLACK times that are read, each checked by LIKE on the included
    folded name, and the reading stops as soon as the page is full. Matches are seldom that even: within
    each given name the order is by family name, so a family name's matches sit together in every given
    name's stretch ("nguyen": the first one 13,000 entries in), and a given name's matches all in one
    ("thi huong", see by_given_name). When the first reach falls short, the caller may ask for a `second`
    one, which goes on until about WALK_AT_MOST entries of the index have been read: as many of the people
    in scope as lie among them (under a unit or another filter, the index's entries of everyone else are
    read past too)."""
    need = offset + size
    people = await estimate(session, principal, f, subtrees, name="none")
    first = min(WALK_AT_MOST, max(need, need * WALK_SLACK * max(people, 1) // max(expected, 1)))
    entries = first
    if second:
        entries = WALK_AT_MOST
        if not whole_index(principal, f):
            everyone = await planned_rows(session, Sql(), "person.version > 0" if f.include_left
                                          else "person.version > 0 AND person.is_active = true")
            entries = max(first, WALK_AT_MOST * people // max(everyone, people, 1))
    return await walk_within(session, principal, f, subtrees, sort, entries, offset=offset, size=size)


async def walk_within(session: AsyncSession, principal: Principal, f: Filters, subtrees: dict[str, list[str]],
                      sort: str, entries: int, *, offset: int, size: int) -> list[Any] | None:
    """The page from the first `entries` entries of the name index in scope, or None if they hold less."""
    sql = Sql()
    base = where_sql(conditions(sql, principal, f, subtrees, name="none"))
    likes = " AND ".join(word_like(sql, "first.name_folded", w) for w in query_words(f.q or ""))
    descending = " DESC" if WALKS[sort] else ""
    matching = (f"SELECT first.id FROM (SELECT person.id, person.name_sort, person.name_folded FROM person "
                f"WHERE {base} ORDER BY {order_by(sort)} LIMIT {int(entries)}) AS first "
                f"WHERE {likes or 'true'} ORDER BY first.name_sort{descending}, first.id "
                f"OFFSET {int(offset)} LIMIT {int(size)}")
    rows = await page_rows(session, sql, matching, sort)
    return rows if len(rows) == size else None


async def by_given_name(session: AsyncSession, principal: Principal, f: Filters, subtrees: dict[str, list[str]],
                        sort: str, *, offset: int, size: int) -> list[Any] | None:
    """The page in name order when the matches bunch under a given name ("thi lan": Lan), or None.

    A match's given name begins with one of the typed words, and then the match lies in that word's stretch
    of the given-name-first order, read there from the name index (a walk of at most WALK_AT_MOST entries,
    stopping once the page is full); or it does not, and then every typed word begins a word before the
    given name, which the index's "-" terms find (few: Nguyễn Thị Lan Anh). The page is the first of both.
    None when a typed word is a single letter, when those others are many, or when a stretch is too long."""
    words = query_words(f.q or "")
    need = offset + size
    if not words or any(len(w) < 2 for w in words):
        return None
    sql = Sql()
    others = [*conditions(sql, principal, f, subtrees, name="none"),
              f"person_name_terms(person.name_folded) @> {sql.bind(before_given_terms(words), 'text[]')}"]
    # Estimated on the terms alone: the planner cannot tell that the LIKEs below hold for nearly all of them.
    if await planned_rows(session, sql, where_sql(others)) > FEW_BEFORE_GIVEN:
        return None
    others.extend(word_like(sql, "person.name_folded", w) for w in words)
    candidates = list(await sql.rows(session, (
        f"SELECT person.id FROM person WHERE {where_sql(others)} "
        f"ORDER BY {order_by(sort, indexed=False)} LIMIT {int(need)}")))
    descending = " DESC" if WALKS[sort] else ""

    def stretch(sql: Sql, word: str) -> str:
        """The name index's entries in scope whose given name begins with word, in order, as far as a walk
        may read ("~" sorts after every letter, and the given name comes first in name_sort)."""
        base = where_sql(conditions(sql, principal, f, subtrees, name="none"))
        return (f"SELECT person.id, person.name_sort, person.name_folded FROM person WHERE {base} "
                f"AND person.name_sort >= {sql.bind(word, 'varchar')} "
                f"AND person.name_sort < {sql.bind(word + '~', 'varchar')} "
                f"ORDER BY {order_by(sort)} LIMIT {WALK_AT_MOST}")

    for word in dict.fromkeys(words):
        sql = Sql()
        entries = stretch(sql, word)
        likes = " AND ".join(word_like(sql, "first.name_folded", w) for w in words)
        found = await sql.rows(session, (
            f"SELECT first.id FROM ({entries}) AS first WHERE {likes} "
            f"ORDER BY first.name_sort{descending}, first.id LIMIT {int(need)}"))
        if len(found) < need:  # the whole stretch was read, unless it is longer than a walk may read
            sql = Sql()
            if await sql.scalar(session, f"SELECT count(*) >= {WALK_AT_MOST} FROM ({stretch(sql, word)}) AS s"):
                return None
        candidates.extend(found)
    sql = Sql()
    ids = sql.bind(list(dict.fromkeys(c.id for c in candidates)), "uuid[]")
    page = (f"SELECT person.id FROM person WHERE person.id = ANY({ids}) ORDER BY {order_by(sort)} "
            f"OFFSET {int(offset)} LIMIT {int(size)}")
    return await page_rows(session, sql, page, sort)


def whole_index(principal: Principal, f: Filters) -> bool:
    """Everyone in the name index is in scope: a province-wide search of a name and nothing else."""
    others = (f.unit_id, f.status, f.gender, f.birth_year_from, f.birth_year_to, f.rank_code, f.qualification,
              f.political_theory_level, f.party_member, f.ethnicity, f.staff_category)
    return principal.is_province_wide and all(v is None or v == [] for v in others)


def is_name_query(f: Filters) -> bool:
    """q is a name unless it is the digits of an identity number (spaces allowed)."""
    if not f.q or not f.q.strip():
        return False
    digits = f.q.replace(" ", "")
    return not (digits.isdigit() and len(digits) >= ID_NUMBER_FROM)


async def sorted_matches(session: AsyncSession, principal: Principal, f: Filters, subtrees: dict[str, list[str]],
                         sort: str, *, offset: int, size: int, name: str = "pairs") -> tuple[list[Any], int, bool]:
    """A page of few enough matches: all of them (from the name index, or by LIKE among a unit's people),
    sorted, counted in one pass."""
    sql = Sql()
    ids = (f"SELECT person.id, count(*) OVER () AS total FROM person "
           f"WHERE {where_sql(conditions(sql, principal, f, subtrees, name=name))} "
           f"ORDER BY {order_by(sort, indexed=False)} OFFSET {int(offset)} LIMIT {int(size)}")
    rows = await page_rows(session, sql, ids, sort, extra="ids.total")
    if rows:
        return rows, int(rows[0].total), False
    if offset == 0:
        return rows, 0, False
    total, is_estimate = await count(session, principal, f, subtrees, name=name)  # a page past the end
    return rows, total, is_estimate


async def page_rows(session: AsyncSession, sql: Sql, ids: str, sort: str, extra: str = "") -> list[Any]:
    """The list's columns for the ids the subquery `ids` selects (its parameters are in sql), in order."""
    return await sql.rows(session, (
        f"SELECT {SUMMARY_COLUMNS}{', ' + extra if extra else ''} FROM ({ids}) AS ids "
        f"JOIN person ON person.id = ids.id LEFT JOIN unit_node ON unit_node.unit_id = person.unit_id "
        f"ORDER BY {order_by(sort)}"))


__all__ = ["COUNT_CAP", "Filters", "Sql", "conditions", "count", "order_by", "resolve_subtrees", "search"]
