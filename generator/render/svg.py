"""Pictures drawn at build time as inline SVG: an actor's network (the timeline strip is in strip.py).

No JavaScript: every shape is placed here, in viewBox units, and every text is
escaped. Colours come from CSS classes (``layouts/assets/style.css``), so the
pictures follow the light and dark themes. The same input draws the same bytes:
coordinates are rounded and every ordering has a tie-breaker.

Both pictures are ``role="group"`` with a ``<title>`` and ``<desc>`` rather
than ``role="img"``: their markers are links, and an image's children are
presentational, so links inside one would be hidden from assistive technology.
The lists beside them stay the real content.

Words and dates are in the site's language (``lang``). The pictures are drawn
left to right in every language, on right-to-left pages too (``.viz { direction: ltr }``
in style.css): time runs from left to right on the strip, as in the
charts of Arabic, Persian and Hebrew newsrooms, and the network's labels keep
their place beside their circles. Right-to-left names inside are still shaped
and ordered by the browser's bidirectional algorithm.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
from collections import Counter
from collections.abc import Callable
from html import escape

from generator.dates import PartialDate
from generator.language import Language, shipped_language
from generator.model import Actor, Event, Site
from generator.render.strip import timeline_strip
from generator.render.textwidth import text_width, wrap

__all__ = ["actor_network", "date_label", "neighbours", "period_end", "timeline_strip"]

NETWORK_MAX = 12


def _text(value: str) -> str:
    return escape(value, quote=False)


def _attr(value: str) -> str:
    return escape(value, quote=True)


def _num(value: float) -> str:
    """A coordinate with at most one decimal, the same text on every machine."""
    text = f"{value:.1f}"  # correctly rounded, as round(value, 1) would be
    return text[:-2] if text[-2:] == ".0" else text


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def period_end(date: PartialDate) -> dt.date:
    """The last day of the period a date names: 2022 → 31 Dec 2022, 2022-02 → 28 Feb 2022."""
    if date.month is None:
        return dt.date(date.year, 12, 31)
    if date.day is None:
        return dt.date(date.year, date.month, calendar.monthrange(date.year, date.month)[1])
    return date.first_day()


def date_label(event: Event, lang: Language | None = None) -> str:
    """The event's date as the pages write it: "c. 2020", "7 November 2024", "February – May 2022"."""
    lang = lang or shipped_language("en")
    text = lang.span(event.date, event.end) if event.end else lang.display_date(event.date)
    return lang.approximate(text) if event.approximate else text


def neighbours(actor: Actor, site: Site,
               article_actors: dict[str, set[str]] | None = None) -> list[tuple[Actor, int, int]]:
    """Actors sharing events or articles with ``actor``: (actor, shared events, shared articles), strongest first.

    ``article_actors``: a cache of each article's actors (key and mentioned), shared by the calls
    for every actor of a site (made on first use when given empty).
    """
    events: Counter[str] = Counter()
    articles: Counter[str] = Counter()
    for event in actor.events:
        events.update(set(event.actors))
    cache = article_actors if article_actors is not None else {}
    for slug in {m.article for m in actor.mentions} | set(actor.key_in):
        found_in = cache.get(slug)
        if found_in is None:
            article = site.articles.get(slug)
            if article is None:
                continue
            found_in = cache[slug] = set(article.actors) | set(article.mentioned)
        articles.update(found_in)
    found = [(site.actors[i], events[i], articles[i]) for i in set(events) | set(articles)
             if i != actor.id and i in site.actors]
    found.sort(key=lambda t: (-(t[1] + t[2]), t[0].name.casefold(), t[0].id))
    return found


