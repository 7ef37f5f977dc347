"""One canonical form for report text, made once at ingest and stored as Report.text.

Claims point into this text by character offsets, so it must be produced before storing and never
changed afterwards; normalise_text is idempotent (normalising twice gives the same text).
"""

from __future__ import annotations

import re
import unicodedata

from tally.ingest.furniture import strip_furniture

# Line and paragraph separators of every kind become "\n" (U+2029 is a paragraph break).
_LINE_BREAK = re.compile("\r\n?|[\x0b\x0c\x85\u2028]")
_PARAGRAPH_SEPARATOR = "\u2029"
# Invisible characters: zero-width spaces and joiners, direction marks and embeddings, the byte
# order mark, soft hyphen, the Arabic tatweel (a stretching stroke), and control characters.
_INVISIBLE = re.compile(
    "[\u00ad\u0640\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
    "\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]"
)
# Arabic presentation forms (from PDFs) are spelled out as ordinary letters.
_PRESENTATION_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufefc]+")
_SPACES = re.compile(r"[^\S\n]+")
_SPACE_AROUND_BREAK = re.compile(r" ?\n ?")
_BLANK_LINES = re.compile(r"\n{3,}")
# Filter obfuscation: a run of asterisks (or a dot and asterisks) between two letters, as in
# "kil*led", "mas**sacre", "exe.*cuted". Digits on either side ("5*3") are left alone.
_OBFUSCATION = re.compile(r"(?<=[^\W\d_])(?:\.?[*∗＊]+\.?)(?=[^\W\d_])")
# The Arabic form: a dot held by tatweel strokes inside a word ("مقـ.ـتل"); a bare dot between
# letters may be a missing space after a full stop, so it is left alone.
_TATWEEL_DOT = re.compile(r"(?<=[\u0620-\u064a])(?:\u0640+\.\u0640*|\.\u0640+)(?=[\u0620-\u064a])")
# And a space held by tatweel strokes ("مقـ ـتل", "حـ ـياته", "مقـ تل", "م ـقتل"): a word never
# starts with a tatweel, and ends with one only as a clitic written apart from its word ("لـ سانا",
# "الـ 24", "وبالـ"), which stays apart, as does a word before one with the article ("آلـ الشيخ").
_TATWEEL_SPACE = re.compile(
    r"(?<=[\u0620-\u063f\u0641-\u064a])\u0640+(?: +\u0640+)+(?=[\u0620-\u063f\u0641-\u064a])"
    r"|(?<=[\u0620-\u063f\u0641-\u064a]) +\u0640+(?=[\u0620-\u063f\u0641-\u064a])"
    r"|(?<![\u0620-\u063f\u0641-\u064a])([\u0620-\u063f\u0641-\u064a]+)\u0640+ +(?=[\u0620-\u063f\u0641-\u064a])(?!ال)"
)
# (and "هـ", the hijri year: "1446هـ 20")
_CLITIC = re.compile("[وف]?(?:[لبك]|ال|[بلك]ال|لل)|ه")


def _join_tatweel(m: re.Match[str]) -> str:
    """The obfuscated word joined up; a clitic written apart stays apart."""
    word = m.group(1)
    if word is None:
        return ""
    return m.group() if _CLITIC.fullmatch(word) else word


def normalise_text(text: str) -> str:
    """Canonical report text: NFC, "\\n" line and "\\n\\n" paragraph breaks, single spaces, no
    invisible characters, no page-furniture lines, and filter obfuscation undone."""
    return _layout(strip_furniture(_layout(_characters(text))))


def clean_field(value: object) -> str | None:
    """A one-line metadata value (title, publisher, id): normalised like text, on one line."""
    if value is None:
        return None
    text = " ".join(_characters(str(value)).split())
    return text or None


def _characters(text: str) -> str:
    """Breaks, invisible characters, obfuscation and Unicode form: everything but layout."""
    text = _LINE_BREAK.sub("\n", text).replace(_PARAGRAPH_SEPARATOR, "\n\n")
    text = _PRESENTATION_FORMS.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)
    if "\u0640" in text:
        text = _TATWEEL_DOT.sub("", text)
        text = _TATWEEL_SPACE.sub(_join_tatweel, text)
    text = _INVISIBLE.sub("", text)
    if "*" in text or "∗" in text or "＊" in text:
        text = _OBFUSCATION.sub("", text)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text


def _layout(text: str) -> str:
    text = _SPACES.sub(" ", text)
    text = _SPACE_AROUND_BREAK.sub("\n", text)
    return _BLANK_LINES.sub("\n\n", text).strip()


# Letters by script, for detect_language.
# (runs of them: fewer matches to count than one a letter)
_ARABIC_LETTER = re.compile(
    "[\u0620-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff\u0750-\u077f\u08a0-\u08ff]+"
)
_LATIN_LETTER = re.compile("[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff]+")
_LETTER = re.compile(r"[^\W\d_]+")
#: How much of a text detect_language looks at; the opening is enough to tell the script.
DETECT_SAMPLE = 20_000


def detect_language(text: str) -> str:
    """ "ar" when Arabic-script letters are most of the letters, "en" when Latin letters are,
    else "und" (no letters, or no script with a majority). Looks at the first DETECT_SAMPLE chars."""
    sample = text[:DETECT_SAMPLE]
    letters = _count(_LETTER, sample)
    if not letters:
        return "und"
    if _count(_ARABIC_LETTER, sample) * 2 > letters:
        return "ar"
    if _count(_LATIN_LETTER, sample) * 2 > letters:
        return "en"
    return "und"


def _count(pattern: re.Pattern[str], text: str) -> int:
    return len(text) - len(pattern.sub("", text))
