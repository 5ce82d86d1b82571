"""The differential corpus: expressions × instances, in the eval-jsonl request format.

Edge cases on purpose: empty values, NaN and infinities, string/number/boolean coercions, dates,
node-sets, repeats and context-relative paths. Secondary instances are exercised by Daftari's own
tests (the peer wrappers cannot load them).
"""

from __future__ import annotations

MAIN = (
    "<data><a>3</a><b>4</b><e/><s>a b c</s><t>hello world</t><d>2020-01-05</d><d2>2021-03-01</d2>"
    "<neg>-2.5</neg><dec>1.25</dec><z>0</z><sp> 12 </sp><word>abc</word><one>1</one>"
    "<yes>true</yes><am>ሰላም</am><ar>مرحبا</ar>"
    "<m><x>1</x><y>p</y></m><m><x>2</x><y>q</y></m><m><x/><y>r</y></m></data>"
)
NUMS = "<data><n>1</n><n>2</n><n>3.5</n><n>-4</n></data>"
EMPTY_NUMS = "<data><n>1</n><n/><n>2</n></data>"
TEXT_NUMS = "<data><n>1</n><n>x</n></data>"

EXPRESSIONS_MAIN = """
1 + 2
7 div 2
7 mod 3
-7 mod 3
7 mod -3
5.5 mod 2
1 div 0
-1 div 0
0 div 0
2 * 3 + 4
10 - 2 - 3
-(-3)
0.1 + 0.2
3 - /data/e
/data/a + /data/b
/data/a * /data/dec
/data/neg * 2
/data/a div /data/z
/data/word + 1
/data/sp + 1
-/data/a
number('12')
number(' 12 ')
number('1e3')
number('abc')
number('')
number('-0.5')
number('.5')
number('5.')
number('+5')
number('1,5')
number(true())
number(false())
number(/data/a)
number(/data/e)
number(/data/missing)
number(/data/sp)
number(/data/d)
number('2020-01-05')
string(1)
string(1.5)
string(-0)
string(1 div 0)
string(0 div 0)
string(0.1)
string(1000000)
string(123456789012)
string(0.000001)
string(1.0)
string(true())
string(false())
string(/data/m/y)
string(/data/e)
string(/data/missing)
string(3 div 2)
string(1 div 3)
string(-1.5)
string(100 div 3)
boolean('')
boolean('0')
boolean('false')
boolean(0)
boolean(0 div 0)
boolean(-1)
boolean(/data/e)
boolean(/data/missing)
boolean(/data/m)
boolean(/data/a)
not(/data/e)
not(/data/missing)
true() and false()
true() or false()
false() or /data/a
1 = '1'
'1' = '1.0'
1 = 1.0
true() = 'false'
true() = 1
false() = 0
false() = ''
/data/a = 3
/data/a = '3'
/data/a = 3.0
/data/a = '3.0'
/data/m/x = 2
/data/m/x != 2
/data/m/x > 1
/data/m/x < 1
/data/m/x = ''
/data/e = ''
/data/e != ''
/data/missing = ''
/data/missing != ''
/data/a < /data/b
/data/a >= /data/b
'a' < 'b'
'2' < '10'
'abc' = 'abc'
/data/d < '2020-02-01'
/data/d = '2020-01-05'
/data/d < /data/d2
/data/d > date('2020-01-01')
date('2020-01-05') = /data/d
true() > false()
/data/m/y = 'q'
/data/m/y = /data/s
/data/one = true()
/data/yes = true()
/data/e = false()
count(/data/m)
count(/data/m[x != ''])
count(/data/missing)
count(/data/*)
count(//x)
sum(/data/m/x)
sum(/data/a)
sum(/data/missing)
min(/data/a, /data/b)
max(/data/a, /data/b, 10)
min(/data/m/x)
max(/data/m/x)
min(/data/missing)
max(1, 'x')
round(2.5)
round(-2.5)
round(1.4999)
round(-0.5)
round(0.5)
round(1.005, 2)
round(-1.5, 0)
round(2.345, 2)
round(1234.5678, -2)
round('abc')
round(1 div 0)
floor(-1.5)
floor(2.7)
ceiling(-1.5)
ceiling(1.2)
int(-3.7)
int(3.7)
int('8.9')
int('')
int(1 div 0)
abs(-4)
abs(/data/neg)
pow(2, 10)
pow(2, 0.5)
pow(0, 0)
pow(-8, 1 div 3)
sqrt(16)
sqrt(-1)
exp(0)
exp10(2)
log(1)
log(0)
log10(1000)
log10(-1)
sin(0)
cos(0)
tan(0)
asin(1)
acos(1)
atan(1)
atan2(1, 1)
pi()
concat('a', 'b', 'c')
concat('a', /data/a, 'b')
concat(/data/m/y)
concat(/data/e, 'x')
concat(1, 2.5, true())
concat('only')
join('-', /data/m/y)
join(', ', 'a', 'b')
join('', /data/m/x)
coalesce(/data/e, 'fallback')
coalesce(/data/a, 'fallback')
coalesce(/data/missing, /data/e)
if(/data/a > 2, 'big', 'small')
if(/data/e, 'yes', 'no')
if(/data/missing, 'yes', 'no')
if('', 1, 2)
if('false', 1, 2)
if(0, 1, 2)
if(/data/a, 1, 2)
selected(/data/s, 'b')
selected(/data/s, 'd')
selected(/data/s, ' a ')
selected(/data/e, '')
selected('a  b', 'b')
count-selected(/data/s)
count-selected(/data/e)
count-selected('  a  b ')
selected-at(/data/s, 0)
selected-at(/data/s, 2)
selected-at(/data/s, 5)
selected-at(/data/s, -1)
substr('kakuma', 1, 3)
substr('kakuma', 2)
substr('kakuma', 0, 100)
substr('kakuma', 4, 2)
substr('ሰላም', 1)
substring('12345', 2, 3)
substring('12345', 2)
substring('12345', 1.5, 2.6)
substring('12345', 0, 3)
substring('12345', 0 div 0, 3)
substring('12345', -42, 1 div 0)
substring-before('koboko-arua', '-')
substring-before('koboko', '-')
substring-after('koboko-arua', '-')
substring-after('koboko', '')
string-length('amina')
string-length('')
string-length(/data/t)
string-length(/data/am)
string-length(/data/ar)
string-length(/data/missing)
normalize-space('  a   b ')
normalize-space('')
translate('abc', 'ab', 'AB')
translate('--aaa--', 'abc-', 'ABC')
contains(/data/t, 'lo w')
contains('abc', '')
starts-with(/data/t, 'hell')
starts-with('', '')
ends-with(/data/t, 'world')
ends-with('abc', 'x')
regex(/data/t, '^hel+o')
regex('0712345678', '^07[0-9]{8}$')
regex('abc', '[0-9]')
regex(/data/am, '^[ሀ-ፐ]+$')
boolean-from-string('true')
boolean-from-string('1')
boolean-from-string('yes')
boolean-from-string('TRUE')
boolean-from-string('')
checklist(1, 2, 'true', 'false', '1')
checklist(-1, 1, 'true', 'true')
weighted-checklist(3, -1, 'true', 2, '1', 1)
weighted-checklist(0, 1, 'true', 2)
string(date('2020-01-05'))
string(date(0))
string(date(18000))
string(date(18000.5))
string(date('not a date'))
date('2020-01-05') + 1
date('2020-01-05') - date('2020-01-01')
string(date(date('2020-02-28') + 1))
string(date(date('2021-02-28') + 1))
number(date('1970-01-02'))
format-date('2020-01-05', '%Y-%m-%d')
format-date(date('2020-02-09'), '%e/%n/%y')
format-date('2020-03-04', '%b %a')
format-date('2020-03-04', '%d.%m.%Y')
format-date('nope', '%Y')
format-date(18300, '%Y-%m-%d')
format-date(/data/d, '%Y')
decimal-date-time('2020-01-05')
decimal-date-time('1970-01-02')
decimal-date-time(/data/d)
/data/d2 - /data/d
/data/m[2]/y
/data/m[x = 2]/y
/data/m[x > 0]/y
/data/m[last()]/y
/data/m[position() > 1]/y
/data/m[1]/x
/data/m/y
/data/m[x = '']/y
//y
//m[y = 'q']/x
/data/*[2]
/data/m[3]/x
/data/m/x | /data/a
/data/missing
name(/data/*[3])
local-name(/data/m)
position(/data/m[3])
last()
true()
false()
'literal'
"double quoted"
3
-0.5
"""

