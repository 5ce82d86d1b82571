"""ODK Entities: the households and persons that follow-up visits come back to, each change
a version (entities, entity_versions), updates that came before the version they change
(entity_waiting), changes that could not be made (entity_problems); and on each revision,
whether its entity changes were applied (entities_done: every revision stored before this
migration counts as done — no form had entities then).

Revision ID: 0016
Revises: 0015
"""

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("revisions") as batch:
        batch.add_column(
            sa.Column("entities_done", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    op.execute("UPDATE revisions SET entities_done = TRUE")
    op.create_index(
        "revisions_entities_waiting",
        "revisions",
        ["seq"],
        postgresql_where=sa.text("NOT entities_done"),
        sqlite_where=sa.text("NOT entities_done"),
    )
    op.create_table(
        "entities",
        sa.Column("uuid", sa.String(64), primary_key=True),
        sa.Column("list_name", sa.String(200), nullable=False),
        sa.Column("site_id", sa.Integer(), sa.ForeignKey("sites.id"), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("conflict", sa.String(10)),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("updated_at", sa.String(40), nullable=False),
        sa.Column("deleted_at", sa.String(40)),
    )
    op.create_index("entities_by_list", "entities", ["list_name", "site_id"])
    op.create_table(
        "entity_versions",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("uuid", sa.String(64), sa.ForeignKey("entities.uuid"), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("received", sa.JSON(), nullable=False),
        sa.Column("base_version", sa.Integer()),
        sa.Column("branch_id", sa.String(64)),
        sa.Column("conflicting", sa.JSON()),
        sa.Column("submission", sa.String(64)),
        sa.Column("revision", sa.Integer()),
        sa.Column("by", sa.String(200), nullable=False),
        sa.Column("at", sa.String(40), nullable=False),
        sa.UniqueConstraint("uuid", "version", name="entity_versions_once"),
    )
    op.create_table(
        "entity_waiting",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("uuid", sa.String(64), nullable=False),
        sa.Column("base_version", sa.Integer(), nullable=False),
        sa.Column("submission", sa.String(64), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), sa.ForeignKey("sites.id"), nullable=False),
        sa.Column("change", sa.JSON(), nullable=False),
        sa.Column("by", sa.String(200), nullable=False),
        sa.Column("at", sa.String(40), nullable=False),
    )
    op.create_index("entity_waiting_by_uuid", "entity_waiting", ["uuid"])
    op.create_table(
        "entity_problems",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("submission", sa.String(64), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(64), nullable=False),
        sa.Column("problem", sa.Text(), nullable=False),
        sa.Column("at", sa.String(40), nullable=False),
    )
    op.create_index("entity_problems_by_submission", "entity_problems", ["submission"])


def downgrade() -> None:
    op.drop_table("entity_problems")
    op.drop_table("entity_waiting")
    op.drop_table("entity_versions")
    op.drop_table("entities")
    op.drop_index("revisions_entities_waiting", table_name="revisions")
    with op.batch_alter_table("revisions") as batch:
        batch.drop_column("entities_done")
