"""Filling a form: relevance, calculations, repeats, choice filters, defaults and triggers react
to each answer the way they do in ODK Collect."""

import pytest

from form_engine.repeat_counts import remove_surplus, surplus
from form_engine.validation import check_answer

YN = [
    {"list_name": "yn", "name": "1", "label": "Yes"},
    {"list_name": "yn", "name": "0", "label": "No"},
]


def node(s, path):
    return s.node(path)


def test_relevance_follows_the_answer_it_depends_on(make_form, new_session):
    form = make_form(
        [
            {"type": "select_one yn", "name": "has_water", "label": "Water?"},
            {
                "type": "integer",
                "name": "litres",
                "label": "Litres",
                "relevant": "${has_water} = '1'",
            },
            {"type": "begin_group", "name": "g", "label": "G", "relevant": "${has_water} = '1'"},
            {"type": "text", "name": "source", "label": "Source"},
            {"type": "end_group"},
        ],
        choices=YN,
    )
    s = new_session(form)
    assert not s.is_relevant(node(s, "/data/litres"))
    assert not s.is_relevant(node(s, "/data/g/source"))  # inherited from the group
    s.set_value(node(s, "/data/has_water"), "1")
    assert s.is_relevant(node(s, "/data/litres"))
    assert s.is_relevant(node(s, "/data/g/source"))


def test_a_non_relevant_answer_reads_as_empty_and_is_dropped_from_the_submission(
    make_form, new_session
):
    from form_engine.submission import document_to_json

    form = make_form(
        [
            {"type": "select_one yn", "name": "q", "label": "Q"},
            {"type": "text", "name": "why", "label": "Why", "relevant": "${q} = '0'"},
            {"type": "calculate", "name": "echo", "calculation": "concat('[', ${why}, ']')"},
        ],
        choices=YN,
    )
    s = new_session(form)
    s.set_value(node(s, "/data/q"), "0")
    s.set_value(node(s, "/data/why"), "too far")
    assert s.value("/data/echo") == "[too far]"
    s.set_value(node(s, "/data/q"), "1")
    assert s.value("/data/echo") == "[]"
    data = document_to_json(form, s.doc, relevant_only=True)
    assert "why" not in data and data["echo"] == "[]"
    # Going back keeps what was typed, as Collect does.
    s.set_value(node(s, "/data/q"), "0")
    assert s.value("/data/why") == "too far"


def test_calculations_chain_in_dependency_order(make_form, new_session):
    form = make_form(
        [
            {"type": "calculate", "name": "c", "calculation": "${b} * 2"},
            {"type": "integer", "name": "a", "label": "A"},
            {"type": "calculate", "name": "b", "calculation": "${a} + 1"},
        ]
    )
    s = new_session(form)
    s.set_value(node(s, "/data/a"), "4")
    assert s.value("/data/b") == "5"
    assert s.value("/data/c") == "10"


def test_repeat_count_adds_and_removes_instances(make_form, new_session):
    form = make_form(
        [
            {"type": "integer", "name": "n", "label": "Members"},
            {"type": "begin_repeat", "name": "member", "label": "Member", "repeat_count": "${n}"},
            {"type": "text", "name": "name", "label": "Name"},
            {"type": "integer", "name": "age", "label": "Age"},
            {"type": "calculate", "name": "pos", "calculation": "position(..)"},
            {"type": "end_repeat"},
            {"type": "calculate", "name": "total_age", "calculation": "sum(${age})"},
            {"type": "calculate", "name": "count", "calculation": "count(${member})"},
        ]
    )
    s = new_session(form)
    assert len(s.nodes("/data/member")) == 0
    s.set_value(node(s, "/data/n"), "12")
    assert len(s.nodes("/data/member")) == 12
    assert [s.value(n) for n in s.nodes("/data/member/pos")] == [str(i) for i in range(1, 13)]
    assert s.value("/data/count") == "12"
    for i, age in enumerate([30, 28, 5, 3, 1, 1, 1, 1, 1, 1, 1, 1]):
        s.set_value(s.nodes("/data/member/age")[i], str(age))
    assert s.value("/data/total_age") == "74"
    s.set_value(node(s, "/data/n"), "2")
    # answered members are not dropped by a lower count: they wait for a confirmation
    assert len(s.nodes("/data/member")) == 12
    (extra,) = surplus(s)
    assert extra.wanted == 2 and len(extra.extra) == 10 and extra.source is node(s, "/data/n")
    remove_surplus(s, extra)
    assert len(s.nodes("/data/member")) == 2
    assert s.value("/data/total_age") == "58"
    assert surplus(s) == []


