"""A language's words compiled into lookup tables, once per language and process."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from types import ModuleType
from typing import Any

from tally import lang
from tally.extract.tokens import PhraseTable, Token, phrase_key
from tally.vocab import parties


@dataclass(frozen=True)
class Outcome:
    """An outcome word as the lexicon knows it."""

    outcome: str
    role: str
    detail: str | None


class Lexicon:
    """Phrase tables and word sets for one language, built from its tally.lang module."""

    def __init__(self, module: ModuleType) -> None:
        self.code: str = module.CODE
        self.normalise = module.normalise
        n = self.normalise
        prefixes = tuple(getattr(module, "PREFIXES", ()))

        def table(entries: Any) -> PhraseTable:
            return PhraseTable(entries, n, prefixes)

        def words(entries: Any) -> frozenset[str]:
            return frozenset(n(w) for w in entries)

        self.numbers = table(module.NUMBER_WORDS)
        self.number_joiners = words(module.NUMBER_JOINERS)
        self.counted = table(module.COUNTED_NOUNS)
        self.scales = {n(k): v for k, v in module.SCALES.items()}
        self.quantifiers = table(module.QUANTIFIERS)
        self.approximators = table(module.APPROXIMATORS)
        self.indefinite = words(module.INDEFINITE)
        self.units = words(module.UNITS)
        self.age_markers = words(module.AGE_MARKERS)
        self.majority = words(getattr(module, "MAJORITY", ()))
        self.uncounted = words(getattr(module, "UNCOUNTED_PLURALS", ()))
        self.among = table(dict.fromkeys(getattr(module, "AMONG", ()), True))
        self.naming_markers = words(getattr(module, "NAMING_MARKERS", ()))
        self.ordinal_suffixes = words(module.ORDINAL_SUFFIXES)
        self.range_joiners = words(module.RANGE_JOINERS)
        self.range_openers = words(module.RANGE_OPENERS)
        self.between_joiners = words(module.BETWEEN_JOINERS)
        self.outcomes = table({k: Outcome(*v) for k, v in module.OUTCOMES.items()})
        self.auxiliaries = words(module.AUXILIARIES)
        self.fillers = table({k: True for k in module.FILLERS})
        self.list_joiners = table({k: True for k in module.LIST_JOINERS})
        self.companions = table({k: True for k in module.COMPANIONS})
        self.name_words: int = module.NAME_WORDS
        self.name_breaks = words(module.NAME_BREAKS)
        self.groups = table(module.GROUPS)
        self.definite = words(module.DEFINITE)
        self.is_singular = module.is_singular
        self.partitives = table({k: True for k in module.PARTITIVES})
        self.mostly = table({k: True for k in module.MOSTLY})
        self.noun_tails = table(dict.fromkeys(module.NOUN_TAILS, True))
        self.unstated_parts = words(module.UNSTATED_PARTS)
        self.selectors = table(dict.fromkeys(module.SELECTORS, True))
        self.casualty_joiners = words(module.CASUALTY_JOINERS)
        self.casualty_joiners_after = words(module.CASUALTY_JOINERS_AFTER)
        self.passive = words(module.PASSIVE_AUXILIARIES)
        self.relative = words(module.RELATIVE_PRONOUNS)
        self.party_side = table(dict.fromkeys(module.PARTY_SIDE, True))
        self.agent_markers = table(dict.fromkeys(module.AGENT_MARKERS, True))
        self.toll_links = words(module.TOLL_LINKS)
        self.recalling = words(module.RECALLING_EVENTS)
        self.shared_across = table({k: True for k in module.SHARED_ACROSS})
        self.pronouns = {n(k): v for k, v in module.PRONOUNS.items()}
        names = dict(module.PARTIES)
        for party in parties().values():
            for name in party.names.get(self.code, ()):
                names[name] = party.key
        self._parties = table(names)
        self._cased_parties: PhraseTable = PhraseTable(module.CASED_PARTIES, str)
        self.possessives = words(module.POSSESSIVES)
        self.certainty = table(module.CERTAINTY)
        self.scope = table(module.SCOPE)
        self.year_spans = words(module.YEAR_SPANS)
        self.continuing = words(module.CONTINUING)
        self.negation = words(module.NEGATION)
        self.additional = words(module.ADDITIONAL)
        self.also = words(module.ALSO)
        self.reporting = words(module.REPORTING)
        self.including = table({k: True for k in module.INCLUDING})
        self.background = table({k: True for k in module.BACKGROUND})
        # opener -> particle: a sentence opening in the past perfect recalls an earlier event
        self.past_perfect = table({k: words(v) for k, v in module.PAST_PERFECT.items()})
        self.months = table(module.MONTHS)
        self.weekdays = table(module.WEEKDAYS)
        self.relative_days = table(module.RELATIVE_DAYS)
        self.date_prepositions = words(module.DATE_PREPOSITIONS)
        self.date_postpositions = words(module.DATE_POSTPOSITIONS)
        self.day_of_month = words(module.DAY_OF_MONTH)
        self.abbreviations = words(module.ABBREVIATIONS)
        # Clitics that join a word to the one before ("و", and): "3 أطفال وامرأة" is a list, not
        # an apposition ("2 civilians, a child and a woman").
        single_joiners = {n(w) for w in module.LIST_JOINERS if len(n(w)) == 1}
        self._joining_prefixes = tuple(p for p in prefixes if p[:1] in single_joiners)
        self._listed = frozenset(
            phrase_key(w, n)[0]
            for entries in (
                module.COUNTED_NOUNS,
                module.GROUPS,
                module.NUMBER_WORDS,
                module.QUANTIFIERS,
                module.INDEFINITE,
            )
            for w in entries
        )
        # Words at which a date or a count can begin: tested before trying to read one.
        self.date_starts = self.months.first | self.relative_days.first | self.weekdays.first
        self.count_starts = (
            self.approximators.first
            | self.numbers.first
            | self.counted.first
            | self.quantifiers.first
            | self.range_openers
            | self.indefinite
            | self.definite
            | frozenset(self.pronouns)
            | self.uncounted
        )
        self.cue_starts = (
            self.certainty.first
            | self.scope.first
            | self.background.first
            | self.also
            | self.year_spans
        )

    def party_at(self, tokens: list[Token], i: int) -> tuple[int, str] | None:
        """The party name starting at token i; acronyms like "IS" only in capitals."""
        if tokens[i].text in self._cased_parties:
            cased = self._cased_parties.match(_as_written(tokens, i), 0)
            if cased:
                return cased
        return self._parties.match(tokens, i)

    def joined(self, token: Token) -> bool:
        """Whether a count word carries a joining clitic ("وامرأة", and a woman)."""
        word = token.norm
        return word not in self._listed and any(
            word.startswith(p) and word[len(p) :] in self._listed for p in self._joining_prefixes
        )

    def opens_clause(self, token: Token) -> bool:
        """Whether an outcome word carries a joining clitic ("وأصيبت", and was injured; "وإصابة",
        and the wounding of): it starts a clause of its own, and the victims before it are not
        its subject."""
        word = token.norm
        return any(
            word.startswith(p) and word[len(p) :] in self.outcomes for p in self._joining_prefixes
        )

    def party_ending_at(self, tokens: list[Token], k: int, lo: int = 0) -> int | None:
        """The first token of the longest party name that ends at token k (not before lo)."""
        for start in range(max(lo, k - 4), k + 1):
            m = self.party_at(tokens, start)
            if m and start + m[0] - 1 == k:
                return start
        return None


def _as_written(tokens: list[Token], i: int) -> list[Token]:
    return [Token(t.start, t.end, t.text, t.text) for t in tokens[i : i + 4]]


@cache
def lexicon(code: str) -> Lexicon:
    """The compiled lexicon of a language (cached)."""
    return Lexicon(lang.load(code))
