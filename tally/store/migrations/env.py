"""Alembic environment: runs tally's migrations on the connection tally hands in.

Store.open() and `tally db upgrade` pass an open connection in ``config.attributes["connection"]``
(already inside a locked transaction). Run by hand, ``alembic -c tally/store/alembic.ini
-x db=URL ...`` connects to URL instead. SQLite gets batch mode so later migrations can alter
tables that SQLite cannot ALTER in place.
"""

from alembic import context
from sqlalchemy import Connection

from tally.store.db import DEFAULT_URL, make_engine
from tally.store.models import Base


def run_migrations(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run() -> None:
    if context.is_offline_mode():
        raise SystemExit("tally's migrations run against a database; --sql is not supported.")
    given = context.config.attributes.get("connection")
    if given is not None:
        run_migrations(given)
        return
    url = context.get_x_argument(as_dictionary=True).get("db", DEFAULT_URL)
    engine = make_engine(url)
    with engine.begin() as connection:
        run_migrations(connection)
    engine.dispose()


run()
