"""Per-language data modules (like spaCy's spacy/lang/*): words, not code.

`load("en")` returns the module tally.lang.en. A language module provides the tables listed in
docs/languages.md; the extraction pipeline never names a word itself.
"""

from __future__ import annotations

import importlib
from types import ModuleType

SUPPORTED = ("en", "ar")


def load(code: str) -> ModuleType:
    """The data module of a language; unknown or undetermined languages read as English."""
    code = (code or "en").split("-")[0].lower()
    if code not in SUPPORTED:
        code = "en"
    return importlib.import_module(f"tally.lang.{code}")
