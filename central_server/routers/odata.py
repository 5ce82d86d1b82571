"""An OData 4.0 feed of each form's merged dataset (central_server.merged.exporting), which Power BI,
Excel and Tableau read: a service document, ``$metadata`` (CSDL), and one entity set per
table — ``Submissions``, and ``Submissions.<repeat>`` for each repeat — with ``$top``,
``$skip``, ``$count`` and a ``$filter`` on the submission date (the server's receipt), the
last change and the review state.

Property names are the answers' keys with ``/`` written ``_`` (``survey_hh_size``); ``__id``
is the row's key and ``__parent`` its parent's. Site-scoped as exports are. Resolved duplicates
are left out, as in exports, unless the custom query option ``duplicates=include`` asks for them
(``__system_duplicateOf`` then names the submission each duplicates).
"""

from __future__ import annotations

import base64
import dataclasses
import json
import re
from contextlib import closing
from datetime import datetime
from typing import Annotated, Literal
from xml.sax.saxutils import escape, quoteattr

from fastapi import APIRouter, Depends, Header, Query, Request
from fastapi.responses import JSONResponse, Response

from central_server import signin
from central_server.accounts import Principal
from central_server.deps import Rx, principal
from central_server.errors import NotFound, Refusal, SignIn
from central_server.merged import exporting

router = APIRouter(prefix="/odata", tags=["odata"])


async def reader(
    request: Request, authorization: Annotated[str | None, Header()] = None
) -> Principal:
    """The device token, as every route takes it — or a user name and password (HTTP Basic),
    which is what Power BI and Excel offer. A password is checked once (slow on purpose) and
    the check kept for five minutes in this process; wrong ones count against the same login
    limits as the app's; a disabled account is refused at once."""
    if authorization and authorization.lower().startswith("basic "):
        return await signin.from_request(request, authorization.split(" ", 1)[1].strip())
    try:
        return await principal(request, authorization)
    except Refusal as exc:
        raise SignIn(
            f"{exc.detail}: sign in with your Daftari user name and password (the 'Basic' "
            "sign-in Power BI and Excel offer), or a device's token"
        ) from None


Reader = Annotated[Principal, Depends(reader)]
MOST = 1000  # rows a page
# the answers' types as ODK Central gives them (a calculation typed from its expression:
# form_engine.kinds)
EDM = {
    "int": "Edm.Int64",
    "decimal": "Edm.Decimal",
    "date": "Edm.Date",
    "dateTime": "Edm.DateTimeOffset",
}
# what a $filter may compare, as properties of every entity of the main set (also written
# as ODK Central writes them: __system/submissionDate)
FILTERABLE = {
    "__system_submissionDate": "_submitted_at",
    "__system_updatedAt": "_updated_at",
    "__system_reviewState": "_review_state",
}
TIMES = {"_submitted_at", "_updated_at"}  # the server's clock: compared as times
_CLAUSE = re.compile(
    r"\s*(?P<prop>[\w/]+)\s+(?P<op>eq|ne|gt|ge|lt|le)\s+(?P<value>'(?:[^']|'')*'|[0-9TZ:.+-]+)\s*"
)


# the query options every entity set takes
Top = Annotated[int | None, Query(alias="$top", ge=0, le=MOST)]
Skip = Annotated[int, Query(alias="$skip", ge=0, le=10**9)]
Count = Annotated[str | None, Query(alias="$count", max_length=5)]
Filter = Annotated[str | None, Query(alias="$filter", max_length=500)]
SkipToken = Annotated[str | None, Query(alias="$skiptoken", max_length=1000)]


class BadQuery(Refusal):
    status, code = 400, "bad_odata_query"


def _name(key: str) -> str:
    return re.sub(r"[^A-Za-z0-9_]", "_", key) if not key.startswith("_") else key