def test_open_repeat_add_and_remove_by_hand(make_form, new_session):
    form = make_form(
        [
            {"type": "begin_repeat", "name": "child", "label": "Child"},
            {"type": "text", "name": "name", "label": "Name"},
            {"type": "end_repeat"},
            {"type": "calculate", "name": "names", "calculation": "join(', ', ${name})"},
        ]
    )
    s = new_session(form)
    first = s.nodes("/data/child")
    assert len(first) == 1  # pyxform's default first instance, as Collect and Enketo show it
    s.set_value(node(s, "/data/child/name"), "Amina")
    second = s.add_repeat("/data/child")
    s.set_value(second.child("name"), "Deng")
    assert s.value("/data/names") == "Amina, Deng"
    s.remove_repeat(first[0])
    assert s.value("/data/names") == "Deng"


def test_references_inside_a_repeat_stay_in_their_own_instance(make_form, new_session):
    form = make_form(
        [
            {"type": "begin_repeat", "name": "m", "label": "M"},
            {"type": "integer", "name": "age", "label": "Age"},
            {
                "type": "text",
                "name": "school",
                "label": "School",
                "relevant": "${age} >= 5 and ${age} < 18",
            },
            {"type": "calculate", "name": "adult", "calculation": "if(${age} >= 18, 1, 0)"},
            {"type": "end_repeat"},
        ]
    )
    s = new_session(form)
    s.add_repeat("/data/m")
    ages = s.nodes("/data/m/age")
    s.set_value(ages[0], "10")
    s.set_value(ages[1], "40")
    assert [s.is_relevant(n) for n in s.nodes("/data/m/school")] == [True, False]
    assert [s.value(n) for n in s.nodes("/data/m/adult")] == ["0", "1"]


def test_choice_filter_offers_only_matching_choices(make_form, new_session):
    form = make_form(
        [
            {"type": "select_one country", "name": "country", "label": "Country"},
            {
                "type": "select_one city",
                "name": "city",
                "label": "City",
                "choice_filter": "country = ${country}",
            },
        ],
        choices=[
            {"list_name": "country", "name": "ke", "label": "Kenya"},
            {"list_name": "country", "name": "ug", "label": "Uganda"},
            {"list_name": "city", "name": "kakuma", "label": "Kakuma", "country": "ke"},
            {"list_name": "city", "name": "koboko", "label": "Koboko", "country": "ug"},
            {"list_name": "city", "name": "arua", "label": "Arua", "country": "ug"},
        ],
    )
    s = new_session(form)
    city = node(s, "/data/city")
    assert s.choices(city) == []
    s.set_value(node(s, "/data/country"), "ug")
    assert [c.value for c in s.choices(city)] == ["koboko", "arua"]
    s.set_value(city, "kakuma")
    assert check_answer(s, form.element("/data/city"), city).code == "choice"


def test_static_and_dynamic_defaults(make_form, new_session):
    form = make_form(
        [
            {"type": "integer", "name": "n", "label": "N", "default": "3"},
            {"type": "date", "name": "visit", "label": "Visit", "default": "today()"},
            {"type": "text", "name": "who", "label": "Who", "default": "concat('hh-', ${n})"},
        ]
    )
    s = new_session(form)
    assert s.value("/data/n") == "3"
    assert s.value("/data/visit") == "2026-03-14"
    assert s.value("/data/who") == "hh-3"


def test_trigger_recomputes_a_field_only_when_its_trigger_changes(make_form, new_session):
    form = make_form(
        [
            {"type": "integer", "name": "a", "label": "A"},
            {"type": "integer", "name": "b", "label": "B"},
            {
                "type": "integer",
                "name": "c",
                "label": "C",
                "calculation": "${a} * 10",
                "trigger": "${a}",
            },
        ]
    )
    s = new_session(form)
    s.set_value(node(s, "/data/a"), "2")
    assert s.value("/data/c") == "20"
    s.set_value(node(s, "/data/c"), "7")  # the enumerator may overwrite it
    s.set_value(node(s, "/data/b"), "5")
    assert s.value("/data/c") == "7"


