"""The Quality screen's map without internet (issue 26): Web Mercator as tiles are, every point
and zone inside the widget, and a folder of tiles drawn under them when there is one."""

from PySide6.QtGui import QColor, QImage

from desktop_app.quality import fit, mercator, rings, tiles_for
from desktop_app.ui.quality_view import MapWidget

ZONE = {
    "type": "Polygon",
    "coordinates": [[[30.95, 3.40], [30.99, 3.40], [30.99, 3.42], [30.95, 3.42], [30.95, 3.40]]],
}


def test_the_projection_is_the_tiles_one():
    assert mercator(0, 0) == (0.5, 0.5)
    x, y = mercator(3.41, 30.97)  # Koboko: north of the equator is above (y smaller)
    assert 0.5 < x < 0.6 and y < 0.5
    assert mercator(89.9, 0)[1] == mercator(85.05112878, 0)[1]  # clamped as tiles are


def test_every_point_and_corner_lies_in_the_widget():
    points = [(3.45, 31.10), (3.41, 30.96)] + rings(ZONE)[0]
    view = fit(points, 400, 300)
    for lat, lon in points:
        x, y = view.pixel(lat, lon)
        assert 0 <= x <= 400 and 0 <= y <= 300, (lat, lon, x, y)


def test_a_folder_of_tiles_is_drawn_under_the_zones(qtbot, tmp_path):
    widget = MapWidget(tiles=tmp_path / "tiles")
    qtbot.addWidget(widget)
    widget.resize(400, 300)
    points = [{"latitude": 3.41, "longitude": 30.97, "enumerator": "amina", "flags": []}]
    widget.show_map([{"site": "Koboko", "name": "A", "geometry": ZONE}], points, by_flag=False)
    view = widget._view()
    assert tiles_for(view, 400, 300, tmp_path / "tiles") == []  # no folder: no tiles
    # every tile of the view's zoom, plain blue
    z = view.zoom
    n = 2**z
    left, top = int(view.left * n), int(view.top * n)
    right, bottom = int((view.left + 400 / view.scale) * n), int((view.top + 300 / view.scale) * n)
    for tx in range(left, right + 1):
        for ty in range(top, bottom + 1):
            path = tmp_path / "tiles" / str(z) / str(tx) / f"{ty}.png"
            path.parent.mkdir(parents=True, exist_ok=True)
            image = QImage(256, 256, QImage.Format.Format_RGB32)
            image.fill(QColor("#0000ff"))
            assert image.save(str(path))
    found = tiles_for(view, 400, 300, tmp_path / "tiles")
    assert len(found) == (right - left + 1) * (bottom - top + 1)
    shot = widget.grab().toImage()
    corner = shot.pixelColor(2, 2)  # outside the zone: the tile's own colour
    assert (corner.red(), corner.green(), corner.blue()) == (0, 0, 255)
