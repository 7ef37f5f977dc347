"""Fixtures for the web app's tests: a database holding reports written for these tests (in
reports.jsonl) and one account of each role, and clients of the app on it.

The seeded SQLite database is made once and copied for each test; `seeded_url` seeds a fresh
database of each kind (SQLite and PostgreSQL) for the tests that run on both.
"""

from __future__ import annotations

import shutil
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")

from fastapi.testclient import TestClient  # noqa: E402

from tally.extract import extract_claims, report_toll  # noqa: E402
from tally.ingest import read_paths  # noqa: E402
from tally.model import Report  # noqa: E402
from tally.serve import create_app  # noqa: E402
from tally.store import Accounts, Store  # noqa: E402

REPORTS = Path(__file__).with_name("reports.jsonl")
PASSWORD = "correct horse battery"
ROLES = ("viewer", "analyst", "reviewer", "admin")


@dataclass
class Seeded:
    url: str
    #: role -> API token of the account with that role (named after the role).
    tokens: dict[str, str]

    def headers(self, role: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.tokens[role]}"}


def seed(url: str) -> dict[str, str]:
    """Store the test reports and make one account per role; returns their tokens."""
    with Store.open(url) as store:
        for item in read_paths([REPORTS]):
            assert isinstance(item, Report), item
            claims = extract_claims(item)
            store.save_report(item, claims, report_toll(claims))
        accounts = Accounts(store.engine)
        tokens = {}
        for role in ROLES:
            accounts.add(role, role, PASSWORD, "test")
            tokens[role] = accounts.new_token(role, "tests", "test")
    return tokens


@pytest.fixture(scope="session")
def seeded_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    path = tmp_path_factory.mktemp("seeded") / "tally.db"
    tokens = seed(f"sqlite:///{path}")
    return path, tokens


@pytest.fixture
def seeded(seeded_template: tuple[Path, dict[str, str]], tmp_path: Path) -> Seeded:
    """A copy of the seeded SQLite database, for one test to change."""
    source, tokens = seeded_template
    target = tmp_path / "tally.db"
    shutil.copyfile(source, target)
    return Seeded(f"sqlite:///{target}", tokens)


@pytest.fixture
def seeded_any(db_url: str) -> Seeded:
    """The seeded database on SQLite and on PostgreSQL."""
    return Seeded(db_url, seed(db_url))


@pytest.fixture
def client(seeded: Seeded) -> Iterator[TestClient]:
    with TestClient(create_app(seeded.url, secret="test secret")) as c:
        yield c


@pytest.fixture
def client_any(seeded_any: Seeded) -> Iterator[TestClient]:
    with TestClient(create_app(seeded_any.url, secret="test secret")) as c:
        yield c


def incident_titled(client: TestClient, words: str) -> dict:
    """The listed incident whose title holds `words`."""
    found = client.get("/api/incidents", params={"q": words}).json()["items"]
    assert len(found) == 1, found
    return found[0]
