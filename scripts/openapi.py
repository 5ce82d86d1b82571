"""Write the server's OpenAPI schema to docs/openapi.json (make openapi). A test checks the
committed file is the app's."""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from central_server.app import create_app  # noqa: E402
from central_server.settings import Settings  # noqa: E402

OUT = ROOT / "docs" / "openapi.json"


def schema() -> str:
    with tempfile.TemporaryDirectory() as tmp:
        app = create_app(Settings.resolve(data_dir=tmp))
        text = json.dumps(app.openapi(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"
        app.state.engine.dispose()
    return text


if __name__ == "__main__":
    OUT.write_text(schema(), encoding="utf-8")
    print(OUT)