def _set_name(table: exporting.Table, form_id: str) -> str:
    """``Submissions``, or ``Submissions.survey.member`` for a repeat's table."""
    if table.name == form_id:
        return "Submissions"
    inner = table.name[len(form_id) + 1 :]
    return "Submissions." + re.sub(r"[^A-Za-z0-9_.]", "_", inner.replace("-", "."))


def _tables(conn, who, form_id: str, duplicates: str = "exclude"):
    src = exporting.source(conn, who, form_id.removesuffix(".svc"), duplicates=duplicates)
    main = exporting.layout(src.form_id, src.versions)
    return src, main, {_set_name(t, src.form_id): t for t in exporting.all_tables(main)}


def _properties(table: exporting.Table) -> list[tuple[str, str, str]]:
    """(property, Edm type, the row's column) of an entity."""
    out = [("__id", "Edm.String", "_key")]
    if table.repeat:
        out += [("__parent", "Edm.String", "_parent_key"), ("__index", "Edm.Int64", "_index")]
    else:
        out += [
            ("__system_site", "Edm.String", "_site"),
            ("__system_enumerator", "Edm.String", "_enumerator"),
            ("__system_device", "Edm.String", "_device"),
            ("__system_formVersion", "Edm.String", "_form_version"),
            ("__system_revision", "Edm.Int64", "_revision"),
            ("__system_reviewState", "Edm.String", "_review_state"),
            # received by the server (its first revision), and its newest revision received:
            # the server's clock, what an incremental refresh filters on
            ("__system_submissionDate", "Edm.DateTimeOffset", "_submitted_at"),
            ("__system_updatedAt", "Edm.DateTimeOffset", "_updated_at"),
            # the device's clock when the form was opened, as it said (not always a time)
            ("__system_createdOnDevice", "Edm.String", "_created_on_device"),
            # values kept as written on the paper, in words (exporting's _as_written)
            ("__system_asWritten", "Edm.String", "_as_written"),
            # a resolved duplicate (shown with duplicates=include): the submission kept
            ("__system_duplicateOf", "Edm.String", "_duplicate_of"),
            # the quality checks that flagged it, by rule (the Flags set says why)
            ("__system_flags", "Edm.String", "_flags"),
        ]
    out += [(_name(c.name), EDM.get(c.type, "Edm.String"), c.name) for c in table.columns]
    return out


@router.get("/{form_id}.svc")
@router.get("/{form_id}.svc/")
def service_document(form_id: str, who: Reader, conn: Rx, request: Request) -> JSONResponse:
    """The entity sets of a form's merged dataset."""
    _, _, sets = _tables(conn, who, form_id)
    base = str(request.url).split(".svc", 1)[0] + ".svc"
    return JSONResponse(
        {
            "@odata.context": f"{base}/$metadata",
            "value": [{"name": n, "kind": "EntitySet", "url": n} for n in [*sets, *EXTRA_SETS]],
        },
        headers={"OData-Version": "4.0"},
    )


@router.get("/{form_id}.svc/$metadata")
def metadata(form_id: str, who: Reader, conn: Rx) -> Response:
    """The CSDL document: one entity type and entity set per table."""
    src, _, sets = _tables(conn, who, form_id)
    namespace = "daftari." + re.sub(r"[^A-Za-z0-9_]", "_", src.form_id)
    types, entity_sets = [], []
    for set_name, table in sets.items():
        type_name = set_name.replace(".", "_")
        props = "".join(
            f'<Property Name={quoteattr(p)} Type="{t}"/>' for p, t, _ in _properties(table)
        )
        types.append(
            f'<EntityType Name="{type_name}"><Key><PropertyRef Name="__id"/></Key>'
            f'<Property Name="__id" Type="Edm.String" Nullable="false"/>'
            + props.replace('<Property Name="__id" Type="Edm.String"/>', "", 1)
            + "</EntityType>"
        )
        entity_sets.append(
            f'<EntitySet Name={quoteattr(set_name)} EntityType="{namespace}.{type_name}"/>'
        )
    for set_name, (table_name, _) in EXTRA_SETS.items():
        props = "".join(
            f'<Property Name={quoteattr(p)} Type="{t}"/>' for p, t in _extra_properties(table_name)
        )
        types.append(
            f'<EntityType Name="{set_name}"><Key><PropertyRef Name="__id"/></Key>'
            f'<Property Name="__id" Type="Edm.String" Nullable="false"/>{props}</EntityType>'
        )
        entity_sets.append(f'<EntitySet Name="{set_name}" EntityType="{namespace}.{set_name}"/>')
    body = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<edmx:Edmx xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx" Version="4.0">'
        "<edmx:DataServices>"
        f'<Schema xmlns="http://docs.oasis-open.org/odata/ns/edm" Namespace="{escape(namespace)}">'
        + "".join(types)
        + '<EntityContainer Name="Container">'
        + "".join(entity_sets)
        + "</EntityContainer></Schema></edmx:DataServices></edmx:Edmx>"
    )
    return Response(body, media_type="application/xml", headers={"OData-Version": "4.0"})


