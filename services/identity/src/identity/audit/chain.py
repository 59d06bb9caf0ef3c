"""Verification of the audit chains: each service's entries as received, and identity's own chain.

A chain is followed by its links (prev_hash -> hash), in seq order. Seq numbers may skip (a rolled-back
transaction consumes one), so a gap is not itself a break; an entry that was edited, removed or
reordered is, because its own hash or the next entry's prev_hash no longer matches."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from common.audit import GENESIS, ChainedEntry, entry_hash, hashed_fields


@dataclass(frozen=True)
class ChainReport:
    chain: str  # the service whose received copies were checked, or "identity (local)"
    entries: int
    broken_seq: int | None  # the first entry whose link does not hold
    reason: str | None = None

    @property
    def ok(self) -> bool:
        return self.broken_seq is None


class ChainVerifier:
    """Fed the entries of one chain in seq order; remembers the first broken link."""

    def __init__(self, chain: str, prev_hash: str = GENESIS) -> None:
        self.chain = chain
        self.prev = prev_hash
        self.count = 0
        self.broken_seq: int | None = None
        self.reason: str | None = None

    def feed(self, entry: ChainedEntry) -> bool:
        """False once the chain is broken (further entries are not checked)."""
        if self.broken_seq is not None:
            return False
        self.count += 1
        if entry.prev_hash != self.prev:
            self.broken_seq, self.reason = getattr(entry, "seq", None), "prev_hash does not match the previous entry"
        elif entry_hash(entry.prev_hash, hashed_fields(entry)) != entry.hash:
            self.broken_seq, self.reason = getattr(entry, "seq", None), "content does not match its hash"
        else:
            self.prev = entry.hash
            return True
        return False

    def report(self) -> ChainReport:
        return ChainReport(chain=self.chain, entries=self.count, broken_seq=self.broken_seq, reason=self.reason)


def verify_entries(chain: str, entries: Iterable[ChainedEntry], prev_hash: str = GENESIS) -> ChainReport:
    verifier = ChainVerifier(chain, prev_hash)
    for entry in entries:
        if not verifier.feed(entry):
            break
    return verifier.report()