def peer_ties(actor: Actor, shown: list[Actor], site: Site,
              article_actors: dict[str, set[str]] | None = None) -> dict[tuple[str, str], int]:
    """Pairs of ``shown`` neighbours tied within the actor's own events and explainers, and how strongly.

    A pair is tied when it shares one of the actor's events, or more than one of its explainers:
    one explainer names most of its actors, so sharing a single one says little.
    """
    ids = {a.id for a in shown}
    events: Counter[tuple[str, str]] = Counter()
    articles: Counter[tuple[str, str]] = Counter()
    cache = article_actors if article_actors is not None else {}
    groups: list[tuple[Counter[tuple[str, str]], set[str]]] = [(events, set(e.actors)) for e in actor.events]
    for slug in sorted({m.article for m in actor.mentions} | set(actor.key_in)):
        if slug in cache:
            groups.append((articles, cache[slug]))
        elif slug in site.articles:
            groups.append((articles, set(site.articles[slug].actors) | set(site.articles[slug].mentioned)))
    for counter, group in groups:
        present = sorted(ids & group)
        for i, a in enumerate(present):
            for b in present[i + 1:]:
                counter[(a, b)] += 1
    return {pair: events[pair] + articles[pair] for pair in sorted(set(events) | set(articles))
            if events[pair] or articles[pair] > 1}


LABEL_SIZE = 15.0  # the labels' font size, in viewBox units (style.css .node-label)
LABEL_GAP = 14  # from a neighbour's centre to its label
LINE = 18.0  # from one line of a label to the next
LINE_BOX = 24.0  # the height a line's box may take (tall scripts and fallback fonts included)
WRAP = 260.0  # labels wider than this break between words
PAD = 8.0


def _label_lines(name: str) -> tuple[list[str], float, float]:
    """A neighbour's label: its lines, their widest possible width and the height of their box."""
    lines = wrap(name, LABEL_SIZE, WRAP)
    return lines, max(text_width(line, LABEL_SIZE) for line in lines), LINE_BOX + LINE * (len(lines) - 1)


def _arc(count: int, radius: float) -> list[tuple[float, float]]:
    """(dx, dy) from the centre of ``count`` points spread over -65°..65° on a circle (one point: level)."""
    angles = [math.radians(-65 + 130 * (i + 0.5) / count) if count > 1 else 0.0 for i in range(count)]
    return [(radius * math.cos(a), radius * math.sin(a)) for a in angles]


def _fits(heights: list[float], radius: float) -> bool:
    """Whether neighbouring labels on an arc of this radius are clear of each other, box and gap."""
    ys = [dy for _dx, dy in _arc(len(heights), radius)]
    return all(ys[i + 1] - ys[i] >= (heights[i] + heights[i + 1]) / 2 + 4 for i in range(len(ys) - 1))


