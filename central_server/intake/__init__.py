"""What comes into the server: the gate that reads requests before a worker does
(``gate``), submissions judged and stored (``ingest``, ``checking``, ``writer`` and
``pg_store`` for PostgreSQL's group writer), files in chunks (``uploads``), USB bundles
(``bundles``) and ODK Collect's OpenRosa (``openrosa``). It never reads the merged data
(an import contract in pyproject.toml)."""
