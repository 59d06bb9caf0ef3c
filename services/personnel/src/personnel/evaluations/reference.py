"""The dated rule data of evaluation (data/*.csv), as the typed rows of evaluations.rules."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from personnel import ruletables
from personnel.evaluations.rules import EvaluationRule, Parameter

DATA_DIR = Path(__file__).parent / "data"


_date = ruletables.iso_date


def _rows(name: str) -> list[dict[str, str]]:
    return ruletables.rows(DATA_DIR / name)


@dataclass(frozen=True)
class EvaluationData:
    rules: tuple[EvaluationRule, ...]
    params: tuple[Parameter, ...]


@cache
def evaluation_data() -> EvaluationData:
    rules = tuple(EvaluationRule(r["scheme"], r["applies_to"], _date(r["valid_from"]), _date(r["valid_to"]),  # type: ignore[arg-type]
                                 r["score_required"] == "yes", tuple(r["levels"].split()), r["legal_basis"],
                                 r["confidence"], r["note"])
                  for r in _rows("evaluation_rules.csv"))
    params = tuple(Parameter(r["key"], r["value"], _date(r["valid_from"]), _date(r["valid_to"]), r["legal_basis"])
                   for r in _rows("parameters.csv"))
    return EvaluationData(rules, params)
