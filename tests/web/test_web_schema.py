"""A schemathesis run against the OpenAPI document: generated requests to every operation, as a
reviewer, must never make the server fail (no 5xx). Bounded to a few hundred requests.

/api/ingest/url is left out: its requests would have the server fetch whatever address the
generator invents; test_web_api covers it with a feed served on 127.0.0.1.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import schemathesis
from conftest import Seeded
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error

from tally.serve import create_app

#: Examples per operation (about 20 operations).
EXAMPLES = 25


def operations(app: object) -> list[schemathesis.APIOperation]:
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    found = [result.ok() for result in schema.get_all_operations()]
    return [op for op in found if op.path != "/api/ingest/url"]


def test_no_generated_request_makes_the_server_fail(
    seeded_template: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    source, tokens = seeded_template
    shutil.copyfile(source, tmp_path / "tally.db")
    seeded = Seeded(f"sqlite:///{tmp_path / 'tally.db'}", tokens)
    app = create_app(seeded.url, secret="schema")
    checked = []
    for operation in operations(app):

        @given(case=operation.as_strategy())
        @settings(
            max_examples=EXAMPLES,
            deadline=None,
            suppress_health_check=list(HealthCheck),
            derandomize=True,
            database=None,
        )
        def no_server_error(case: schemathesis.Case) -> None:
            case.call_and_validate(headers=seeded.headers("reviewer"), checks=[not_a_server_error])

        no_server_error()
        checked.append(f"{operation.method.upper()} {operation.path}")
    assert len(checked) >= 20, checked
    print(f"{len(checked)} operations checked")
