"""JSON Schema snapshots of every event payload, committed beside the contracts.

`python -m common.events.schemas --write` regenerates them after a deliberate change; the contract test
compares the models with the snapshots and refuses a change that would break a consumer (a removed or
retyped field, a new required field) without a new major version of the type."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from common.events.registry import registered_types

SCHEMA_DIR = Path(__file__).parent / "schemas"


def current_schemas() -> dict[str, dict[str, Any]]:
    return {name: model.model_json_schema() for name, model in sorted(registered_types().items())
            if not name.startswith("probe.")}


def breaking_changes(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """What in `new` would break a consumer written against `old`."""
    problems = []
    old_props, new_props = old.get("properties", {}), new.get("properties", {})
    for name, spec in old_props.items():
        if name not in new_props:
            problems.append(f"field removed: {name}")
        elif _type_of(spec) != _type_of(new_props[name]):
            problems.append(f"field type changed: {name}")
    for name in set(new.get("required", [])) - set(old.get("required", [])):
        problems.append(f"field became required: {name}")
    return problems


def _type_of(spec: dict[str, Any]) -> Any:
    return spec.get("type") or spec.get("$ref") or [_type_of(s) for s in spec.get("anyOf", [])]


def write() -> None:
    SCHEMA_DIR.mkdir(exist_ok=True)
    for name, schema in current_schemas().items():
        text = json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=True)
        (SCHEMA_DIR / f"{name}.json").write_text(text + "\n")


if __name__ == "__main__":
    if "--write" in sys.argv:
        write()
    print("\n".join(current_schemas()))
