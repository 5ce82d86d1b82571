"""The flags a reviewer's desktop is told of (issue 26): a checks run replaces a form's flags
whole, so the submissions whose flags it changed (new, different or gone) are numbered here
as it writes them, and GET /review/feed sends them again from a third cursor — a supervisor
reviewing offline sees why a submission is held though it came before the flag.

Revision ID: 0019
Revises: 0018
"""

import sqlalchemy as sa
from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "flag_changes",
        sa.Column(
            "seq",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            primary_key=True,
            autoincrement=True,
        ),
        sa.Column("uuid", sa.String(64), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.String(40), nullable=False),
    )
    op.create_index("flag_changes_by_site", "flag_changes", ["site_id", "seq"])


def downgrade() -> None:
    op.drop_index("flag_changes_by_site", table_name="flag_changes")
    op.drop_table("flag_changes")
