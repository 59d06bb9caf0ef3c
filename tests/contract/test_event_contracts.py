"""Every event type: its schema is unchanged or compatible with the committed snapshot, and every
consumer subscribes only to types that exist."""

from __future__ import annotations

import importlib
import json

import pytest

from common.events.registry import registered_types
from common.events.schemas import SCHEMA_DIR, breaking_changes, current_schemas

SERVICES = ["identity", "personnel", "org", "transfer", "reporting", "notify"]
SCHEMAS = current_schemas()


@pytest.mark.parametrize("event_type", sorted(SCHEMAS))
def test_schema_matches_the_committed_snapshot(event_type):
    path = SCHEMA_DIR / f"{event_type}.json"
    assert path.exists(), f"new event type {event_type}: run `python -m common.events.schemas --write` and commit"
    old = json.loads(path.read_text())
    new = SCHEMAS[event_type]
    problems = breaking_changes(old, new)
    assert not problems, f"{event_type} changed incompatibly ({problems}); publish a new .v<N+1> type instead"
    assert old == json.loads(json.dumps(new, sort_keys=True)), (
        f"{event_type} changed compatibly: run `python -m common.events.schemas --write` and commit"
    )


def test_breaking_change_detection():
    old = {"properties": {"a": {"type": "string"}, "b": {"type": "integer"}}, "required": ["a"]}
    assert breaking_changes(old, old) == []
    assert breaking_changes(old, {"properties": {"a": {"type": "string"}}, "required": ["a"]}) == ["field removed: b"]
    assert breaking_changes(old, {"properties": {"a": {"type": "integer"}, "b": {"type": "integer"}},
                                  "required": ["a"]}) == ["field type changed: a"]
    widened = {"properties": {**old["properties"], "c": {"type": "string"}}, "required": ["a", "c"]}
    assert breaking_changes(old, widened) == ["field became required: c"]


@pytest.mark.parametrize("service", SERVICES)
def test_consumers_subscribe_only_to_registered_types(service):
    worker = importlib.import_module(f"{service}.worker")
    known = registered_types()
    for sub in worker.subscriptions:
        unknown = [t for t in sub.handlers if t not in known]
        assert not unknown, f"{service}/{sub.name} handles unregistered types {unknown}"
