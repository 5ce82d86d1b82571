"""OpenRosa both ways: each form version's XForm kept as served (its MD5 is what Collect
checks), the media parts of a submission sent over several POSTs (``*isIncomplete*``) kept
until its last part, and which OpenRosa instanceID is which revision of which submission
(an edit carries a new instanceID and names the one it replaces in ``deprecatedID``)

Revision ID: 0012
Revises: 0011
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("forms") as batch:
        batch.add_column(sa.Column("xform", sa.Text(), nullable=True))
    op.create_table(
        "openrosa_parts",
        sa.Column("instance_id", sa.String(length=200), nullable=False),
        sa.Column("device", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=500), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("received_at", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(["device"], ["devices.id"]),
        sa.PrimaryKeyConstraint("instance_id", "device", "name"),
    )
    op.create_table(
        "openrosa_instances",
        sa.Column("instance_id", sa.String(length=200), nullable=False),
        sa.Column("uuid", sa.String(length=64), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("instance_id"),
    )


def downgrade() -> None:
    op.drop_table("openrosa_instances")
    op.drop_table("openrosa_parts")
    with op.batch_alter_table("forms") as batch:
        batch.drop_column("xform")