CTX = "<data><a>3</a><e/><s>a b c</s><t> hello  world </t><r><x>7</x><y>q</y><z/></r><w><v>1</v></w><w><v>2</v></w></data>"
CONTEXT_CASES = [
    # (context, expression) over CTX; contexts name one node without positional predicates,
    # which neither peer wrapper evaluates as a context.
    ("/data/r/x", "."),
    ("/data/r/x", ".."),
    ("/data/r/x", "../y"),
    ("/data/r/x", "count(../../w)"),
    ("/data/r/x", "current()/../y"),
    ("/data/r/x", ". + 1"),
    ("/data/r/z", ". + 1"),
    ("/data/r/z", ". = ''"),
    ("/data/r/x", "string-length()"),
    ("/data/r/x", "number()"),
    ("/data/r/x", "string()"),
    ("/data/r/y", "../x * 10"),
    ("/data/r/y", "../../a + ../x"),
    ("/data/r", "x"),
    ("/data/r", "y = 'q'"),
    ("/data/r", "../w/v"),
    ("/data/r", "sum(../w/v)"),
    ("/data/a", ". > 2 and . < 5"),
    ("/data/a", "regex(., '^[0-9]+$')"),
    ("/data/e", "string-length(.) = 0"),
    ("/data/s", "selected(., 'c')"),
    ("/data/s", "count-selected(.) > 2"),
    ("/data/t", "normalize-space()"),
    ("/data/r/z", "if(., 'set', 'empty')"),
]

