from sqlalchemy.ext.asyncio import AsyncSession

from identity.audit import repository as repo
from identity.audit.chain import ChainReport, ChainVerifier

LOCAL_CHAIN = "identity (local)"


async def verify_all(session: AsyncSession) -> list[ChainReport]:
    """Every chain identity holds: the received copies of each service's chain, then its own."""
    reports = []
    for service in await repo.services_held(session):
        verifier = ChainVerifier(service)
        async for entry in repo.received_chain(session, service):
            if not verifier.feed(entry):
                break
        reports.append(verifier.report())
    local = ChainVerifier(LOCAL_CHAIN)
    async for entry in repo.local_chain(session):
        if not local.feed(entry):
            break
    reports.append(local.report())
    return reports


search = repo.search  # filters are plain columns; nothing to add on the way
