"""Suite-wide ordering: tests that stop a shared server (marked disruptive) run after all others."""

import pytest


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    items.sort(key=lambda item: item.get_closest_marker("disruptive") is not None)
