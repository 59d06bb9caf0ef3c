"""name search by word prefixes

The trigram index answered "nguyen thi ngoc anh" in 560 ms at 2 million people: every trigram of such
names is common, so the index hands back most of the table to recheck. Names are searched word by word
instead: person_name_terms() lists the prefixes of two letters or more of each folded word, the whole
word included (each marked with a trailing "~"), a GIN index holds those terms, and a query asks for all its typed words as
prefixes, one posting list per word (20 ms for that name). Statistics on the expression let the planner
know how common each term is ("thi~" half the province, "ngoc~" a few per cent); 200 common terms are
kept: with 1,000 the planner spent 3.3 ms instead of 2 ms on each search reading them, for estimates no
better at choosing the plan.

The database's plan_cache_mode is set to force_custom_plan: asyncpg prepares every statement, and after
five runs PostgreSQL would switch to a generic plan made without the values, which cannot tell a rare
name from "nguyen" (this was a SET LOCAL, one round trip, on every search). Parallel query is off for this
database: its queries are many, short and concurrent, and on two cores a search that took both (the
sort of 17,000 matches) made the other nineteen clients wait.

Revision ID: 5e1f2a7c9b40
Revises: d03eb17469d8
Create Date: 2026-11-26 20:40:00
"""
from collections.abc import Sequence

from alembic import op

revision: str = "5e1f2a7c9b40"
down_revision: str | None = "d03eb17469d8"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TERMS_FUNCTION = """
CREATE OR REPLACE FUNCTION person_name_terms(name text) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(DISTINCT left(word, n) || '~'), '{}')
  FROM unnest(string_to_array(name, ' ')) AS word, generate_series(2, length(word)) AS n
$$
"""


def upgrade() -> None:
    op.execute(TERMS_FUNCTION)
    op.execute("SET LOCAL maintenance_work_mem = '256MB'")
    op.execute("CREATE INDEX ix_person_name_terms ON person USING gin (person_name_terms(name_folded))")
    op.execute("CREATE STATISTICS st_person_name_terms ON (person_name_terms(name_folded)) FROM person")
    op.execute("ALTER STATISTICS st_person_name_terms SET STATISTICS 200")
    op.drop_index("ix_person_name_folded_trgm", table_name="person")
    op.execute("ANALYZE person")
    for setting in ("plan_cache_mode = force_custom_plan", "max_parallel_workers_per_gather = 0"):
        op.execute(f"DO $$ BEGIN EXECUTE format('ALTER DATABASE %I SET {setting}', current_database()); END $$")


def downgrade() -> None:
    for setting in ("plan_cache_mode", "max_parallel_workers_per_gather"):
        op.execute(f"DO $$ BEGIN EXECUTE format('ALTER DATABASE %I RESET {setting}', current_database()); END $$")
    op.create_index("ix_person_name_folded_trgm", "person", ["name_folded"], postgresql_using="gin",
                    postgresql_ops={"name_folded": "gin_trgm_ops"})
    op.execute("DROP STATISTICS st_person_name_terms")
    op.execute("DROP INDEX ix_person_name_terms")
    op.execute("DROP FUNCTION person_name_terms(text)")
