"""The event contract between services: the envelope and the typed payloads, versioned."""

from common.events.envelope import Envelope, EventPayload, topic_of
from common.events.registry import payload_model, registered_types

__all__ = ["Envelope", "EventPayload", "payload_model", "registered_types", "topic_of"]
