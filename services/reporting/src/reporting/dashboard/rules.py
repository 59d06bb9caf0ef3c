"""How the dashboard groups people (pure): five-year age bands for the pyramid, and the order of the mixes."""

from __future__ import annotations

from reporting.reports.dimensions import GRADE_GROUPS, PROFESSIONAL

AGE_BANDS = ("<=25", "26-30", "31-35", "36-40", "41-45", "46-50", "51-55", "56-60", ">60")


def age_band(age: int) -> str:
    """The pyramid's band of a completed age: up to 25, then five years each (26–30 ... 56–60), over 60."""
    if age <= 25:
        return AGE_BANDS[0]
    if age > 60:
        return AGE_BANDS[-1]
    return AGE_BANDS[(age - 26) // 5 + 1]


def pyramid(counts: list[tuple[int | None, str | None, int]]) -> list[dict[str, object]]:
    """(age, gender code, count) -> one entry per band, youngest first, with men and women; people without a
    birth date or a sex are left out (the total says how many there are)."""
    out = {b: {"band": b, "male": 0, "female": 0} for b in AGE_BANDS}
    for age, gender, n in counts:
        sex = {"1": "male", "2": "female"}.get(gender or "")
        if age is None or sex is None:
            continue
        out[age_band(age)][sex] += n  # type: ignore[operator]
    return list(out.values())


def ordered(counts: dict[str | None, int], order: tuple[str, ...]) -> list[dict[str, object]]:
    """Every known value in its order (zeros included, so the chart's axis is stable), then 'unknown'."""
    out: list[dict[str, object]] = [{"key": k, "count": counts.get(k, 0)} for k in order]
    unknown = sum(n for k, n in counts.items() if k not in order)
    if unknown:
        out.append({"key": "unknown", "count": unknown})
    return out


QUALIFICATION_ORDER = PROFESSIONAL
GRADE_ORDER = GRADE_GROUPS
STAFF_ORDER = ("cadre", "civil_servant", "public_employee", "contract_worker")
