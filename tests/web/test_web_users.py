"""`tally users` and `tally serve --help`: accounts, roles, tokens, disabling."""

from __future__ import annotations

from click.testing import CliRunner
from fastapi.testclient import TestClient

from tally.cli import main
from tally.serve import create_app


def run(url: str, *args: str, input: str | None = None) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["--db", url, *args], input=input)
    return result.exit_code, result.output


def test_users_are_added_listed_given_roles_tokens_and_disabled(db_url: str) -> None:
    code, out = run(
        db_url, "users", "add", "amal", "--role", "analyst", input="long enough pw\n" * 2
    )
    assert code == 0, out
    assert "Account amal added, role analyst." in out
    code, out = run(db_url, "users", "list", "--json")
    assert '"name": "amal", "role": "analyst"' in out
    code, out = run(db_url, "users", "set-role", "amal", "reviewer")
    assert code == 0 and "now has the role reviewer" in out
    code, token = run(db_url, "users", "token", "amal", "--label", "script")
    token = token.strip()
    assert code == 0 and token.startswith("tally_")
    with TestClient(create_app(db_url, secret="s")) as client:
        me = client.get("/api/me", headers={"Authorization": f"Bearer {token}"})
        assert me.json() == {
            "id": me.json()["id"],
            "name": "amal",
            "role": "reviewer",
            "disabled": False,
        }
        code, out = run(db_url, "users", "disable", "amal")
        assert code == 0 and "revoked" in out
        assert (
            client.get("/api/me", headers={"Authorization": f"Bearer {token}"}).status_code == 401
        )
    code, out = run(db_url, "users", "list")
    assert "disabled" in out


def test_mistakes_are_refused_in_plain_words(tmp_path) -> None:  # type: ignore[no-untyped-def]
    url = f"sqlite:///{tmp_path / 'tally.db'}"
    code, out = run(url, "users", "add", "omar", "--password", "short")
    assert code == 1 and "A password needs at least 10 characters." in out
    run(url, "users", "add", "omar", "--password", "long enough pw")
    code, out = run(url, "users", "add", "omar", "--password", "long enough pw")
    assert code == 1 and "An account named 'omar' already exists." in out
    code, out = run(url, "users", "set-role", "nobody", "admin")
    assert code == 1 and "There is no account named 'nobody'." in out
    code, out = run(url, "users", "set-role", "omar", "boss")
    assert code == 2 and "'boss' is not one of" in out


def test_passwords_are_stored_hashed_with_argon2(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from tally.store import Store
    from tally.store.accounts import TokenRow, UserRow

    url = f"sqlite:///{tmp_path / 'tally.db'}"
    run(url, "users", "add", "omar", "--password", "long enough pw")
    _, token = run(url, "users", "token", "omar")
    with Store.open(url) as store, store.engine.connect() as conn:
        stored = conn.scalar(select(UserRow.password_hash))
        digest = conn.scalar(select(TokenRow.digest))
    assert stored.startswith("$argon2id$") and "long enough pw" not in stored
    assert token.strip() not in digest


def test_serve_explains_itself() -> None:
    result = CliRunner().invoke(main, ["serve", "--help"])
    assert result.exit_code == 0
    assert "--port" in result.output and "--private" in result.output
