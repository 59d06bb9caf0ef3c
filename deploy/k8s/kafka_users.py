"""Writes deploy/k8s/base/infra/kafka-users.yaml: one Strimzi KafkaUser per service (SCRAM-SHA-512), whose
ACLs are derived from the code, so they can never drift from what the services do (issue 15.3):

- a service writes only its own topics (prefix `<service>.`: the event types it publishes are named
  `<service>.<aggregate>.<fact>.vN`, common.events.envelope.topic_of) and the dead-letter topic of each topic
  it consumes (`<topic>.dlq`, common.messaging);
- its consumer groups (`<service>.<subscription>`) read only the topics its subscriptions name
  (<service>.worker.subscriptions), and it may create those topics (common.messaging.ensure_topics);
- identity, which hosts the operations screen, also reads every dead-letter topic and writes an event
  back to its topic when an operator replays it (common.dead_letters), and describes every group for the
  consumer lag.

tests/deploy fails when the committed file is stale. Run after adding a subscription or a service:

    .venv/bin/python deploy/k8s/kafka_users.py
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

import yaml

from common.dead_letters import REPLAY_GROUP

K8S = Path(__file__).resolve().parent
OUT = K8S / "base" / "infra" / "kafka-users.yaml"
SERVICES = ("identity", "personnel", "org", "transfer", "reporting", "notify")
CLUSTER = "cbccvc"
OPERATIONS = "identity"


def user_name(service: str) -> str:
    return f"{service}-kafka"


def consumed_topics(service: str) -> list[str]:
    worker = importlib.import_module(f"{service}.worker")
    return sorted({t for s in worker.subscriptions for t in s.topics})


def acl(kind: str, name: str, operations: list[str], pattern: str = "literal") -> dict[str, Any]:
    return {"resource": {"type": kind, "name": name, "patternType": pattern}, "operations": operations}


def acls(service: str, consumed: dict[str, list[str]]) -> list[dict[str, Any]]:
    out = [acl("topic", f"{service}.", ["Write", "Describe", "Create"], "prefix"),
           acl("group", f"{service}.", ["Read", "Describe"], "prefix")]
    for topic in consumed[service]:
        out.append(acl("topic", topic, ["Read", "Describe", "Create"]))
        if not topic.startswith(f"{service}."):
            out.append(acl("topic", f"{topic}.dlq", ["Write", "Describe", "Create"]))
    if service == OPERATIONS:
        every = sorted({t for topics in consumed.values() for t in topics})
        for topic in every:
            out.append(acl("topic", f"{topic}.dlq", ["Read", "Describe"]))
            if not topic.startswith(f"{service}."):
                out.append(acl("topic", topic, ["Write", "Describe"]))
        out.append(acl("group", REPLAY_GROUP, ["Read", "Describe"]))
        out.append(acl("group", "*", ["Describe"]))
        out.append(acl("topic", "*", ["Describe"]))
    return out


def documents() -> list[dict[str, Any]]:
    consumed = {s: consumed_topics(s) for s in SERVICES}
    return [{
        "apiVersion": "kafka.strimzi.io/v1beta2",
        "kind": "KafkaUser",
        "metadata": {"name": user_name(s), "labels": {"strimzi.io/cluster": CLUSTER}},
        "spec": {"authentication": {"type": "scram-sha-512"},
                 "authorization": {"type": "simple", "acls": acls(s, consumed)}},
    } for s in SERVICES]


def render() -> str:
    head = ("# Written by deploy/k8s/kafka_users.py from the services' code (subscriptions and event names): do not\n"
            "# edit. One SCRAM user per service; Strimzi's User Operator keeps its password in the Secret of the\n"
            "# same name (key `password`), which the service's pods read (CBCCVC_KAFKA_PASSWORD).\n")
    return head + "---\n".join(yaml.safe_dump(d, sort_keys=False, width=120) for d in documents())


if __name__ == "__main__":
    OUT.write_text(render())
    print(f"wrote {OUT.relative_to(K8S.parents[1])}")