def actor_network(actor: Actor, related: list[tuple[Actor, int, int]], href: Callable[[Actor], str], *,
                  svg_id: str = "network", lang: Language | None = None,
                  ties: dict[tuple[str, str], int] | None = None) -> str:
    """The actor in the centre, up to twelve neighbours on two arcs, and the ties among them.

    Neighbours sit on a right and a left arc (never at the top or bottom), so every label is
    written outward from its circle, left-aligned on the right and right-aligned on the left:
    a label never crosses the lines, which stay inside the arcs. Long names break between
    words. The arcs are as tall as the labels' boxes need to stay apart, and the picture as
    wide as its labels can be in any common sans-serif font (textwidth.py), so names are
    never cut; on a phone it shrinks no further than labels of 12 px, then scrolls.
    Lines from the centre grow with what a neighbour shares with the actor; thinner lines
    between neighbours show what they share with each other in the actor's events and explainers.
    """
    shown = related[:NETWORK_MAX]
    if not shown:
        return ""
    lang = lang or shipped_language("en")
    _ = lang.gettext
    ties = ties or {}
    right_n = (len(shown) + 1) // 2
    sides = [shown[:right_n], shown[right_n:]]
    labels = {a.id: _label_lines(a.name) for a, _e, _n in shown}
    radius = max(90.0, max(len(side) for side in sides) * 24.0)
    while not all(_fits([labels[a.id][2] for a, _e, _n in side], radius) for side in sides):
        radius *= 1.08
    offsets = [_arc(len(side), radius) for side in sides]
    room = [max((labels[a.id][1] for a, _e, _n in side), default=0.0) + LABEL_GAP + 9 for side in sides]
    cx = PAD + max(room[1], 26.0) + radius
    width = cx + radius + room[0] + PAD
    boxes = [(dy - labels[a.id][2] / 2, dy + labels[a.id][2] / 2) for side, arc in zip(sides, offsets, strict=True)
             for (a, _e, _n), (_dx, dy) in zip(side, arc, strict=True)]
    cy = PAD - min([-30.0] + [top for top, _bottom in boxes])
    height = cy + max([30.0] + [bottom for _top, bottom in boxes]) + PAD
    title_id, desc_id = f"{svg_id}-title", f"{svg_id}-desc"
    names = "; ".join(f"{a.name} ({_shared(e, n, lang)})" for a, e, n in shown)
    hidden = len(related) - len(shown)
    more = " " + lang.ngettext("and %(num)d more", "and %(num)d more", hidden) % {"num": hidden} if hidden else ""
    title = _("%(name)s and the actors it shares events or explainers with") % {"name": actor.name}
    thicker = _("Thicker lines mean more shared.")
    out = [f'<svg class="viz actor-network" id="{_attr(svg_id)}" viewBox="0 0 {_num(width)} {_num(height)}" '
           f'style="min-width:{_num(width * 0.8)}px;max-width:{_num(width * 1.3)}px" '
           f'role="group" aria-labelledby="{title_id}" aria-describedby="{desc_id}" '
           'xmlns="http://www.w3.org/2000/svg">',
           f'<title id="{title_id}">{_text(title)}</title>',
           f'<desc id="{desc_id}">{_text(names + more)}. {_text(thicker)}</desc>']
    points: dict[str, tuple[Actor, int, int, float, float, bool]] = {}
    for side, (members, arc) in enumerate(zip(sides, offsets, strict=True)):
        for (other, events, articles), (dx, dy) in zip(members, arc, strict=True):
            points[other.id] = (other, events, articles, cx + (dx if side == 0 else -dx), cy + dy, side == 0)
    for (a, b), n in sorted(ties.items()):
        if a in points and b in points:
            out.append(f'<line class="edge peer" x1="{_num(points[a][3])}" y1="{_num(points[a][4])}" '
                       f'x2="{_num(points[b][3])}" y2="{_num(points[b][4])}" '
                       f'stroke-width="{_num(0.75 + min(n, 6) * 0.4)}"/>')
    for _other, events, articles, x, y, _right in points.values():
        weight = 1 + min(events + articles, 8) * 0.75
        out.append(f'<line class="edge" x1="{_num(cx)}" y1="{_num(cy)}" x2="{_num(x)}" y2="{_num(y)}" '
                   f'stroke-width="{_num(weight)}"/>')
    out.append(f'<circle class="node centre" cx="{_num(cx)}" cy="{_num(cy)}" r="26"/>')
    out.append(f'<text class="node-initials" x="{_num(cx)}" y="{_num(cy + 5)}" text-anchor="middle">'
               f'{_text(actor.initials)}</text>')
    for other, events, articles, x, y, right in points.values():
        lx = x + (LABEL_GAP if right else -LABEL_GAP)
        lines = labels[other.id][0]
        first = y + 5 - LINE * (len(lines) - 1) / 2
        spans = "".join(f'<tspan x="{_num(lx)}" y="{_num(first + LINE * i)}">{_text(line)}</tspan>'
                        for i, line in enumerate(lines))
        out.append(f'<a class="neighbour kind-{_attr(other.kind)}" href="{_attr(href(other))}">'
                   f"<title>{_text(other.name)}: {_text(_shared(events, articles, lang))}</title>"
                   f'<circle class="node" cx="{_num(x)}" cy="{_num(y)}" r="9"/>'
                   f'<text class="node-label" text-anchor="{"start" if right else "end"}">{spans}</text></a>')
    out.append("</svg>")
    return "\n".join(out)


def _shared(events: int, articles: int, lang: Language) -> str:
    parts = []
    if events:
        parts.append(lang.ngettext("%(num)d shared event", "%(num)d shared events", events) % {"num": events})
    if articles:
        parts.append(lang.ngettext("%(num)d shared explainer", "%(num)d shared explainers", articles)
                     % {"num": articles})
    return ", ".join(parts)
