"""a person's verdicts on probable duplicate submissions (keep both, the same household, keep
one): only ever added

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "duplicate_resolutions",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("first", sa.String(length=64), nullable=False),
        sa.Column("second", sa.String(length=64), nullable=False),
        sa.Column("resolution", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False, server_default=""),
        sa.Column("by", sa.String(length=200), nullable=False),
        sa.Column("at", sa.String(length=40), nullable=False),
    )
    op.create_index("duplicate_resolutions_pair", "duplicate_resolutions", ["first", "second"])


def downgrade() -> None:
    op.drop_index("duplicate_resolutions_pair", "duplicate_resolutions")
    op.drop_table("duplicate_resolutions")
