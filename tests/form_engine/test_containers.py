"""Reading a group or repeat *itself* (its position, how many there are, which one) depends on
the form's structure — entries added, removed — never on every answer inside it. The standard
roster pattern (issue 10, class 1) was refused as a dependency cycle."""

ROSTER = [
    {"type": "integer", "name": "hh_size", "label": "Members"},
    {"type": "begin_repeat", "name": "ind", "label": "Member", "repeat_count": "${hh_size}"},
    {"type": "calculate", "name": "ind_pos", "calculation": "position(..)"},
    {
        "type": "select_one yn",
        "name": "is_head",
        "label": "Is this the head?",
        "relevant": "${ind_pos}=1",
    },
    {"type": "text", "name": "ind_name", "label": "Name"},
    {
        "type": "calculate",
        "name": "ind_label",
        "calculation": "concat(${ind_pos}, '. ', ${ind_name})",
    },
    {
        "type": "integer",
        "name": "age",
        "label": "Age",
        "relevant": "${ind_pos} > 1 or ${is_head} = 'yes'",
    },
    {
        "type": "calculate",
        "name": "head_name",
        "calculation": "indexed-repeat(${ind_name}, ${ind}, 1)",
    },
    {"type": "calculate", "name": "seen", "calculation": "count(${ind}) - ${ind_pos}"},
    {"type": "end_repeat"},
    {"type": "calculate", "name": "n_names", "calculation": "count(${ind_name})"},
    {"type": "calculate", "name": "first", "calculation": "indexed-repeat(${ind_name}, ${ind}, 1)"},
]
CHOICES = [
    {"list_name": "yn", "name": "yes", "label": "Yes"},
    {"list_name": "yn", "name": "no", "label": "No"},
]


def test_the_roster_pattern_loads_and_follows_the_entries(make_form, new_session):
    s = new_session(make_form(ROSTER, choices=CHOICES))
    s.set_value(s.node("/data/hh_size"), "3")
    assert [s.value(f"/data/ind[{i}]/ind_pos") for i in (1, 2, 3)] == ["1", "2", "3"]
    assert s.is_relevant(s.node("/data/ind[1]/is_head"))
    assert not s.is_relevant(s.node("/data/ind[2]/is_head"))
    assert not s.is_relevant(s.node("/data/ind[1]/age"))
    s.set_value(s.node("/data/ind[1]/is_head"), "yes")
    assert s.is_relevant(s.node("/data/ind[1]/age"))
    s.set_value(s.node("/data/ind[1]/ind_name"), "Amina")
    s.set_value(s.node("/data/ind[3]/ind_name"), "Juma")
    assert s.value("/data/ind[3]/ind_label") == "3. Juma"
    assert s.value("/data/ind[2]/head_name") == "Amina"
    assert s.value("/data/first") == "Amina"
    assert [s.value(f"/data/ind[{i}]/seen") for i in (1, 2, 3)] == ["2", "1", "0"]
    assert s.value("/data/n_names") == "3"


def test_removing_an_entry_renumbers_the_ones_after_it(make_form, new_session):
    s = new_session(make_form(ROSTER, choices=CHOICES))
    s.set_value(s.node("/data/hh_size"), "3")
    s.set_value(s.node("/data/ind[3]/ind_name"), "Juma")
    s.remove_repeat(s.node("/data/ind[1]"))
    assert s.value("/data/ind[2]/ind_name") == "Juma"
    assert s.value("/data/ind[2]/ind_pos") == "2"
    assert s.value("/data/ind[2]/ind_label") == "2. Juma"
    assert s.is_relevant(s.node("/data/ind[1]/is_head"))  # the new first entry is asked
    assert s.value("/data/n_names") == "2"
    assert [s.value(f"/data/ind[{i}]/seen") for i in (1, 2)] == ["1", "0"]


def test_nested_rosters_count_their_own_entries(make_form, new_session):
    form = make_form(
        [
            {"type": "begin_repeat", "name": "hh", "label": "Household"},
            {"type": "calculate", "name": "hh_pos", "calculation": "position(..)"},
            {"type": "begin_repeat", "name": "m", "label": "Member"},
            {"type": "calculate", "name": "m_pos", "calculation": "position(..)"},
            {
                "type": "text",
                "name": "nm",
                "label": "Name",
                "relevant": "${m_pos} = 1 or ${hh_pos} = 1",
            },
            {"type": "end_repeat"},
            {"type": "calculate", "name": "n_m", "calculation": "count(${m})"},
            {"type": "end_repeat"},
            {"type": "calculate", "name": "all_m", "calculation": "count(${m})"},
        ]
    )
    s = new_session(form)
    s.add_repeat("/data/hh/m", s.node("/data/hh[1]"))
    s.add_repeat("/data/hh")
    hh2 = s.node("/data/hh[2]")
    s.add_repeat("/data/hh/m", hh2)
    s.add_repeat("/data/hh/m", hh2)
    assert s.value("/data/hh[2]/hh_pos") == "2"
    assert [s.value(f"/data/hh[2]/m[{i}]/m_pos") for i in (1, 2, 3)] == ["1", "2", "3"]
    assert s.value("/data/hh[1]/n_m") == "2" and s.value("/data/hh[2]/n_m") == "3"
    assert s.value("/data/all_m") == "5"
    assert s.is_relevant(s.node("/data/hh[1]/m[2]/nm"))
    assert not s.is_relevant(s.node("/data/hh[2]/m[2]/nm"))
    s.remove_repeat(s.node("/data/hh[1]"))
    assert s.value("/data/hh[1]/hh_pos") == "1" and s.value("/data/all_m") == "3"
    assert s.is_relevant(s.node("/data/hh[1]/m[3]/nm"))


def test_what_each_kind_of_reference_depends_on():
    """The audit: each way of naming a container, and what it makes the expression depend on
    (values: re-run when an answer changes; entries: when entries are added or removed)."""
    from form_engine.dependencies import read_paths
    from form_engine.xpath.evaluator import compile_expression

    def reads(text, context="/data/ind/x"):
        values, entries, every = read_paths(compile_expression(text), context)
        return sorted(values), sorted(entries), sorted(every)

    assert reads("position(..)") == ([], ["/data/ind"], [])
    assert reads("position(current()/..)") == ([], ["/data/ind"], [])
    assert reads("count(/data/ind)") == ([], ["/data/ind"], [])
    assert reads("count(/data/ind/name)") == ([], ["/data/ind/name"], [])
    assert reads("name(..)") == ([], ["/data/ind"], [])
    assert reads("count(/data/ind[age > 17])") == (
        ["/data/ind/age"],
        ["/data/ind"],
        ["/data/ind/age"],
    )
    assert reads("indexed-repeat(/data/ind/name, /data/ind, ../n)") == (
        ["/data/ind/n", "/data/ind/name"],
        ["/data/ind"],
        ["/data/ind/name"],
    )
    assert reads("count(/data/a | /data/b)") == ([], ["/data/a", "/data/b"], [])
    # A container read as a value is the text of everything inside it (XPath string-value).
    assert reads("string-length(..)") == (["/data/ind"], [], [])
    assert reads("../age + 1") == (["/data/ind/age"], [], [])
    assert reads("sum(/data/ind/age)") == (["/data/ind/age"], [], ["/data/ind/age"])
