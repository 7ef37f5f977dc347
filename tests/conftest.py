"""Shared fixtures: a fresh database of each kind tally supports.

`db_url` runs a test once on SQLite (a file in tmp_path) and once on PostgreSQL. PostgreSQL tests
use one database made for the test session (tally_test_<random>, dropped at the end) on the
server named by TALLY_TEST_PG_URL (default: postgres@127.0.0.1:5432, database test), each test in
a schema of its own. Without a server they are skipped, unless TALLY_TEST_REQUIRE_PG=1 (set it in
CI) turns the skip into a failure.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import URL, create_engine, text
from sqlalchemy.exc import OperationalError

from tally.store.db import normalise_url

PG_SERVER_URL = os.environ.get(
    "TALLY_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)


@pytest.fixture(scope="session")
def pg_database() -> Iterator[URL]:
    """A PostgreSQL database made for this test session."""
    from sqlalchemy.engine import make_url

    server = make_url(normalise_url(PG_SERVER_URL))
    admin = create_engine(server, isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": 3})
    name = f"tally_test_{uuid.uuid4().hex[:12]}"
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except OperationalError as err:
        admin.dispose()
        reason = (
            f"no PostgreSQL server answers at {server.render_as_string(hide_password=True)} "
            f"(set TALLY_TEST_PG_URL): {str(err.orig).strip().splitlines()[0]}"
        )
        if os.environ.get("TALLY_TEST_REQUIRE_PG") == "1":
            pytest.fail(reason)
        pytest.skip(reason)
    yield server.set(database=name)
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> str:
    """The URL of an empty database (no tables yet), on SQLite and on PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path_factory.mktemp('db') / 'tally.db'}"
    database: URL = request.getfixturevalue("pg_database")
    schema = f"t_{uuid.uuid4().hex[:12]}"
    engine = create_engine(database)
    with engine.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    engine.dispose()
    url = database.update_query_dict({"options": f"-csearch_path={schema}"})
    return url.render_as_string(hide_password=False)
