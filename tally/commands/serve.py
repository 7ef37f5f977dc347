"""`tally serve`: run the web app (pages, JSON API, exports, feeds) on a tally database."""

from __future__ import annotations

import click

from tally.commands.common import db_url


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@click.option(
    "--private",
    is_flag=True,
    help="Let only signed-in accounts read (by default anyone may read what a viewer reads).",
)
@click.pass_context
def serve(ctx: click.Context, host: str, port: int, private: bool) -> None:
    """Serve tally's pages and JSON API on the database (--db), until Ctrl-C.

    Open http://HOST:PORT/ for the dashboard; /docs for the API. Anyone may read (leaving out
    sensitive fields) unless --private is given; changes need an account made with
    `tally users add`, and API clients send a token made with `tally users token`. Session
    cookies are signed with $TALLY_SECRET (set it, or browsers are signed out at each restart).

    \b
    Examples:
      tally serve
      tally --db postgresql+psycopg://tally@localhost/tally serve --host 0.0.0.0 --port 8080
    """
    import uvicorn

    from tally.serve import create_app
    from tally.store import StoreError
    from tally.store.db import describe_url

    url = db_url(ctx)
    try:
        app = create_app(url, public=not private)
    except StoreError as err:
        raise click.ClickException(str(err)) from err
    click.echo(f"tally serves {describe_url(url)} on http://{host}:{port}/ (Ctrl-C to stop)")
    uvicorn.run(app, host=host, port=port, log_level="warning")