@router.get("/{form_id}.svc/{entity_set}")
def rows(
    form_id: str,
    entity_set: str,
    who: Reader,
    conn: Rx,
    request: Request,
    top: Top = None,
    skip: Skip = 0,
    count: Count = None,
    filter_: Filter = None,
    select_: Annotated[str | None, Query(alias="$select", max_length=20_000)] = None,
    duplicates: Literal["exclude", "include"] = "exclude",
    skiptoken: SkipToken = None,
) -> JSONResponse:
    """A page of one table's rows (at most 1,000; ``@odata.nextLink`` for the next, which
    continues where the page ended: ``$skiptoken``);
    ``$select`` the properties wanted (comma-separated), the key always with them;
    ``duplicates=include``: resolved duplicates too (``__system_duplicateOf`` says of what)."""
    unsupported = [
        k for k in request.query_params if k in ("$orderby", "$expand", "$search", "$apply")
    ]
    if unsupported:
        raise Refusal(
            f"{unsupported[0]} is not offered by this feed: $top, $skip, $count, $filter and "
            "$select are",
            code="not_implemented",
            status=501,
        )
    count = count.lower() if count else count
    src, main, sets = _tables(conn, who, form_id, duplicates)
    if entity_set in EXTRA_SETS:
        return _extra_page(conn, src, entity_set, request, top, skip, count, skiptoken)
    table = sets.get(entity_set)
    if table is None:
        raise NotFound(f"no entity set '{entity_set}': {', '.join([*sets, *EXTRA_SETS])}")
    keep, meeting = _filter(filter_)
    src = dataclasses.replace(src, meeting=meeting)
    props = _selected(_properties(table), select_)
    index = {h: i for i, h in enumerate(table.header())}
    typed = [(p, index[column], _typed(edm)) for p, edm, column in props]
    wanted = min(top if top is not None else MOST, MOST)
    mark = _skiptoken(skiptoken) if skiptoken else None
    if mark is not None and count != "true":
        src = dataclasses.replace(src, after=mark.after)  # read from where the last page ended
    page: list[dict] = []
    total = skipped = 0
    more = False  # a row past this page: the next link
    last_whole: tuple[str, str] | None = mark.after if mark else None  # its rows all given
    next_mark: _Mark | None = None
    with closing(exporting.submissions_of(conn, src)) as found:  # closed when the page is
        for meta, data in found:
            if not keep(meta):
                continue
            key = (meta["_submitted_at"], meta["_uuid"])
            rows = [row for t, row in exporting.table_rows(main, meta, data) if t is table]
            total += len(rows)
            if more or (mark is not None and mark.after is not None and key <= mark.after):
                continue  # past the page, or given on the pages before: counted only
            first = mark.given if mark is not None and key[1] == mark.uuid else 0
            for n in range(first, len(rows)):
                if skipped < skip:
                    skipped += 1
                    continue
                if len(page) == wanted:
                    more = True
                    next_mark = _Mark(last_whole, key[1], n)  # rows[:n] given
                    break
                page.append({p: convert(rows[n][i]) for p, i, convert in typed})
            if more:
                if count != "true":
                    break
            else:
                last_whole = key
    base = str(request.url).split(".svc", 1)[0] + ".svc"
    answer: dict = {"@odata.context": f"{base}/$metadata#{entity_set}", "value": page}
    if count == "true":
        answer["@odata.count"] = total
    if more and wanted and next_mark is not None:
        # where this page ended, not how many rows came before it: a row leaving the set
        # meanwhile (approved, a duplicate resolved) moves no other row past the reader
        params = {k: v for k, v in request.query_params.items() if k not in ("$skip",)}
        params.update({"$skiptoken": next_mark.token(), "$top": str(wanted)})
        answer["@odata.nextLink"] = str(request.url.replace_query_params(**params))
    return JSONResponse(answer, headers={"OData-Version": "4.0"})


