"""The expression language as form authors write it: XPath 1.0 types plus ODK functions."""

import math
import random
from datetime import UTC

import pytest

from form_engine.errors import XPathEvalError, XPathSyntaxError
from form_engine.nodes import parse_document
from form_engine.xpath.evaluator import EvalEnv, compile_expression
from form_engine.xpath.functions import SUPPORTED

XML = """<data><a>3</a><b>4</b><empty/><s>a b c</s><d>2020-01-05</d><t>hello world</t>
<m><x>1</x><y>p</y></m><m><x>2</x><y>q</y></m><m><x>5</x><y>r</y></m></data>"""


def ev(expr, xml=XML, context=None, **env):
    doc = parse_document(xml)
    node = doc.children[0]
    if context:
        node = compile_expression(context).evaluate(doc, EvalEnv())[0]
    value = compile_expression(expr).evaluate(node, EvalEnv(main_document=doc, **env))
    return [n.string_value() for n in value] if isinstance(value, list) else value


@pytest.mark.parametrize(
    "expr, expected",
    [
        ("1 + 2 * 3", 7.0),
        ("(1 + 2) * 3", 9.0),
        ("7 mod 3", 1.0),
        ("-7 mod 3", -1.0),
        ("7 div 2", 3.5),
        ("/data/a + /data/b", 7.0),
        ("/data/a * /data/b - 1", 11.0),
        ("- /data/a", -3.0),
        ("/data/a > 2 and /data/b < 5", True),
        ("/data/a = 3 or false()", True),
        ("/data/a != 3", False),
        ("/data/m/x = 2", True),  # node-set comparison is existential
        ("/data/m/x != 2", True),
        ("/data/m/x > 4", True),
        ("/data/empty = ''", True),
        ("'abc' < 'abd'", False),  # relational compares numbers: NaN < NaN
        ("true() = 'x'", True),
        ("1 = '1.0'", True),
        ("'1' = '1.0'", False),
        ("/data/missing = ''", True),  # ODK Collect: an absent field compares like an empty one
    ],
)
def test_operators_follow_xpath_1_type_rules(expr, expected):
    assert ev(expr) == expected


@pytest.mark.parametrize(
    "expr, expected",
    [
        ("1 div 0", math.inf),
        ("-1 div 0", -math.inf),
        ("number('')", "nan"),
        ("number('abc')", "nan"),
        ("number(' 12 ')", 12.0),
        ("/data/a + /data/empty", "nan"),
        ("0 div 0", "nan"),
    ],
)
def test_nan_and_infinity(expr, expected):
    value = ev(expr)
    if expected == "nan":
        assert value != value
    else:
        assert value == expected


@pytest.mark.parametrize(
    "expr, expected",
    [
        ("count(/data/m)", 3.0),
        ("sum(/data/m/x)", 8.0),
        ("min(/data/m/x)", 1.0),
        ("max(/data/m/x)", 5.0),
        ("max(1, 7, /data/a)", 7.0),
        ("min(/data/nothing)", "nan"),
        ("round(2.5)", 3.0),
        ("round(1.2345, 2)", 1.23),
        ("round(-1.5)", -1.0),
        ("int(-3.7)", -3.0),
        ("int('8.9')", 8.0),
        ("floor(-1.5)", -2.0),
        ("ceiling(1.2)", 2.0),
        ("abs(-4)", 4.0),
        ("pow(2, 10)", 1024.0),
        ("sqrt(16)", 4.0),
        ("log10(1000)", 3.0),
        ("exp10(2)", 100.0),
        ("string-length('amina')", 5.0),
        ("string-length(/data/t)", 11.0),
        ("count-selected(/data/s)", 3.0),
        ("count-non-empty(/data/m/x)", 3.0),
        ("position(/data/m[2])", 2.0),
    ],
)
def test_number_functions(expr, expected):
    value = ev(expr)
    if expected == "nan":
        assert value != value
    else:
        assert value == pytest.approx(expected)


@pytest.mark.parametrize(
    "expr, expected",
    [
        ("concat('a', /data/a, 'b')", "a3b"),
        ("concat(/data/m/y)", "pqr"),
        ("join('-', /data/m/y)", "p-q-r"),
        ("coalesce(/data/empty, 'fallback')", "fallback"),
        ("coalesce(/data/a, 'fallback')", "3"),
        ("if(/data/a > 2, 'big', 'small')", "big"),
        ("if(/data/missing, 'yes', 'no')", "no"),
        ("substr('kakuma', 1, 3)", "ak"),
        ("substr('kakuma', 2)", "kuma"),
        ("substring('12345', 2, 3)", "234"),
        ("substring-before('koboko-arua', '-')", "koboko"),
        ("substring-after('koboko-arua', '-')", "arua"),
        ("normalize-space('  a   b ')", "a b"),
        ("translate('abc', 'ab', 'AB')", "ABc"),
        ("selected-at(/data/s, 1)", "b"),
        ("selected-at(/data/s, 9)", ""),
        ("string(1 div 3)", "0.3333333333333333"),
        ("string(5.0)", "5"),
        ("string(0.0000001)", "0.0000001"),
        ("string(true())", "true"),
        ("string(/data/m/y)", "p"),
        ("name(/data/*[2])", "b"),
        (
            "digest('abc', 'SHA-256', 'hex')",
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        ),
        ("base64-decode('S2FrdW1h')", "Kakuma"),
        ("indexed-repeat(/data/m/y, /data/m, 3)", "r"),
        ("indexed-repeat(/data/m/y, /data/m, 7)", ""),
    ],
)
def test_string_functions(expr, expected):
    assert ev(expr) == expected


