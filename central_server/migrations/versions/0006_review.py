"""review: a decision names the revision it is about, the level that made it (a site's
supervisor or clerk, the Secretariat, the server's own checks) and comments on single answers

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("decisions") as batch:
        batch.add_column(sa.Column("revision", sa.Integer(), nullable=True))
        batch.add_column(
            sa.Column("level", sa.String(length=20), nullable=False, server_default="server")
        )
        batch.add_column(sa.Column("answers", sa.JSON(), nullable=True))
    op.create_index("decisions_by_uuid", "decisions", ["uuid", "id"])


def downgrade() -> None:
    op.drop_index("decisions_by_uuid", "decisions")
    with op.batch_alter_table("decisions") as batch:
        batch.drop_column("answers")
        batch.drop_column("level")
        batch.drop_column("revision")