# The checks' flags and the audit logs' events of the submissions the feed gives (issue 26):
# entity set -> (exporting's extra table, the columns that make an entity's key)
EXTRA_SETS = {"Flags": ("flags", ("_uuid", "rule")), "Paradata": ("paradata", ("_uuid", "row"))}


def _extra_properties(table_name: str) -> list[tuple[str, str]]:
    return [
        ("__Submissions_id" if h == "_uuid" else h.replace("-", "_"),
         "Edm.Int64" if h in exporting.NUMBERS else "Edm.String")
        for h in exporting.EXTRA_TABLES[table_name]
    ]  # fmt: skip


def _extra_page(conn, src, entity_set: str, request: Request, top, skip, count, skiptoken):
    """A page of the flags or the paradata (at most 1,000 rows; ``@odata.nextLink`` goes on
    from where it ended), in the order of the submissions."""
    table_name, keys = EXTRA_SETS[entity_set]
    header = exporting.EXTRA_TABLES[table_name]
    names = [p for p, _ in _extra_properties(table_name)]
    at = [header.index(k) for k in keys]
    start = int(skiptoken) if skiptoken and skiptoken.isdigit() else 0
    wanted = min(top if top is not None else MOST, MOST)
    page: list[dict] = []
    total = 0
    more = False
    with closing(exporting.extra_rows(conn, src, table_name)) as found:
        for n, row in enumerate(found):
            total += 1
            if n < start + skip or more:
                continue
            if len(page) == wanted:
                more = True
                if count != "true":
                    break
                continue
            entity = {"__id": "/".join(str(row[i]) for i in at)}
            entity.update(zip(names, row, strict=True))
            page.append(entity)
    base = str(request.url).split(".svc", 1)[0] + ".svc"
    answer: dict = {"@odata.context": f"{base}/$metadata#{entity_set}", "value": page}
    if count == "true":
        answer["@odata.count"] = total
    if more:
        params = {k: v for k, v in request.query_params.items() if k != "$skip"}
        params.update({"$skiptoken": str(start + skip + len(page)), "$top": str(wanted)})
        answer["@odata.nextLink"] = str(request.url.replace_query_params(**params))
    return JSONResponse(answer, headers={"OData-Version": "4.0"})


@dataclasses.dataclass(frozen=True)
class _Mark:
    """Where a page ended: after the submission ``after`` (in reading order), and ``given``
    rows of the submission ``uuid`` that comes next (a page may end within its repeat's
    entries)."""

    after: tuple[str, str] | None
    uuid: str
    given: int

    def token(self) -> str:
        text = json.dumps([list(self.after) if self.after else None, self.uuid, self.given])
        return base64.urlsafe_b64encode(text.encode()).decode()


