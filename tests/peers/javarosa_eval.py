"""JavaRosa as a JSON-lines filter with the same line format as `daftari form eval-jsonl`.

Compiles JavaRosaEval.java against the ODK_Validate.jar inside pyxform's wheel (JavaRosa is
bundled in it) into a cache folder on first use. For Daftari's differential tests only.
"""

from __future__ import annotations

import base64
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def jar() -> Path:
    import pyxform

    return Path(pyxform.__file__).parent / "validators" / "odk_validate" / "bin" / "ODK_Validate.jar"


def compiled_classes(name: str = "JavaRosaEval") -> Path:
    out = Path(tempfile.gettempdir()) / "daftari-javarosa-eval"
    source = HERE / f"{name}.java"
    target = out / f"{name}.class"
    if not target.exists() or target.stat().st_mtime < source.stat().st_mtime:
        out.mkdir(parents=True, exist_ok=True)
        subprocess.run(["javac", "-cp", str(jar()), "-d", str(out), str(source)], check=True, capture_output=True)
    return out


def collect_submission(xform: str, instance: str) -> bytes:
    """The submission XML ODK Collect would send for this filled instance of this form:
    JavaRosa restores it into the form and serializes it (JavaRosaSubmission.java)."""
    classpath = f"{jar()}:{compiled_classes('JavaRosaSubmission')}"
    with tempfile.TemporaryDirectory() as folder:
        form_path, instance_path = Path(folder) / "form.xml", Path(folder) / "instance.xml"
        form_path.write_text(xform, encoding="utf-8")
        instance_path.write_text(instance, encoding="utf-8")
        proc = subprocess.run(
            ["java", "-cp", classpath, "JavaRosaSubmission", str(form_path), str(instance_path)],
            capture_output=True, timeout=120,
        )
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr.decode("utf-8", "replace")[-2000:])
    return proc.stdout


def available() -> str | None:
    """None when JavaRosa can run here, else why not."""
    if shutil.which("java") is None or shutil.which("javac") is None:
        return "java/javac are not installed"
    if not jar().exists():
        return f"{jar()} is missing"
    return None


def _b64(text: str) -> str:
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


def evaluate_all(requests: list[dict]) -> list[dict]:
    lines = []
    for r in requests:
        secondary = "\n".join(f"{k}\t{v}" for k, v in (r.get("secondary") or {}).items())
        fields = [r["expr"], r.get("xml") or "", r.get("context") or "", r.get("type") or "any", secondary]
        lines.append(" ".join(_b64(f) for f in fields))
    classpath = f"{jar()}:{compiled_classes()}"
    proc = subprocess.run(
        ["java", "-cp", classpath, "JavaRosaEval"], input="\n".join(lines) + "\n",
        capture_output=True, text=True, timeout=300,
    )
    out = []
    for r, line in zip(requests, proc.stdout.splitlines(), strict=True):
        parts = line.split(" ")
        if parts[0] == "OK":
            kind, value = parts[1], base64.b64decode(parts[2]).decode("utf-8")
            if kind == "nodes":
                count = int(parts[3]) if len(parts) > 3 and parts[3] else 0
                out.append({"id": r["id"], "ok": True, "type": "nodes", "value": value.split("\0") if count else []})
            elif kind == "number":
                v = value if value in ("NaN", "Infinity", "-Infinity") else float(value)
                out.append({"id": r["id"], "ok": True, "type": "number", "value": v})
            elif kind == "boolean":
                out.append({"id": r["id"], "ok": True, "type": "boolean", "value": value == "true"})
            else:
                out.append({"id": r["id"], "ok": True, "type": "string", "value": value})
        else:
            message = base64.b64decode(parts[1]).decode("utf-8") if len(parts) > 1 else line
            out.append({"id": r["id"], "ok": False, "error": message, "unsupported": parts[0] == "UNSUPPORTED"})
    return out


if __name__ == "__main__":
    reqs = [json.loads(line) for line in sys.stdin if line.strip()]
    for result in evaluate_all(reqs):
        print(json.dumps(result, ensure_ascii=False))
