"""English abbreviations that end with a full stop without ending a sentence."""

ABBREVIATIONS: frozenset[str] = frozenset(
    {"mr", "mrs", "ms", "dr", "st", "gen", "brig", "col", "lt", "capt", "maj", "sgt", "no", "vs",
     "etc", "approx", "u.s", "u.k", "u.n", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
     "sept", "oct", "nov", "dec", "al"}
)