@pytest.mark.parametrize(
    "expr, expected",
    [
        ("selected(/data/s, 'b')", True),
        ("selected(/data/s, 'd')", False),
        ("selected(/data/s, ' a ')", True),
        ("contains(/data/t, 'lo w')", True),
        ("starts-with(/data/t, 'hell')", True),
        ("ends-with(/data/t, 'world')", True),
        ("regex(/data/t, 'hel+o world')", True),
        ("regex(/data/t, '^hel+o')", False),  # ODK Collect matches the whole value
        ("regex('0712', '^[0-9]{3}$')", False),
        ("not(/data/empty)", True),  # ODK Collect reads one node as its (empty) value
        ("boolean(/data/missing)", False),
        ("boolean-from-string('true')", True),
        ("boolean-from-string('1')", True),
        ("boolean-from-string('yes')", False),
        ("checklist(1, 2, 'true', 'false', '1')", False),  # any non-empty string is true: 3 > 2
        ("checklist(1, 2, 'true', '')", True),
        ("weighted-checklist(3, -1, 'true', 2, '1', 1)", True),
    ],
)
def test_boolean_functions(expr, expected):
    assert ev(expr) is expected


def test_dates_are_days_since_epoch_in_arithmetic_and_iso_strings_otherwise():
    assert ev("date('1970-01-11') + 0") == 10.0
    assert ev("string(date(/data/d))") == "2020-01-05"
    assert ev("string(date(date(/data/d) + 30))") == "2020-02-04"
    assert ev("/data/d < '2020-02-01'") is True
    assert ev("format-date(/data/d, '%Y/%m/%d %e %n %b %a')") == "2020/01/05 5 1 Jan Sun"
    assert ev("decimal-date-time('1970-01-02')") == 1.0
    assert ev("decimal-time('12:00:00')") == pytest.approx(0.5)
    assert ev("format-date('not a date', '%Y')") == ""


def test_today_and_now_come_from_the_injected_clock():
    from datetime import datetime

    moment = datetime(2026, 3, 14, 9, 30, tzinfo=UTC)
    assert ev("string(today())", now=lambda: moment) == "2026-03-14"
    assert ev("string(now())", now=lambda: moment).startswith("2026-03-14T")
    assert ev("today() > date('2026-01-01')", now=lambda: moment) is True


def test_paths_predicates_and_axes():
    assert ev("/data/m[x > 1]/y") == ["q", "r"]
    assert ev("/data/m[last()]/y") == ["r"]
    assert ev("/data/m[position() = 2]/y") == ["q"]
    assert ev("//y") == ["p", "q", "r"]
    assert ev("/data/m/x | /data/a") == ["3", "1", "2", "5"]
    assert ev("../y", context="/data/m[2]/x") == ["q"]
    assert ev(".", context="/data/m[3]/x") == ["5"]
    assert ev("count(../../m)", context="/data/m[1]/x") == 3.0
    assert ev("/data/m[x = current()/a]/y", xml="<data><a>2</a><m><x>2</x><y>z</y></m></data>") == [
        "z"
    ]
    assert ev("following-sibling::m[1]/y", context="/data/m[1]") == ["q"]
    assert ev("preceding-sibling::*[1]", context="/data/b") == ["3"]
    assert ev("ancestor::data/a", context="/data/m[1]/x") == ["3"]
    assert ev("@id", xml='<data id="f1"/>') == ["f1"]


def test_secondary_instances_and_absolute_paths_inside_their_predicates():
    doc = "<data><country>ke</country></data>"
    cities = "<root><item><name>kakuma</name><c>ke</c></item><item><name>koboko</name><c>ug</c></item></root>"
    doc_node = parse_document(doc)
    env = EvalEnv(instances={"cities": parse_document(cities)}, main_document=doc_node)
    value = compile_expression("instance('cities')/root/item[c = /data/country]/name").evaluate(
        doc_node.children[0], env
    )
    assert [n.string_value() for n in value] == ["kakuma"]


