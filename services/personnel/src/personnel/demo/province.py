"""The demo province's people, generated (pure: no database; seeded, so the same index always gives the same
person for the same catalogs and day).

Each person's career is simulated with the rules the service judges records by (careers.rules): the step
raises follow the salary group's period from the salary-grades catalog, lengthened by the years rated "Không
hoàn thành nhiệm vụ" and by disciplines (R-12, holding_period_due), a few come early for an award (R-13), the
last step goes on beyond the frame (R-15); raises due from this month on are not decided yet (some from the
last months neither: a backlog), so the due lists of the records show them. Birth dates are drawn among
those not yet retired (R-20), so some retire within the year; appointments run 5-year terms (R-30) started
over the last five years (some ended and not yet renewed). Evaluations cover the last 15 years."""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from personnel.careers import reference, rules
from personnel.search.folding import fold

HISTORY_YEARS = 15
NAMESPACE = uuid.UUID("5f0c2b8e-3d1a-4c6e-9a7b-2e4d6f8a0c12")

# Tuyên Quang after the 2025 merger (with Hà Giang): Tày, Kinh, Dao, Mông, Nùng, Sán Chay, Giáy, Lô Lô...
ETHNICITIES = [("01", 38), ("02", 22), ("09", 11), ("08", 10), ("07", 6), ("15", 5), ("25", 2), ("18", 2),
               ("43", 1), ("46", 1), ("49", 1), ("40", 1)]
FAMILY_BY_ETHNICITY = {
    "01": ["Nguyễn"] * 8 + ["Trần"] * 3 + ["Lê"] * 3 + ["Phạm"] * 2 + ["Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô",
                                                                       "Dương", "Đinh", "Phan", "Trịnh", "Lương"],
    "02": ["Ma", "Nông", "Hà", "Hoàng", "Triệu", "Quan", "Lộc", "Ma", "Nông", "Hà", "Chu", "Lương", "Nguyễn", "Âu"],
    "07": ["Nông", "Hoàng", "Lương", "Vi", "Lộc", "Triệu", "Mã", "Sầm"],
    "09": ["Triệu", "Bàn", "Đặng", "Lý", "Chảo", "Phùn", "Dương", "Tẩn"],
    "08": ["Giàng", "Sùng", "Thào", "Vàng", "Lù", "Mùa", "Ly", "Hầu", "Vừ"],
    "15": ["Lý", "La", "Hoàng", "Trần", "Lưu", "Dương", "Tằng"],
    "25": ["Lù", "Vương", "Hoàng", "Sèn", "Lò"],
    "18": ["Diệp", "Lam", "Trương", "Lục", "Dương"],
    "43": ["Lò", "Vàng", "Sình", "Lù"], "46": ["Hoàng", "Đặng", "Nguyễn"], "49": ["Lù", "Lò", "Sần"],
    "40": ["Thào", "Giàng", "Vàng"],
}
MIDDLE = {"1": ["Văn", "Văn", "Đức", "Minh", "Quang", "Hữu", "Công", "Thanh", "Xuân", "Ngọc", "Trọng", "Đình",
                "Mạnh", "Tiến", "Anh", "Việt"],
          "2": ["Thị", "Thị", "Thị", "Thu", "Ngọc", "Thanh", "Minh", "Thùy", "Hồng", "Kim", "Phương", "Mai",
                "Bích", "Diệu", "Hải"]}
GIVEN = {"1": ["An", "Bình", "Cường", "Chiến", "Dũng", "Duy", "Đạt", "Định", "Đông", "Giang", "Hải", "Hiếu",
               "Hoàng", "Hùng", "Huy", "Hưng", "Khánh", "Khoa", "Kiên", "Lâm", "Long", "Lợi", "Luân", "Mạnh",
               "Nam", "Nghĩa", "Ninh", "Phong", "Phúc", "Quân", "Quyết", "Sơn", "Tài", "Thắng", "Thành",
               "Thịnh", "Tiến", "Toàn", "Trung", "Trường", "Tuấn", "Tùng", "Vinh", "Việt", "Vũ", "Bảo",
               "Chính", "Hào", "Kiểm", "Thái", "Tuyên", "Quảng", "Thuận", "Hậu"],
         "2": ["Anh", "Châm", "Chi", "Dung", "Duyên", "Giang", "Hà", "Hạnh", "Hằng", "Hiền", "Hoa", "Huệ",
               "Hương", "Huyền", "Lan", "Liên", "Linh", "Loan", "Ly", "Mai", "Nga", "Ngân", "Nhung", "Oanh",
               "Phượng", "Quyên", "Quỳnh", "Tâm", "Thảo", "Thơ", "Thu", "Thủy", "Trang", "Tuyết", "Vân",
               "Xuân", "Yến", "Bích", "Diệp", "Đào", "Hậu", "Khuyên", "Lụa", "Nhàn", "Thắm", "Tươi"]}
FIRST_OF_TWO = {"1": ["Văn", "Đức", "Hữu", "Công", "Đình", "Xuân"], "2": ["Thị", "Thị", "Thị", "Ngọc", "Thanh"]}
SECOND_OF_TWO = {"1": ["Minh", "Quang", "Anh", "Việt", "Thanh", "Ngọc", "Hoàng", "Trung"],
                 "2": ["Thu", "Ngọc", "Thanh", "Minh", "Hồng", "Kim", "Phương", "Mai", "Bích", "Diệu", "Hải", "Lan"]}
# Mông names: "Giàng A Páo", "Sùng Mí Chứ", "Vàng Thị Mỷ".
HMONG_MIDDLE = {"1": ["A", "Mí", "Seo", "Văn"], "2": ["Thị", "Thị", "Thị"]}
HMONG_GIVEN = {"1": ["Páo", "Chứ", "Súa", "Dình", "Chá", "Lử", "Sính", "Pó", "Chư", "Tủa", "Phừ", "Dế", "Quáng",
                     "Sèo", "Vảng", "Lầu", "Thề", "Chinh", "Pảo", "Sử", "Nhè", "Mua"],
               "2": ["Mỷ", "Dợ", "Sí", "Mai", "Pà", "Dinh", "Chía", "Xua", "Lan", "Say", "Sua", "Mẩy", "Xí", "Dở",
                     "Cở", "Vá", "Lía", "Sinh", "Mua", "Dua", "Chở", "Chu"]}
