"""Issue 13: submissions as ODK Collect's own engine writes them. JavaRosa (inside pyxform's
ODK_Validate.jar: the engine Collect runs) restores filled instances of the three standard
surveys into their XForms and serializes them as Collect sends them (its namespaces, its XML
declaration, times in Z, geopoints with decimals). The Daftari server takes every one, once,
and keeps the same answers as it keeps from Daftari's own XML for the same interview."""

import json
import xml.etree.ElementTree as ET
from datetime import UTC, datetime

import pytest

from central_server import published_forms
from form_engine import load_xlsform
from form_engine.fill import random_submissions
from form_engine.submission import json_to_xml, xml_to_json
from tests.central_server.conftest import PASSWORDS
from tests.conftest import REPO
from tests.openrosa.collect import Collect
from tests.peers import javarosa_eval

NOW = datetime(2026, 11, 20, tzinfo=UTC)


def same_answer(mine, collects) -> bool:
    """Equal, or the same instant / the same numbers written another way."""
    if mine == collects:
        return True
    if isinstance(mine, str) and isinstance(collects, str):
        try:
            return datetime.fromisoformat(mine) == datetime.fromisoformat(collects)
        except ValueError:
            pass
        try:
            return [float(x) for x in mine.split()] == [float(x) for x in collects.split()]
        except ValueError:
            return False
    return False


@pytest.mark.skipif(javarosa_eval.available() is not None, reason=str(javarosa_eval.available()))
def test_collects_own_xml_for_the_standard_surveys_is_taken_once(server):
    with server.app.state.engine.begin() as conn:
        published_forms.publish(conn, REPO / "forms" / "service_access.xlsx")
    collect = Collect(server.url, "amina", PASSWORDS["amina"])
    sent = 0
    for seed, name in enumerate(("population", "household", "service_access"), 21):
        form = load_xlsform(REPO / "forms" / f"{name}.xlsx")
        for e in random_submissions(form, 3, seed=seed, now=NOW):
            ours = json_to_xml(form, e["data"])
            theirs = javarosa_eval.collect_submission(form.xform, ours)
            assert theirs.startswith(b"<?xml version='1.0' encoding='UTF-8' ?>")  # Collect's
            assert [a.status_code for a in collect.submit(theirs, {})] == [201], name
            assert [a.status_code for a in collect.submit(theirs, {})] == [202], name
            with server.app.state.engine.connect() as c:
                stored = c.exec_driver_sql(
                    "SELECT json_text FROM revisions ORDER BY seq DESC LIMIT 1"
                ).scalar_one()
            kept = json.loads(stored)
            expected = xml_to_json(form, ET.fromstring(ours))
            wrong = {
                k: (expected.get(k), kept.get(k))
                for k in set(expected) | set(kept)
                if not same_answer(expected.get(k), kept.get(k))
            }
            assert not wrong, (name, wrong)
            sent += 1
    with server.app.state.engine.connect() as c:
        assert c.exec_driver_sql("SELECT count(*) FROM submissions").scalar_one() == sent == 9