def test_syntax_errors_say_where():
    with pytest.raises(XPathSyntaxError, match="position 5"):
        compile_expression("1 + + ")
    with pytest.raises(XPathSyntaxError):
        compile_expression("concat('a'")
    with pytest.raises(XPathSyntaxError, match="unexpected character"):
        compile_expression("1 # 2")


@pytest.mark.parametrize(
    "glued, spaced",
    [
        (".>0 and.<=/data/b", ". > 0 and . <= /data/b"),  # a real form's constraint
        ("/data/a>0 or.=''", "/data/a > 0 or . = ''"),
        ("7 div2", "7 div 2"),
        ("7mod-2", "7 mod -2"),
        ("/data/a and../b", "/data/a and ../b"),
    ],
)
def test_an_operator_name_glued_to_what_follows_is_still_an_operator(glued, spaced):
    """As JavaRosa and pyxform read them (tests/test_peers.py compares every operator's
    spacings with JavaRosa)."""
    assert ev(glued, context="/data/a") == ev(spaced, context="/data/a")


def test_a_name_that_only_starts_like_an_operator_stays_a_name():
    assert ev("/data/m[x = 2]/y") == ["q"]
    assert ev("count(/data/android.x)") == 0.0  # a name where a name may stand
    with pytest.raises(XPathSyntaxError):
        compile_expression("1 andx 2")


def test_unknown_functions_and_wrong_argument_counts_are_refused():
    with pytest.raises(XPathEvalError, match="not supported"):
        compile_expression("frobnicate(1)")
    with pytest.raises(XPathEvalError, match="takes 2"):
        compile_expression("selected('a')")


def test_every_function_the_issue_names_is_supported():
    named = """selected count-selected jr:choice-name selected-at if coalesce concat regex today now
    format-date decimal-date-time position indexed-repeat count sum min max round int number
    string-length substr contains starts-with ends-with join once uuid pulldata not true false
    boolean-from-string""".split()
    assert set(named) <= SUPPORTED


def test_uuid_has_the_requested_shape():
    import random

    env = {"rng": random.Random(1)}
    assert len(ev("uuid()", **env)) == 36
    assert len(ev("uuid(12)", **env)) == 12


def test_a_form_whose_constraint_glues_operators_to_dots_loads_and_checks(tmp_path):
    """The pattern of a real household roster form: `.>0 and.<=${number_hh}`."""
    from form_engine import load_xlsform, validate_submission
    from form_engine.authoring import write_xlsform

    path = tmp_path / "glued.xlsx"
    write_xlsform(
        path,
        [
            {"type": "integer", "name": "number_hh", "label": "Households"},
            {
                "type": "integer",
                "name": "visited",
                "label": "Visited",
                "constraint": ".>0 and.<=${number_hh}",
            },
        ],
        settings={"form_id": "glued", "version": "1"},
    )
    form = load_xlsform(path)
    assert not validate_submission(form, {"number_hh": 5, "visited": 3}).issues
    assert validate_submission(form, {"number_hh": 5, "visited": 6}).issues
    assert validate_submission(form, {"number_hh": 5, "visited": 0}).issues


def test_a_lookup_by_name_in_a_list_gives_what_comparing_every_item_gives():
    """item[name = X] in a secondary instance is looked up in an index (a list of 100,000
    households); it must find exactly the items, in order, that trying each item finds."""
    rng = random.Random(7)
    items = "".join(
        f"<item><name>{rng.choice(['a', 'b', '3', '03', ' a', ''])}</name>"
        + ("<name>b</name>" if rng.random() < 0.1 else "")
        + f"<n>{i}</n></item>"
        for i in range(300)
    )
    lists = parse_document(f"<root>{items}<other><name>a</name></other></root>")
    main = parse_document("<data><hh>a</hh><many><k>b</k><k>3</k></many><num>3</num></data>")
    env = EvalEnv(instances={"hh": lists}, main_document=main)
    root = main.children[0]

    def found(expr):
        value = compile_expression(expr).evaluate(root, env)
        return [n.child("n").text for n in value]

    for other in ("/data/hh", "'b'", "''", "' a'", "/data/many/k", "3", "/data/num", "'zzz'"):
        keyed = found(f"instance('hh')/root/item[name = {other}]")
        tried = found(f"instance('hh')/root/item[./name = {other}]")  # item by item
        assert keyed == tried, other
        assert found(f"instance('hh')/root/item[{other} = name]") == tried, other
    assert found("instance('hh')/root/item[name = /data/hh]")  # some were found
    # the answers are never indexed: a lookup in them follows a changed answer
    assert compile_expression("/data/many/k[. = 'b']").evaluate(root, env)
    [k] = root.child("many").named("k")[:1]
    k.text = "c"
    assert not compile_expression("/data/many[k = 'b']").evaluate(root, env)
