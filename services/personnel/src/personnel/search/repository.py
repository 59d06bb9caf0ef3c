"""The search query: approved records only, scope and filters in SQL, indexes chosen for 2 million rows.

- name: every typed word is the beginning of a word of the name ("nguyen van an" finds Nguyễn Văn An and
  Nguyễn Văn Anh, as the officer types). The GIN index of person_name_terms(name_folded) (each word and its
  prefixes, see the migration "name search by word prefixes") finds the candidates, one posting list per
  typed word of two letters or more; the same condition is written as LIKE on the padded folded name so
  that a walk of the name index can check it without calling the function;
- which plan, by how many people match (the planner's estimate, from the statistics on the terms):
  a few thousand or fewer: all of them from the GIN index, sorted, with the exact total in the same query
  (their order must not come from walking the name index: the matches of a given name all sit together in
  the given-name-first order, and a walk reaches them only after scanning most of the province);
  more, in name order: a bounded walk of the (name_sort, id) index that INCLUDEs name_folded (a family name
  spreads evenly over it), the total being the estimate, flagged; when the walk falls short (the matches
  bunch together), all of them are sorted after all; more, in another order: the planner's own plan;
- identity number: equality (12-digit CCCD) or a prefix range (an old 9-digit CMND is both) on its
  btree; never LIKE, which the C.UTF-8 collation cannot serve from a btree (a sequential scan);
- unit subtree (the caller's scope, the unit asked for): its unit ids read from the unit_node replica
  first, then unit_id IN (those ids), served by the partial (unit_id, name_sort, id) and
  (unit_id, birth_date, id) indexes;
- sorting by name uses name_sort (given name first, the Vietnamese convention).

Working people in approved records (version > 0 AND is_active, the default) have partial covering
indexes (migration "search indexes for 2 million people"), so the page of ids and the capped count are
index-only scans; only the page's own rows are read from the wide person table (profile JSONB).
The total is counted exactly up to COUNT_CAP; past it, the planner's estimate is returned and flagged.
The database runs with plan_cache_mode = force_custom_plan (set by that migration): asyncpg prepares every
statement, and a generic plan, made without the values, cannot tell a rare name from "nguyen"."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Text, and_, func, literal, select, text, true
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.ext.asyncio import AsyncSession

from common.auth import Principal
from common.scope import UnitNode, scope_clause, subtree_of
from personnel.persons.tables import Person
from personnel.search.folding import fold

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
WALK_AT_MOST = 60_000  # index entries: about 20 ms of LIKE checks

SORTS: dict[str, Any] = {
    "name": (Person.name_sort, Person.id),
    "-name": (Person.name_sort.desc(), Person.id),  # type: ignore[attr-defined]
    "birth_date": (Person.birth_date, Person.id),
    "-birth_date": (Person.birth_date.desc(), Person.id),  # type: ignore[union-attr]
    "updated": (Person.updated_at.desc(), Person.id),  # type: ignore[attr-defined]
}


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


async def resolve_subtrees(session: AsyncSession, principal: Principal, f: Filters) -> dict[str, list[str]]:
    """The unit ids under the caller's unit and under the unit asked for, read from the unit_node replica.

    Given to the query as a list instead of `unit_id IN (SELECT ...)`, the planner sees how many people
    that is (one commune: 0.7 %) and walks the (unit_id, name_sort) index instead of the whole province's."""
    units = {f.unit_id} if f.unit_id else set()
    if not principal.is_province_wide:
        units.add(principal.unit_id)
    return {unit: list(await session.scalars(subtree_of(unit))) for unit in units}


def in_subtree(unit_id: str, subtrees: dict[str, list[str]] | None) -> Any:
    if subtrees is not None and unit_id in subtrees:
        return Person.unit_id.in_(subtrees[unit_id])  # type: ignore[attr-defined]
    return Person.unit_id.in_(subtree_of(unit_id))  # type: ignore[attr-defined]