def _skiptoken(token: str) -> _Mark:
    try:
        after, uuid, given = json.loads(base64.urlsafe_b64decode(token.encode()))
        if (
            (after is None or (isinstance(after, list) and all(isinstance(a, str) for a in after)))
            and isinstance(uuid, str)
            and isinstance(given, int)
            and given >= 0
        ):
            return _Mark(tuple(after) if after else None, uuid, given)  # type: ignore[arg-type]
    except (ValueError, TypeError, UnicodeError):
        pass
    raise BadQuery("$skiptoken: give the one an @odata.nextLink carries")


def _typed(edm: str):
    """A cell as its property's type: a number, a day, a time with its offset; what is not
    one (a calculation's NaN) null, never a text a typed client fails on."""
    if edm in ("Edm.Int64", "Edm.Decimal", "Edm.Date"):
        kind = {"Edm.Int64": "int", "Edm.Decimal": "decimal", "Edm.Date": "date"}[edm]
        convert = exporting.converter(kind)
        if edm == "Edm.Date":
            return lambda v: None if (day := convert(v)) is None else day.isoformat()
        return convert
    if edm == "Edm.DateTimeOffset":
        return _moment
    return _as_is


def _as_is(value: object) -> object:
    return value


def _moment(value: object) -> object:
    if not isinstance(value, str) or not value:
        return None
    try:
        at = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return value if at.tzinfo is not None else None


def _selected(props: list[tuple[str, str, str]], select: str | None) -> list:
    """The properties ``$select`` names (``*`` or none: all), the key first."""
    if not select or select.strip() == "*":
        return props
    names = [n.strip() for n in select.split(",") if n.strip()]
    known = {p[0]: p for p in props}
    unknown = [n for n in names if n not in known]
    if unknown:
        raise BadQuery(f"$select: no property '{unknown[0]}' in this entity set")
    wanted = ["__id", *(n for n in names if n != "__id")]
    return [known[n] for n in dict.fromkeys(wanted)]


def _filter(text: str | None):
    """``a op v [and|or b op w …]`` over the submission date, the last change and the review
    state (evaluated left to right, ``and`` before ``or``); a date or time compared with the
    server's clock (``2026-11-05``, ``2026-11-05T08:00:00Z``, quoted or not)."""
    if not text or not text.strip():
        return (lambda meta: True), ()
    alternatives = []
    for part in re.split(r"\s+or\s+", text.strip()):
        clauses = []
        for clause in re.split(r"\s+and\s+", part):
            m = _CLAUSE.fullmatch(clause)
            prop = m["prop"].replace("/", "_") if m is not None else ""
            if m is None or prop not in FILTERABLE:
                # a time's "+03:00" typed into an address bar arrives as " 03:00"
                plus = re.search(r"\d \d\d:\d\d'?\s*$", clause)
                raise BadQuery(
                    f"$filter {clause.strip()!r}: compare {' or '.join(FILTERABLE)} with eq, ne, "
                    "gt, ge, lt or le"
                    + (
                        ": a + in a time is sent as %2B (a bare + in an address is a space)"
                        if plus
                        else ""
                    )
                )
            value = m["value"]
            value = value[1:-1].replace("''", "'") if value.startswith("'") else value
            column = FILTERABLE[prop]
            if column in TIMES:
                try:
                    value = exporting.server_time(value, what="$filter")
                except exporting.ExportRefused as exc:
                    raise BadQuery(exc.detail) from None
            clauses.append((column, m["op"], value))
        alternatives.append(clauses)

    ops = exporting.OPERATORS  # as the database compares them (Source.meeting)

    def keep(meta: dict) -> bool:
        return any(
            all(ops[op](str(meta.get(col) or ""), value) for col, op, value in clauses)
            for clauses in alternatives
        )

    # without an "or", every clause holds for every row: the database compares them, so a
    # refresh of what changed since yesterday reads yesterday's rows, not every row
    meeting = tuple(alternatives[0]) if len(alternatives) == 1 else ()
    return keep, meeting


# -- entity lists (ODK Entities), as ODK Central offers them ----------------------------------

LIST_READERS = ("clerk", "supervisor", "secretariat", "admin")
ENTITY_FILTERABLE = {
    "__system/createdAt": "created_at",
    "__system/updatedAt": "updated_at",
    "__system/conflict": "conflict",
}


