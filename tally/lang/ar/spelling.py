"""The lookup form of an Arabic word, by the spelling rules of tally.lang.ar.orthography.

Phrase keys and a report's tokens both go through normalise, so the folds must be made per
character (the tokenizer may fold a whole text at once and slice it).
"""

from __future__ import annotations

from tally.lang.ar.orthography import DROPPED, LETTER_MAP

_FOLD = str.maketrans({**LETTER_MAP, **dict.fromkeys(DROPPED, "")})


def normalise(word: str) -> str:
    """No diacritics, tatweel or standalone hamza; one alef for "أ إ آ ٱ"; "ه" for "ة"; "ي"
    for "ى" and "ئ"; "و" for "ؤ"; Latin in lower case, so mixed posts read like English
    ("PKK" is "pkk")."""
    return word.translate(_FOLD).lower().replace("’", "'")
