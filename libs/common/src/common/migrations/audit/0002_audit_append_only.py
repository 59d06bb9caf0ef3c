"""audit entries can only be added: an update, delete or truncate of audit_entry is refused by a trigger
(with the database owner's rights a trigger can be disabled, which the signed heads of common.audit_heads
then reveal)

Revision ID: audit_0002
Revises: audit_0001
"""
from collections.abc import Sequence

from alembic import op

revision: str = "audit_0002"
down_revision: str | None = "audit_0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FUNCTION = """
create or replace function audit_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'audit records can only be added (% on %)', tg_op, tg_table_name
    using errcode = 'insufficient_privilege';
end $$;
"""


def upgrade() -> None:
    op.execute(FUNCTION)
    op.execute("create trigger audit_entry_append_only before update or delete on audit_entry "
               "for each row execute function audit_append_only()")
    op.execute("create trigger audit_entry_no_truncate before truncate on audit_entry "
               "for each statement execute function audit_append_only()")


def downgrade() -> None:
    op.execute("drop trigger if exists audit_entry_no_truncate on audit_entry")
    op.execute("drop trigger if exists audit_entry_append_only on audit_entry")
    op.execute("drop function if exists audit_append_only()")
