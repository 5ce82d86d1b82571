"""submissions by form in the order the merged dataset is read (received at, uuid): an
export or a page of the dataset reads along the index instead of sorting every submission
of the form first (at a million, gigabytes of answers through a temporary B-tree)

Revision ID: 0009
Revises: 0008
"""

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("submissions_by_form_time", "submissions", ["form_id", "created_at", "uuid"])


def downgrade() -> None:
    op.drop_index("submissions_by_form_time", table_name="submissions")