def _list_rows(conn, who: Principal, list_name: str):
    """The query of a list's entities ``who`` reads (a site's account: its site's only)."""
    from sqlalchemy import select

    from central_server.db import entities, sites

    if who.role not in LIST_READERS:
        raise Refusal("entity lists are read by reviewers and the Secretariat", status=403)
    query = (
        select(entities, sites.c.name.label("site_name"))
        .join(sites, sites.c.id == entities.c.site_id)
        .where(entities.c.list_name == list_name, entities.c.deleted_at.is_(None))
    )
    if not who.all_sites:
        query = query.where(entities.c.site_id == who.site_id)
    return query, entities


def _list_properties(conn, who: Principal, list_name: str) -> list[str]:
    query, entities = _list_rows(conn, who, list_name)
    names: set[str] = set()
    for (data,) in conn.execute(query.with_only_columns(entities.c.data)):
        names.update(data or {})
    if not names and conn.execute(query.limit(1)).first() is None:
        from central_server.entity_admin import properties_of

        declared = properties_of(conn, list_name)
        if declared is None:
            raise NotFound(f"no entity list '{list_name}'")
        names = declared
    return sorted(names)


@router.get("/entities/{list_name}.svc")
@router.get("/entities/{list_name}.svc/")
def list_service(list_name: str, who: Reader, conn: Rx, request: Request) -> JSONResponse:
    """An entity list's service: one entity set, ``Entities``."""
    _list_properties(conn, who, list_name)  # NotFound for a list no form declares
    base = str(request.url).split(".svc", 1)[0] + ".svc"
    return JSONResponse(
        {
            "@odata.context": f"{base}/$metadata",
            "value": [{"name": "Entities", "kind": "EntitySet", "url": "Entities"}],
        },
        headers={"OData-Version": "4.0"},
    )


@router.get("/entities/{list_name}.svc/$metadata")
def list_metadata(list_name: str, who: Reader, conn: Rx) -> Response:
    """The CSDL: ``__id``, ``label``, ``__system`` (as ODK Central's) and the properties, text."""
    props = "".join(
        f'<Property Name={quoteattr(_name(p))} Type="Edm.String"/>'
        for p in _list_properties(conn, who, list_name)
    )
    namespace = "daftari.entities." + re.sub(r"[^A-Za-z0-9_]", "_", list_name)
    body = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<edmx:Edmx xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx" Version="4.0">'
        "<edmx:DataServices>"
        f'<Schema xmlns="http://docs.oasis-open.org/odata/ns/edm" Namespace="{escape(namespace)}">'
        '<ComplexType Name="metadata">'
        '<Property Name="createdAt" Type="Edm.DateTimeOffset"/>'
        '<Property Name="creatorName" Type="Edm.String"/>'
        '<Property Name="updates" Type="Edm.Int64"/>'
        '<Property Name="updatedAt" Type="Edm.DateTimeOffset"/>'
        '<Property Name="version" Type="Edm.Int64"/>'
        '<Property Name="conflict" Type="Edm.String"/>'
        '<Property Name="site" Type="Edm.String"/>'
        "</ComplexType>"
        '<EntityType Name="Entities"><Key><PropertyRef Name="__id"/></Key>'
        '<Property Name="__id" Type="Edm.String" Nullable="false"/>'
        '<Property Name="label" Type="Edm.String"/>'
        f'<Property Name="__system" Type="{escape(namespace)}.metadata"/>'
        + props
        + "</EntityType>"
        + '<EntityContainer Name="Container">'
        + f'<EntitySet Name="Entities" EntityType="{escape(namespace)}.Entities"/>'
        + "</EntityContainer></Schema></edmx:DataServices></edmx:Edmx>"
    )
    return Response(body, media_type="application/xml", headers={"OData-Version": "4.0"})


