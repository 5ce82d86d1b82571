"""What makes a pushed item unreadable, said before it is stored, and how a reason quotes an
answer (issue 24's mutation run, bench/mutation.py)."""

import json

from central_server.intake.ingest import _shown, why_unreadable
from sync_protocol import PushItem
from tests.central_server.test_api import envelopes, item

SENT = envelopes(1, seed=41)[0]


def _pushed(json_text: str) -> PushItem:
    return PushItem.model_validate({**item(SENT), "json_text": json_text})


def test_answers_with_a_key_twice_are_unreadable():
    found = why_unreadable(None, _pushed('{"name": "Amina", "name": "Baraka"}'))
    assert found == ["not JSON that can be read: a key appears twice in one object"]


def test_an_escaped_pair_of_halves_is_a_character_and_one_half_alone_is_not(server):
    engine = server.app.state.engine
    whole = json.dumps({**SENT["data"], "name": "Amina \U0001f600"}, ensure_ascii=True)
    assert "\\ud83d\\ude00" in whole
    assert why_unreadable(engine, _pushed(whole)) == []
    half = whole.replace("\\ude00", "")
    assert why_unreadable(engine, _pushed(half)) == [
        "an answer holds text that is not valid Unicode (half of a character)"
    ]


def test_a_reason_quotes_an_answer_of_up_to_80_characters_whole():
    assert _shown("x" * 78) == repr("x" * 78)  # 80 with its quotes
    assert _shown("x" * 79) == repr("x" * 79)[:77] + "..."
    assert len(_shown("y" * 500)) == 80
