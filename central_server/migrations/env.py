"""Alembic's entry: runs on the connection ``central_server.schema.upgrade`` hands it."""

from alembic import context

from central_server.db import metadata

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
