"""One date mention's title as its steps work it out: the sentence, its clauses, the date, and the clause that
tells the event with the clause after it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from generator.importer.dates import Mention
from generator.importer.fit import fit
from generator.importer.titles.cleaning import _capital
from generator.importer.titles.dated import Dated, _tense
from generator.importer.titles.words import _DANGLING, _lang


@dataclass
class _Title:
    """A date mention in its sentence, and the clause (with the one after it) that its title is drawn from."""

    sentence: str
    clauses: list[tuple[int, int]]
    at: int
    mention: Mention
    mentions: list[Mention]
    language: str
    story: dt.date
    context: str
    taken: dict[str, Dated]
    clause: tuple[int, int]
    following: tuple[int, int] | None
    subject: str = ""  # the name an English sentence starts with
    own_words: str = ""  # the clause's words without its date, as first chosen

    @property
    def lang(self) -> str:
        """The language's code without its region ("en-GB" → "en")."""
        return _lang(self.language)

    @property
    def dangling(self) -> set[str]:
        """The words a headline in the language cannot end on."""
        return _DANGLING.get(self.lang, set())

    @property
    def tense(self) -> int:
        """The date's tense against the story's day: -1 past, 0 now, 1 to come."""
        return _tense(self.mention.date, self.story)

    def finished(self, text: str) -> str:
        """``text`` cut to a headline's length, with a capital first letter."""
        return _capital(fit(text, self.language, self.dangling), self.lang)
