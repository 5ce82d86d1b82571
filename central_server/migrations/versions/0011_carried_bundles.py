"""bundles carried to the server by another computer (an office desktop that syncs later):
uploaded in chunks by the device carrying them, imported once whole, and remembered so that
the same bundle carried again is answered at once

Revision ID: 0011
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "bundle_parts",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("device", sa.Integer(), nullable=False),
        sa.Column("offset", sa.BigInteger(), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("received_at", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(["device"], ["devices.id"]),
        sa.PrimaryKeyConstraint("sha256", "device", "offset"),
    )
    op.create_table(
        "bundle_imports",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("carried_by", sa.Integer(), nullable=False),
        sa.Column("imported_at", sa.String(length=40), nullable=False),
        sa.Column("counts", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["carried_by"], ["devices.id"]),
        sa.PrimaryKeyConstraint("sha256"),
    )


def downgrade() -> None:
    op.drop_table("bundle_imports")
    op.drop_table("bundle_parts")
