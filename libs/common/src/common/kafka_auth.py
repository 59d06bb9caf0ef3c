"""How a Kafka client proves who it is: nothing on the local stack (its broker listens on 127.0.0.1 only);
SCRAM over SASL in production (deploy/k8s: one Strimzi KafkaUser per service, whose ACLs let it write
only its own topics and read only what it subscribes to; deploy/k8s/kafka_users.py).

Every producer, consumer and admin client of the system is made with `**client_options()`, read once
from the environment (CBCCVC_KAFKA_SECURITY_PROTOCOL, _SASL_MECHANISM, _USERNAME, _PASSWORD, _CA_FILE)."""

from __future__ import annotations

import functools
from typing import Any, Literal

from pydantic import model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class KafkaAuth(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="CBCCVC_KAFKA_", extra="ignore")

    security_protocol: Literal["PLAINTEXT", "SASL_PLAINTEXT", "SASL_SSL", "SSL"] = "PLAINTEXT"
    sasl_mechanism: Literal["SCRAM-SHA-512", "SCRAM-SHA-256", "PLAIN"] = "SCRAM-SHA-512"
    username: str = ""
    password: str = ""
    ca_file: str = ""  # the cluster CA for SSL listeners (Strimzi's <cluster>-cluster-ca-cert)

    @model_validator(mode="after")
    def _credentials_for_sasl(self) -> KafkaAuth:
        if self.security_protocol.startswith("SASL") and not (self.username and self.password):
            raise ValueError(f"{self.security_protocol} needs CBCCVC_KAFKA_USERNAME and CBCCVC_KAFKA_PASSWORD")
        return self

    def options(self) -> dict[str, Any]:
        if self.security_protocol == "PLAINTEXT":
            return {}
        out: dict[str, Any] = {"security_protocol": self.security_protocol}
        if self.security_protocol.startswith("SASL"):
            out |= {"sasl_mechanism": self.sasl_mechanism, "sasl_plain_username": self.username,
                    "sasl_plain_password": self.password}
        if self.security_protocol.endswith("SSL"):
            from aiokafka.helpers import create_ssl_context

            out["ssl_context"] = create_ssl_context(cafile=self.ca_file or None)
        return out


@functools.cache
def client_options() -> dict[str, Any]:
    """The keyword arguments every aiokafka client of this process is made with."""
    return KafkaAuth().options()
