"""Where a client keeps its data: ``--home DIR``, else ``$DAFTARI_HOME``, else the platform's
per-user data directory. Several homes side by side are several independent clients."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs


@dataclass(frozen=True)
class Home:
    root: Path

    @classmethod
    def resolve(cls, home: str | os.PathLike[str] | None = None) -> Home:
        chosen = home or os.environ.get("DAFTARI_HOME")
        root = Path(chosen) if chosen else Path(platformdirs.user_data_dir("Daftari", "Daftari"))
        return cls(root.expanduser().resolve())

    @property
    def database(self) -> Path:
        return self.root / "daftari.db"

    @property
    def attachments(self) -> Path:
        return self.root / "attachments"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def bundles(self) -> Path:
        """Bundles carried for other devices, sealed, until a sync delivers them."""
        return self.root / "bundles"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    def create(self) -> None:
        for d in (self.root, self.attachments, self.backups, self.bundles, self.logs):
            d.mkdir(parents=True, exist_ok=True)
        if os.name == "posix":  # other accounts on a shared machine have no business here
            os.chmod(self.root, 0o700)
