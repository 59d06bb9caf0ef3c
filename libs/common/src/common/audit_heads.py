"""Signed heads of the audit chains, published outside the service's database.

A hash chain shows an entry edited or removed in its middle, but not the newest entries removed from its
end, nor the whole table emptied. So every service reads the head (newest seq and hash) of each of its
chains every few seconds and, when it moved, publishes it signed with the province's audit key (Ed25519;
the private key comes from the environment, a Kubernetes Secret in production, never from a database)
on its audit topic, in the same partition as the chain's entries. Identity keeps the newest head of
each chain and its verification reports any chain that no longer reaches its published head."""

from __future__ import annotations

import asyncio
import base64
import contextlib
import hashlib
import logging
from dataclasses import dataclass
from datetime import UTC, datetime

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from common.audit import CHAINS
from common.events.contracts.audit import AuditHead
from common.events.envelope import Envelope
from common.outbox import add_event

log = logging.getLogger(__name__)

PUBLISH_EVERY = 5.0  # seconds: the most recent entries that could be removed unseen


def private_key(seed_b64: str) -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(base64.b64decode(seed_b64))


def public_key_b64(seed_b64: str) -> str:
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    raw = private_key(seed_b64).public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    return base64.b64encode(raw).decode()


def key_id(public_b64: str) -> str:
    return hashlib.sha256(base64.b64decode(public_b64)).hexdigest()[:16]


def signed_bytes(service: str, chain: int, seq: int, hash_: str, at: str) -> bytes:
    return f"cbccvc-audit-head\n{service}\n{chain}\n{seq}\n{hash_}\n{at}".encode()


def sign_head(seed_b64: str, *, service: str, chain: int, seq: int, hash_: str, at: str) -> AuditHead:
    signature = private_key(seed_b64).sign(signed_bytes(service, chain, seq, hash_, at))
    return AuditHead(service=service, chain=chain, seq=seq, hash=hash_, at=at,
                     key_id=key_id(public_key_b64(seed_b64)), signature=base64.b64encode(signature).decode())


def head_is_genuine(head: AuditHead, public_b64: str) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(base64.b64decode(public_b64)).verify(
            base64.b64decode(head.signature), signed_bytes(head.service, head.chain, head.seq, head.hash, head.at))
    except (InvalidSignature, ValueError):
        return False
    return True


@dataclass
class HeadPublisher:
    """Publishes the heads that moved, through the outbox, every PUBLISH_EVERY seconds."""

    sessionmaker: async_sessionmaker[AsyncSession]
    service: str
    seed_b64: str
    every: float = PUBLISH_EVERY

    def __post_init__(self) -> None:
        self._published: dict[int, int] = {}

    async def publish_once(self) -> int:
        """Heads published this round."""
        async with self.sessionmaker() as session, session.begin():
            if not await session.scalar(text("select to_regclass('audit_entry') is not null")):
                return 0
            # One backward step on the (chain, seq) index per chain: the cost does not grow with the table.
            newest = text("select seq, hash from audit_entry where chain = :chain order by seq desc limit 1")
            rows = [(chain, *row) for chain in range(CHAINS)
                    if (row := (await session.execute(newest, {"chain": chain})).first()) is not None]
            at = datetime.now(UTC).isoformat()
            moved = [(chain, seq, h) for chain, seq, h in rows if self._published.get(chain) != seq]
            for chain, seq, h in moved:
                head = sign_head(self.seed_b64, service=self.service, chain=chain, seq=seq, hash_=h, at=at)
                add_event(session, Envelope(type=f"{self.service}.audit.head.v1", source=f"/{self.service}",
                                            subject=f"chain-{chain}", data=head.model_dump()))
        for chain, seq, _ in moved:
            self._published[chain] = seq
        return len(moved)

    async def run(self, stop: asyncio.Event) -> None:
        while not stop.is_set():
            try:
                await self.publish_once()
            except Exception as exc:  # the database or the outbox briefly unavailable: next round
                log.warning("audit heads not published this round: %s", exc)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), self.every)
