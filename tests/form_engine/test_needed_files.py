"""Forms that name media or data files (issue 10, class 5): most public forms are shared without
them. Such a form loads and names what it still needs (as ODK Central asks for a form's
attachments); it is filled once they are added. GeoJSON choice files are read as Collect reads
them."""

import json

import pytest

from form_engine import FormLoadError, FormSession, load_xlsform
from form_engine.authoring import write_xlsform
from tests.test_cli import daftari

SURVEY = [
    {"type": "select_one_from_file villages.csv", "name": "village", "label": "Village"},
    {"type": "text", "name": "item", "label": "Item"},
    {
        "type": "calculate",
        "name": "price",
        "calculation": "pulldata('prices', 'price', 'item', ${item})",
    },
    {"type": "select_one_from_file wells.geojson", "name": "well", "label": "Well"},
    {
        "type": "calculate",
        "name": "where",
        "calculation": "instance('wells')/root/item[id = ${well}]/geometry",
    },
]
WELLS = {
    "type": "FeatureCollection",
    "features": [
        {
            "type": "Feature",
            "id": "w1",
            "geometry": {"type": "Point", "coordinates": [34.85, 3.71, 640]},
            "properties": {"title": "Borehole by the market", "depth": 40, "working": True},
        },
        {
            "type": "Feature",
            "geometry": {
                "type": "Polygon",
                "coordinates": [[[34.8, 3.7], [34.9, 3.7], [34.9, 3.8], [34.8, 3.7]]],
            },
            "properties": {"id": "w2", "title": "Hand pump, zone 4"},
        },
    ],
}


@pytest.fixture
def workbook(tmp_path):
    path = tmp_path / "wells.xlsx"
    write_xlsform(path, SURVEY, settings={"form_id": "wells", "version": "1"})
    return path


def add_files(path):
    folder = path.parent / f"{path.stem}-media"
    folder.mkdir()
    (folder / "villages.csv").write_text("name,label\nk1,Kakuma 1\nk2,Kakuma 2\n")
    (folder / "prices.csv").write_text("item,price\nsoap,50\n")
    (folder / "wells.geojson").write_text(json.dumps(WELLS))


def test_a_form_without_its_files_loads_and_names_them(workbook):
    form = load_xlsform(workbook)
    needed = {m.name: m for m in form.missing_files}
    assert set(needed) == {"villages.csv", "prices.csv", "wells.geojson"}
    assert needed["villages.csv"].question == "village" and needed["villages.csv"].row == 2
    assert needed["prices.csv"].use == "pulldata"
    with pytest.raises(FormLoadError) as refused:
        form.require_files()  # to install or fill it, they must be there
    assert all(name in str(refused.value) for name in needed)
    assert refused.value.row == 2 and refused.value.code == "missing_attachment"


def test_form_check_says_what_is_needed_and_fill_refuses(workbook, tmp_path):
    checked = daftari("form", "check", workbook)
    assert checked.returncode == 0, checked.stderr
    assert "needs file   villages.csv (the choices of 'village', survey row 2)" in checked.stdout
    assert "wells.geojson" in checked.stdout and "prices.csv (pulldata())" in checked.stdout
    as_json = json.loads(daftari("form", "check", "--json", workbook).stdout)
    assert [m["name"] for m in as_json["needs_files"]] == [
        "villages.csv",
        "prices.csv",
        "wells.geojson",
    ]
    filled = daftari("form", "fill", workbook, "--random", "1", "--out", tmp_path / "o.jsonl")
    assert filled.returncode == 1 and "villages.csv" in filled.stderr


def test_once_added_the_files_give_choices_tables_and_places(workbook):
    add_files(workbook)
    form = load_xlsform(workbook)
    assert form.missing_files == []
    s = FormSession.new(form)
    assert [c.value for c in s.choices(s.node("/data/village"))] == ["k1", "k2"]
    wells = s.choices(s.node("/data/well"))
    assert [c.value for c in wells] == ["w1", "w2"]
    assert s.render(wells[0].label) == "Borehole by the market"
    s.set_value(s.node("/data/item"), "soap")
    assert s.value("/data/price") == "50"
    s.set_value(s.node("/data/well"), "w1")
    assert s.value("/data/where") == "3.71 34.85 640 0"  # ODK's lat lon altitude accuracy
    s.set_value(s.node("/data/well"), "w2")
    assert s.value("/data/where").startswith("3.7 34.8 0 0; 3.7 34.9 0 0;")


@pytest.mark.parametrize(
    "content, why",
    [
        ("not json", "is not GeoJSON"),
        ('{"type": "Feature"}', "is not a GeoJSON FeatureCollection"),
        (
            '{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {}}]}',
            "without a geometry (feature 1)",
        ),
        (
            '{"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": '
            '{"type": "MultiPoint", "coordinates": [[1, 2]]}}]}',
            "only Point, LineString and Polygon",
        ),
    ],
)
def test_a_damaged_geojson_file_is_refused_where_it_is_used(workbook, content, why):
    add_files(workbook)
    (workbook.parent / "wells-media" / "wells.geojson").write_text(content)
    with pytest.raises(FormLoadError) as refused:
        load_xlsform(workbook)
    assert why in str(refused.value) and refused.value.row == 5
