"""The timeline strip: overview and focus on one axis, drawn as inline SVG at build time.

``stripaxis`` places the months on the axis, ``stripmarks`` the markers in lanes; here they are laid out
together and drawn. Beyond ``MAX_MARKS`` events, each month is one count mark, its height growing with the
square root of its count, linking to the page that lists the month: the strip of a 20,000-event timeline
weighs tens of kilobytes, and each period page draws its own events in full.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from generator.language import Language, shipped_language
from generator.model import Event
from generator.render.stripaxis import EMPTY_MONTH, PAD, _attr, _axis, _month_key, _num, _text, build_scale
from generator.render.stripmarks import COUNT_HEIGHT, Placed, _count_marks, _marks, _place
from generator.render.stripmarks import _blocked as _blocked
from generator.render.stripmarks import shorten as shorten

MAX_MARKS = 300
MONTH_BASE = 8
MARK = 13  # room for one marker
COUNT_K = 9.0  # count marks: room grows with the square root of the month's count
FIT_WIDTH = 1100  # count marks: the overview fits this many units when it can
LABELLED_MARK = 44  # room for one marker that carries its label
LABELLED_MAX = 80  # more events than this are drawn without labels (the strip would be too long)


def timeline_strip(events: list[Event], href: Callable[[Event], str], *, svg_id: str = "strip", label: str = "",
                   lang: Language | None = None,
                   month_href: Callable[[int, int], str] | None = None) -> str:
    """Events (in date order) on the adaptive axis: one marker each, or count marks per month beyond MAX_MARKS.

    ``href(event)``: where a marker links; ``month_href(year, month)``: where a month's count mark
    links (month 0: the events known only to the year); without it, every event gets a marker.
    The same as ``lay_out(events, lang, by_month=month_href is not None).draw(...)``.
    """
    if not events:
        return ""
    return lay_out(events, lang, by_month=month_href is not None).draw(href, month_href, svg_id=svg_id, label=label)


@dataclass
class StripLayout:
    """A strip with everything placed and written but its links, its id and its label.

    Laying out is the costly part (lanes, labels, dates); drawing only fills in the links. Pages that
    show the same events in the same order (an article's page and its embed) lay them out once and
    each draws them with its own links.
    """

    by_month: bool  # count marks per month (links from ``month_href``), not a marker per event
    width: float
    height: float
    label: str  # the title when a page gives none
    desc: str
    axis: list[str]
    marks: list[tuple[Event, str, str]]  # (event, "<a class=… href=\"", "\">shapes</a>")
    months: list[tuple[int, int, str]]  # count marks: (year, month, "\">shapes</a>")

    def draw(self, href: Callable[[Event], str], month_href: Callable[[int, int], str] | None = None, *,
             svg_id: str = "strip", label: str = "") -> str:
        title_id, desc_id = f"{svg_id}-title", f"{svg_id}-desc"
        kind = "timeline-strip counts" if self.by_month else "timeline-strip"
        width = self.width
        out = [f'<svg class="viz {kind}" id="{_attr(svg_id)}" viewBox="0 0 {_num(width)} {_num(self.height)}" '
               f'style="min-width:{_num(width)}px;max-width:{_num(width * 1.5)}px" role="group" '
               f'aria-labelledby="{title_id}" aria-describedby="{desc_id}" xmlns="http://www.w3.org/2000/svg">',
               f'<title id="{title_id}">{_text(label or self.label)}</title>',
               f'<desc id="{desc_id}">{self.desc}</desc>',
               *self.axis]
        if self.by_month:
            if month_href is None:
                raise ValueError("a strip of count marks needs month_href: where each month's mark links")
            out.extend(f'<a class="count-mark" href="{_attr(month_href(year, month))}{rest}'
                       for year, month, rest in self.months)
        else:
            out.extend(f"{head}{_attr(href(event))}{rest}" for event, head, rest in self.marks)
        out.append("</svg>")
        return "\n".join(out)


def lay_out(events: list[Event], lang: Language | None = None, *, by_month: bool = False) -> StripLayout:
    """``events`` (in date order, at least one) placed on the adaptive axis. ``by_month``: beyond MAX_MARKS
    events, each month is one count mark (then the drawing needs ``month_href``)."""
    lang = lang or shipped_language("en")
    _ = lang.gettext
    counts: Counter[tuple[int, int]] = Counter(_month_key(e.date) for e in events)
    last_year = max((e.end or e.date).year for e in events)
    aggregate = by_month and len(events) > MAX_MARKS
    placed: Placed | None = None
    if aggregate:  # the whole span in about one screen's width: room by the square root of each month's count
        years = len({y for y, _ in counts} | {last_year})
        spare = FIT_WIDTH - years * 12 * EMPTY_MONTH
        k = max(1.5, min(COUNT_K, spare / sum(math.sqrt(n) for n in counts.values())))
        scale = build_scale(counts, lambda n: EMPTY_MONTH + k * math.sqrt(n), last_year)
        lanes_height = COUNT_HEIGHT + 14
        width = scale.width
    else:
        if len(events) <= LABELLED_MAX:
            scale = build_scale(counts, lambda n: MONTH_BASE + LABELLED_MARK * n, last_year)
            placed = _place(events, counts, scale, labelled=True)
        if placed is None:
            scale = build_scale(counts, lambda n: MONTH_BASE + MARK * n, last_year)
            placed = _place(events, counts, scale, labelled=False)
        assert placed is not None
        lanes_height, right = placed[1], placed[2]
        width = max(scale.width, right + PAD)
    axis_y = lanes_height + 6
    first_date, last_date = events[0].date, events[-1].end or events[-1].date
    desc = lang.ngettext("%(num)d event from %(first)s to %(last)s.", "%(num)d events from %(first)s to %(last)s.",
                         len(events)) % {"num": len(events), "first": lang.display_date(first_date),
                                         "last": lang.display_date(last_date)}
    if aggregate:
        desc += " " + _("Each bar is a month, taller for more events; it links to the month's events.")
    else:
        desc += " " + _("Filled dots are exact days; hollow markers over a faint band are dated to a month or "
                        "year only; dashed outlines are approximate. The list below gives every event.")
    return StripLayout(
        by_month=aggregate, width=width, height=axis_y + 34, label=_("Timeline"), desc=_text(desc),
        axis=_axis(scale, axis_y, lang),
        marks=_marks(placed[0], axis_y, lang) if placed is not None else [],
        months=_count_marks(counts, scale, lang) if aggregate else [])
