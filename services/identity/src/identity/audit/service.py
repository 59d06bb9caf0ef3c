from collections.abc import AsyncIterator, Callable

from sqlalchemy.ext.asyncio import AsyncSession

from common.audit import CHAINS, ChainedEntry
from identity.audit import repository as repo
from identity.audit.chain import ChainReport, ChainVerifier
from identity.audit.tables import AuditHead

LOCAL_CHAIN = "identity (local)"


async def _verify_service(name: str, links: Callable[[int], AsyncIterator[ChainedEntry]],
                          heads: dict[int, AuditHead] | None = None) -> ChainReport:
    """A service writes CHAINS parallel chains (common.audit); its report is the first break in any. A
    chain must also still reach the newest head the service published signed: records removed from its
    end, or all of them, are reported as missing up to that head."""
    entries, broken = 0, []
    for chain in range(CHAINS):
        verifier = ChainVerifier(name)
        head = (heads or {}).get(chain)
        reached = head is None
        async for entry in links(chain):
            if not verifier.feed(entry):
                break
            if head is not None and entry.seq == head.seq:  # type: ignore[attr-defined]
                reached = entry.hash == head.hash
        report = verifier.report()
        if report.ok and not reached:
            assert head is not None
            report = ChainReport(chain=name, entries=report.entries, broken_seq=head.seq,
                                 reason=f"records missing: the chain no longer reaches its signed head "
                                        f"(seq {head.seq})")
        entries += report.entries
        if not report.ok:
            broken.append(report)
    first = min(broken, key=lambda r: r.broken_seq or 0) if broken else None
    return ChainReport(chain=name, entries=entries, broken_seq=first.broken_seq if first else None,
                       reason=first.reason if first else None)


async def verify_all(session: AsyncSession) -> list[ChainReport]:
    """Every chain identity holds: the received copies of each service's chains, then its own."""
    reports = []
    published = await repo.heads(session)

    def heads_of(service: str) -> dict[int, AuditHead]:
        return {chain: h for (s, chain), h in published.items() if s == service}

    services = sorted(set(await repo.services_held(session)) | {s for s, _ in published})
    for service in services:
        reports.append(await _verify_service(service, lambda c, s=service: repo.received_chain(session, s, c),
                                             heads_of(service)))
    reports.append(await _verify_service(LOCAL_CHAIN, lambda c: repo.local_chain(session, c), heads_of("identity")))
    return reports


search = repo.search  # filters are plain columns; nothing to add on the way
