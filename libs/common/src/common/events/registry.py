"""Type name -> payload model. Contracts register themselves when common.events.contracts is imported."""

from __future__ import annotations

from collections.abc import Callable

from common.events.envelope import EventPayload, topic_of

_REGISTRY: dict[str, type[EventPayload]] = {}


def event_type(name: str) -> Callable[[type[EventPayload]], type[EventPayload]]:
    topic_of(name)  # validates the name's shape at import time

    def register(cls: type[EventPayload]) -> type[EventPayload]:
        if name in _REGISTRY and _REGISTRY[name] is not cls:
            raise ValueError(f"event type registered twice: {name}")
        cls.event_type = name
        _REGISTRY[name] = cls
        return cls

    return register


def payload_model(name: str) -> type[EventPayload]:
    import common.events.contracts  # noqa: F401  (registers every contract)

    try:
        return _REGISTRY[name]
    except KeyError:
        raise LookupError(f"unknown event type {name!r}") from None


def registered_types() -> dict[str, type[EventPayload]]:
    import common.events.contracts  # noqa: F401

    return dict(_REGISTRY)
