"""A site's areas (issue 26): the polygons of its enumeration zones, uploaded by the
administrator as GeoJSON (``daftari-server site area SITE FILE.geojson``), so that a check
can say a GPS point lies outside the site or outside the zone the interview names, and a map
can draw them without internet.

A feature's name is its ``name`` property (or ``zone``, ``NAME``, ``id``): the zone an answer
names. Only polygons are areas; coordinates are GeoJSON's (longitude, latitude), in degrees.
A new file takes the place of the site's areas as a whole; nothing of a file with a problem is
kept, and the problem names the feature."""

from __future__ import annotations

import json
from dataclasses import dataclass

import shapely
from shapely.geometry import shape
from shapely.geometry.base import BaseGeometry
from sqlalchemy import delete, insert, select
from sqlalchemy.engine import Connection

from central_server.accounts import Principal, now_text
from central_server.db import site_areas, sites
from central_server.errors import Forbidden, NotFound, Refusal

MAX_FILE = 20 * 1024 * 1024  # bytes of a GeoJSON file: a city's zones are well under 1 MiB
MAX_AREAS = 5_000
MAX_VERTICES = 100_000  # corners of one area: a city's zone drawn by hand has hundreds
NAME_KEYS = ("name", "zone", "NAME", "Name", "id")


class BadAreas(Refusal):
    status, code = 422, "bad_areas"


@dataclass
class Area:
    name: str
    geometry: BaseGeometry


def read_geojson(content: bytes, *, source: str = "the file") -> list[Area]:
    """The areas of a GeoJSON FeatureCollection, Feature or geometry."""
    if len(content) > MAX_FILE:
        raise BadAreas(f"{source} is larger than {MAX_FILE // (1024 * 1024)} MiB")
    try:
        data = json.loads(content)
    except (ValueError, UnicodeDecodeError) as exc:
        raise BadAreas(f"{source} is not GeoJSON: {exc}") from None
    except RecursionError:  # [[[[… nested deeper than any geometry
        raise BadAreas(f"{source} is not GeoJSON: its arrays are nested too deep") from None
    if not isinstance(data, dict):
        raise BadAreas(f"{source} is not GeoJSON: it is not a JSON object")
    kind = data.get("type")
    if kind == "FeatureCollection":
        features = data.get("features")
        if not isinstance(features, list):
            raise BadAreas(f"{source}: a FeatureCollection has a list of features")
    elif kind == "Feature":
        features = [data]
    elif kind in ("Polygon", "MultiPolygon"):
        features = [{"type": "Feature", "geometry": data, "properties": {}}]
    else:
        raise BadAreas(
            f"{source} is not GeoJSON areas: its type is {str(kind)[:40]!r}, not "
            "FeatureCollection, Feature, Polygon or MultiPolygon"
        )
    if len(features) > MAX_AREAS:
        raise BadAreas(f"{source} has {len(features)} features: at most {MAX_AREAS}")
    areas: list[Area] = []
    for n, feature in enumerate(features, 1):
        areas.append(_area(feature, f"{source}, feature {n}"))
    if not areas:
        raise BadAreas(f"{source} has no area in it")
    return areas


def _area(feature: object, where: str) -> Area:
    if not isinstance(feature, dict) or not isinstance(feature.get("geometry"), dict):
        raise BadAreas(f"{where}: a feature has a geometry")
    props = feature.get("properties") if isinstance(feature.get("properties"), dict) else {}
    assert isinstance(props, dict)
    name = next((str(props[k]) for k in NAME_KEYS if props.get(k) not in (None, "")), "")
    where = f"{where} ('{name[:60]}')" if name else where
    geometry = feature["geometry"]
    if geometry.get("type") not in ("Polygon", "MultiPolygon"):
        raise BadAreas(
            f"{where}: a {str(geometry.get('type'))[:40]} is not an area; "
            "only Polygon and MultiPolygon are"
        )
    vertices = _vertices(geometry.get("coordinates"))
    if vertices > MAX_VERTICES:
        raise BadAreas(
            f"{where}: {vertices:,} corners; an area has at most {MAX_VERTICES:,} (simplify "
            "it, e.g. in QGIS: Vector → Geometry tools → Simplify)"
        )
    try:
        shaped = shape(geometry)
    except (ValueError, TypeError, AttributeError, IndexError, KeyError, RecursionError) as exc:
        raise BadAreas(f"{where}: its coordinates cannot be read ({exc})") from None
    except shapely.errors.GEOSException as exc:
        raise BadAreas(f"{where}: its coordinates cannot be read ({exc})") from None
    if shaped.is_empty:
        raise BadAreas(f"{where}: the area is empty")
    minx, miny, maxx, maxy = shaped.bounds
    if not (-180 <= minx <= maxx <= 180 and -90 <= miny <= maxy <= 90):
        raise BadAreas(
            f"{where}: coordinates outside longitude -180..180 and latitude -90..90 "
            "(GeoJSON is longitude first, in degrees; is the file in another projection?)"
        )
    try:
        if not shaped.is_valid:
            shaped = shapely.make_valid(shaped)  # a ring that crosses itself, as drawn by hand
    except shapely.errors.GEOSException as exc:
        raise BadAreas(f"{where}: the area cannot be made whole ({exc})") from None
    return Area(name[:200], shaped)


def _vertices(coordinates: object) -> int:
    """How many positions a GeoJSON coordinates array holds (counted without recursion)."""
    count, stack = 0, [coordinates]
    while stack:
        item = stack.pop()
        if isinstance(item, list) and item and not isinstance(item[0], list):
            count += 1
        elif isinstance(item, list):
            stack.extend(item)
    return count


def set_areas(conn: Connection, who: Principal, site: str, content: bytes) -> list[Area]:
    """The site's areas are now those of ``content`` (an administrator's act)."""
    if who.role != "admin":
        raise Forbidden("only an administrator gives a site its areas")
    site_id = conn.execute(select(sites.c.id).where(sites.c.name == site)).scalar()
    if site_id is None:
        raise NotFound(f"there is no site '{site}'")
    areas = read_geojson(content)
    conn.execute(delete(site_areas).where(site_areas.c.site_id == site_id))
    at = now_text()
    conn.execute(
        insert(site_areas),
        [
            {
                "site_id": site_id,
                "name": a.name,
                "geometry": json.dumps(shapely.geometry.mapping(a.geometry)),
                "added_by": who.username,
                "added_at": at,
            }
            for a in areas
        ],
    )
    return areas


def areas_of(conn: Connection, site_id: int) -> list[Area]:
    rows = conn.execute(
        select(site_areas.c.name, site_areas.c.geometry)
        .where(site_areas.c.site_id == site_id)
        .order_by(site_areas.c.id)
    )
    return [Area(name, shape(json.loads(text))) for name, text in rows]
