"""Paradata and quality checks (issue 26): the audit logs (``audit.csv``) that come with submissions, from Collect
or the desktop, read into rows once their file is whole: one row per event, and per
submission what was read (how many events, the time questions were on screen, how many
questions were shown) or why it could not be. ``readers`` keeps how far a background reader
went along ``revisions.seq``. A site's areas (GeoJSON polygons, by zone), the checks defined
for a form (its workbook's ``checks`` sheet, or added by a supervisor), and the flags they
raise on submissions; and per submission what the supervisors' table counts (its day, its
answers, how many were "don't know" or "refused", its roster's size).

Revision ID: 0018
Revises: 0017
"""

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "readers",
        sa.Column("name", sa.String(50), primary_key=True),
        sa.Column("seq", sa.BigInteger(), nullable=False),
    )
    op.create_table(
        "paradata_files",
        sa.Column("uuid", sa.String(64), primary_key=True),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("state", sa.String(20), nullable=False),
        sa.Column("problem", sa.Text(), nullable=False, server_default=""),
        sa.Column("events", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("shown_ms", sa.BigInteger(), nullable=False, server_default="0"),
        sa.Column("questions", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("first_ms", sa.BigInteger(), nullable=True),
        sa.Column("last_ms", sa.BigInteger(), nullable=True),
        sa.Column("read_at", sa.String(40), nullable=False, server_default=""),
    )
    op.create_index("paradata_files_waiting", "paradata_files", ["state", "sha256"])
    op.create_table(
        "paradata_events",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            primary_key=True,
            autoincrement=True,
        ),
        sa.Column("uuid", sa.String(64), nullable=False),
        sa.Column("row", sa.Integer(), nullable=False),
        sa.Column("event", sa.String(100), nullable=False),
        sa.Column("node", sa.String(1000), nullable=False),
        sa.Column("question", sa.String(1000), nullable=False),
        sa.Column("start_ms", sa.BigInteger(), nullable=False),
        sa.Column("end_ms", sa.BigInteger(), nullable=True),
        sa.Column("duration_ms", sa.BigInteger(), nullable=False),
        sa.Column("latitude", sa.String(40), nullable=False),
        sa.Column("longitude", sa.String(40), nullable=False),
        sa.Column("accuracy", sa.String(40), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.Column("user", sa.String(200), nullable=False),
        sa.Column("change_reason", sa.Text(), nullable=False),
    )
    op.create_index("paradata_events_by_submission", "paradata_events", ["uuid", "row"])
    op.create_table(
        "site_areas",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("site_id", sa.Integer(), sa.ForeignKey("sites.id"), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("geometry", sa.Text(), nullable=False),
        sa.Column("added_by", sa.String(200), nullable=False),
        sa.Column("added_at", sa.String(40), nullable=False),
    )
    op.create_index("site_areas_by_site", "site_areas", ["site_id"])
    op.create_table(
        "check_rules",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("form_id", sa.String(200), nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("check", sa.String(40), nullable=False),
        sa.Column("field", sa.String(200), nullable=False, server_default=""),
        sa.Column("parameters", sa.Text(), nullable=False, server_default=""),
        sa.Column("message", sa.Text(), nullable=False, server_default=""),
        sa.Column("source", sa.String(20), nullable=False),
        sa.Column("site_id", sa.Integer(), sa.ForeignKey("sites.id"), nullable=True),
        sa.Column("created_by", sa.String(200), nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
    )
    op.create_index("check_rules_by_form", "check_rules", ["form_id"])
    op.create_table(
        "flags",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            primary_key=True,
            autoincrement=True,
        ),
        sa.Column("uuid", sa.String(64), nullable=False),
        sa.Column("form_id", sa.String(200), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("enumerator", sa.String(200), nullable=False),
        sa.Column("rule", sa.String(100), nullable=False),
        sa.Column("check", sa.String(40), nullable=False),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("at", sa.String(40), nullable=False),
    )
    op.create_index("flags_by_form", "flags", ["form_id", "site_id"])
    op.create_index("flags_by_submission", "flags", ["uuid"])
    op.create_table(
        "submission_summaries",
        sa.Column("uuid", sa.String(64), primary_key=True),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("form_id", sa.String(200), nullable=False),
        sa.Column("day", sa.String(10), nullable=False),
        sa.Column("answered", sa.Integer(), nullable=False),
        sa.Column("dont_know", sa.Integer(), nullable=False),
        sa.Column("refused", sa.Integer(), nullable=False),
        sa.Column("roster", sa.Integer(), nullable=True),
    )
    op.create_index("submission_summaries_by_form", "submission_summaries", ["form_id"])


def downgrade() -> None:
    op.drop_index("submission_summaries_by_form", table_name="submission_summaries")
    op.drop_table("submission_summaries")
    op.drop_index("flags_by_submission", table_name="flags")
    op.drop_index("flags_by_form", table_name="flags")
    op.drop_table("flags")
    op.drop_index("check_rules_by_form", table_name="check_rules")
    op.drop_table("check_rules")
    op.drop_index("site_areas_by_site", table_name="site_areas")
    op.drop_table("site_areas")
    op.drop_index("paradata_events_by_submission", table_name="paradata_events")
    op.drop_table("paradata_events")
    op.drop_index("paradata_files_waiting", table_name="paradata_files")
    op.drop_table("paradata_files")
    op.drop_table("readers")
