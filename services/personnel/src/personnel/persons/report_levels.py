"""The levels the statistical reports count a person in, derived from the record (pure): IT, English,
other foreign languages, an ethnic-minority language certificate and general education (BM01 cols 22–28,
BM02 cols 14–16 and 21–27; ../shared/domain/statistical-reports.md §2 and §8.3, §8.6).

Each is the highest level the record shows, from the summary of the résumé (2C items 15.1, 15.5, 15.6:
`education.general_education`, `.it_level`, `.foreign_languages`) and from the training table (TT 06/2023
32.1, 32.5, 32.6: rows of kind `it` and `language`, and professional degrees whose field is IT or a
language). A training row counts once it has ended by the day of the version (a course still running is
not a qualification yet, §8.3); a row with no dates at all is taken as held (old records).

The values are the reports' own: every person gets one (never None), so a report can tell "none" from an
older event that did not carry the levels."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from personnel.profiles.schema import Profile, Training
from personnel.search.folding import fold

# professional_qualifications: the codes of a degree from intermediate (trung cấp) up, and from university up.
FROM_INTERMEDIATE = frozenset({"TSKH", "TS", "CK2", "ThS", "CK1", "BSNT", "DH", "CD", "TC"})
FROM_UNIVERSITY = frozenset({"TSKH", "TS", "CK2", "ThS", "CK1", "BSNT", "DH"})

# it_levels (DM_TIN_HOC): a formal IT qualification from intermediate up, or a certificate (old A/B/C,
# the basic and advanced IT-skills standards of TT 03/2014/TT-BTTTT).
IT_DEGREES = frozenset({"TC_CNTT", "CD_CNTT", "DH_CNTT"})
IT_CERTIFICATES = frozenset({"CNTT_CB", "CNTT_NC", "TH_A", "TH_B", "TH_C"})

# foreign_language_levels (DM_TD_NGOAI_NGU): a degree in the language; the 6-level framework, the old
# A/B/C certificates and international certificates count as a certificate (§8.6); TIENG_DTTS is an
# ethnic-minority language certificate.
LANGUAGE_DEGREES = frozenset({"DH_NN"})
LANGUAGE_CERTIFICATES = frozenset({"KNLNN_B1", "KNLNN_B2", "KNLNN_B3", "KNLNN_B4", "KNLNN_B5", "KNLNN_B6",
                                   "CC_A", "CC_B", "CC_C", "QT"})
ETHNIC_LANGUAGE_LEVEL = "TIENG_DTTS"

# Languages of Vietnam's ethnic minorities, by their folded name ("tiếng Tày" -> "tay"). Thái, Hoa, Lào and
# Khơ-me are left out: the same words name the languages of Thailand, China, Laos and Cambodia, so such a
# row is an ethnic-minority language only when its level says so (TIENG_DTTS).
ETHNIC_LANGUAGES = frozenset(fold(n) for n in (
    "Tày", "Nùng", "Mông", "H'Mông", "HMông", "Hmông", "Dao", "Mường", "Sán Chay", "Cao Lan", "Sán Dìu", "Giáy",
    "Pà Thẻn", "Lô Lô", "Bố Y", "La Chí", "Phù Lá", "Cơ Lao", "Ê-đê", "Ê đê", "Gia-rai", "Gia rai", "Ba Na",
    "Bana", "Chăm", "Xơ-đăng", "Xơ Đăng", "Cơ-ho", "Cơ Ho", "Mnông", "M'Nông", "Khơ-mú", "Khơ Mú", "Raglai",
    "Ra-glai", "Xtiêng", "Hrê", "Cơ-tu", "Cơ Tu", "Bru-Vân Kiều", "Vân Kiều", "Thổ", "Hà Nhì"))
ENGLISH = frozenset({"anh", "english", "anh van", "anh ngu"})
NOT_FOREIGN = frozenset({"viet", "kinh", "hoc", "va", "ngoai"})  # tiếng Việt; ngôn ngữ học (linguistics)

# specialties (the training-field codes of TT 09/2022/TT-BGDĐT): computing and IT (748xxxx); English
# language and English teaching; the other foreign languages and their teaching.
IT_FIELD_CODES = ("7480",)
ENGLISH_FIELD_CODES = frozenset({"7220201", "7140231"})
LANGUAGE_FIELD_CODES = ("72202", "714023")
IT_FIELD_WORDS = ("cong nghe thong tin", "tin hoc", "khoa hoc may tinh", "ky thuat phan mem", "he thong thong tin",
                  "mang may tinh", "ky thuat may tinh", "an toan thong tin", "cntt")
LANGUAGE_IN_FIELD = re.compile(r"\b(?:tieng|ngon ngu)\s+([a-z'\-]+(?:\s+[a-z'\-]+)*)")

IT_ORDER = ("none", "certificate", "intermediate_or_above")
LANGUAGE_ORDER = ("none", "certificate", "degree")
GENERAL_ORDER = ("none", "primary", "lower_secondary", "upper_secondary")


@dataclass(frozen=True)
class ReportLevels:
    it_level: str  # intermediate_or_above | certificate | none
    english_level: str  # degree | certificate | none
    other_language_level: str  # degree | certificate | none
    ethnic_language_certificate: bool
    general_education_level: str  # upper_secondary | lower_secondary | primary | none

    def as_event(self) -> dict[str, object]:
        return {"it_level": self.it_level, "english_level": self.english_level,
                "other_language_level": self.other_language_level,
                "ethnic_language_certificate": self.ethnic_language_certificate,
                "general_education_level": self.general_education_level}


def _highest(order: tuple[str, ...], values: Iterable[str]) -> str:
    return max(values, key=order.index, default=order[0])


def _month(on: date) -> str:
    return f"{on.year:04d}-{on.month:02d}"


def finished(row: Training, on: date) -> bool:
    """The row's course had ended by `on` (a row with no dates is taken as held)."""
    if row.to_month is not None:
        return row.to_month <= _month(on)
    return row.from_month is None