PLACES = ["xã Ngọc Đường", "xã Phú Linh", "phường Minh Xuân", "xã Yên Sơn", "xã Hàm Yên", "xã Sơn Dương",
          "xã Chiêm Hóa", "xã Na Hang", "xã Lâm Bình", "xã Vị Xuyên", "xã Bắc Mê", "xã Quản Bạ", "xã Yên Minh",
          "xã Đồng Văn", "xã Mèo Vạc", "xã Hoàng Su Phì", "xã Xín Mần", "xã Bắc Quang", "xã Quang Bình",
          "phường Hà Giang 1", "phường Nông Tiến", "xã Tân Trào", "xã Kim Bình", "xã Thái Bình"]
INSTITUTIONS = {
    "admin": [("Học viện Hành chính Quốc gia", "Quản lý nhà nước"), ("Đại học Luật Hà Nội", "Luật"),
              ("Đại học Tân Trào", "Quản trị văn phòng"), ("Đại học Kinh tế Quốc dân", "Kinh tế"),
              ("Đại học Thái Nguyên", "Kinh tế phát triển"), ("Học viện Tài chính", "Tài chính - Ngân hàng"),
              ("Đại học Nông Lâm Thái Nguyên", "Quản lý đất đai"), ("Đại học Nội vụ Hà Nội", "Quản trị nhân lực"),
              ("Học viện Báo chí và Tuyên truyền", "Chính trị học"), ("Đại học Công nghệ thông tin và Truyền "
                                                                      "thông Thái Nguyên", "Công nghệ thông tin")],
    "health": [("Đại học Y Dược Thái Nguyên", "Y đa khoa"), ("Đại học Y Hà Nội", "Y đa khoa"),
               ("Cao đẳng Y tế Thái Nguyên", "Y sĩ đa khoa")],
    "education": [("Đại học Sư phạm Thái Nguyên", "Sư phạm Toán"), ("Đại học Sư phạm Hà Nội", "Sư phạm Ngữ văn"),
                  ("Đại học Tân Trào", "Sư phạm Tiểu học"), ("Đại học Sư phạm Thái Nguyên", "Sư phạm Tiếng Anh")],
}
ACCOUNTING = ("Học viện Tài chính", "Kế toán")
RANKS = {  # (rank, weight, junior rank it was promoted from)
    "civil_servant": [("01.003", 52, None), ("01.002", 14, "01.003"), ("01.004", 7, None), ("01.005", 4, None),
                      ("06.031", 8, None), ("06.030", 2, "06.031"), ("02.007", 4, None), ("01.001", 1, "01.002")],
    "inspector": [("04.025", 60, None), ("04.024", 30, "04.025"), ("01.003", 10, None)],
    "cadre": [("01.003", 70, None), ("01.002", 30, "01.003")],
    "health": [("V.08.01.03", 45, None), ("V.08.01.02", 25, "V.08.01.03"), ("V.08.03.07", 20, None),
               ("V.08.04.10", 10, None)],
    "education": [("V.07.05.15", 40, None), ("V.07.05.14", 30, "V.07.05.15"), ("V.07.04.32", 20, None),
                  ("V.07.04.31", 10, "V.07.04.32")],
    "public_employee": [("V.01.02.02", 50, None), ("06.031", 30, None), ("V.01.02.03", 20, None)],
}
COMMUNE_POSTS = ["Trưởng phòng Kinh tế", "Phó Trưởng phòng Kinh tế", "Trưởng phòng Văn hóa - Xã hội",
                 "Phó Trưởng phòng Văn hóa - Xã hội", "Chánh Văn phòng HĐND và UBND xã",
                 "Phó Chánh Văn phòng HĐND và UBND xã"]
COMMUNE_CADRE_POSTS = ["Phó Chủ tịch UBND xã", "Chủ tịch Ủy ban MTTQ Việt Nam xã", "Bí thư Đoàn TNCS Hồ Chí Minh xã",
                       "Chủ tịch Hội Liên hiệp Phụ nữ xã", "Chủ tịch Hội Nông dân xã", "Chủ tịch Hội Cựu chiến binh xã"]
COMMUNE_JOBS = ["Công chức Văn phòng - Thống kê", "Công chức Tài chính - Kế toán", "Công chức Tư pháp - Hộ tịch",
                "Công chức Địa chính - Xây dựng", "Công chức Văn hóa - Xã hội", "Chuyên viên Phòng Kinh tế"]
DEPARTMENT_POSTS = [("Phó Giám đốc Sở", 2), ("Chánh Văn phòng Sở", 1), ("Phó Chánh Văn phòng Sở", 1),
                    ("Trưởng phòng", 3), ("Phó Trưởng phòng", 4)]
DIVISION_POSTS = [("Trưởng phòng", 1), ("Phó Trưởng phòng", 2)]
RATINGS = [("HTXSNV", 16), ("HTTNV", 58), ("HTNV", 24), ("KHTNV", 2)]
FORMER_DISTRICTS = ["huyện Yên Sơn", "huyện Sơn Dương", "huyện Hàm Yên", "huyện Chiêm Hóa", "thành phố Tuyên Quang",
                    "huyện Vị Xuyên", "huyện Bắc Quang"]
FORMER_AGENCIES = ["UBND huyện Yên Sơn (cũ)", "Sở Kế hoạch và Đầu tư (cũ)", "Sở Thông tin và Truyền thông (cũ)",
                   "UBND thành phố Tuyên Quang (cũ)", "Sở Giao thông vận tải (cũ)"]
ISSUER = "Cục Cảnh sát quản lý hành chính về trật tự xã hội"


@dataclass(frozen=True)
class Unit:
    unit_id: str
    name: str
    kind: str  # department | division | commune
    parent_name: str | None = None


