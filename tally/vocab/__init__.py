"""Domain vocabularies as data: the parties tally recognises, extensible by users.

The packaged file `parties.toml` holds the parties; a user file named by the TALLY_VOCAB
environment variable adds parties and names (see docs/vocabularies.md).
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path


@dataclass(frozen=True)
class Party:
    key: str
    label: str
    side: str
    description: str = ""
    #: Extra names given by a user file, per language code.
    names: dict[str, tuple[str, ...]] = field(default_factory=dict)


class VocabularyError(ValueError):
    """A user vocabulary file that cannot be read; the message names the file and the problem."""


def _parties_from(data: dict, origin: str) -> dict[str, Party]:
    parties: dict[str, Party] = {}
    for key, entry in (data.get("party") or {}).items():
        if not isinstance(entry, dict):
            raise VocabularyError(f"{origin}: [party.{key}] must be a table")
        names = entry.get("names") or {}
        if not isinstance(names, dict) or not all(isinstance(v, list) for v in names.values()):
            raise VocabularyError(f"{origin}: [party.{key}] names must be like {{ en = [...] }}")
        parties[key] = Party(
            key=key,
            label=str(entry.get("label", key)),
            side=str(entry.get("side", "unknown")),
            description=str(entry.get("description", "")),
            names={lang: tuple(str(n) for n in v) for lang, v in names.items()},
        )
    return parties


@cache
def parties(user_file: str | None = None) -> dict[str, Party]:
    """All parties: the packaged ones, then those of the user file (TALLY_VOCAB) on top."""
    text = resources.files(__package__).joinpath("parties.toml").read_text(encoding="utf-8")
    result = _parties_from(tomllib.loads(text), "parties.toml")
    path = user_file or os.environ.get("TALLY_VOCAB")
    if path:
        try:
            user = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except OSError as exc:
            raise VocabularyError(
                f"{path}: cannot read the vocabulary file ({exc.strerror})"
            ) from exc
        except tomllib.TOMLDecodeError as exc:
            raise VocabularyError(f"{path}: not a valid TOML vocabulary file ({exc})") from exc
        for key, party in _parties_from(user, path).items():
            base = result.get(key)
            if base is not None and party.label == key:
                party = Party(key, base.label, base.side, base.description, party.names)
            result[key] = party
    return result