def conditions(principal: Principal, f: Filters, subtrees: dict[str, list[str]] | None = None, *,
               with_name: bool = True) -> list[Any]:
    scope = scope_clause(principal, Person.unit_id) if principal.is_province_wide else in_subtree(
        principal.unit_id, subtrees)
    where: list[Any] = [Person.version > 0, scope]  # type: ignore[operator]
    if is_name_query(f):
        if with_name:
            where.extend(name_clauses(f.q or ""))
    elif f.q and f.q.strip():
        where.append(id_number_clause(f.q.replace(" ", "")))
    if f.unit_id:
        where.append(in_subtree(f.unit_id, subtrees))
    if f.status:
        where.append(Person.status.in_(f.status))  # type: ignore[attr-defined]
    if not f.include_left:
        # "= true", not "IS TRUE": the planner proves the partial indexes' "is_active" only from this form.
        where.append(Person.is_active == true())
    for column, value in ((Person.gender, f.gender), (Person.rank_code, f.rank_code),
                          (Person.qualification, f.qualification),
                          (Person.political_theory_level, f.political_theory_level),
                          (Person.ethnicity, f.ethnicity), (Person.staff_category, f.staff_category),
                          (Person.party_member, f.party_member)):
        if value is not None:
            where.append(column == value)
    if f.birth_year_from is not None:
        where.append(Person.birth_date >= func.make_date(f.birth_year_from, 1, 1))  # type: ignore[operator]
    if f.birth_year_to is not None:
        where.append(Person.birth_date < func.make_date(f.birth_year_to + 1, 1, 1))  # type: ignore[operator]
    return where


def name_terms(words: list[str]) -> list[str]:
    """The index terms a search for these folded words asks for: each word as a prefix ("an" -> "an~").
    One-letter words are left to the LIKE check: the index holds no prefixes that short."""
    return [f"{w}~" for w in words if len(w) >= 2]


def name_clauses(raw: str) -> list[Any]:
    """The name condition the GIN index serves: all typed words as prefixes (one-letter ones by LIKE)."""
    words = fold(raw).split()
    clauses: list[Any] = []
    if terms := name_terms(words):
        clauses.append(func.person_name_terms(Person.name_folded).op("@>")(literal(terms, ARRAY(Text))))
    clauses.extend(word_like(Person.name_folded, w) for w in words if len(w) < 2)
    return clauses


def word_like(folded: Any, word: str) -> Any:
    """folded has a word beginning with word: the same test as the terms, without the function, for a walk
    of an index that includes the folded name."""
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return (literal(" ") + folded).like(f"% {escaped}%")  # a word begins after a space, the first one too


def unindexed(order: tuple[Any, ...]) -> tuple[Any, ...]:
    """The same order, in a form no index provides: the planner then sorts the matches instead of walking
    an index in that order and checking every entry ("C" and the database's C.UTF-8 order alike here:
    folded names and dates)."""
    keys = []
    for key in order:
        element = getattr(key, "element", key)  # under .desc()
        column = getattr(element, "key", None)
        if column == "name_sort":
            replaced = element.collate("C")
        elif column == "birth_date":
            replaced = element + 0
        elif column == "updated_at":
            replaced = element + text("interval '0'")
        else:
            keys.append(key)
            continue
        keys.append(replaced.desc() if key is not element else replaced)
    return tuple(keys)


def id_number_clause(digits: str) -> Any:
    if len(digits) == CCCD_LENGTH:
        return Person.personal_id_number == digits
    # Prefix as a range: ':' is the character after '9', so [digits, digits + ':') holds exactly the
    # numbers starting with digits, and the btree serves it whatever the collation.
    return and_(Person.personal_id_number >= digits, Person.personal_id_number < digits + ":")  # type: ignore[operator]


async def count(session: AsyncSession, where: list[Any], *, cap: int | None = None,
                expected: int | None = None) -> tuple[int, bool]:
    """(total, is_estimate): exact up to cap, else the planner's row estimate (never below cap + 1).

    When the planner already expects many times the cap, its estimate is taken without counting: a
    capped count of a common filter still costs 50-200 ms of index and heap."""
    cap = COUNT_CAP if cap is None else cap
    query = select(literal(1)).select_from(Person).where(and_(*where))
    if expected is None:
        expected = await estimate(session, query)
    if expected > ESTIMATE_TRUSTED_FROM * cap:
        return expected, True
    first = query.limit(cap + 1).subquery()
    exact = int(await session.scalar(select(func.count()).select_from(first)) or 0)
    if exact <= cap:
        return exact, False
    return max(cap + 1, expected), True


async def estimate(session: AsyncSession, query: Any) -> int:
    """The planner's row estimate for query: EXPLAIN plans it (about a millisecond) without running it."""
    connection = await session.connection()
    compiled = query.compile(dialect=connection.dialect, compile_kwargs={"render_postcompile": True})
    params = compiled.construct_params()
    positional = tuple(params[name] for name in compiled.positiontup or ())
    result = await connection.exec_driver_sql(f"EXPLAIN (FORMAT JSON) {compiled}", positional)
    plan = result.scalar()
    plan = json.loads(plan) if isinstance(plan, str) else plan
    return int(plan[0]["Plan"]["Plan Rows"])