@dataclass
class Catalogs:
    """What the generator judges by: the salary grades and ranks (org's catalogs), the retirement ages, and
    the rule tables of careers/data."""

    grades: rules.SalaryGrades
    ranks: dict[str, tuple[str, str]]
    ages: rules.RetirementAges
    data: reference.RuleData

    _ladders: dict[tuple[str, str | None], list[rules.GradeStep]] = field(default_factory=dict, init=False,
                                                                          repr=False)

    def ladder(self, group: str, table: str | None, on: date) -> list[rules.GradeStep]:
        """grades.ladder, its rows kept by group and table (the generator asks thousands of times)."""
        if (group, table) not in self._ladders:
            self._ladders[group, table] = self.grades.ladder(group, table)
        return [s for s in self._ladders[group, table] if rules.covers(s, on)]

    def step(self, group: str, table: str, step: int, on: date) -> rules.GradeStep | None:
        return next((s for s in self.ladder(group, table, on) if s.step == step), None)

    def last_step(self, group: str, table: str, on: date) -> int | None:
        ladder = self.ladder(group, table, on)
        return ladder[-1].step if ladder else None

    def raise_period(self, group: str, on: date) -> int | None:
        ladder = self.ladder(group, None, on)
        return ladder[0].raise_period_months if ladder else None

    @classmethod
    def of(cls, items: Iterable[Any]) -> Catalogs:
        """items: catalog copy rows (catalog, code, attributes, valid_from, valid_to, active)."""
        by: dict[str, list[Any]] = {}
        for item in items:
            by.setdefault(item.catalog, []).append(item)
        for name in ("salary_grades", "ranks", "retirement_age_by_year"):
            if not by.get(name):
                raise LookupError(f"catalog {name} missing")
        return cls(reference.salary_grades(by["salary_grades"]), reference.rank_groups(by["ranks"]),
                   reference.retirement_ages(by["retirement_age_by_year"], by.get("retirement_age", [])),
                   reference.rule_data())


def person_id(seed: int, index: int) -> uuid.UUID:
    return uuid.uuid5(NAMESPACE, f"{seed}:{index}")


WEIGHTS = {"department": 40, "division": 20, "commune": 9}  # a department's office, a division, a commune


def plan(units: Sequence[Unit], total: int) -> list[Unit]:
    """Who works where: the first `total` of one endless sequence (smooth weighted round robin over the units
    in code order, so a department's office gets about twice a division's people and four times a commune's).
    A prefix of a bigger plan is the smaller plan: the index of a person keeps its unit whatever the total
    (a small demo topped up later stays consistent)."""
    ordered = sorted(units, key=lambda u: u.unit_id)
    if not ordered or total <= 0:
        return []
    weights = [WEIGHTS[u.kind] for u in ordered]
    current = [0] * len(ordered)
    cycle = []
    for _ in range(sum(weights)):  # the sequence repeats after one round of the weights
        for i, w in enumerate(weights):
            current[i] += w
        pick = max(range(len(ordered)), key=lambda i: current[i])
        current[pick] -= sum(weights)
        cycle.append(ordered[pick])
    return [cycle[i % len(cycle)] for i in range(total)]


def _weighted(rng: random.Random, pairs: Sequence[tuple[Any, int]]) -> Any:
    return rng.choices([p[0] for p in pairs], [p[1] for p in pairs])[0]


