from collections.abc import AsyncIterator, Callable

from sqlalchemy.ext.asyncio import AsyncSession

from common.audit import CHAINS, ChainedEntry
from identity.audit import repository as repo
from identity.audit.chain import ChainReport, ChainVerifier

LOCAL_CHAIN = "identity (local)"


async def _verify_service(name: str, links: Callable[[int], AsyncIterator[ChainedEntry]]) -> ChainReport:
    """A service writes CHAINS parallel chains (common.audit); its report is the first break in any."""
    entries, broken = 0, []
    for chain in range(CHAINS):
        verifier = ChainVerifier(name)
        async for entry in links(chain):
            if not verifier.feed(entry):
                break
        report = verifier.report()
        entries += report.entries
        if not report.ok:
            broken.append(report)
    first = min(broken, key=lambda r: r.broken_seq or 0) if broken else None
    return ChainReport(chain=name, entries=entries, broken_seq=first.broken_seq if first else None,
                       reason=first.reason if first else None)


async def verify_all(session: AsyncSession) -> list[ChainReport]:
    """Every chain identity holds: the received copies of each service's chains, then its own."""
    reports = []
    for service in await repo.services_held(session):
        reports.append(await _verify_service(service, lambda c, s=service: repo.received_chain(session, s, c)))
    reports.append(await _verify_service(LOCAL_CHAIN, lambda c: repo.local_chain(session, c)))
    return reports


search = repo.search  # filters are plain columns; nothing to add on the way
