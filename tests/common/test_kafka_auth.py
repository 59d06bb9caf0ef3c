"""How Kafka clients sign in (common.kafka_auth): nothing locally, SCRAM in production, and a SASL setting
without its credentials refuses to start instead of failing at the first event."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from common.kafka_auth import KafkaAuth


def test_the_local_stack_needs_no_sign_in():
    assert KafkaAuth().options() == {}


def test_production_signs_in_with_scram_as_the_services_own_user(monkeypatch):
    for key, value in {"SECURITY_PROTOCOL": "SASL_PLAINTEXT", "SASL_MECHANISM": "SCRAM-SHA-512",
                       "USERNAME": "personnel-kafka", "PASSWORD": "s3cret"}.items():
        monkeypatch.setenv(f"CBCCVC_KAFKA_{key}", value)
    assert KafkaAuth().options() == {"security_protocol": "SASL_PLAINTEXT", "sasl_mechanism": "SCRAM-SHA-512",
                                     "sasl_plain_username": "personnel-kafka", "sasl_plain_password": "s3cret"}


def test_sasl_without_a_password_refuses_to_start(monkeypatch):
    monkeypatch.setenv("CBCCVC_KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT")
    monkeypatch.setenv("CBCCVC_KAFKA_USERNAME", "personnel-kafka")
    with pytest.raises(ValidationError, match="CBCCVC_KAFKA_PASSWORD"):
        KafkaAuth()
