"""Audit chain verification over received copies: edits, removals and reorderings are found."""

from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Any

from common.audit import GENESIS, entry_hash, hashed_fields
from identity.audit.chain import verify_entries


@dataclass(frozen=True)
class Entry:
    seq: int
    at: datetime
    actor: str = "u1"
    actor_username: str = "stp.officer"
    actor_unit_id: str | None = "STP"
    client_address: str | None = "10.0.0.5"
    action: str = "read"
    resource_type: str = "person"
    resource_id: str | None = "p-1"
    unit_id: str | None = "STP"
    detail: dict[str, Any] = field(default_factory=dict)
    prev_hash: str = ""
    hash: str = ""


def chain(n: int, start_seq: int = 1, gaps: bool = False) -> list[Entry]:
    out, prev = [], GENESIS
    t0 = datetime(2026, 11, 26, 8, 0, tzinfo=UTC)
    for i in range(n):
        e = Entry(seq=start_seq + i * (2 if gaps else 1), at=t0 + timedelta(seconds=i), resource_id=f"p-{i}",
                  detail={"fields": ["profile"], "i": i}, prev_hash=prev)
        e = replace(e, hash=entry_hash(prev, hashed_fields(e)))
        out.append(e)
        prev = e.hash
    return out


def test_an_intact_chain_verifies_even_with_gaps_in_seq() -> None:
    report = verify_entries("personnel", chain(6, gaps=True))
    assert report.ok and report.entries == 6 and report.broken_seq is None


def test_an_edited_entry_is_the_first_broken_link() -> None:
    entries = chain(6)
    entries[3] = replace(entries[3], resource_id="someone-else")
    report = verify_entries("personnel", entries)
    assert not report.ok and report.broken_seq == 4 and "hash" in (report.reason or "")


def test_a_removed_entry_breaks_the_next_one() -> None:
    entries = chain(6)
    del entries[2]
    assert verify_entries("personnel", entries).broken_seq == 4


def test_reordered_entries_break_the_chain() -> None:
    entries = chain(5)
    entries[1], entries[2] = entries[2], entries[1]
    assert verify_entries("personnel", entries).broken_seq == 3


def test_a_rewritten_tail_with_recomputed_hashes_still_breaks_at_the_rewrite_point() -> None:
    entries = chain(5)
    forged = replace(entries[2], actor_username="someone")
    forged = replace(forged, hash=entry_hash(forged.prev_hash, hashed_fields(forged)))
    entries[2] = forged  # its own hash holds, but the next entry still points to the original
    assert verify_entries("personnel", entries).broken_seq == 4


def test_an_empty_chain_is_intact() -> None:
    assert verify_entries("notify", []).ok
