"""How English-script (Latin) transliterations of Arabic place names vary, as data.

tally.geo.normalise turns a name or a report's word into a matching key with these rules, the
same way on both sides, so "Deir-ez-Zor", "Deir ez Zor" and "Dayr al-Zor" meet on one key, and
"Lattakia"/"Latakia", "Tartous"/"Tartus", "Al-Hasakeh"/"Hasakah" likewise.
"""

from __future__ import annotations

#: Accents are dropped ("Nāḩiyat" is "Nahiyat", "Ḩasakah" is "Hasakah").
STRIP_ACCENTS = True

#: Characters dropped inside a word: apostrophes and the signs transliterations use for ayn/hamza
#: ("Dar'a", "Ma‘arrat", "Sa`an").
APOSTROPHES = "'’‘`´ʿʾʻ"

#: Characters that join the parts of a name ("Deir-ez-Zor", "Ras_al_Ain").
JOINERS = "-‐‑‒–_"

#: The Arabic article as a word of its own; all become CANONICAL_ARTICLE.
ARTICLES = frozenset({"al", "el", "ul", "il", "ez", "az", "ech", "esh"})

#: Assimilated forms of the article that are also English words ("as", "an", "at"): an article
#: only when a hyphen joins them to the next word ("As-Sweida", "an-Nabk", "at-Tall").
HYPHEN_ARTICLES = frozenset(
    {"ar", "as", "ash", "ad", "adh", "an", "at", "ath", "ed", "es", "er", "et", "en", "ud", "us"}
)

CANONICAL_ARTICLE = "al"

#: Ordered (pattern, replacement) spelling folds applied to every lower-cased word, so that common
#: transliteration choices give one key. Each is a regular expression over one word.
SPELLING_FOLDS: tuple[tuple[str, str], ...] = (
    (r"ee", "i"),  # Areesheh / Arisha
    (r"oo", "u"),  # Qaboon / Qabun
    (r"ou", "u"),  # Tartous / Tartus, Douma / Duma
    (r"(.)\1+", r"\1"),  # Lattakia / Latakia, Raqqa / Raqa, Maarrat / Marat
    (r"(?<=\w{3})(?:[ie]y?|y)(?:a|ah|eh|e)$", "iya"),  # Malikeyyeh / Malikiyah / Malikia
    (r"(?<=\w{2})(?:eh|ah|e)$", "a"),  # Hasakeh / Hasakah / Hasaka
    (r"(?<=\w[^aeiou])et$", "at"),  # Maaret / Maarat, Kherbet / Kherbat
    (r"(?:ei|ai|ey)", "ay"),  # Deir / Dayr / Dair, Sheikh / Shaykh, Ein / Ain / Ayn
)

#: Whole-word spellings of the same word, after the folds above, mapped to one.
WORD_SYNONYMS: dict[str, str] = {
    "tel": "tal",
    "til": "tal",
    "kfar": "kafr",
    "kafar": "kafr",
    "kefr": "kafr",
    "jebel": "jabal",
    "jbel": "jabal",
    "jabl": "jabal",
    "kherbat": "khirba",
    "khirbat": "khirba",
    "kharbat": "khirba",
    "khurbat": "khirba",
    "kherba": "khirba",
    "abo": "abu",
    "ber": "bir",
    "bayr": "bir",
    "jesr": "jisr",
    "kasr": "qasr",
}

#: First words of compound names that reports write joined or apart ("Kafr Nabl" / "Kafrnabl").
COMPOUND_PREFIXES = (
    "kafr",
    "tal",
    "ayn",
    "dayr",
    "abu",
    "um",
    "bayt",
    "bir",
    "ras",
    "jisr",
    "khan",
)

#: Attached articles in source spellings ("Rasm Elabed", "Jeb Elsafa"): a word that begins with one
#: of these and is longer than the article by at least ATTACHED_ARTICLE_MIN_REST letters is also
#: indexed as article + rest.
ATTACHED_ARTICLES = ("el", "al")
ATTACHED_ARTICLE_MIN_REST = 3