OTHER_INSTANCES = [
    (NUMS, "sum(/data/n)"),
    (NUMS, "min(/data/n)"),
    (NUMS, "max(/data/n)"),
    (NUMS, "count(/data/n)"),
    (NUMS, "/data/n[. > 1]"),
    (NUMS, "sum(/data/n[. > 0])"),
    (NUMS, "/data/n > 3"),
    (NUMS, "/data/n = 3.5"),
    (NUMS, "join(' ', /data/n)"),
    (EMPTY_NUMS, "sum(/data/n)"),
    (EMPTY_NUMS, "min(/data/n)"),
    (EMPTY_NUMS, "max(/data/n)"),
    (EMPTY_NUMS, "count(/data/n)"),
    (EMPTY_NUMS, "count-non-empty(/data/n)"),
    (EMPTY_NUMS, "/data/n = ''"),
    (TEXT_NUMS, "sum(/data/n)"),
    (TEXT_NUMS, "max(/data/n)"),
    ("<data/>", "count(/data/*)"),
    ("<data/>", "sum(/data/x)"),
    ("<data><x>5</x></data>", "/data/x * /data/x"),
    ("<data><x>05</x></data>", "/data/x = 5"),
    ("<data><x>05</x></data>", "/data/x = '5'"),
    ("<data><x>1.0</x></data>", "/data/x = 1"),
    ("<data><x> 3 </x></data>", "/data/x + 1"),
    ("<data><x>true</x></data>", "if(/data/x, 'y', 'n')"),
    ("<data><x>false</x></data>", "if(/data/x, 'y', 'n')"),
    ("<data><x>0</x></data>", "if(/data/x, 'y', 'n')"),
    ("<data><x>0</x></data>", "boolean(/data/x)"),
    ("<data><x></x></data>", "if(/data/x = '', 'empty', 'full')"),
    ("<data><g><x>1</x></g><g><x>2</x></g></data>", "/data/g[2]/x"),
    ("<data><g><x>1</x></g><g><x>2</x></g></data>", "count(/data/g[x = 2])"),
]

