"""Loads the demo data once (called by `make run`). Each service seeds its own reference data on start;
this script adds what makes the demo look like a working province, through the public APIs."""

from __future__ import annotations


def main() -> None:
    # Demo people and changes are added here as the services that own them are built.
    print("demo data: nothing beyond the services' own seeds yet")


if __name__ == "__main__":
    main()