async def search(session: AsyncSession, principal: Principal, f: Filters, *, sort: str, page: int,
                 size: int) -> tuple[list[Any], int, bool]:
    subtrees = await resolve_subtrees(session, principal, f)
    where = conditions(principal, f, subtrees)
    order = SORTS.get(sort, SORTS["name"])
    offset = (page - 1) * size
    expected: int | None = None
    if is_name_query(f):
        expected = await estimate(session, select(literal(1)).select_from(Person).where(and_(*where)))
        if expected <= SORT_MATCHES_UP_TO:
            return await sorted_matches(session, where, order, offset=offset, size=size)
        if sort in WALKS:
            base = conditions(principal, f, subtrees, with_name=False)
            walked = await walk(session, base, fold(f.q or "").split(), sort, expected=expected,
                                offset=offset, size=size)
            if walked is not None:
                return walked, max(expected, offset + len(walked)), True
            return await sorted_matches(session, where, order, offset=offset, size=size)
        # Many matches in another order (birth date): the planner walks that order's index, checking the
        # terms on each entry (a common name fills a page within a few hundred of them).
    # The page's ids first (index-only on the covering indexes), then the wide rows of those ids only.
    ids = select(Person.id).where(and_(*where)).order_by(*order).offset(offset).limit(size).subquery()
    rows = await page_rows(session, ids, order)
    if 0 < len(rows) < size or (page == 1 and not rows):
        return rows, offset + len(rows), False  # the last page: the total needs no count
    total, is_estimate = await count(session, where, expected=expected)
    if rows:  # an estimate never claims fewer people than this page already shows
        total = max(total, offset + len(rows))
    return rows, total, is_estimate


async def walk(session: AsyncSession, base: list[Any], words: list[str], sort: str, *,
               expected: int, offset: int, size: int) -> list[Any] | None:
    """The page from the first entries of the name index, or None when they do not hold it.

    With `expected` matches spread evenly over the people in `base`, the page lies within the first
    need * people / expected entries; WALK_SLACK times that are read (at most WALK_AT_MOST), each checked by
    LIKE on the included folded name. A given name's matches are not spread but bunched ("thi huong":
    the Hương in one stretch of the given-name-first order): then the walk finds too few, and the caller
    sorts all matches instead."""
    need = offset + size
    people = await estimate(session, select(literal(1)).select_from(Person).where(and_(*base)))
    entries = min(WALK_AT_MOST, max(need, need * WALK_SLACK * max(people, 1) // max(expected, 1)))
    order = SORTS[sort]
    first = (select(Person.id, Person.name_sort, Person.name_folded).where(and_(*base))
             .order_by(*order).limit(entries).subquery())
    matching = (select(first.c.id).where(*(word_like(first.c.name_folded, w) for w in words))
                .order_by(first.c.name_sort.desc() if WALKS[sort] else first.c.name_sort, first.c.id)
                .offset(offset).limit(size).subquery())
    rows = await page_rows(session, matching, order)
    return rows if len(rows) == size else None


def is_name_query(f: Filters) -> bool:
    """q is a name unless it is the digits of an identity number (spaces allowed)."""
    if not f.q or not f.q.strip():
        return False
    digits = f.q.replace(" ", "")
    return not (digits.isdigit() and len(digits) >= ID_NUMBER_FROM)


async def sorted_matches(session: AsyncSession, where: list[Any], order: tuple[Any, ...], *, offset: int,
                         size: int) -> tuple[list[Any], int, bool]:
    """A page of few enough matches: all of them from the name-terms index, sorted, counted in one pass."""
    ids = (select(Person.id, func.count().over().label("total")).where(and_(*where))
           .order_by(*unindexed(order)).offset(offset).limit(size).subquery())
    rows = await page_rows(session, ids, order, extra=(ids.c.total,))
    if rows:
        return rows, int(rows[0].total), False
    if offset == 0:
        return rows, 0, False
    total, is_estimate = await count(session, where)  # a page past the end
    return rows, total, is_estimate


async def page_rows(session: AsyncSession, ids: Any, order: tuple[Any, ...], extra: tuple[Any, ...] = ()) -> list[Any]:
    stmt = (select(Person.id, Person.full_name, Person.birth_date, Person.gender, Person.unit_id,
                   UnitNode.name.label("unit_name"), Person.position, Person.status, *extra)  # type: ignore[attr-defined]
            .join(ids, ids.c.id == Person.id)
            .outerjoin(UnitNode, UnitNode.unit_id == Person.unit_id)
            .order_by(*order))
    return list((await session.execute(stmt)).all())


__all__ = ["COUNT_CAP", "Filters", "count", "search"]
