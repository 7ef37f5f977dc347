"""`tally users`: the accounts that may sign in to `tally serve`, their roles and API tokens."""

from __future__ import annotations

import click

from tally.commands.common import console, json_line, json_option, open_store
from tally.commands.incidents import actor, by_option

ROLES = ("viewer", "analyst", "reviewer", "admin")
ROLE_HELP = (
    "viewer: reads, without sensitive fields; analyst: reads everything, adds reports; "
    "reviewer: also confirms, contests, discounts, merges and splits; admin: everything."
)


@click.group()
def users() -> None:
    """Manage accounts of the web app: add, list, set-role, password, token, disable.

    \b
    Roles, each able to do what the ones before it can:
      viewer    reads (sensitive fields hidden: where reports came from, reviewers' notes)
      analyst   reads everything, adds reports (upload or feed URL), reads the audit log
      reviewer  confirms, contests and discounts claims and incidents; merges and splits
      admin     all of the above

    \b
    Examples:
      tally users add amal --role reviewer          # asks for a password
      tally users token amal --label "import script"
      tally users set-role amal admin
      tally users disable amal
    """


def _fail(err: Exception) -> click.ClickException:
    return click.ClickException(str(err))


@users.command("add")
@click.argument("name")
@click.option(
    "--role", type=click.Choice(ROLES), default="viewer", show_default=True, help=ROLE_HELP
)
@click.option(
    "--password",
    prompt=True,
    hide_input=True,
    confirmation_prompt=True,
    envvar="TALLY_PASSWORD",
    help="The password (asked for when not given; also read from TALLY_PASSWORD).",
)
@by_option
@click.pass_context
def add(ctx: click.Context, name: str, role: str, password: str, by: str | None) -> None:
    """Add an account NAME with a role and a password (at least 10 characters)."""
    from tally.store import Accounts, StoreError

    with open_store(ctx) as store:
        try:
            user = Accounts(store.engine).add(name, role, password, actor(by))
        except StoreError as err:
            raise _fail(err) from err
    click.echo(f"Account {user.name} added, role {user.role}.")


@users.command("list")
@json_option
@click.pass_context
def list_users(ctx: click.Context, as_json: bool) -> None:
    """List the accounts with their roles."""
    from rich.table import Table

    from tally.store import Accounts

    with open_store(ctx) as store:
        found = Accounts(store.engine).all()
    if as_json:
        for user in found:
            click.echo(json_line(user.to_dict()))
        return
    table = Table("Name", "Role", "State")
    for user in found:
        table.add_row(user.name, user.role, "disabled" if user.disabled else "active")
    console().print(table)
    click.echo(f"{len(found)} account{'s' if len(found) != 1 else ''}.")


@users.command("set-role")
@click.argument("name")
@click.argument("role", type=click.Choice(ROLES))
@by_option
@click.pass_context
def set_role(ctx: click.Context, name: str, role: str, by: str | None) -> None:
    """Give account NAME another ROLE."""
    from tally.store import Accounts, StoreError

    with open_store(ctx) as store:
        try:
            user = Accounts(store.engine).set_role(name, role, actor(by))
        except StoreError as err:
            raise _fail(err) from err
    click.echo(f"Account {user.name} now has the role {user.role}.")


@users.command("password")
@click.argument("name")
@click.option(
    "--password", prompt=True, hide_input=True, confirmation_prompt=True, envvar="TALLY_PASSWORD"
)
@by_option
@click.pass_context
def password(ctx: click.Context, name: str, password: str, by: str | None) -> None:
    """Set a new password for account NAME."""
    from tally.store import Accounts, StoreError

    with open_store(ctx) as store:
        try:
            Accounts(store.engine).set_password(name, password, actor(by))
        except StoreError as err:
            raise _fail(err) from err
    click.echo(f"Password of {name} changed.")


@users.command("token")
@click.argument("name")
@click.option("--label", default="api", show_default=True, help="What the token is for.")
@by_option
@click.pass_context
def token(ctx: click.Context, name: str, label: str, by: str | None) -> None:
    """Make an API token for account NAME and print it (it is shown only this once).

    Clients send it as `Authorization: Bearer TOKEN`; it acts with the account's role.
    """
    from tally.store import Accounts, StoreError

    with open_store(ctx) as store:
        try:
            made = Accounts(store.engine).new_token(name, label, actor(by))
        except StoreError as err:
            raise _fail(err) from err
    click.echo(made)


@users.command("disable")
@click.argument("name")
@by_option
@click.pass_context
def disable(ctx: click.Context, name: str, by: str | None) -> None:
    """Disable account NAME: it can no longer sign in, and its tokens stop working."""
    from tally.store import Accounts, StoreError

    with open_store(ctx) as store:
        try:
            Accounts(store.engine).disable(name, actor(by))
        except StoreError as err:
            raise _fail(err) from err
    click.echo(f"Account {name} disabled; its API tokens are revoked.")
