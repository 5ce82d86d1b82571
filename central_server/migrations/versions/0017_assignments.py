"""Assignments (issue 25): a supervisor gives an enumerator or a clerk an entity to visit (its
answers preloaded from the entity's properties), or a number of new registrations in a zone;
reassigned, it leaves the old computer at its next sync. A submission made for an assignment
is bound to it (submissions.assignment_id), so that what is done and left is counted.

The assignments table of migration 0001 had no use yet; its columns stay (title: what the
assignment is called; payload: the preloaded answers, by question path).

Revision ID: 0017
Revises: 0016
"""

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("assignments") as batch:
        batch.add_column(sa.Column("enumerator", sa.String(200), nullable=False, server_default=""))
        batch.add_column(sa.Column("entity_uuid", sa.String(64), nullable=True))
        batch.add_column(sa.Column("list_name", sa.String(200), nullable=True))
        batch.add_column(sa.Column("quantity", sa.Integer(), nullable=False, server_default="1"))
        batch.add_column(sa.Column("zone", sa.String(200), nullable=False, server_default=""))
        batch.add_column(sa.Column("state", sa.String(20), nullable=False, server_default="open"))
        batch.add_column(sa.Column("created_by", sa.String(200), nullable=False, server_default=""))
        batch.add_column(sa.Column("updated_at", sa.String(40), nullable=False, server_default=""))
        # who has had it (a reassigned one leaves those computers), and a number that grows
        # with each change (a copy older than a device's is never applied over it)
        batch.add_column(sa.Column("had_by", sa.JSON(), nullable=True))
        batch.add_column(sa.Column("revision", sa.Integer(), nullable=False, server_default="1"))
    op.create_index("assignments_by_site", "assignments", ["site_id", "form_id", "enumerator"])
    op.create_index("assignments_by_entity", "assignments", ["entity_uuid"])
    with op.batch_alter_table("submissions") as batch:
        batch.add_column(sa.Column("assignment_id", sa.Integer(), nullable=True))
    op.create_index("submissions_by_assignment", "submissions", ["assignment_id"])


def downgrade() -> None:
    op.drop_index("submissions_by_assignment", table_name="submissions")
    with op.batch_alter_table("submissions") as batch:
        batch.drop_column("assignment_id")
    op.drop_index("assignments_by_entity", table_name="assignments")
    op.drop_index("assignments_by_site", table_name="assignments")
    with op.batch_alter_table("assignments") as batch:
        for name in (
            "revision",
            "had_by",
            "updated_at",
            "created_by",
            "state",
            "zone",
            "quantity",
            "list_name",
            "entity_uuid",
            "enumerator",
        ):
            batch.drop_column(name)
