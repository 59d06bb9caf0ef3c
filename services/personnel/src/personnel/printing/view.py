"""The official profile as the printed forms show it: catalog codes as names, values derived the way the
forms ask for them (highest award, current positions, the transposed salary grid). Pure: the caller
passes the catalog copy it loaded; nothing here touches the database."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from personnel.printing import formatting as fmt
from personnel.profiles.schema import Address, Profile, Training

NO_RELIGION = "Không"  # the forms never leave religion blank
SALARY_GRID_COLUMNS = 9  # salary events per printed line of 2C item 31, as on the paper form

# TT 06/2023 item 32: which training rows go in which of the six tables.
TRAINING_TABLES: dict[str, tuple[str, ...]] = {
    "32.1": ("professional",),
    "32.2": ("political_theory",),
    "32.3": ("state_management", "other"),
    "32.4": ("defence_security",),
    "32.5": ("it",),
    "32.6": ("language",),
}


class CatalogNames(Protocol):
    """What the view needs from the catalog copy (common.catalogs.CatalogLookup has it)."""

    def name(self, catalog: str, code: str | None) -> str | None: ...

    def item(self, catalog: str, code: str) -> object | None: ...


@dataclass(frozen=True)
class TrainingRow:
    period: str | None
    institution: str
    field: str | None
    mode: str | None
    degree: str | None
    language: str | None
    score: str | None


@dataclass(frozen=True)
class RelationRow:
    relation: str
    full_name: str
    birth_year: str | None
    details: str | None


@dataclass(frozen=True)
class SalaryCell:
    month: str | None
    rank_step: str | None
    coefficient: str | None


@dataclass(frozen=True)
class EvaluationRow:
    year: int
    rating: str | None
    emulation_title: str | None
    awards: str | None


class ProfileView:
    def __init__(self, profile: Profile, names: CatalogNames) -> None:
        self.p = profile
        self.names = names

    def cat(self, catalog: str, code: str | None) -> str | None:
        """A code printed as its name; an unknown code is printed as it is rather than hidden."""
        if not code:
            return None
        return self.names.name(catalog, code) or code

    def _order(self, catalog: str, code: str) -> int:
        item = self.names.item(catalog, code)
        order = getattr(item, "sort_order", None)
        return order if isinstance(order, int) else 10_000

    # --- single values -------------------------------------------------------------------------

    @property
    def full_name_upper(self) -> str:
        return self.p.identity.full_name.upper()

    @property
    def religion(self) -> str:
        return self.cat("religions", self.p.identity.religion) or NO_RELIGION

    def address(self, address: Address | None) -> str | None:
        if address is None:
            return None
        if address.text:
            return address.text
        return fmt.joined(address.detail, self.cat("tuyen_quang_communes_2025", address.commune_code),
                          self.cat("provinces_2025", address.province_code))

    @property
    def positions_2c(self) -> str | None:
        """2C item 12: government, Party and mass-organisation posts, concurrent ones included."""
        pos = self.p.positions
        return fmt.joined(pos.current_position, *pos.concurrent_positions, pos.party_position,
                          *pos.party_concurrent_positions, sep="; ")

    @property
    def rank_name(self) -> str | None:
        return self.cat("ranks", self.p.salary.rank_code)

    @property
    def highest_qualification(self) -> str | None:
        edu = self.p.education
        name = self.cat("professional_qualifications", edu.highest_qualification)
        major = self.cat("specialties", edu.major)
        return fmt.joined(name, f"chuyên ngành {major}" if major else None)

    @property
    def languages(self) -> str | None:
        items = [fmt.joined(lang.language, self.cat("foreign_language_levels", lang.level), sep=": ")
                 for lang in self.p.education.foreign_languages]
        return fmt.joined(*items, sep="; ")

    @property
    def organisations(self) -> str | None:
        """2C item 17: each organisation with the day joined and the role held in it."""
        items = []
        for org in self.p.political.organisations:
            extra = fmt.joined(fmt.day(org.joined_on), org.role)
            items.append(f"{org.organisation} ({extra})" if extra else org.organisation)
        return fmt.joined(*items, sep="; ")

    @property
    def honorary_title(self) -> str | None:
        edu = self.p.education
        return fmt.joined(self.cat("honorary_titles", edu.honorary_title),
                          str(edu.honorary_title_year) if edu.honorary_title_year else None)

    @property
    def academic_title(self) -> str | None:
        edu = self.p.education
        name = self.cat("academic_titles", edu.academic_title)
        return fmt.joined(name, str(edu.academic_title_year) if name and edu.academic_title_year else None)

    @property
    def highest_award(self) -> str | None:
        """2C item 21: the highest form (first in the award_forms catalog order) and its year."""
        if not self.p.awards:
            return None
        best = min(self.p.awards, key=lambda a: (self._order("award_forms", a.form), -a.year))
        return f"{self.cat('award_forms', best.form)}, năm {best.year}"

    @property
    def highest_discipline(self) -> str | None:
        """2C item 22: the heaviest form (last in the discipline_forms catalog order) and its year."""
        if not self.p.disciplines:
            return None
        worst = max(self.p.disciplines, key=lambda d: self._order("discipline_forms", d.form))
        year = fmt.year_of(worst.decided_on) or fmt.year_of(worst.from_month)
        name = self.cat("discipline_forms", worst.form)
        return f"{name}, năm {year}" if year else name

    @property
    def family_background(self) -> str | None:
        return self.cat("family_backgrounds", self.p.identity.family_background)

    @property
    def war_invalid_grade(self) -> str | None:
        """The grade's name ("Thương binh hạng 2/4"); an old free-text grade ("2/4") as the form words it."""
        code = self.p.political.war_invalid_grade
        name = self.cat("war_invalid_grades", code)
        return name if not code or name != code else f"thương binh hạng {code}"

    @property
    def policy_category(self) -> str | None:
        return self.cat("policy_beneficiaries", self.p.political.policy_category)

    @property
    def war_invalid_and_policy(self) -> str | None:
        return fmt.joined(self.war_invalid_grade, self.policy_category, sep="; ")

    # --- tables --------------------------------------------------------------------------------

    def _training_row(self, row: Training) -> TrainingRow:
        degree = (row.degree or self.cat("professional_qualifications", row.qualification)
                  or self.cat("foreign_language_levels", row.language_level))
        return TrainingRow(period=fmt.period(row.from_month, row.to_month), institution=row.institution,
                           field=row.field or row.language, mode=self.cat("training_modes", row.mode),
                           degree=degree,
                           language=row.language, score=row.score)

    def training(self, kinds: Iterable[str] | None = None) -> list[TrainingRow]:
        wanted = set(kinds) if kinds is not None else None
        rows = [r for r in self.p.training if wanted is None or r.kind in wanted]
        rows.sort(key=lambda r: r.from_month or "")
        return [self._training_row(r) for r in rows]

    def training_table(self, number: str) -> list[TrainingRow]:
        return self.training(TRAINING_TABLES[number])

    def family(self, side: str) -> list[RelationRow]:
        return [RelationRow(relation=self.cat("family_relations", r.relation) or r.relation, full_name=r.full_name,
                            birth_year=str(r.birth_year) if r.birth_year else None, details=r.details)
                for r in self.p.family_relations if r.side == side]

    def salary_grid(self, columns: int = SALARY_GRID_COLUMNS) -> list[list[SalaryCell]]:
        """2C item 31 is printed transposed: one column per salary event, `columns` events per line;
        the last line is padded with empty cells so the grid keeps its shape."""
        cells = [SalaryCell(month=fmt.month(s.from_month),
                            rank_step=fmt.joined(s.rank_code, str(s.step) if s.step is not None else None, sep="/"),
                            coefficient=fmt.decimal(s.coefficient))
                 for s in sorted(self.p.salary_history, key=lambda s: s.from_month)]
        lines = [cells[i:i + columns] for i in range(0, len(cells), columns)] or [[]]
        empty = SalaryCell(None, None, None)
        return [line + [empty] * (columns - len(line)) for line in lines]

    @property
    def evaluations(self) -> list[EvaluationRow]:
        """TT 06/2023 item 35.1: one line a year; the awards of that year join its line."""
        awards: dict[int, list[str]] = {}
        for a in self.p.awards:
            awards.setdefault(a.year, []).append(self.cat("award_forms", a.form) or a.form)
        rows: dict[int, EvaluationRow] = {}
        for e in self.p.evaluations:
            extra = [e.award] if e.award else []
            rows[e.year] = EvaluationRow(e.year, self.cat("evaluation_levels", e.rating),
                                         self.cat("emulation_titles", e.emulation_title),
                                         fmt.joined(*extra, *awards.pop(e.year, []), sep="; "))
        for year, names in awards.items():
            rows[year] = EvaluationRow(year, None, None, fmt.joined(*names, sep="; "))
        return [rows[y] for y in sorted(rows)]

    # --- 2C-BNV/2008 specifics -----------------------------------------------------------------

    @property
    def work_rows_2c(self) -> list[tuple[str | None, str | None]]:
        """2C item 28: the period, then the post and the unit in one cell."""
        return [(fmt.period(w.from_month, w.to_month, open_end="nay"), fmt.joined(w.position, w.unit_name))
                for w in sorted(self.p.work_history, key=lambda w: w.from_month)]

    @staticmethod
    def _periods(items: Iterable[object]) -> list[str]:
        out = []
        for h in items:
            when = fmt.period(getattr(h, "from_month", None), getattr(h, "to_month", None))
            text = str(getattr(h, "description", ""))
            out.append(f"{when}: {text}" if when else text)
        return out

    @property
    def history_2c_part1(self) -> str | None:
        """2C item 29, first part: arrests, and any work under the former regime."""
        ph = self.p.personal_history
        return fmt.joined(ph.arrests, *self._periods(ph.former_regime), sep="\n")

    @property
    def history_2c_part2(self) -> str | None:
        return fmt.joined(*self._periods(self.p.personal_history.foreign_organisations), sep="\n")

    def periods(self, items: Iterable[object]) -> list[tuple[str | None, str | None, str]]:
        """TT 06/2023 items 34.2 and 34.3: Từ, Đến, description."""
        return [(fmt.month(getattr(h, "from_month", None)), fmt.month(getattr(h, "to_month", None)),
                 str(getattr(h, "description", ""))) for h in items]

    # --- TT 06/2023 specifics ------------------------------------------------------------------

    @property
    def work_rows(self) -> list[tuple[str | None, str | None, str, str | None]]:
        """Item 33: Từ, Đến ("nay" while the post is held), unit, post."""
        return [(fmt.month(w.from_month), fmt.month(w.to_month) or "nay", w.unit_name, w.position)
                for w in sorted(self.p.work_history, key=lambda w: w.from_month)]

    @property
    def discipline_rows(self) -> list[tuple[str | None, ...]]:
        return [(fmt.month(d.from_month), fmt.month(d.to_month), self.cat("discipline_forms", d.form),
                 d.violation, fmt.joined(d.decided_by, d.decision_number and f"QĐ số {d.decision_number}"))
                for d in self.p.disciplines]

    @property
    def salary_rows(self) -> list[tuple[str | None, ...]]:
        """Item 37.1: each salary period ends where the next one starts, unless it says otherwise."""
        periods = sorted(self.p.salary_history, key=lambda s: s.from_month)
        out = []
        for n, s in enumerate(periods):
            end = s.to_month or (periods[n + 1].from_month if n + 1 < len(periods) else None)
            out.append((fmt.month(s.from_month), fmt.month(end), s.rank_code,
                        str(s.step) if s.step is not None else None, fmt.decimal(s.coefficient),
                        fmt.money(s.amount)))
        return out

    @property
    def allowance_rows(self) -> list[tuple[str | None, ...]]:
        return [(fmt.month(a.from_month), fmt.month(a.to_month), self.cat("allowance_types", a.kind),
                 fmt.percent(a.percent),
                 fmt.decimal(a.coefficient), a.form, fmt.money(a.amount))
                for a in sorted(self.p.allowance_history, key=lambda a: a.from_month)]
