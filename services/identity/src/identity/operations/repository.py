"""Where the system-health screen reads: Prometheus' HTTP API (what the exporters and services report,
and the alerts) and Kafka (the dead-letter topics). No database of its own."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import httpx

# Every series the screen shows, in one instant query.
SERIES = "up|pg_up|redis_up|cbccvc_.+"


@dataclass
class Samples:
    """name -> list of (labels, value) of one instant query."""

    by_name: dict[str, list[tuple[dict[str, str], float]]] = field(default_factory=lambda: defaultdict(list))

    def one(self, name: str, **labels: str) -> float | None:
        for got, value in self.by_name.get(name, []):
            if all(got.get(k) == v for k, v in labels.items()):
                return value
        return None

    def by(self, name: str, label: str) -> dict[str, float]:
        return {got.get(label, ""): value for got, value in self.by_name.get(name, [])}

    def series(self, name: str) -> list[tuple[dict[str, str], float]]:
        return list(self.by_name.get(name, []))


async def samples(client: httpx.AsyncClient, base: str) -> Samples:
    resp = await client.get(f"{base}/api/v1/query", params={"query": f'{{__name__=~"{SERIES}"}}'})
    resp.raise_for_status()
    body = resp.json()
    if body.get("status") != "success":
        raise RuntimeError(body.get("error") or "Prometheus refused the query")
    out = Samples()
    for item in body["data"]["result"]:
        labels = dict(item["metric"])
        name = labels.pop("__name__", "")
        try:
            value = float(item["value"][1])
        except (KeyError, IndexError, ValueError):
            continue
        out.by_name[name].append((labels, value))
    return out


async def alerts(client: httpx.AsyncClient, base: str) -> list[dict[str, Any]]:
    resp = await client.get(f"{base}/api/v1/alerts")
    resp.raise_for_status()
    return list(resp.json().get("data", {}).get("alerts", []))
