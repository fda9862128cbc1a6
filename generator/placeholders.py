"""The text `explainer new article` writes for the author to replace.

A published article (no ``draft: true``) that still holds it is an error, so the
scaffold's words never go live.
"""

from __future__ import annotations

from generator.diagnostics import Diagnostics, Location

SUMMARY = "TODO one or two sentences for cards, feeds and search engines."
BODY = "Write the explainer here, in Markdown."
# Enough of each to recognise it after light editing around it.
_SUMMARY_MARK = "TODO one or two sentences"
_BODY_MARK = "Write the explainer here"


def check_summary(summary: str, where: Location, diags: Diagnostics) -> None:
    if _SUMMARY_MARK in summary:
        diags.error(where, f"the summary is still the placeholder '{SUMMARY}'; write the article's "
                           "summary, or keep 'draft: true' until it is ready")


def check_body(body: str, src_path: str, first_line: int, diags: Diagnostics) -> None:
    for offset, line in enumerate(body.splitlines()):
        column = line.find(_BODY_MARK)
        if column >= 0:
            diags.error(Location(src_path, first_line + offset, column + 1),
                        f"the body still holds the placeholder '{BODY}'; write the explainer, "
                        "or keep 'draft: true' until it is ready")
            return
