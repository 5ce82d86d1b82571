"""Entities over HTTP, for review: an entity's history, the entities in conflict, and a
conflict resolved property by property (central_server.entity_review)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query
from pydantic import BaseModel, Field

from central_server import entity_review
from central_server.deps import Rx, Tx, Who
from sync_protocol import Answer, NoNul

router = APIRouter(prefix="/entities", tags=["entities"])


class EntityAnswer(Answer):
    entity: entity_review.EntityView


class ConflictList(Answer):
    entities: list[entity_review.EntityView]


class ResolveIn(BaseModel):
    model_config = {"extra": "forbid"}
    version: int = Field(ge=1, le=2**31 - 1, strict=True)  # the version looked at
    values: dict[
        Annotated[NoNul, Field(max_length=200)], Annotated[NoNul, Field(max_length=10_000)]
    ] = Field(default_factory=dict, max_length=500)
    label: NoNul | None = Field(default=None, max_length=10_000)


@router.get("/conflicts", response_model=ConflictList)
def conflicts(
    who: Who, conn: Rx, list_name: Annotated[str | None, Query(alias="list", max_length=200)] = None
) -> ConflictList:
    """The entities in conflict the caller reviews (a site's: that site's), newest first."""
    return ConflictList(entities=entity_review.in_conflict(conn, who, list_name))


@router.get("/{uuid}", response_model=EntityAnswer)
def entity(uuid: Annotated[str, Path(max_length=64)], who: Who, conn: Rx) -> EntityAnswer:
    """An entity and every version it has had."""
    return EntityAnswer(entity=entity_review.history(conn, who, uuid))


@router.post("/{uuid}/resolve", response_model=EntityAnswer)
def resolve(
    uuid: Annotated[str, Path(max_length=64)], body: ResolveIn, who: Who, conn: Tx
) -> EntityAnswer:
    """A conflict resolved: the values chosen, as a new version; refused (409) when the
    entity changed since the version looked at."""
    return EntityAnswer(
        entity=entity_review.resolve(
            conn, who, uuid, version=body.version, values=body.values, label=body.label
        )
    )
