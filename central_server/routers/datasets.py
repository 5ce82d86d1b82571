"""The merged datasets over HTTP, for the desktop's Secretariat view (and any script): the
indicators, a page of the merged data to read, probable duplicates and their resolution, and
exports made in the background with their progress. A site's reviewer sees their own site;
the Secretariat every site."""

from __future__ import annotations

import dataclasses
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import FileResponse
from pydantic import BaseModel, Field

from central_server import review
from central_server.deps import Rx, Tx, Who
from central_server.errors import Refusal
from central_server.merged import duplicates, export_jobs, exporting, indicators, quality
from sync_protocol import Answer, NoNul

router = APIRouter(prefix="/datasets", tags=["datasets"])
Name = Annotated[str, Query(max_length=200)]


class Unclear(Refusal):
    status, code = 422, "unclear_request"


def _state(state: str | None) -> str | None:
    if state in (None, "", "any"):
        return None
    if state not in review.STATES:
        raise Unclear(f"no review state '{state}': one of any, {', '.join(review.STATES)}")
    return state


class IndicatorsAnswer(Answer):
    indicators: dict


@router.get("/{form_id}/indicators", response_model=IndicatorsAnswer)
def dataset_indicators(
    form_id: str, who: Who, conn: Rx, state: Name = "approved"
) -> IndicatorsAnswer:
    """The form's indicators per city × population group (forms/README.md), with the number
    of households behind each; approved submissions unless ``state`` says (``any``)."""
    return IndicatorsAnswer(indicators=indicators.compute(conn, who, form_id, state=_state(state)))


class EffectOut(BaseModel):
    indicator: str
    title: str
    rho: float | None  # the intra-interviewer correlation, within cities
    design_effect: float | None
    interviewers: int
    interviews: int
    reading: str


class EffectsAnswer(Answer):
    effects: list[EffectOut]


@router.get("/{form_id}/interviewer-effects", response_model=EffectsAnswer)
def dataset_interviewer_effects(
    form_id: str, who: Who, conn: Rx, state: Name = "any"
) -> EffectsAnswer:
    """For each household indicator, how much of its variance within cities comes from who
    asked (an intra-interviewer correlation), with the design effect it makes."""
    found = quality.interviewer_effects(conn, who, form_id, state=_state(state))
    return EffectsAnswer(effects=[EffectOut(**vars(e)) for e in found])


class RowsAnswer(Answer):
    columns: list[dict[str, str]]
    rows: list[list]
    next: str
    sealed: list[str] = []  # the page's ODK-encrypted submissions (answers not readable here)


class SealedAnswer(Answer):
    uuid: str
    form_version: str
    instance_id: str
    deprecated_id: str = ""
    envelope: dict  # key, xml, media, signature: as the submission said them
    files: dict[str, str]  # the encrypted files, base64


@router.get("/{form_id}/sealed/{uuid}", response_model=SealedAnswer)
def dataset_sealed(form_id: str, uuid: str, who: Who, conn: Rx) -> SealedAnswer:
    """An ODK-encrypted submission as it came, for the reader to open with the form's private
    key on their own machine (the server never has the key)."""
    src = exporting.source(conn, who, form_id)
    return SealedAnswer(**exporting.sealed_submission(conn, src, uuid))


@router.get("/{form_id}/rows", response_model=RowsAnswer)
def dataset_rows(
    form_id: str,
    who: Who,
    conn: Rx,
    site: Annotated[str | None, Query(max_length=200)] = None,
    state: Name = "any",
    since: Annotated[str | None, Query(max_length=40)] = None,
    lang: Annotated[str | None, Query(max_length=100)] = None,
    after: Annotated[str, Query(max_length=200)] = "",
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
    duplicates: Literal["include", "exclude"] = "include",
    uuid: Annotated[list[str] | None, Query()] = None,
) -> RowsAnswer:
    """A page of the merged dataset's main table (every site and form version, columns by
    name), choices by their labels in ``lang``; ``after`` is the last page's ``next``.
    Resolved duplicates are shown, marked ``_duplicate_of`` (``duplicates=exclude``: not).
    ``uuid`` (repeated, at most 50): those submissions only, e.g. a probable pair's two."""
    if uuid is not None and (len(uuid) > 50 or any(len(u) > 100 for u in uuid)):
        raise Refusal("give at most 50 submissions' uuids at once", code="unclear", status=422)
    src = exporting.source(
        conn, who, form_id, site=site, state=_state(state), since=since, duplicates=duplicates
    )
    if uuid:
        src = dataclasses.replace(src, uuids=tuple(uuid))
    if after:
        src.after = exporting.page_key(after)
    page = exporting.browse(conn, src, limit=limit, language=lang)
    return RowsAnswer(**page)