def test_once_keeps_the_first_value(make_form, new_session):
    form = make_form(
        [
            {"type": "integer", "name": "a", "label": "A"},
            {"type": "calculate", "name": "first_a", "calculation": "once(${a})"},
        ]
    )
    s = new_session(form)
    s.set_value(node(s, "/data/a"), "4")
    s.set_value(node(s, "/data/a"), "9")
    assert s.value("/data/first_a") == "4"


def test_required_and_read_only_can_be_expressions(make_form, new_session):
    form = make_form(
        [
            {"type": "integer", "name": "age", "label": "Age"},
            {
                "type": "text",
                "name": "id_no",
                "label": "ID",
                "required": "${age} >= 18",
                "required_message": "Adults must give an ID",
            },
            {"type": "text", "name": "note", "label": "Note", "read_only": "${age} < 5"},
        ]
    )
    s = new_session(form)
    s.set_value(node(s, "/data/age"), "30")
    issue = check_answer(s, form.element("/data/id_no"), node(s, "/data/id_no"))
    assert issue.code == "required" and issue.text() == "Adults must give an ID"
    s.set_value(node(s, "/data/age"), "3")
    assert check_answer(s, form.element("/data/id_no"), node(s, "/data/id_no")) is None
    assert s.is_readonly(node(s, "/data/note"))


def test_labels_fill_in_references_and_switch_language(make_form, new_session):
    form = make_form(
        [
            {
                "type": "text",
                "name": "name",
                "label::English (en)": "Name",
                "label::Swahili (sw)": "Jina",
            },
            {
                "type": "note",
                "name": "hello",
                "label::English (en)": "Hello ${name}",
                "label::Swahili (sw)": "Habari ${name}",
            },
        ],
        settings={"form_id": "t", "version": "1", "default_language": "English (en)"},
    )
    s = new_session(form)
    s.set_value(node(s, "/data/name"), "Amina")
    label = form.element("/data/hello").label
    assert s.render(label, node(s, "/data/hello")) == "Hello Amina"
    assert s.render(label, node(s, "/data/hello"), "Swahili (sw)") == "Habari Amina"
    s.language = "Swahili (sw)"
    assert s.render(form.element("/data/name").label) == "Jina"


def test_choice_name_gives_the_label_in_the_current_language(make_form, new_session):
    form = make_form(
        [
            {
                "type": "select_one yn",
                "name": "q",
                "label::English (en)": "Q",
                "label::French (fr)": "Q",
            },
            {"type": "calculate", "name": "qname", "calculation": "jr:choice-name(${q}, '${q}')"},
        ],
        choices=[
            {
                "list_name": "yn",
                "name": "1",
                "label::English (en)": "Yes",
                "label::French (fr)": "Oui",
            },
            {
                "list_name": "yn",
                "name": "0",
                "label::English (en)": "No",
                "label::French (fr)": "Non",
            },
        ],
        settings={"form_id": "t", "version": "1", "default_language": "English (en)"},
    )
    s = new_session(form)
    s.set_value(node(s, "/data/q"), "1")
    assert s.value("/data/qname") == "Yes"
    s2 = new_session(form, language="French (fr)")
    s2.set_value(node(s2, "/data/q"), "1")
    assert s2.value("/data/qname") == "Oui"


def test_select_from_file_and_pulldata_read_the_attached_csv(make_form, new_session):
    csv_text = "name,label,population\nkakuma,Kakuma,200000\nkoboko,Koboko,60000\n"
    form = make_form(
        [
            {"type": "select_one_from_file towns.csv", "name": "town", "label": "Town"},
            {
                "type": "calculate",
                "name": "pop",
                "calculation": "pulldata('towns', 'population', 'name', ${town})",
            },
        ],
        files={"towns.csv": csv_text},
    )
    s = new_session(form)
    town = node(s, "/data/town")
    assert [(c.value, s.render(c.label)) for c in s.choices(town)] == [
        ("kakuma", "Kakuma"),
        ("koboko", "Koboko"),
    ]
    s.set_value(town, "koboko")
    assert s.value("/data/pop") == "60000"


def test_metadata_is_preloaded(make_form, new_session):
    form = make_form(
        [
            {"type": "start", "name": "start"},
            {"type": "end", "name": "end"},
            {"type": "today", "name": "today"},
            {"type": "deviceid", "name": "deviceid"},
            {"type": "username", "name": "username"},
            {"type": "text", "name": "q", "label": "Q"},
        ]
    )
    s = new_session(form, username="enum01", deviceid="daftari:abc", instance_id="uuid:1234")
    assert s.value("/data/start").startswith("2026-03-14T09:30:00")
    assert s.value("/data/today") == "2026-03-14"
    assert s.value("/data/username") == "enum01"
    assert s.value("/data/deviceid") == "daftari:abc"
    assert s.value("/data/meta/instanceID") == "uuid:1234"
    assert s.value("/data/end") == ""
    s.stamp_end()
    assert s.value("/data/end").startswith("2026-03-14T09:30:00")


