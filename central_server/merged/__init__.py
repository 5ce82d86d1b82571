"""The merged dataset the Secretariat reads: every site's and form version's submissions as
one table per form (``exporting``, ``export_jobs``, read in parts: ``parts``), the
indicators, probable duplicates and their verdicts, and the mappings between versions. It
reads what intake stored, never takes anything in (an import contract in pyproject.toml)."""
