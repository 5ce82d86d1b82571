"""The home's backups: compact copies of the database (``VACUUM INTO``, the same encrypted
data), listed and put back. Works on the files alone, so it helps when the database itself
cannot be opened (damaged, or gone)."""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop_app.errors import NotFound, StoreDamaged
from desktop_app.paths import Home


@dataclass(frozen=True)
class Backup:
    path: Path
    made: datetime
    size: int


def list_backups(home: Home) -> list[Backup]:
    """Oldest first."""
    out = []
    for path in sorted(home.backups.glob("daftari-*.db")):
        stat = path.stat()
        out.append(Backup(path, datetime.fromtimestamp(stat.st_mtime).astimezone(), stat.st_size))
    return out


def restore(home: Home, name: str | None = None, *, now: datetime) -> tuple[Backup, Path | None]:
    """Put a backup (the newest, or ``name``) back as the home's database, after checking it
    is whole. What is there now is not thrown away: it is moved aside (returned), with its
    write-ahead log, so nothing saved since the backup is destroyed by restoring."""
    backups = list_backups(home)
    if name is not None:
        chosen = next((b for b in backups if b.path.name == name), None)
    else:
        chosen = backups[-1] if backups else None
    if chosen is None:
        raise NotFound(
            f"no backup {name!r} in {home.backups}" if name else f"no backups in {home.backups}"
        )
    _check_whole(chosen.path)
    aside = None
    stamp = now.strftime("%Y%m%d-%H%M%S")
    if home.database.exists():
        aside = home.root / f"daftari-before-restore-{stamp}.db"
        for suffix in ("", "-wal", "-shm"):
            current = Path(f"{home.database}{suffix}")
            if current.exists():
                current.replace(Path(f"{aside}{suffix}"))
    partial = home.database.with_suffix(".restoring")
    shutil.copyfile(chosen.path, partial)
    partial.replace(home.database)
    return chosen, aside


def _check_whole(path: Path) -> None:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            problems = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise StoreDamaged(f"the backup {path.name} is damaged too ({exc})") from exc
    if problems != ["ok"]:
        raise StoreDamaged(f"the backup {path.name} is damaged too: {problems[0]}")
