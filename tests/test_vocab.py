"""Users extend the party vocabulary with their own file (TALLY_VOCAB)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tally.extract import extract_claims
from tally.extract.lexicon import lexicon
from tally.model import Report
from tally.vocab import VocabularyError, parties


@pytest.fixture(autouse=True)
def fresh_caches() -> Iterator[None]:
    parties.cache_clear()
    lexicon.cache_clear()
    yield
    parties.cache_clear()
    lexicon.cache_clear()


def test_packaged_parties_are_documented() -> None:
    known = parties()
    assert {"isis", "sdf", "regime", "russia", "turkey", "coalition", "unknown"} <= set(known)
    assert all(p.label and p.description for p in known.values())


def test_user_file_adds_a_party_and_names(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    vocab = tmp_path / "vocab.toml"
    vocab.write_text(
        '[party.tribal]\nlabel = "Tribal forces"\nside = "non_state"\n'
        'names = { en = ["clan fighters"] }\n'
        '[party.sdf]\nnames = { en = ["Manbij Military Council"] }\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("TALLY_VOCAB", str(vocab))
    assert parties()["tribal"].label == "Tribal forces"
    assert parties()["sdf"].label == "SDF and affiliates"
    text = (
        "Shelling killed 3 clan fighters near Diban. "
        "A drone killed 2 members of the Manbij Military Council."
    )
    got = {(c.count.best, c.party) for c in extract_claims(Report(text=text))}
    assert got == {(3, "tribal"), (2, "sdf")}


def test_broken_user_file_names_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    vocab = tmp_path / "broken.toml"
    vocab.write_text("[party.x\nlabel=", encoding="utf-8")
    monkeypatch.setenv("TALLY_VOCAB", str(vocab))
    with pytest.raises(VocabularyError, match=r"broken\.toml"):
        parties()
