"""a form version keeps the files it names (choice lists, pulldata tables), and is published
without them until they are attached: ODK Central's "this form needs its attachments"

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("forms") as batch:
        batch.add_column(sa.Column("needs_files", sa.Text(), nullable=False, server_default="[]"))
    op.create_table(
        "form_files",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("form", sa.Integer(), sa.ForeignKey("forms.id"), nullable=False),
        sa.Column("name", sa.String(length=400), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("added_at", sa.String(length=40), nullable=False),
        sa.UniqueConstraint("form", "name", name="form_files_once"),
    )


def downgrade() -> None:
    op.drop_table("form_files")
    with op.batch_alter_table("forms") as batch:
        batch.drop_column("needs_files")
