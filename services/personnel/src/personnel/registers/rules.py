"""Pure decisions of the award and discipline registers (R-50, R-51, with R-12 and R-13 they feed): which
discipline forms may be imposed by a decision of a given date, and the effects of a person's awards and
disciplines, computed from the decisions, never retyped. No database, no framework.

The extension months and the forced rating are read from the career rules' own dated table
(careers/data/raise_extensions.csv, careers.rules.ExtensionRule), the months an award is worth for an early
raise from the unit's scale (careers/data/early_raise_awards.csv, careers.rules.AwardRule), so the due-dates
card and this effects block can never disagree."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from personnel.careers.rules import (
    PENALTY_OF,
    STAFF_GROUP,
    AwardRule,
    ExtensionRule,
    Parameters,
    achievement_window,
    add_months,
    in_force,
)

# staff_category -> the `applies_to` word of catalogs/discipline_forms.csv
APPLIES_WORD = {"cadre": "can_bo", "civil_servant": "cong_chuc", "public_employee": "vien_chuc",
                "contract_worker": "vien_chuc"}
# a public employee's decision is in force for 12 months, then lapses (Luật Viên chức art. 56).
VC_VALIDITY_MONTHS = 12
# R-50 restrictions (no planning, training or appointment to a higher post): 12 months for a reprimand or
# a warning, 24 months for a dismissal from post; VC always, CB/CC for decisions before 2025-07-01 [medium].
RESTRICTION_MONTHS = {"reprimand": 12, "warning": 12, "dismissal": 24, "demotion": 12, "salary_step_demotion": 12}
CB_CC_RESTRICTIONS_UNTIL = date(2025, 6, 30)
POOR_RATING = "KHTNV"


@dataclass(frozen=True)
class DisciplineForm:
    """A row of the discipline_forms catalog: its code, name, the staff it applies to, its validity."""

    code: str
    name: str
    applies_to: frozenset[str]
    valid_from: date | None
    valid_to: date | None


def form_problem(form: DisciplineForm | None, *, staff_category: str | None, decided_on: date) -> str | None:
    """R-50: the code of the reason a form cannot be imposed by a decision of `decided_on` on a person of
    this staff category, or None. Judged by the decision's date, not today's: "Hạ bậc lương" decided on
    2025-06-30 is accepted (and stays valid in the record), decided on 2025-07-01 refused."""
    if form is None:
        return "register.unknown_discipline_form"
    if (form.valid_from and decided_on < form.valid_from) or (form.valid_to and decided_on > form.valid_to):
        return "register.discipline_form_not_in_force"
    if staff_category is not None and APPLIES_WORD.get(staff_category) not in form.applies_to:
        return "register.discipline_form_not_for_staff"
    return None


_SPACES = re.compile(r"\s+")


def decision_key(text: str) -> str:
    """The comparable form of a decision number or an issuer: case, spaces and the dash variants do not
    make another decision ("12/QĐ-UBND" = "12 / qđ – ubnd")."""
    folded = _SPACES.sub("", text).replace("–", "-").replace("—", "-")
    return folded.casefold()


def dates_problem(starts_on: date | None, ends_on: date | None) -> str | None:
    """A course or a validity cannot end before it starts."""
    if starts_on and ends_on and ends_on < starts_on:
        return "register.ends_before_start"
    return None


# ---------------------------------------------------------------------------------------------------------
# Effects of disciplines


@dataclass(frozen=True)
class DisciplineFact:
    form: str  # discipline_forms code
    decided_on: date
    duty_related: bool = True  # a violation in performing duties (forces the year's rating, R-40)


@dataclass(frozen=True)
class DisciplineEffect:
    form: str
    decided_on: date
    extension_months: int  # R-12, on the salary-raise (and beyond-frame) clock
    extension_basis: str
    in_force_until: date | None  # VC: 12 months, then lapses; None: no automatic lapse known
    in_force: bool  # on the day judged
    restricted_until: date | None  # no planning, training or appointment to a higher post until then
    restricted: bool
    forced_rating_year: int | None  # the year whose rating is forced to "Không hoàn thành nhiệm vụ"


def _rule(table: Iterable[ExtensionRule], event: str, group: str, on: date) -> ExtensionRule | None:
    return in_force((r for r in table if r.event == event and r.applies_to == group), on)


def discipline_effect(fact: DisciplineFact, *, staff_category: str, table: Sequence[ExtensionRule],
                      today: date) -> DisciplineEffect:
    group = STAFF_GROUP.get(staff_category, "cb_cc")
    event = PENALTY_OF.get(fact.form)
    rule = _rule(table, event, group, fact.decided_on) if event else None
    months = (rule.months or 0) if rule else 0
    until = add_months(fact.decided_on, VC_VALIDITY_MONTHS) - _ONE_DAY if group == "vc" else None
    restricted_until = None
    if event in RESTRICTION_MONTHS and (group == "vc" or fact.decided_on <= CB_CC_RESTRICTIONS_UNTIL):
        restricted_until = add_months(fact.decided_on, RESTRICTION_MONTHS[event]) - _ONE_DAY
    forced = None
    if event and fact.duty_related and _rule(table, "forced_poor_rating", group, fact.decided_on) is not None:
        forced = fact.decided_on.year
    return DisciplineEffect(
        form=fact.form, decided_on=fact.decided_on, extension_months=months,
        extension_basis=rule.legal_basis if rule else "",
        in_force_until=until, in_force=fact.decided_on <= today and (until is None or today <= until),
        restricted_until=restricted_until, restricted=bool(restricted_until and fact.decided_on <= today
                                                           <= restricted_until),
        forced_rating_year=forced)


# ---------------------------------------------------------------------------------------------------------
# Effects of awards


@dataclass(frozen=True)
class AwardFact:
    code: str  # award_forms or emulation_titles code
    decided_on: date
    used_on: date | None = None  # the early raise it was used for (never reused)


@dataclass(frozen=True)
class AwardEffect:
    code: str
    decided_on: date
    early_raise_months: int  # by the unit's scale in force on the decision's date; 0: not an achievement
    usable_until: date | None  # the last 31 December of a review year whose window still holds it
    usable: bool  # for an early raise in the review year: in the window and not used
    used_on: date | None


def long_period(pay_group: str | None) -> bool:
    """R-13.4: groups A0–A3 (36-month periods) look back 6 years, B, C and Bảng 4 (24 months) 4 years."""
    return bool(pay_group) and str(pay_group).upper().startswith("A")


def award_effect(fact: AwardFact, *, pay_group: str | None, review_year: int, award_rules: Sequence[AwardRule],
                 params: Parameters) -> AwardEffect:
    period = 36 if long_period(pay_group) else 24
    rule = in_force((r for r in award_rules if r.code == fact.code), fact.decided_on)
    months = rule.months if rule else 0
    first, last = achievement_window(review_year, period, params)
    years_back = review_year - first.year  # the window holds this many years before the review year
    usable_until = date(fact.decided_on.year + years_back, 12, 31) if months else None
    usable = bool(months) and fact.used_on is None and first <= fact.decided_on <= last
    return AwardEffect(fact.code, fact.decided_on, months, usable_until, usable, fact.used_on)


@dataclass(frozen=True)
class Effects:
    disciplines: tuple[DisciplineEffect, ...] = ()
    awards: tuple[AwardEffect, ...] = ()
    forced_ratings: tuple[int, ...] = ()
    extension_months: int = 0
    restricted_until: date | None = None
    best_usable_award: AwardEffect | None = None
    notes: tuple[str, ...] = field(default_factory=tuple)


def effects(*, staff_category: str, pay_group: str | None, disciplines: Iterable[DisciplineFact],
            awards: Iterable[AwardFact], extension_table: Sequence[ExtensionRule],
            award_rules: Sequence[AwardRule], params: Parameters, today: date) -> Effects:
    """Everything a person's discipline and award decisions change, judged today: the extension months of
    each penalty (R-12), its validity and restrictions (R-50), the years whose rating it forces (R-40), the
    awards an early raise in this year's review may use and whether one was used (R-13)."""
    d = tuple(discipline_effect(f, staff_category=staff_category, table=extension_table, today=today)
              for f in sorted(disciplines, key=lambda f: f.decided_on))
    a = tuple(award_effect(f, pay_group=pay_group, review_year=today.year, award_rules=award_rules, params=params)
              for f in sorted(awards, key=lambda f: f.decided_on))
    restricted = [e.restricted_until for e in d if e.restricted and e.restricted_until]
    usable = [e for e in a if e.usable]
    best = max(usable, key=lambda e: (e.early_raise_months, e.decided_on), default=None)
    return Effects(disciplines=d, awards=a,
                   forced_ratings=tuple(sorted({e.forced_rating_year for e in d if e.forced_rating_year})),
                   extension_months=sum(e.extension_months for e in d),
                   restricted_until=max(restricted, default=None), best_usable_award=best)


_ONE_DAY = date(2000, 1, 2) - date(2000, 1, 1)
