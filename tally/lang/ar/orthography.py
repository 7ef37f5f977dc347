"""How Arabic spellings of the same word vary, as data.

tally.geo.normalise applies these to place names and to a report's words alike, so "إدلب",
"ادلب" and "إدْلِب" meet on one key, as do "حماة"/"حماه" and "السويداء"/"السويدا".
"""

from __future__ import annotations

#: Characters dropped: short vowels and other diacritics (harakat, shadda, sukun, tanwin, dagger
#: alef), Quranic marks, tatweel (kashida), and the standalone hamza that is often left unwritten
#: at the end of a word ("السويداء" / "السويدا").
DROPPED = (
    "".join(chr(c) for c in range(0x0610, 0x061B))
    + "".join(chr(c) for c in range(0x064B, 0x0660))
    + "\u0670"
    + "".join(chr(c) for c in range(0x06D6, 0x06EE))
    + "\u0640"  # tatweel
    + "\u0621"  # standalone hamza
    + "\u200c\u200d\u200e\u200f"  # zero-width (non-)joiners and direction marks
)

#: Letters written in more than one way, mapped to one: hamza and madda forms of alef to bare
#: alef, taa marbuta to haa, alef maqsura to yaa, hamza on waw / yaa to the bare letter, and the
#: Persian letter forms some keyboards produce.
LETTER_MAP: dict[str, str] = {
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ة": "ه",
    "ى": "ي",
    "ؤ": "و",
    "ئ": "ي",
    "ک": "ك",
    "ی": "ي",
    "ھ": "ه",
}

#: The definite article, written joined to its word.
ARTICLE = "ال"

#: Prefixes joined to a word that are not part of a name, tried longest first when a report's word
#: is looked up: "و" (and), "ب" (in, at), "ل" (to, for), "في" (in) and their combinations.
PROCLITICS = ("وفي", "وب", "ول", "في", "و", "ب", "ل")

#: Contractions of a proclitic with the article: "لل" + word is "ل" + "ال" + word ("للرقة").
CONTRACTIONS: dict[str, str] = {"ولل": "ال", "لل": "ال"}

#: A proclitic is only split off when at least this many letters remain.
MIN_STEM = 3

#: First words of compound names written joined or apart ("كفرنبل" / "كفر نبل").
COMPOUND_PREFIXES = ("كفر", "تل", "عين", "دير", "ابو", "ام", "بيت", "بير", "راس", "جسر", "خان")

#: Final letters that make a report's word doubtful as a name: a word ending in "ه" may be a noun
#: with the pronoun "his" ("منزله", his house), which normalises like a name ending in "ة"
#: ("منزلة"). Such a word matches a one-word village whose name ends in the mapped letter only
#: after a cue ("قرية منزلة").
DOUBTFUL_FINALS: dict[str, str] = {"ه": "ة"}