@router.get("/entities/{list_name}.svc/{entity_set}")
def list_entities(
    list_name: str,
    entity_set: str,
    who: Reader,
    conn: Rx,
    request: Request,
    top: Top = None,
    skip: Skip = 0,
    count: Count = None,
    filter_: Filter = None,
    skiptoken: SkipToken = None,
) -> JSONResponse:
    """A page of a list's entities (at most 1,000, oldest first; ``@odata.nextLink`` for the
    next), each with ``__id``, ``label``, ``__system`` and its properties; ``$filter`` on
    ``__system/createdAt``, ``__system/updatedAt`` or ``__system/conflict``."""
    from sqlalchemy import func, select, tuple_

    from central_server.db import entity_versions

    if entity_set != "Entities":
        raise NotFound(f"no entity set '{entity_set}': Entities")
    names = _list_properties(conn, who, list_name)
    query, entities = _list_rows(conn, who, list_name)
    for column, op, value in _entity_filter(filter_):
        query = query.where(exporting.OPERATORS[op](entities.c[column], value))
    total = (
        conn.execute(query.with_only_columns(func.count())).scalar() if count == "true" else None
    )
    order = (entities.c.created_at, entities.c.uuid)
    if skiptoken:
        mark = _skiptoken(skiptoken)
        if mark.after is not None:
            query = query.where(tuple_(*order) > mark.after)
    wanted = min(top if top is not None else MOST, MOST)
    found = conn.execute(query.order_by(*order).offset(skip).limit(wanted + 1)).all()
    more, found = len(found) > wanted, found[:wanted]
    creators = (
        dict(
            conn.execute(
                select(entity_versions.c.uuid, entity_versions.c.by).where(
                    entity_versions.c.version == 1,
                    entity_versions.c.uuid.in_([r.uuid for r in found]),
                )
            ).all()
        )
        if found
        else {}
    )
    page = [
        {
            "__id": r.uuid,
            "label": r.label,
            "__system": {
                "createdAt": r.created_at,
                "creatorName": creators.get(r.uuid, ""),
                "updates": r.version - 1,
                "updatedAt": r.updated_at if r.version > 1 else None,
                "version": r.version,
                "conflict": r.conflict,
                "site": r.site_name,
            },
            **{_name(n): (r.data or {}).get(n) for n in names},
        }
        for r in found
    ]
    base = str(request.url).split(".svc", 1)[0] + ".svc"
    answer: dict = {"@odata.context": f"{base}/$metadata#Entities", "value": page}
    if total is not None:
        answer["@odata.count"] = total
    if more and found:
        last = found[-1]
        params = {k: v for k, v in request.query_params.items() if k != "$skip"}
        params.update(
            {"$skiptoken": _Mark((last.created_at, last.uuid), "", 0).token(), "$top": str(wanted)}
        )
        answer["@odata.nextLink"] = str(request.url.replace_query_params(**params))
    return JSONResponse(answer, headers={"OData-Version": "4.0"})


def _entity_filter(text: str | None) -> list[tuple[str, str, str]]:
    """``__system/updatedAt gt 2026-11-05 and …`` (``and`` only), compared in the database."""
    if not text or not text.strip():
        return []
    out = []
    for clause in re.split(r"\s+and\s+", text.strip()):
        m = _CLAUSE.fullmatch(clause)
        if m is None or m["prop"] not in ENTITY_FILTERABLE:
            raise BadQuery(
                f"$filter {clause.strip()!r}: compare {', '.join(ENTITY_FILTERABLE)} with eq, "
                "ne, gt, ge, lt or le (and only 'and')"
            )
        value = m["value"]
        value = value[1:-1].replace("''", "'") if value.startswith("'") else value
        column = ENTITY_FILTERABLE[m["prop"]]
        if column != "conflict":
            try:
                value = exporting.server_time(value, what="$filter")
            except exporting.ExportRefused as exc:
                raise BadQuery(exc.detail) from None
        out.append((column, m["op"], value))
    return out
