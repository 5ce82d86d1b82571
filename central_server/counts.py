"""How many submissions the server holds, by site, form, version and state: what
``GET /api/v1/stats`` and ``daftari-server stats`` say (no web framework imported: the
command starts light)."""

from __future__ import annotations

from sqlalchemy import func, select

from central_server.db import revisions, sites, submissions


def stats_rows(conn, site_id: int | None) -> list[dict]:
    query = (
        select(
            sites.c.name,
            submissions.c.form_id,
            revisions.c.form_version,
            submissions.c.status,
            func.count(),
        )
        .select_from(
            submissions.join(sites, submissions.c.site_id == sites.c.id).join(
                revisions,
                (revisions.c.uuid == submissions.c.uuid)
                & (revisions.c.revision == submissions.c.revision),
            )
        )
        .group_by(
            sites.c.name, submissions.c.form_id, revisions.c.form_version, submissions.c.status
        )
        .order_by(sites.c.name, submissions.c.form_id)
    )
    if site_id is not None:
        query = query.where(submissions.c.site_id == site_id)
    return [
        {"site": r[0], "form_id": r[1], "form_version": r[2], "status": r[3], "count": r[4]}
        for r in conn.execute(query)
    ]
