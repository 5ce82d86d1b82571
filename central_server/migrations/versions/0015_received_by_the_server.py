"""a submission's created_at is when the server received it (its first revision stored), by
the server's clock, no longer when the form was opened on the device: a device's clock, or a
week offline, put rows before others the server had long served (an incremental refresh on
the submission date skipped them). The device's time is kept as created_on_device.

The index submissions_by_form_time (migration 0009) stays on (form_id, created_at, uuid):
the merged dataset is still read in created_at's order, now the order of receipt.

Revision ID: 0015
Revises: 0014
"""

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("submissions") as batch:
        batch.add_column(sa.Column("created_on_device", sa.String(40), nullable=True))
    op.execute("UPDATE submissions SET created_on_device = created_at")
    # the first revision stored: every submission has one, but a row without keeps its time
    op.execute(
        "UPDATE submissions SET created_at = (SELECT MIN(revisions.received_at) "
        "FROM revisions WHERE revisions.uuid = submissions.uuid) "
        "WHERE EXISTS (SELECT 1 FROM revisions WHERE revisions.uuid = submissions.uuid)"
    )


def downgrade() -> None:
    op.execute(
        "UPDATE submissions SET created_at = created_on_device WHERE created_on_device IS NOT NULL"
    )
    with op.batch_alter_table("submissions") as batch:
        batch.drop_column("created_on_device")
