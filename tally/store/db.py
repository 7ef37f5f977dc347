"""Connecting to the database and bringing its schema up to date.

tally runs on SQLite (one file, the default) and on PostgreSQL with the same code. The schema is
made only by the Alembic migrations that ship inside this package, so every database tally touches
has a known revision. Upgrades are serialised (a write lock on SQLite, an advisory lock on
PostgreSQL) so that two processes opening a new database at once do not both create it.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

DEFAULT_URL = "sqlite:///tally.db"
#: How long a SQLite writer waits for another process's write to finish before giving up.
BUSY_TIMEOUT_SECONDS = 60
#: Execution option that makes a SQLite transaction take the write lock at BEGIN.
WRITE_OPTION = "tally_write"
#: Key of the PostgreSQL advisory lock held while migrations run ("tally" in ASCII).
MIGRATION_LOCK_KEY = 0x74616C6C79
ALEMBIC_INI = Path(__file__).with_name("alembic.ini")


class StoreError(Exception):
    """A problem with the database, in words a researcher can act on.

    `reason` is the message without naming the report or database, for lists that already do.
    """

    def __init__(self, message: str, reason: str | None = None) -> None:
        super().__init__(message)
        self.reason = reason or message


def normalise_url(url: str) -> str:
    """Turn what a user typed into a SQLAlchemy URL: a bare path means a SQLite file."""
    url = url.strip()
    if "://" not in url:
        return f"sqlite:///{url}"
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def describe_url(url: str) -> str:
    """The URL fit to show: any password is hidden."""
    try:
        return make_url(normalise_url(url)).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def parse_url(url: str) -> URL:
    try:
        parsed = make_url(normalise_url(url))
    except ArgumentError as err:
        raise StoreError(f"{url!r} is not a database address: {err}") from err
    if parsed.get_backend_name() not in ("sqlite", "postgresql"):
        raise StoreError(
            f"tally keeps its data in SQLite or PostgreSQL; {describe_url(url)} is neither."
        )
    return parsed


def sqlite_path(url: str) -> Path | None:
    """The file a SQLite URL points at; None for PostgreSQL or an in-memory database."""
    parsed = parse_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def make_engine(url: str) -> Engine:
    """An engine for `url`; SQLite gets WAL, foreign keys, a busy timeout and real transactions."""
    parsed = parse_url(url)
    if parsed.get_backend_name() == "postgresql":
        return create_engine(parsed, pool_pre_ping=True)
    path = sqlite_path(url)
    if path is not None and not path.parent.is_dir():
        raise StoreError(
            f"Cannot create the database {path}: the folder {path.parent} does not exist."
        )
    engine = create_engine(parsed, connect_args={"timeout": BUSY_TIMEOUT_SECONDS})
    event.listen(engine, "connect", _configure_sqlite_connection)
    event.listen(engine, "begin", _begin_sqlite_transaction)
    return engine


def _configure_sqlite_connection(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy emit BEGIN itself (see _begin_sqlite_transaction) so that DDL and reads are
    # transactional too; sqlite3's legacy mode only begins before INSERT/UPDATE/DELETE.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_SECONDS * 1000}")
    _use_wal(cursor)
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _use_wal(cursor: Any) -> None:
    # Switching a new database to WAL fails at once, without waiting out the busy timeout, while
    # another process is creating it; wait and try again.
    deadline = time.monotonic() + BUSY_TIMEOUT_SECONDS
    while True:
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as err:
            if "locked" not in str(err) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def _begin_sqlite_transaction(conn: Any) -> None:
    # A writer takes the lock at BEGIN: a deferred transaction that reads and then writes can fail
    # at once with "database is locked" when another process wrote in between.
    if conn.get_execution_options().get(WRITE_OPTION):
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        conn.exec_driver_sql("BEGIN")


def writer(engine: Engine) -> Engine:
    """The same database, for transactions that write."""
    return engine.execution_options(**{WRITE_OPTION: True})


def alembic_config() -> Config:
    return Config(str(ALEMBIC_INI))


def head_revision() -> str | None:
    """The newest migration this version of tally knows."""
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    """The migration the database is at; None for a database tally has not set up yet."""
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def knows_revision(revision: str) -> bool:
    """Whether this version of tally has the migration `revision` (a newer tally may not)."""
    try:
        return ScriptDirectory.from_config(alembic_config()).get_revision(revision) is not None
    except CommandError:
        return False


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Apply the migrations up to `revision`, one process at a time."""
    current = current_revision(engine)
    if revision == "head" and current == head_revision():
        return
    if current is not None and not knows_revision(current):
        raise StoreError(
            f"The database is at schema revision {current}, which this version of tally does not "
            "know: it was set up by a newer tally. Upgrade tally to use it."
        )
    with writer(engine).begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY})
        config = alembic_config()
        config.attributes["connection"] = conn
        command.upgrade(config, revision)


def downgrade(engine: Engine, revision: str) -> None:
    """Undo migrations down to `revision` ("base" removes every table tally made)."""
    with writer(engine).begin() as conn:
        config = alembic_config()
        config.attributes["connection"] = conn
        command.downgrade(config, revision)
