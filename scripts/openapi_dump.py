"""Writes each service's OpenAPI document to web/openapi/<service>.json, from which the web client's API
types are generated (`cd web && npm run gen:api` writes web/src/api/<service>.ts).

No server is needed: each service's FastAPI app is imported (services/<name>/src/<name>/main.py) and asked
for `app.openapi()`; nothing connects to a database, Kafka or Keycloak until an app starts serving.

    .venv/bin/python scripts/openapi_dump.py              # refresh web/openapi/ (commit the result)
    .venv/bin/python scripts/openapi_dump.py --out DIR    # write elsewhere (the drift test does)

tests/web/test_api_types_current.py fails when the committed documents or types differ from the code."""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "web" / "openapi"


def services() -> list[str]:
    """Every service with an app: services/<name>/src/<name>/main.py, in name order."""
    return sorted(p.parent.name for p in ROOT.glob("services/*/src/*/main.py") if p.parent.name == p.parents[2].name)


def document(service: str) -> dict[str, Any]:
    app = importlib.import_module(f"{service}.main").app
    return app.openapi()


def render(doc: dict[str, Any]) -> str:
    """Stable text: the order FastAPI gives (routes as registered), UTF-8 as written, one trailing newline."""
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def dump(out: Path, names: list[str] | None = None) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name in names or services():
        path = out / f"{name}.json"
        path.write_text(render(document(name)), encoding="utf-8")
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="directory (default: web/openapi)")
    parser.add_argument("service", nargs="*", help="only these services (default: all)")
    args = parser.parse_args(argv)
    unknown = sorted(set(args.service) - set(services()))
    if unknown:
        parser.error(f"no such service: {', '.join(unknown)}")
    # Importing an app configures the service's JSON logs; keep the console to what this script says.
    logging.disable(logging.WARNING)
    for path in dump(args.out, args.service or None):
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
