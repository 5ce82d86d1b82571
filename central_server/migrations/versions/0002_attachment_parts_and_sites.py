"""attachment uploads in progress belong to the device sending them; a site holds a file once
one of its devices has uploaded it whole; revisions keep which file each answer names

Revision ID: 0002
Revises: 0001
"""

import json

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "attachment_parts",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("device", sa.Integer(), nullable=False),
        sa.Column("offset", sa.BigInteger(), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(["device"], ["devices.id"]),
        sa.PrimaryKeyConstraint("sha256", "device", "offset"),
    )
    op.create_table(
        "attachment_sites",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["sha256"], ["attachments.sha256"]),
        sa.ForeignKeyConstraint(["site_id"], ["sites.id"]),
        sa.PrimaryKeyConstraint("sha256", "site_id"),
    )
    # which file each answer names: {"photo.jpg": sha256} (OpenRosa clients keep their names)
    with op.batch_alter_table("revisions") as batch:
        batch.add_column(sa.Column("attachment_names", sa.JSON(), nullable=True))
    conn = op.get_bind()
    complete = {
        r[0] for r in conn.execute(sa.text("SELECT sha256 FROM attachments WHERE complete"))
    }
    # files already whole belong to the sites whose submissions name them
    owners = set()
    for names, site_id in conn.execute(
        sa.text(
            "SELECT r.attachments, s.site_id FROM revisions r JOIN submissions s ON s.uuid = r.uuid"
        )
    ):
        for sha in json.loads(names) if isinstance(names, str) else names or []:
            if sha in complete:
                owners.add((sha, site_id))
    if owners:
        conn.execute(
            sa.text("INSERT INTO attachment_sites (sha256, site_id) VALUES (:sha, :site)"),
            [{"sha": sha, "site": site} for sha, site in sorted(owners)],
        )
    # partial uploads of the old shared kind are dropped: their devices start again
    conn.execute(
        sa.text(
            "DELETE FROM attachment_chunks WHERE sha256 IN "
            "(SELECT sha256 FROM attachments WHERE NOT complete)"
        )
    )
    conn.execute(sa.text("DELETE FROM attachments WHERE NOT complete"))


def downgrade() -> None:
    with op.batch_alter_table("revisions") as batch:
        batch.drop_column("attachment_names")
    op.drop_table("attachment_sites")
    op.drop_table("attachment_parts")
