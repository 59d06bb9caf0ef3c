"""The pool gets over connections the server closed (a PostgreSQL restart ends every backend the same way
pg_terminate_backend ends these) without a failed request and without a ping per checkout."""

from __future__ import annotations

import asyncio

import psycopg
from sqlalchemy import event, text

from common.db import make_engine
from common.testing import stack
from common.testing.waiting import until

URL = f"postgresql+asyncpg://postgres@127.0.0.1:{stack.port('pg')}/postgres"


async def test_connections_the_server_closed_are_replaced_at_checkout_with_no_error():
    engine = make_engine(URL, pool_size=3)
    queries: list[str] = []  # what asyncpg logs: BEGIN and ROLLBACK, of statements and of pings alike
    made = []  # the driver's connections, as the pool opened them
    together = asyncio.Barrier(3)

    @event.listens_for(engine.sync_engine, "connect")
    def log_queries(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        dbapi_connection.driver_connection.add_query_logger(lambda record: queries.append(record.query))
        made.append(dbapi_connection.driver_connection)

    async def backend_pid() -> int:
        async with engine.connect() as conn:
            pid = (await conn.execute(text("select pg_backend_pid()"))).scalar_one()
            await together.wait()  # held until all three hold one: the three requests use three connections
            return int(pid)

    async def goodbye_received(pids: list[int]) -> bool:
        """The server's goodbye has reached the pool's idle connections to these backends."""
        theirs = [c for c in made if c.get_server_pid() in pids]
        return len(theirs) == len(pids) and all(c.is_closed() for c in theirs)

    try:
        before = await asyncio.gather(*(backend_pid() for _ in range(3)))
        assert len(set(before)) == 3
        with psycopg.connect(stack.admin_dsn(), autocommit=True) as admin:
            for pid in before:
                admin.execute("select pg_terminate_backend(%s)", (pid,))
        assert await until(lambda: goodbye_received(before), timeout=10, every=0.01)
        after = await asyncio.gather(*(backend_pid() for _ in range(3)))  # none fails
        assert not set(after) & set(before)
        queries.clear()
        again = await asyncio.gather(*(backend_pid() for _ in range(3)))
        assert set(again) == set(after)
        assert queries.count("BEGIN;") == 3  # one transaction each: no ping (pool_pre_ping's is another)
    finally:
        await engine.dispose()
