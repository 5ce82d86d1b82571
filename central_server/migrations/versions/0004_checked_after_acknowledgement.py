"""submissions are acknowledged once durable and checked against their form just after: a
revision remembers whether its check has run, and which checker has taken it

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("revisions") as batch:
        batch.add_column(
            sa.Column("checked", sa.Boolean(), nullable=False, server_default=sa.true())
        )
        batch.add_column(sa.Column("checking_since", sa.Integer(), nullable=True))
    op.create_index(
        "revisions_to_check",
        "revisions",
        ["seq"],
        sqlite_where=sa.text("checked = 0"),
        postgresql_where=sa.text("checked = false"),
    )


def downgrade() -> None:
    op.drop_index("revisions_to_check", "revisions")
    with op.batch_alter_table("revisions") as batch:
        batch.drop_column("checking_since")
        batch.drop_column("checked")