# Where the three ODK engines were found to agree and Daftari did not (issue 10, class 4), and
# the neighbours of each case: rounding negative halves, UTF-16 lengths, checklists of
# booleans, ASCII-only regex classes, days that do not exist.
ODD = "<data><s>\U0001d4b3y</s><e>é</e><z>0</z><f>false</f><yes>yes</yes><n/><m>x</m><m>0</m><m/></data>"
ODD_EXPRESSIONS = [
    *(
        f"round({sign}{v}{places})"
        for v in (
            "0.5",
            "1.5",
            "2.5",
            "0.125",
            "1.005",
            "2.345",
            "2.675",
            "1.45",
            "0.05",
            "0.285",
            "1.255",
            "8.325",
            "12.5",
            "15",
            "125",
        )
        for sign in ("", "-")
        for places in ("", ", 0", ", 1", ", 2", ", -1")
    ),
    "string-length(/data/s)",
    "string-length(concat(/data/s, /data/e))",
    "string-length('\U0001f600')",
    "substring-before(/data/s, 'y')",
    "translate(/data/s, 'y', 'z')",
    "checklist(1, 1, false())",
    "checklist(1, 1, 'false')",
    "checklist(1, 1, 0)",
    "checklist(1, 1, 0 div 0)",
    "checklist(1, 1, '')",
    "checklist(1, 1, /data/z)",
    "checklist(1, 1, /data/f)",
    "checklist(1, 1, /data/n)",
    "checklist(2, 2, /data/m)",
    "checklist(2, 2, true(), false(), 1)",
    "weighted-checklist(1, 1, /data/yes, 1)",
    "weighted-checklist(1, 1, /data/z, 1)",
    "weighted-checklist(1, 1, 'yes', 1)",
    "weighted-checklist(1, 1, true(), 1)",
    "weighted-checklist(1, 1, false(), 1)",
    "weighted-checklist(1, 1, 2, 1)",
    "weighted-checklist(1, 1, 'true', 1)",
    "regex(/data/e, '^\\w$')",
    "regex('٣', '^\\d$')",
    "regex('é', '^\\W$')",
    "regex('ሰላም', '^\\w+$')",
    "regex('a_1', '^\\w+$')",
    "regex(' ', '^\\s$')",
    "regex('abc', 'b')",
    "regex(/data/s, '^.y$')",
    "regex('é', '^[a-z]$')",
    "regex('a.b-c@x-y.org', '^[\\w-\\.]+@([\\w-]+\\.)+[\\w-]{2,}$')",
    "regex('a-1', '^[\\d-a]+$')",
    "date('2024-02-30')",
    "string(date('2024-02-29'))",
    "date('2023-02-29')",
    "date('2023-13-01')",
    "date('2023-04-31')",
    "date-time('2024-02-30T10:00:00')",
]

TYPED = [
    ("number", "'12'"),
    ("number", "/data/a"),
    ("number", "/data/e"),
    ("number", "true()"),
    ("string", "1 div 3"),
    ("string", "/data/m/y"),
    ("string", "2 = 2"),
    ("string", "0 div 0"),
    ("boolean", "'x'"),
    ("boolean", "/data/e"),
    ("boolean", "0"),
    ("boolean", "/data/missing"),
    ("nodes", "/data/m/y"),
    ("nodes", "/data/m[x = 1]"),
]


def requests() -> list[dict]:
    out: list[dict] = []
    for expr in (line.strip() for line in EXPRESSIONS_MAIN.strip().splitlines()):
        if expr:
            out.append({"expr": expr, "xml": MAIN})
    for context, expr in CONTEXT_CASES:
        out.append({"expr": expr, "xml": CTX, "context": context})
    for xml, expr in OTHER_INSTANCES:
        out.append({"expr": expr, "xml": xml})
    for expr in ODD_EXPRESSIONS:
        out.append({"expr": expr, "xml": ODD})
    for type_, expr in TYPED:
        out.append({"expr": expr, "xml": MAIN, "type": type_})
    for i, r in enumerate(out, 1):
        r["id"] = i
    return out
