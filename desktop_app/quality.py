"""The supervisors' Quality screen's side that is not Qt (issue 26): what it asks the server
(the per-enumerator table, the map's areas and points, the checks' rules), and how the map is
drawn without internet — Web Mercator, as map tiles are, so that a folder of tiles
(``tiles/{z}/{x}/{y}.png`` in the data folder) lies under the areas when it is there.

Online only, as the Secretariat's view: nothing of it is kept on this computer."""

from __future__ import annotations

import colorsys
import math
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from pydantic import BaseModel

from desktop_app.sync.enrolment import transport_for
from desktop_app.sync.transport import Transport


class RuleBody(BaseModel):
    name: str
    check: str
    field: str = ""
    parameters: str = ""
    message: str = ""


CHECK_NAMES = ("duration", "gps_area", "outlier", "enumerator_low", "as_written", "duplicate")
TILE = 256


class QualityServer:
    """The server's quality endpoints, through the user's connection."""

    def __init__(self, transport: Transport) -> None:
        self.transport = transport

    @classmethod
    def of(cls, user) -> QualityServer:
        return cls(transport_for(user))

    def close(self) -> None:
        self.transport.close()

    def enumerators(self, form_id: str, *, site: str = "", day: str = "") -> list[dict]:
        params = {k: v for k, v in (("site", site), ("day", day)) if v}
        return self.transport._call("GET", f"/checks/{quote(form_id)}/enumerators", params=params)[
            "rows"
        ]

    def map(self, form_id: str, *, site: str = "") -> dict:
        params = {"site": site} if site else {}
        return self.transport._call("GET", f"/checks/{quote(form_id)}/map", params=params)

    def rules(self, form_id: str) -> list[dict]:
        return self.transport._call("GET", f"/checks/{quote(form_id)}/rules")["rules"]

    def add_rule(self, form_id: str, rule: dict) -> None:
        self.transport._call(
            "POST", f"/checks/{quote(form_id)}/rules", body=RuleBody.model_validate(rule)
        )

    def remove_rule(self, form_id: str, name: str) -> None:
        self.transport._call("DELETE", f"/checks/{quote(form_id)}/rules/{quote(name, safe='')}")


# -- the map's arithmetic ----------------------------------------------------------------------
def mercator(lat: float, lon: float) -> tuple[float, float]:
    """A point on the world map of one tile at zoom 0 (0..1 each way, y down)."""
    lat = max(min(lat, 85.05112878), -85.05112878)
    x = (lon + 180.0) / 360.0
    s = math.sin(math.radians(lat))
    y = 0.5 - math.log((1 + s) / (1 - s)) / (4 * math.pi)
    return x, y


@dataclass(frozen=True)
class View:
    """Where the map's world (0..1) lies on the widget: world point -> pixel."""

    left: float  # world x at the widget's left edge
    top: float
    scale: float  # pixels per world unit

    def pixel(self, lat: float, lon: float) -> tuple[float, float]:
        x, y = mercator(lat, lon)
        return (x - self.left) * self.scale, (y - self.top) * self.scale

    @property
    def zoom(self) -> int:
        """The tile zoom whose tiles are about their own size at this scale."""
        return max(0, min(19, round(math.log2(max(self.scale, TILE) / TILE))))


def fit(points: list[tuple[float, float]], width: int, height: int, margin: int = 24) -> View:
    """The view that shows every (lat, lon) with a margin."""
    if not points:
        return View(0.0, 0.0, float(min(width, height)))
    xs, ys = zip(*(mercator(lat, lon) for lat, lon in points), strict=True)
    span_x = max(max(xs) - min(xs), 1e-6)
    span_y = max(max(ys) - min(ys), 1e-6)
    scale = min((width - 2 * margin) / span_x, (height - 2 * margin) / span_y)
    scale = min(scale, TILE * 2**19)
    left = (min(xs) + max(xs)) / 2 - width / 2 / scale
    top = (min(ys) + max(ys)) / 2 - height / 2 / scale
    return View(left, top, scale)


def tiles_for(
    view: View, width: int, height: int, folder: Path | None
) -> list[tuple[Path, float, float, float]]:
    """The tiles of ``folder`` (``{z}/{x}/{y}.png``) that lie under the view: (file, left,
    top, size in pixels). None when there is no folder, or no tile of it here."""
    if folder is None or not folder.is_dir():
        return []
    z = view.zoom
    n = 2**z
    size = view.scale / n
    first_x, first_y = int(view.left * n), int(view.top * n)
    last_x = int((view.left + width / view.scale) * n)
    last_y = int((view.top + height / view.scale) * n)
    out = []
    for tx in range(max(first_x, 0), min(last_x, n - 1) + 1):
        for ty in range(max(first_y, 0), min(last_y, n - 1) + 1):
            path = folder / str(z) / str(tx) / f"{ty}.png"
            if path.is_file():
                out.append(
                    (
                        path,
                        (tx / n - view.left) * view.scale,
                        (ty / n - view.top) * view.scale,
                        size,
                    )
                )
    return out


def rings(geometry: dict) -> list[list[tuple[float, float]]]:
    """A GeoJSON Polygon's or MultiPolygon's rings as (lat, lon) lists."""
    kind, coords = geometry.get("type"), geometry.get("coordinates") or []
    polygons = [coords] if kind == "Polygon" else coords if kind == "MultiPolygon" else []
    return [[(float(p[1]), float(p[0])) for p in ring] for polygon in polygons for ring in polygon]


def colour_of(index: int) -> tuple[int, int, int]:
    """Well apart colours for the enumerators, in the order they are listed."""
    hue = (index * 0.618033988749895) % 1.0
    r, g, b = colorsys.hsv_to_rgb(hue, 0.75, 0.85)
    return int(r * 255), int(g * 255), int(b * 255)