class PairOut(BaseModel):
    first: str
    second: str
    site: str
    score: float
    values: dict[str, tuple[str, str]]
    resolution: str = ""
    second_site: str = ""  # the second's site: another city when the household moved


class PairsAnswer(Answer):
    pairs: list[PairOut]


@router.get("/{form_id}/duplicates", response_model=PairsAnswer)
def dataset_duplicates(
    form_id: str,
    who: Who,
    conn: Rx,
    keys: Annotated[str, Query(min_length=1, max_length=1000)],
    threshold: Annotated[float, Query(ge=50, le=100)] = 85.0,
    all: bool = False,
) -> PairsAnswer:
    """Probable duplicates (the same household surveyed twice), side by side: ``keys`` as
    the command line takes them ("identification/hh_no,survey/member[1]/name:name"); a
    site's reviewer's within their site, the Secretariat's across every site. ``all``: the
    pairs with a verdict too."""
    pairs = duplicates.probable(
        conn,
        who,
        form_id,
        duplicates.parse_keys(keys),
        threshold=threshold,
        include_resolved=all,
    )
    return PairsAnswer(pairs=[PairOut(**dataclasses.asdict(p)) for p in pairs[:2000]])


class ResolutionIn(BaseModel):
    model_config = {"extra": "forbid"}
    first: NoNul = Field(max_length=64)
    second: NoNul = Field(max_length=64)
    resolution: Literal["keep_both", "same_household", "keep_first", "keep_second", "undone"]
    note: NoNul = Field(default="", max_length=2000)


@router.post("/duplicates/resolutions", response_model=Answer)
def dataset_resolve(body: ResolutionIn, who: Who, conn: Tx) -> Answer:
    """A person's verdict on a pair; kept with who and when, never changed. ``keep_first``
    or ``keep_second`` leaves the other out of indicators, exports and OData (marked
    ``_duplicate_of`` where shown); ``undone`` withdraws the verdict before it."""
    duplicates.resolve(conn, who, body.first, body.second, body.resolution, body.note)
    return Answer()


class ExportIn(BaseModel):
    model_config = {"extra": "forbid"}
    format: Literal["csv", "xlsx", "parquet", "dta", "sav"]
    site: NoNul | None = Field(default=None, max_length=200)
    # approved unless asked (any, or null as older desktops send it: every state), as the
    # command line and the indicators
    state: NoNul | None = Field(default="approved", max_length=20)
    since: NoNul | None = Field(default=None, max_length=40)
    lang: NoNul | None = Field(default=None, max_length=100)
    attachments: bool = False
    # CSV: answers as typed, without the ' that keeps a spreadsheet from running one
    raw: bool = False
    # resolved duplicates: left out (as the indicators leave them), or kept with _duplicate_of
    duplicates: Literal["exclude", "include"] = "exclude"


class ExportStatus(Answer):
    id: str
    form_id: str
    format: str
    state: str  # running | done | failed
    done: int  # submissions read
    total: int  # submissions to read
    rows: dict[str, int]
    error: str
    created_at: str
    file_name: str


@router.post("/{form_id}/exports", response_model=ExportStatus)
def dataset_export(
    form_id: str, body: ExportIn, who: Who, request: Request, conn: Rx
) -> ExportStatus:
    """Start an export (read its progress at GET /datasets/exports/{id}, then fetch its file);
    the file is kept a day, for the person who asked only."""
    job = export_jobs.start(
        request.app.state.engine,
        who,
        request.app.state.settings.data_dir,
        form_id,
        body.format,
        site=body.site,
        state=_state(body.state),
        since=body.since,
        language=body.lang,
        attachments=body.attachments,
        raw=body.raw,
        duplicates=body.duplicates,
    )
    return ExportStatus(**export_jobs.status(conn, who, job))


@router.get("/exports/{job}", response_model=ExportStatus)
def dataset_export_status(job: str, who: Who, request: Request, conn: Rx) -> ExportStatus:
    export_jobs.forget_old_now_and_then(
        request.app.state.engine, request.app.state.settings.data_dir
    )
    return ExportStatus(**export_jobs.status(conn, who, job))


@router.get("/exports/{job}/file")
def dataset_export_file(job: str, who: Who, request: Request, conn: Rx) -> FileResponse:
    export_jobs.forget_old_now_and_then(
        request.app.state.engine, request.app.state.settings.data_dir
    )
    path, name = export_jobs.file_of(conn, who, request.app.state.settings.data_dir, job)
    return FileResponse(path, filename=name, media_type="application/octet-stream")
