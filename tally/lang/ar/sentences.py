"""Arabic abbreviations that end with a full stop without ending a sentence."""

from __future__ import annotations

#: "د." (doctor), "م." (engineer), "أ." (professor) before a name.
ABBREVIATIONS: frozenset[str] = frozenset({"د", "م", "أ", "ج", "ص"})