def test_instance_name_titles_the_submission(make_form, new_session):
    form = make_form(
        [
            {"type": "text", "name": "head", "label": "Head"},
            {"type": "integer", "name": "hh_no", "label": "No"},
        ],
        settings={
            "form_id": "t",
            "version": "1",
            "instance_name": "concat(${head}, ' #', ${hh_no})",
        },
    )
    s = new_session(form)
    s.set_value(node(s, "/data/head"), "Amina")
    s.set_value(node(s, "/data/hh_no"), "17")
    assert s.instance_name() == "Amina #17"


def test_changing_one_answer_reevaluates_only_what_depends_on_it(make_form, new_session):
    rows = [
        {
            "type": "integer",
            "name": f"q{i}",
            "label": f"Q{i}",
            "relevant": f"${{q{i - 1}}} != 99" if i else "",
        }
        for i in range(200)
    ]
    rows.append({"type": "calculate", "name": "total", "calculation": "${q0} + ${q1}"})
    form = make_form(rows)
    s = new_session(form)
    # q151's relevance reads q150; a non-relevant q151 reads as empty, so q152's relevance
    # follows, and so on down the chain — but nothing before q150, and not the total.
    closure = s.runtime.graph.closure("/data/q150")
    assert [t.target for t in closure] == [f"/data/q{i}" for i in range(151, 200)]
    assert "/data/total" in {t.target for t in s.runtime.graph.closure("/data/q0")}


def test_an_answer_that_nothing_reads_reevaluates_nothing(make_form, new_session):
    rows = [
        {"type": "integer", "name": f"q{i}", "label": f"Q{i}", "relevant": "${gate} = 1"}
        for i in range(100)
    ]
    form = make_form([{"type": "integer", "name": "gate", "label": "Gate"}, *rows])
    s = new_session(form)
    assert s.runtime.graph.closure("/data/q50") == []
    assert len(s.runtime.graph.closure("/data/gate")) == 100


def test_a_dependency_cycle_is_refused_with_its_rows(make_form):
    from form_engine import FormLoadError

    with pytest.raises(FormLoadError) as err:
        make_form(
            [
                {"type": "calculate", "name": "a", "calculation": "${b} + 1"},
                {"type": "calculate", "name": "b", "calculation": "${a} + 1"},
            ]
        )
    assert err.value.code == "dependency_cycle"
    assert err.value.row in (2, 3)


def test_select_from_an_xml_file_uses_its_items(make_form, new_session):
    xml = "<root><item><name>kk</name><label>Kakuma</label></item><item><name>kb</name><label>Koboko</label></item></root>"
    form = make_form(
        [{"type": "select_one_from_file towns.xml", "name": "town", "label": "Town"}],
        files={"towns.xml": xml},
    )
    s = new_session(form)
    town = s.node("/data/town")
    assert [(c.value, s.render(c.label)) for c in s.choices(town)] == [
        ("kk", "Kakuma"),
        ("kb", "Koboko"),
    ]


def test_a_repeat_default_applies_only_to_the_new_instance(make_form, new_session):
    form = make_form(
        [
            {"type": "begin_repeat", "name": "r", "label": "R"},
            {"type": "integer", "name": "pos", "label": "Pos", "default": "position(..) * 10"},
            {"type": "text", "name": "a", "label": "A"},
            {
                "type": "text",
                "name": "b",
                "label": "B",
                "calculation": "concat('got ', ${a})",
                "trigger": "${a}",
            },
            {"type": "end_repeat"},
        ]
    )
    s = new_session(form)
    first = s.nodes("/data/r")[0]
    assert s.value(first.child("pos")) == "10"
    s.set_value(first.child("pos"), "7")  # the enumerator corrects it
    second = s.add_repeat("/data/r")
    assert s.value(second.child("pos")) == "20"
    assert s.value(first.child("pos")) == "7"
    # A trigger sets the field of its own repeat instance only.
    s.set_value(second.child("b"), "kept")
    s.set_value(first.child("a"), "x")
    assert s.value(first.child("b")) == "got x"
    assert s.value(second.child("b")) == "kept"
