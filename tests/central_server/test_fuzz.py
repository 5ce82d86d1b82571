"""Every endpoint of the published OpenAPI schema, fuzzed (schemathesis) against the real
server on 127.0.0.1, on SQLite and on PostgreSQL, with a clerk's token and with none: no
request it makes gets a server error."""

import json

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from tests.conftest import REPO

SCHEMA = schemathesis.openapi.from_dict(json.loads((REPO / "docs/openapi.json").read_text()))


@pytest.mark.slow
@SCHEMA.parametrize()
@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_no_request_gets_a_server_error(case, server, login):
    for headers in ({"authorization": f"Bearer {login('clerk_k')}"}, {}):
        response = case.call(base_url=server.url, headers=headers, timeout=30)
        assert response.status_code < 500, (
            f"{case.method} {case.formatted_path} -> {response.status_code}: {response.text[:300]}"
        )