def _month(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def _day(rng: random.Random, start: date, end: date) -> date:
    return start + timedelta(days=rng.randrange(max(1, (end - start).days + 1)))


class Province:
    """generate(index, unit) -> (person_id, profile as JSON); names and identity numbers are kept unique
    against `taken_names` (folded) and `taken_numbers`, which grow as people are generated."""

    def __init__(self, catalogs: Catalogs, *, today: date, seed: int = 2026, taken_names: Iterable[str] = (),
                 taken_numbers: Iterable[str] = (), unique_names: bool = True) -> None:
        self.c, self.today, self.seed = catalogs, today, seed
        self.names = {fold(n) for n in taken_names}
        self.numbers = set(taken_numbers)
        self.unique_names = unique_names
        self.cutoff = date(today.year, today.month, 1)  # raises from this month on are not decided yet

    # ------------------------------------------------------------------ identity

    def _name(self, rng: random.Random, ethnicity: str, gender: str) -> str:
        for attempt in range(60):
            families = FAMILY_BY_ETHNICITY.get(ethnicity, FAMILY_BY_ETHNICITY["01"])
            if ethnicity == "08" and attempt < 20:  # then a name of the common kind, as many Mông have
                name = f"{rng.choice(families)} {rng.choice(HMONG_MIDDLE[gender])} {rng.choice(HMONG_GIVEN[gender])}"
            else:
                middle = rng.choice(MIDDLE[gender])
                if attempt > 20 or rng.random() < (0.3 if gender == "2" else 0.1):  # two middle names, as many have
                    first = rng.choice(FIRST_OF_TWO[gender])
                    middle = f"{first} {rng.choice([m for m in SECOND_OF_TWO[gender] if m != first])}"
                name = f"{rng.choice(families)} {middle} {rng.choice(GIVEN[gender])}"
            if not self.unique_names or fold(name) not in self.names:
                self.names.add(fold(name))
                return name
        return name

    def _number(self, rng: random.Random, birth: date, gender: str) -> str:
        digit = (0 if birth.year < 2000 else 2) + (0 if gender == "1" else 1)
        prefix = f"{rng.choice(['008', '008', '008', '002'])}{digit}{birth.year % 100:02d}"
        while True:
            number = f"{prefix}{rng.randrange(10**6):06d}"
            if number not in self.numbers:
                self.numbers.add(number)
                return number

    def _retirement(self, gender: str, birth: date) -> rules.Retirement:
        return rules.retirement(gender=gender, birth_date=birth, ages=self.c.ages, params=self.c.data.params)

    # ------------------------------------------------------------------ the person

    def generate(self, index: int, unit: Unit) -> tuple[uuid.UUID, dict[str, Any]]:
        rng = random.Random(f"{self.seed}:{index}")  # noqa: S311 - invented demo data, not a secret
        today = self.today
        sector = ("health" if unit.unit_id.startswith("SYT") else "education" if unit.unit_id.startswith("SGDDT")
                  else "inspector" if unit.unit_id == "TTT" else "admin")
        if unit.kind == "commune":
            category = "cadre" if rng.random() < 0.2 else "civil_servant"
        elif sector in ("health", "education"):
            category = "public_employee" if rng.random() < 0.5 else "civil_servant"
        else:
            category = "public_employee" if rng.random() < 0.06 else "civil_servant"
        rank_set = (category if category == "cadre" else sector if category == "public_employee" and sector in
                    ("health", "education") else "public_employee" if category == "public_employee"
                    else "inspector" if sector == "inspector" else "civil_servant")
        rank, _, junior = _weighted(rng, [((r, w, j), w) for r, w, j in RANKS[rank_set] if r in self.c.ranks])
        gender = "2" if rng.random() < (0.62 if sector in ("health", "education") else 0.45) else "1"
        ethnicity = _weighted(rng, ETHNICITIES)
        name = self._name(rng, ethnicity, gender)
        senior = junior is not None

        # Born so that the person has not retired yet; seniors are older.
        for _ in range(200):
            age = rng.uniform(33 if senior else 23, 62)
            birth = today - timedelta(days=int(age * 365.25))
            retirement = self._retirement(gender, birth)
            if retirement.retirement_date > today + timedelta(days=20):
                break
        group = self.c.ranks[rank][0]
        low = group in ("B", "C1", "C2", "C3", "A0")
        recruit_age = rng.uniform(19, 23) if low else rng.uniform(22.5, 29)
        recruited = min(birth + timedelta(days=int(recruit_age * 365.25)),
                        today - timedelta(days=rng.randrange(40, 400)))
        recruited = recruited.replace(day=1)

        qualification = self._qualification(rng, group, sector)
        evaluations, awards = self._evaluations(rng, recruited)
        disciplines = self._disciplines(rng, category, recruited, evaluations)
        punished = {int(d["decided_on"][:4]) for d in disciplines}
        awards = [a for a in awards if a["year"] not in punished]  # no reward for the year of a penalty
        promoted = None
        if senior:
            earliest = recruited + timedelta(days=int(9 * 365.25))
            if earliest < today - timedelta(days=60):
                promoted = _day(rng, earliest, today - timedelta(days=60)).replace(day=1)
            else:
                rank, junior = junior, None
        salary, salary_history, allowance_history = self._salary(
            rng, rank=rank, junior=junior, promoted=promoted, recruited=recruited, category=category,
            qualification=qualification, evaluations=evaluations, awards=awards, disciplines=disciplines)

        positions, appointment = self._position(rng, unit, category, birth, recruited, retirement)
        if appointment and positions.get("position_allowance"):
            salary["position_allowance"] = positions.pop("position_allowance")
        party = category == "cadre" or (appointment is not None and rng.random() < 0.95) or rng.random() < 0.4
        party_joined = None
        if party:
            earliest = max(birth + timedelta(days=int(22 * 365.25)), recruited - timedelta(days=700))
            if earliest < today - timedelta(days=400):
                party_joined = _day(rng, earliest, min(today - timedelta(days=400),
                                                       earliest + timedelta(days=int(12 * 365.25))))
        political: dict[str, Any] = {
            "first_organisation": "Đoàn TNCS Hồ Chí Minh",
            "first_organisation_joined_on": (birth + timedelta(days=int(16 * 365.25) + rng.randrange(300))).isoformat(),
            "organisations": [{"organisation": "Công đoàn Việt Nam", "joined_on": recruited.isoformat(),
                               "role": "Đoàn viên"}],
        }
        if party_joined:
            political["party_joined_on"] = party_joined.isoformat()
            political["party_official_on"] = (party_joined + timedelta(days=365)).isoformat()
        leader = appointment is not None
        education = self._education(rng, qualification, rank, leader, party_joined is not None, positions)
        training = self._training(rng, birth, recruited, qualification, sector, rank, education)
        home = rng.choice(PLACES)
        marital = "CO_VO_CHONG" if today.year - birth.year > 27 and rng.random() < 0.9 else "DOC_THAN"
        family = self._family(rng, birth, gender, marital, name.split(" ")[0])
        recruitment = {"staff_category": category, "first_recruited_on": recruited.isoformat(),
                       "recruitment_form": "BAU_CU" if category == "cadre" else rng.choice(["THI_TUYEN", "THI_TUYEN",
                                                                                             "XET_TUYEN"]),
                       "recruiting_body": "UBND tỉnh Tuyên Quang" if unit.kind != "commune" else "UBND huyện (cũ)",
                       "joined_current_agency_on": self._joined(rng, unit, recruited).isoformat()}
        work = self._work_history(rng, unit, recruited, recruitment["joined_current_agency_on"], positions, appointment)
        number = self._number(rng, birth, gender)
        profile: dict[str, Any] = {
            "identity": {
                "full_name": name, "gender": gender, "birth_date": birth.isoformat(), "ethnicity": ethnicity,
                "religion": "00", "personal_id_number": number,
                "personal_id_issued_on": _day(rng, max(date(2021, 1, 1), birth + timedelta(days=6000)),
                                              today - timedelta(days=30)).isoformat(),
                "personal_id_issued_by": ISSUER,
                "social_insurance_number": f"08{number[-8:]}",
                "phone": f"09{rng.randrange(10**8):08d}",
                "birth_place": {"text": f"{home}, tỉnh Tuyên Quang"},
                "home_town": {"text": f"{home}, tỉnh Tuyên Quang"},
                "current_address": {"text": f"{unit.name if unit.kind == 'commune' else 'phường Minh Xuân'}, "
                                            "tỉnh Tuyên Quang"},
                "marital_status": marital,
            },
            "recruitment": recruitment,
            "political": political,
            "education": education,
            "positions": positions,
            "salary": salary,
            "health": {"health_status": _weighted(rng, [("TOT", 7), ("KHA", 3)]),
                       "height_cm": rng.randint(150, 178) if gender == "1" else rng.randint(145, 165),
                       "weight_kg": rng.randint(50, 78) if gender == "1" else rng.randint(42, 62)},
            "training": training,
            "work_history": work,
            "evaluations": [{"year": y, "rating": r, **({"emulation_title": t} if t else {})}
                            for y, r, t in evaluations],
            "awards": awards,
            "disciplines": disciplines,
            "family_relations": family,
            "salary_history": salary_history,
            "allowance_history": allowance_history,
        }
        # A stream of its own, so the levels vary without changing anything else the seed gave the person.
        levels = random.Random(f"{self.seed}:{index}:levels")  # noqa: S311 - invented demo data
        self._levels(levels, profile, unit, birth=birth, recruited=recruited, qualification=qualification,
                     sector=sector)
        return person_id(self.seed, index), profile

    # ------------------------------------------------------------------ parts

    def _qualification(self, rng: random.Random, group: str, sector: str) -> str:
        if group in ("B", "C1", "C2", "C3"):
            return _weighted(rng, [("TC", 7), ("CD", 3)])
        if group == "A0":
            return _weighted(rng, [("CD", 6), ("DH", 4)])
        if sector == "health" and group != "A1":
            return _weighted(rng, [("CK1", 5), ("CK2", 2), ("ThS", 3)])
        if group.startswith("A3"):
            return _weighted(rng, [("ThS", 6), ("TS", 4)])
        if group.startswith("A2"):
            return _weighted(rng, [("DH", 5), ("ThS", 4), ("TS", 1)])
        return _weighted(rng, [("DH", 80), ("ThS", 18), ("TS", 2)])

    def _evaluations(self, rng: random.Random, recruited: date) -> tuple[list[tuple[int, str, str | None]],
                                                                        list[dict[str, Any]]]:
        """Yearly ratings of the last 15 years (the current year is rated in December), with emulation
        titles, and the rewards that came with the best ones."""
        out, awards = [], []
        first = max(recruited.year + (1 if recruited.month > 6 else 0), self.today.year - HISTORY_YEARS)
        for year in range(first, self.today.year):
            rating = _weighted(rng, RATINGS)
            title = None
            if rating in ("HTXSNV", "HTTNV") and rng.random() < 0.8:
                title = "CSTD_CS" if rating == "HTXSNV" and rng.random() < 0.3 else "LDTT"
            out.append((year, rating, title))
            if rating == "HTXSNV" and rng.random() < 0.35:
                provincial = rng.random() < 0.12
                decided = date(year + 1, 1, rng.randint(5, 28))
                if decided > self.today:
                    continue
                awards.append({"year": year, "form": "BK_TINH" if provincial else "GIAY_KHEN",
                               "level": "Cấp tỉnh" if provincial else "Cấp sở, ngành",
                               "decision_number": f"{rng.randint(10, 2500)}/QĐ-{'UBND' if provincial else 'TĐKT'}",
                               "decided_on": decided.isoformat(),
                               "issuer": "Chủ tịch UBND tỉnh" if provincial else "Thủ trưởng cơ quan"})
        return out, awards

    def _disciplines(self, rng: random.Random, category: str, recruited: date,
                     evaluations: list[tuple[int, str, str | None]]) -> list[dict[str, Any]]:
        if rng.random() >= 0.015 or not evaluations:
            return []
        year, _, _ = rng.choice(evaluations)
        decided = date(year, rng.randint(3, 11), rng.randint(1, 28))
        if decided <= recruited or decided > self.today:
            return []
        vc = category in ("public_employee", "contract_worker")
        form = ("VC_" if vc else "") + _weighted(rng, [("KHIEN_TRACH", 7), ("CANH_CAO", 3)])
        end = rules.add_months(decided, 12)
        for i, (y, _r, _t) in enumerate(evaluations):  # the year of a penalty is not rated well
            if y == year:
                evaluations[i] = (y, "HTNV" if rng.random() < 0.6 else "KHTNV", None)
        return [{"from_month": _month(decided), **({"to_month": _month(end)} if end <= self.today else {}),
                 "form": form, "violation": rng.choice(["Vi phạm quy định về thời giờ làm việc",
                                                         "Chậm giải quyết hồ sơ thủ tục hành chính",
                                                         "Vi phạm quy chế làm việc của cơ quan"]),
                 "decided_by": "Thủ trưởng cơ quan", "decision_number": f"{rng.randint(5, 400)}/QĐ-KL",
                 "decided_on": decided.isoformat()}]

    def _salary(self, rng: random.Random, *, rank: str, junior: str | None, promoted: date | None, recruited: date,
                category: str, qualification: str, evaluations: list[tuple[int, str, str | None]],
                awards: list[dict[str, Any]], disciplines: list[dict[str, Any]]
                ) -> tuple[dict[str, Any], list[dict[str, Any]], list[dict[str, Any]]]:
        """The career's steps, by the rules: placement at recruitment (R-16), a raise when the holding period
        ends (R-10 with R-12's extensions), a few early (R-13), a promotion to the rank held now placed on the
        nearest coefficient not lower (R-06), then beyond the frame (R-15)."""
        c, data = self.c, self.c.data
        current = junior or rank
        group, table = c.ranks[current]
        held = qualification if qualification in ("TC", "CD", "DH") else "DH"  # higher degrees came later
        step = min(rules.initial_step(data.placements, group=group, qualification=held, on=recruited),
                   c.last_step(group, table, recruited) or 1)
        start = recruited
        ratings = [rules.Rating(y, r) for y, r, _ in evaluations]
        penalties = [rules.Penalty(d["form"], date.fromisoformat(d["decided_on"])) for d in disciplines]
        award_years = {a["year"]: a["form"] for a in awards}
        award_years.update({y: "CSTD_CS" for y, _, t in evaluations if t == "CSTD_CS" and y not in award_years})
        months = {a.code: a.months for a in data.awards}
        cutoff = self.cutoff
        if rng.random() < 0.08:  # a unit behind with its decisions: raises of the last months still pending
            cutoff = rules.add_months(cutoff, -rng.randint(1, 4))
        periods: list[dict[str, Any]] = []
        allowances: list[dict[str, Any]] = []
        beyond, beyond_on = 0, None
        rank_on = recruited

        def coefficient(g: str, t: str, s: int) -> Decimal:
            found = c.step(g, t, s, start)
            return found.coefficient if found else Decimal("0")

        def open_period(on: date, note: str) -> None:
            if periods:
                periods[-1]["to_month"] = _month(on - timedelta(days=1)) if on.day == 1 else _month(on)
            periods.append({"from_month": _month(on), "rank_code": current, "step": step,
                            "coefficient": str(coefficient(group, table, step)),
                            "decision_number": f"{rng.randint(10, 3000)}/QĐ-{note}"})

        open_period(start, "TD")
        clock_args = dict(staff_category=category, extension_table=data.extensions, ratings=ratings,
                          penalties=penalties, params=data.params)
        for _ in range(60):
            last = c.last_step(group, table, start) or step
            period = c.raise_period(group, start) or 36
            if promoted is not None and junior is not None:
                if step < last:
                    nxt = rules.holding_period_due(start=start, period_months=period, **clock_args).due_on
                else:
                    nxt = rules.holding_period_due(start=beyond_on or start, period_months=12 if beyond else period,
                                                   **clock_args).due_on
                if promoted <= nxt or nxt >= cutoff:
                    old = coefficient(group, table, step)
                    current, junior = rank, None
                    group, table = c.ranks[current]
                    ladder = c.ladder(group, table, promoted)
                    step = next((s.step for s in ladder if s.coefficient >= old), ladder[-1].step if ladder else 1)
                    start = rank_on = promoted
                    beyond, beyond_on = 0, None
                    open_period(start, "NN")
                    continue
            if step < last:
                due = rules.holding_period_due(start=start, period_months=period, **clock_args).due_on
                award = next((award_years[y] for y in range(start.year, due.year) if y in award_years), None)
                if award and rng.random() < 0.3 and months.get(award):  # early, for the achievement
                    early = rules.add_months(due, -months[award])
                    if early < cutoff:
                        due = early
                if due >= cutoff:
                    break
                step, start = step + 1, due
                open_period(start, "NL")
            elif rules.beyond_frame_applies(table, data.params, start):
                due = rules.holding_period_due(start=beyond_on or start, period_months=12 if beyond else period,
                                               **clock_args).due_on
                if due >= cutoff:
                    break
                beyond, beyond_on = (beyond + 1 if beyond else 5), due
                if allowances:
                    allowances[-1]["to_month"] = _month(due - timedelta(days=1))
                allowances.append({"from_month": _month(due), "kind": "Phụ cấp thâm niên vượt khung",
                                   "percent": str(beyond), "form": "Theo quyết định nâng PCTNVK"})
            else:
                break
        salary: dict[str, Any] = {"rank_code": current, "rank_appointed_on": rank_on.isoformat(), "salary_step": step,
                                  "salary_coefficient": str(coefficient(group, table, step)),
                                  "salary_effective_on": start.isoformat(), "salary_percent": "100"}
        if beyond and beyond_on:
            salary["beyond_frame_percent"] = str(beyond)
            salary["beyond_frame_effective_on"] = beyond_on.isoformat()
        return salary, periods, allowances

    def _position(self, rng: random.Random, unit: Unit, category: str, birth: date, recruited: date,
                  retirement: rules.Retirement) -> tuple[dict[str, Any], dict[str, Any] | None]:
        today, params = self.today, self.c.data.params
        age = (today - birth).days / 365.25
        if category == "cadre":
            return {"current_position": rng.choice(COMMUNE_CADRE_POSTS),
                    "party_position": "Đảng ủy viên" if rng.random() < 0.5 else None}, None
        chance = {"department": 0.13, "division": 0.22, "commune": 0.12}[unit.kind]
        serving = (today - recruited).days / 365.25
        leader = age >= 30 and serving >= 5 and retirement.retirement_date > today + timedelta(days=400) \
            and rng.random() < chance
        if not leader:
            job = rng.choice(COMMUNE_JOBS) if unit.kind == "commune" else "Chuyên viên"
            return {"current_position": None, "main_work": job}, None
        if unit.kind == "commune":
            post = rng.choice(COMMUNE_POSTS)
            earliest = date(2025, 7, 1)  # the communes of the two-level government began then
        else:
            post = _weighted(rng, DEPARTMENT_POSTS if unit.kind == "department" else DIVISION_POSTS)
            earliest = today - timedelta(days=5 * 365 + 45)  # a few terms ended without renewal yet
        term_start = _day(rng, max(earliest, recruited + timedelta(days=5 * 365)), today - timedelta(days=30))
        positions: dict[str, Any] = {"current_position": post, "appointed_on": term_start.isoformat(),
                                     "position_allowance": str(_weighted(rng, [(Decimal("0.20"), 3),
                                                                               (Decimal("0.30"), 3),
                                                                               (Decimal("0.40"), 2),
                                                                               (Decimal("0.60"), 1)]))}
        earlier = rules.add_months(term_start, -60)
        if unit.kind != "commune" and rng.random() < 0.45 and earlier > recruited + timedelta(days=5 * 365):
            positions["appointed_on"], positions["reappointed_on"] = earlier.isoformat(), term_start.isoformat()
        if rng.random() < 0.3:
            positions["planned_position"] = "Giám đốc Sở" if "Giám đốc" in post else "Trưởng phòng"
            positions["planned_period"] = "2026-2031"
        rules.appointment_term(term_start, params)  # a start no rule covers would fail here, not in the service
        return positions, {"post": post, "since": term_start,
                           "first": date.fromisoformat(positions["appointed_on"])}

    def _education(self, rng: random.Random, qualification: str, rank: str, leader: bool, party: bool,
                   positions: dict[str, Any]) -> dict[str, Any]:
        senior = rank in ("01.002", "01.001", "04.024", "06.030")
        political = ("CC" if leader and "Giám đốc" in (positions.get("current_position") or "") else
                     "TC" if leader or senior else "SC" if party else None)
        management = ("CVCC" if rank == "01.001" else "CVC" if senior or leader else
                      "CV" if rank.startswith(("01.", "02.", "04.", "06.")) else "CDNN")
        out: dict[str, Any] = {"general_education": "12/12", "highest_qualification": qualification,
                               "major": None, "political_theory_level": political,
                               "state_management_level": management,
                               "it_level": _weighted(rng, [("CNTT_CB", 8), ("CNTT_NC", 2)]),
                               "foreign_languages": [{"language": "Tiếng Anh",
                                                      "level": _weighted(rng, [("KNLNN_B2", 4), ("KNLNN_B3", 5),
                                                                               ("KNLNN_B4", 1)])}]}
        return out

    def _training(self, rng: random.Random, birth: date, recruited: date, qualification: str, sector: str,
                  rank: str, education: dict[str, Any]) -> list[dict[str, Any]]:
        today = self.today
        school, major = (ACCOUNTING if rank.startswith("06.") else
                         rng.choice(INSTITUTIONS["health" if sector == "health" else
                                                 "education" if sector == "education" else "admin"]))
        education["major"] = major
        years = 4 if qualification not in ("TC", "CD") else 2
        graduated = date(recruited.year if recruited.month >= 7 else recruited.year - 1, 6, 1)
        entered = date(graduated.year - years, 9, 1)
        if entered < birth + timedelta(days=17 * 365):
            entered = date((birth + timedelta(days=17 * 365)).year + 1, 9, 1)
            graduated = max(graduated, date(entered.year + years, 6, 1))
        degree = {"TC": "Bằng tốt nghiệp trung cấp", "CD": "Bằng tốt nghiệp cao đẳng"}.get(qualification,
                                                                                          "Bằng cử nhân")
        out = [{"kind": "professional", "from_month": _month(entered), "to_month": _month(min(graduated, today)),
                "institution": school, "field": major, "mode": "Chính quy", "degree": degree,
                "qualification": qualification if qualification in ("TC", "CD") else "DH"}]
        lo, hi = recruited + timedelta(days=700), today - timedelta(days=800)
        begin = _day(rng, lo, hi) if lo < hi else min(date(graduated.year, 9, 1), today - timedelta(days=60))
        if qualification in ("ThS", "TS", "CK1", "CK2"):
            end = min(rules.add_months(begin, 24), today)
            out.append({"kind": "professional", "from_month": _month(begin), "to_month": _month(end),
                        "institution": school, "field": major, "mode": "Vừa làm vừa học",
                        "degree": {"ThS": "Bằng thạc sĩ", "TS": "Bằng thạc sĩ", "CK1": "Bằng chuyên khoa cấp I",
                                   "CK2": "Bằng chuyên khoa cấp I"}[qualification],
                        "qualification": "ThS" if qualification in ("ThS", "TS") else "CK1"})
            if qualification in ("TS", "CK2") and end + timedelta(days=1500) < today:
                b2 = end + timedelta(days=rng.randrange(200, 600))
                out.append({"kind": "professional", "from_month": _month(b2),
                            "to_month": _month(min(rules.add_months(b2, 36), today)), "institution": school,
                            "field": major, "mode": "Tập trung", "qualification": qualification,
                            "degree": "Bằng tiến sĩ" if qualification == "TS" else "Bằng chuyên khoa cấp II"})
        after = recruited + timedelta(days=365)
        if after < today - timedelta(days=60):
            if education.get("political_theory_level") in ("TC", "CC"):
                on = _day(rng, after, today - timedelta(days=60))
                out.append({"kind": "political_theory", "from_month": _month(on),
                            "to_month": _month(min(rules.add_months(on, 8), today)),
                            "institution": "Trường Chính trị tỉnh Tuyên Quang" if education["political_theory_level"]
                            == "TC" else "Học viện Chính trị khu vực I", "mode": "Vừa làm vừa học",
                            "degree": "Bằng trung cấp lý luận chính trị" if education["political_theory_level"]
                            == "TC" else "Bằng cao cấp lý luận chính trị"})
            if education.get("state_management_level") in ("CV", "CVC", "CVCC"):
                on = _day(rng, after, today - timedelta(days=60))
                out.append({"kind": "state_management", "from_month": _month(on),
                            "to_month": _month(min(rules.add_months(on, 2), today)),
                            "institution": "Trường Chính trị tỉnh Tuyên Quang",
                            "degree": "Chứng chỉ bồi dưỡng kiến thức QLNN chương trình "
                                      + {"CV": "chuyên viên", "CVC": "chuyên viên chính",
                                         "CVCC": "chuyên viên cao cấp"}[education["state_management_level"]]})
            on = _day(rng, after, today - timedelta(days=60))
            out.append({"kind": "it", "from_month": _month(on), "to_month": _month(on),
                        "institution": "Đại học Tân Trào", "degree": "Chứng chỉ ứng dụng CNTT cơ bản"})
            if rng.random() < 0.3:
                on = _day(rng, after, today - timedelta(days=60))
                out.append({"kind": "defence_security", "from_month": _month(on), "to_month": _month(on),
                            "institution": "Bộ Chỉ huy Quân sự tỉnh Tuyên Quang",
                            "degree": "Giấy chứng nhận bồi dưỡng kiến thức quốc phòng - an ninh đối tượng 4"})
        return out

    def _levels(self, rng: random.Random, profile: dict[str, Any], unit: Unit, *, birth: date, recruited: date,
                qualification: str, sector: str) -> None:
        """The levels the statistical reports count, as varied as a province's records are: general education
        in the former 10-year system for the older, lower for some older commune staff; IT from none to a
        formal qualification; English from none to a degree, another foreign language for a few; an
        ethnic-minority language certificate for many commune staff (2C items 15.1, 15.5, 15.6; table 32)."""
        education, training = profile["education"], profile["training"]
        commune, today = unit.kind == "commune", self.today
        after, before = recruited + timedelta(days=365), today - timedelta(days=60)

        def course(kind: str, institution: str, **fields: Any) -> None:
            if after < before:
                on = _day(rng, after, before)
                training.append({"kind": kind, "from_month": _month(on),
                                 "to_month": _month(min(rules.add_months(on, 3), today)),
                                 "institution": institution, **fields})

        if birth.year < 1973:  # school before the 12-year system reached the North
            education["general_education"] = "10/10"
        if commune and qualification in ("TC", "SC") and rng.random() < 0.25:
            education["general_education"] = _weighted(rng, [("9/12", 5), ("7/10", 3), ("THCS", 2), ("5/12", 1)])
        draw = rng.random()
        if draw < 0.07:  # a formal IT qualification
            education["it_level"] = _weighted(rng, [("TC_CNTT", 3), ("CD_CNTT", 2), ("DH_CNTT", 2)])
        elif draw < 0.17 and (commune or birth.year < 1975):  # no IT certificate at all
            education["it_level"] = "KHONG"
            training[:] = [t for t in training if t["kind"] != "it"]
        draw = rng.random()
        languages = education["foreign_languages"]
        if draw < 0.05 or (sector == "education" and draw < 0.12):  # an English degree
            languages[:] = [{"language": "Tiếng Anh", "level": "DH_NN"}]
        elif draw < (0.45 if commune or birth.year < 1975 else 0.2):  # no English
            languages[:] = []
        if rng.random() < 0.06:  # another foreign language: Chinese near the border, Russian and French earlier
            language = _weighted(rng, [("Tiếng Trung", 6), ("Tiếng Nga", 2), ("Tiếng Pháp", 1), ("Tiếng Hàn", 1)])
            level = _weighted(rng, [("KNLNN_B2", 4), ("KNLNN_B3", 3), ("CC_B", 2), ("DH_NN", 1)])
            languages.append({"language": language, "level": level})
        if rng.random() < (0.3 if commune else 0.03):  # the ethnic-minority language course for officials
            language = _weighted(rng, [("Tiếng Mông", 4), ("Tiếng Dao", 3), ("Tiếng Tày", 3)])
            languages.append({"language": language, "level": "TIENG_DTTS"})
            course("language", "Trường Chính trị tỉnh Tuyên Quang", language=language, language_level="TIENG_DTTS",
                   degree=f"Chứng chỉ {language.lower()}")

    def _family(self, rng: random.Random, birth: date, gender: str, marital: str,
                family: str) -> list[dict[str, Any]]:
        out = [{"side": "self", "relation": "BO", "full_name": f"{family} Văn "
                f"{rng.choice(GIVEN['1'])}", "birth_year": birth.year - rng.randint(22, 34),
                "details": "Nông dân" if rng.random() < 0.6 else "Cán bộ hưu trí"},
               {"side": "self", "relation": "ME", "full_name": f"{rng.choice(FAMILY_BY_ETHNICITY['01'])} Thị "
                f"{rng.choice(GIVEN['2'])}", "birth_year": birth.year - rng.randint(20, 32), "details": "Nông dân"}]
        if marital == "CO_VO_CHONG":
            spouse_gender = "2" if gender == "1" else "1"
            out.append({"side": "self", "relation": "VO" if gender == "1" else "CHONG",
                        "full_name": f"{rng.choice(FAMILY_BY_ETHNICITY['01'])} {rng.choice(MIDDLE[spouse_gender])} "
                                     f"{rng.choice(GIVEN[spouse_gender])}",
                        "birth_year": birth.year + rng.randint(-4, 4),
                        "details": rng.choice(["Giáo viên", "Kinh doanh tự do", "Công chức", "Viên chức y tế"])})
            for _ in range(rng.choice([1, 2, 2, 3])):
                year = birth.year + rng.randint(24, 36)
                if year <= self.today.year:
                    child_gender = rng.choice(["1", "2"])
                    out.append({"side": "self", "relation": "CON",
                                "full_name": f"{family if gender == '1' else rng.choice(FAMILY_BY_ETHNICITY['01'])} "
                                             f"{rng.choice(MIDDLE[child_gender])} {rng.choice(GIVEN[child_gender])}",
                                "birth_year": year, "details": "Học sinh" if self.today.year - year < 18 else None})
        return out

    def _joined(self, rng: random.Random, unit: Unit, recruited: date) -> date:
        if unit.kind == "commune":
            return max(recruited, date(2025, 7, 1))
        if rng.random() < 0.35 and recruited < self.today - timedelta(days=3 * 365):
            return _day(rng, recruited + timedelta(days=365), self.today - timedelta(days=400)).replace(day=1)
        return recruited

    def _work_history(self, rng: random.Random, unit: Unit, recruited: date, joined: str, positions: dict[str, Any],
                      appointment: dict[str, Any] | None) -> list[dict[str, Any]]:
        joined_on = date.fromisoformat(joined)
        here = unit.name if unit.kind != "division" else f"{unit.name}, {unit.parent_name}"
        rows = []
        if joined_on > recruited:
            before = (f"UBND {rng.choice(FORMER_DISTRICTS)} (cũ)" if unit.kind == "commune"
                      else rng.choice(FORMER_AGENCIES))
            rows.append({"from_month": _month(recruited), "to_month": _month(joined_on - timedelta(days=1)),
                         "unit_name": before, "position": "Chuyên viên" if unit.kind != "commune" else "Công chức"})
        start = max(recruited, joined_on)
        if appointment is not None and _month(appointment["first"]) > _month(start):
            rows.append({"from_month": _month(start), "to_month": _month(appointment["first"] - timedelta(days=1)),
                         "unit_name": here, "position": positions.get("main_work") or "Chuyên viên"})
            rows.append({"from_month": _month(appointment["first"]), "unit_name": here,
                         "position": appointment["post"]})
        else:
            rows.append({"from_month": _month(start), "unit_name": here,
                         "position": positions.get("current_position") or positions.get("main_work") or "Chuyên viên"})
        return rows


def units_of(rows: Iterable[tuple[str, str | None, str, bool]]) -> list[Unit]:
    """The demo's units from the unit tree (unit_id, parent_id, name, active): the departments and the
    communes under the province, and the divisions under a department; not the province itself."""
    rows = list(rows)
    names = {u: n for u, _, n, _ in rows}
    roots = {u for u, p, _, _ in rows if p is None}
    top = {u for u, p, _, a in rows if a and p in roots}
    out = []
    for unit_id, parent, name, active in rows:
        if not active or parent is None or parent not in roots | top:
            continue
        if parent in roots:
            out.append(Unit(unit_id, name, "commune" if unit_id.isdigit() else "department"))
        else:
            out.append(Unit(unit_id, name, "division", names.get(parent)))
    return out


def people(province: Province, units: Sequence[Unit], total: int) -> Iterator[tuple[int, Unit, uuid.UUID,
                                                                                   dict[str, Any]]]:
    for index, unit in enumerate(plan(units, total)):
        pid, profile = province.generate(index, unit)
        yield index, unit, pid, profile