def general_education(code: str | None) -> str:
    """DM_TD_PHO_THONG: the grade completed out of the system's (12-year: primary 1–5, lower secondary 6–9,
    upper 10–12; the former northern 10-year system: 1–4, 5–7, 8–10), or the graduation labels."""
    if not code:
        return "none"
    label = code.strip().upper()
    if label in ("THPT", "BTVH"):  # bổ túc văn hoá: the complementary upper-secondary diploma
        return "upper_secondary"
    if label == "THCS":
        return "lower_secondary"
    m = re.fullmatch(r"(\d{1,2})\s*/\s*(10|12)", label)
    if not m:
        return "none"
    grade, system = int(m.group(1)), int(m.group(2))
    primary, lower = (5, 9) if system == 12 else (4, 7)
    if grade >= system:
        return "upper_secondary"
    if grade >= lower:
        return "lower_secondary"
    if grade >= primary:
        return "primary"
    return "none"


@lru_cache(maxsize=4096)  # the same few names on every record
def _language_of(name: str | None) -> str | None:
    """'english', 'ethnic' or 'other' for a language's name as written; None when it names none."""
    if not name:
        return None
    folded = re.sub(r"^(tieng|ngon ngu|ngoai ngu)\s+", "", fold(name).strip())
    words = folded.split()
    if not words or words[0] in NOT_FOREIGN:
        return None
    heads = {folded, words[0], " ".join(words[:2])}
    if heads & ENGLISH:
        return "english"
    if heads & ETHNIC_LANGUAGES:
        return "ethnic"
    return "other"


@lru_cache(maxsize=4096)  # the same few names on every record
def _field_language(field: str | None) -> str | None:
    """The language a degree's field is in ('Ngôn ngữ Anh', 'Sư phạm tiếng Mông', or its code), if any."""
    if not field:
        return None
    code = field.strip()
    if code in ENGLISH_FIELD_CODES:
        return "english"
    if code.startswith(LANGUAGE_FIELD_CODES):
        return "other"
    m = LANGUAGE_IN_FIELD.search(fold(field))
    return _language_of(m.group(1)) if m else None


@lru_cache(maxsize=4096)  # the same few names on every record
def _it_field(field: str | None) -> bool:
    if not field:
        return False
    return field.strip().startswith(IT_FIELD_CODES) or any(w in fold(field) for w in IT_FIELD_WORDS)


def _language_grade(level: str | None, qualification: str | None, *, row: bool) -> str | None:
    """degree / certificate for one language entry; None when it shows no qualification (level "Không", or a
    summary line with no level)."""
    if level in LANGUAGE_DEGREES or qualification in FROM_UNIVERSITY:
        return "degree"
    if level in LANGUAGE_CERTIFICATES or level == ETHNIC_LANGUAGE_LEVEL:
        return "certificate"
    if level == "KHONG":
        return None
    return "certificate" if row else None  # a finished course of the table: the certificate it gave


def report_levels(profile: Profile, on: date) -> ReportLevels:
    """The highest level of each, on the day `on` (the version's approval)."""
    edu = profile.education
    it: list[str] = []
    english: list[str] = []
    other: list[str] = []
    ethnic = False

    def language(kind: str | None, grade: str | None) -> None:
        nonlocal ethnic
        if grade is None or kind is None:
            return
        if kind == "ethnic":
            ethnic = True
        elif kind == "english":
            english.append(grade)
        else:
            other.append(grade)

    if edu.it_level in IT_DEGREES:
        it.append("intermediate_or_above")
    elif edu.it_level in IT_CERTIFICATES:
        it.append("certificate")
    if edu.highest_qualification in FROM_INTERMEDIATE and _it_field(edu.major):
        it.append("intermediate_or_above")
    if edu.highest_qualification in FROM_UNIVERSITY:
        language(_field_language(edu.major), "degree")
    for fl in edu.foreign_languages:
        kind = "ethnic" if fl.level == ETHNIC_LANGUAGE_LEVEL else _language_of(fl.language)
        language(kind, _language_grade(fl.level, None, row=False))
    for row in profile.training:
        if not finished(row, on):
            continue
        if row.kind == "it":
            it.append("intermediate_or_above" if row.qualification in FROM_INTERMEDIATE else "certificate")
        elif row.kind == "language":
            kind = ("ethnic" if row.language_level == ETHNIC_LANGUAGE_LEVEL else
                    _language_of(row.language) or _field_language(row.field))
            language(kind, _language_grade(row.language_level, row.qualification, row=True))
        elif row.kind == "professional":
            if row.qualification in FROM_INTERMEDIATE and _it_field(row.field):
                it.append("intermediate_or_above")
            if row.qualification in FROM_UNIVERSITY:
                language(_field_language(row.field), "degree")
    return ReportLevels(it_level=_highest(IT_ORDER, it), english_level=_highest(LANGUAGE_ORDER, english),
                        other_language_level=_highest(LANGUAGE_ORDER, other), ethnic_language_certificate=ethnic,
                        general_education_level=general_education(edu.general_education))
