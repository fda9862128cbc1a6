"""Date mentions in a sentence → ``Mention`` (a ``PartialDate``, maybe an end, and how sure), per language.

The rules, tried in this order (text taken by one rule is not read again):

1. a full date: ``May 28, 2023``, ``3 March 2023``, ``24 лютого 2022 року``, ``4 de noviembre de 2024``
2. a range of days: ``Nov. 6-7``, ``з 15 по 17 березня``, ``15-17 March``              → first day, with an end
3. a day and month: ``November 7``, ``3 March``, ``15. Juni``, ``14 Mayıs'ta``           → that day, year below
4. a month and year: ``February 2022``, ``в марте 2018 года``, ``diciembre de 2018``     → that month
5. a bare month after a preposition: ``in July``, ``у травні``, ``im Dezember``         → that month, year below
6. a weekday: ``on Tuesday``, ``во вторник``, ``Mittwochabend``, ``çarşamba günü``      → that day, see below
   (the report's own weekday is the report date)
7. relative words: ``overnight`` (the night before the report), ``yesterday``, ``last week`` (its Monday to
   Sunday), ``next month``, ``last year``, ``two weeks ago``, in the lexicon's language
8. a year: ``in 2014``, ``1999 yılında``, ``since 2003``, ``the 2018 Camp Fire``         → that year
   (not before a lowercase word without a preposition: "2014 reasons" is a number)
9. (English) ``a day after`` / ``two days before`` next to a day → that day moved by the count

A date without a year, and a weekday, take the occurrence nearest the report
date that the clause's tense allows: the cue word nearest the mention (``will``,
``is due``, ``next``, ``expected``, ``until`` → forward; ``said``, ``was``,
``last``, ``ago``, a past-tense ending → back; see ``cues.py``) decides the
direction; with no cue the nearest occurrence is taken. A month-and-day
followed by "last year" / "next year" takes that year. A guess the importer is
unsure of (no cue, and the date far from the report; a weekday with no cue)
has ``sure`` False and is marked ``# check`` in the draft.
"""

from generator.importer.dates.datelines import date_in_file_name, date_in_text, dateline_day
from generator.importer.dates.finder import find_dates, find_mentions
from generator.importer.dates.mention import Mention, one_night
from generator.importer.dates.patterns import Patterns, patterns

__all__ = [
    "Mention",
    "Patterns",
    "date_in_file_name",
    "date_in_text",
    "dateline_day",
    "find_dates",
    "find_mentions",
    "one_night",
    "patterns",
]
