"""When each chunk of a file upload arrived, so that one never finished (a declared size
never reached) is forgotten after a week as a bundle's or an OpenRosa submission's parts
are (central_server.janitor); chunks already there count from this upgrade.

Revision ID: 0013
Revises: 0012
"""

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("attachment_parts") as batch:
        batch.add_column(sa.Column("received_at", sa.String(length=40), nullable=True))
    now = datetime.now(UTC).isoformat(timespec="milliseconds")
    op.execute(sa.text("UPDATE attachment_parts SET received_at = :now").bindparams(now=now))


def downgrade() -> None:
    with op.batch_alter_table("attachment_parts") as batch:
        batch.drop_column("received_at")
