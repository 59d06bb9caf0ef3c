"""Each module of personnel's tests runs its in-process app on Kafka topics and consumer groups of its own.

org's in-process app (tests/org) lives for the whole session on the session's topics and publishes its whole
seed of catalogs there: a personnel app on those topics would take org's salary grades into a database whose
catalogs a test set (or deleted) on purpose, at a moment that depends on the machine's speed."""

from __future__ import annotations

import uuid

import pytest


@pytest.fixture(scope="module")
def topic_prefix() -> str:
    return f"test-{uuid.uuid4().hex[:8]}."
