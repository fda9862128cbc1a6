"""Whether an article's summary would repeat its first paragraph on the page.

Wire copy's summary is usually its lede, nearly word for word. The page then
shows the body's first paragraph alone: the body is the author's text, and its
first paragraph carries the first linked mention of each actor, so it is the
standfirst that gives way (cards, feeds and search engines still use the summary).
"""

from __future__ import annotations

import difflib
import html
import re

_FIRST_PARAGRAPH = re.compile(r"<p[^>]*>(.*?)</p>", re.DOTALL)
_TAG = re.compile(r"<[^>]+>")
_NON_WORD = re.compile(r"\W+")
NEARLY = 0.75  # share of words in common (difflib's ratio over the two word lists)


def words(text: str) -> list[str]:
    return _NON_WORD.sub(" ", text.casefold()).split()


def first_paragraph(body_html: str) -> str:
    match = _FIRST_PARAGRAPH.search(body_html)
    return html.unescape(_TAG.sub("", match.group(1))) if match else ""


def repeats_lede(summary: str, body_html: str) -> bool:
    """True when the summary is (nearly) the body's first paragraph.

    difflib's ``quick_ratio`` (words in common, in any order) is an upper bound of its ``ratio``, and far
    cheaper: a summary it puts under ``NEARLY`` is told apart without matching sequences of words. Cheaper
    still, the bound of both (``real_quick_ratio``: as if every word of the shorter list were in the other)
    needs only the lengths: a summary far shorter or longer than the lede is told apart before the words
    are indexed.
    """
    said, lede = words(summary), words(first_paragraph(body_html))
    if not said or not lede:
        return False
    if " ".join(said) in " ".join(lede):
        return True
    if 2 * min(len(said), len(lede)) / (len(said) + len(lede)) < NEARLY:
        return False
    matcher = difflib.SequenceMatcher(None, said, lede, autojunk=False)
    return matcher.quick_ratio() >= NEARLY and matcher.ratio() >= NEARLY
