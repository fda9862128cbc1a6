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


LABEL_CHAR = 8.4  # a generous width of one character of the 15-unit sans-serif label (wide letters, CJK less so)
LABEL_GAP = 10


def label_width(text: str) -> float:
    """An estimate of a label's width: wide (CJK) characters count double."""
    return sum(2 * LABEL_CHAR if ord(c) >= 0x1100 and not 0x0600 <= ord(c) <= 0x06FF else LABEL_CHAR
               for c in text) * 0.9


def actor_network(actor: Actor, related: list[tuple[Actor, int, int]], href: Callable[[Actor], str], *,
                  svg_id: str = "network", lang: Language | None = None,
                  ties: dict[tuple[str, str], int] | None = None) -> str:
    """The actor in the centre, up to twelve neighbours on two arcs, and the ties among them.

    Neighbours sit on a right and a left arc (never at the top or bottom), so every label is
    written outward from its circle, left-aligned on the right and right-aligned on the left,
    and labels on one side are at least a line apart. The picture is as wide as its longest
    labels need (names are never cut), and keeps that width on a phone, where it scrolls.
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
    rows = max(len(side) for side in sides)
    radius = max(90.0, rows * 24.0)
    label_room = max(label_width(a.name) for a, _e, _n in shown) + LABEL_GAP + 12
    cx = 20 + label_room + radius
    width = 2 * cx
    height = 2 * radius + 60
    cy = height / 2
    title_id, desc_id = f"{svg_id}-title", f"{svg_id}-desc"
    names = "; ".join(f"{a.name} ({_shared(e, n, lang)})" for a, e, n in shown)
    hidden = len(related) - len(shown)
    more = " " + lang.ngettext("and %(num)d more", "and %(num)d more", hidden) % {"num": hidden} if hidden else ""
    title = _("%(name)s and the actors it shares events or explainers with") % {"name": actor.name}
    thicker = _("Thicker lines mean more shared.")
    out = [f'<svg class="viz actor-network" id="{_attr(svg_id)}" viewBox="0 0 {_num(width)} {_num(height)}" '
           f'style="min-width:{_num(width)}px;max-width:{_num(width * 1.3)}px" '
           f'role="group" aria-labelledby="{title_id}" aria-describedby="{desc_id}" '
           'xmlns="http://www.w3.org/2000/svg">',
           f'<title id="{title_id}">{_text(title)}</title>',
           f'<desc id="{desc_id}">{_text(names + more)}. {_text(thicker)}</desc>']
    points: dict[str, tuple[Actor, int, int, float, float, bool]] = {}
    for side, members in enumerate(sides):
        for i, (other, events, articles) in enumerate(members):
            # spread over -65°..65° on the right, mirrored on the left
            angle = math.radians(-65 + 130 * (i + 0.5) / len(members)) if len(members) > 1 else 0.0
            x = cx + (radius if side == 0 else -radius) * math.cos(angle)
            y = cy + radius * math.sin(angle)
            points[other.id] = (other, events, articles, x, y, side == 0)
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
        lx = x + (LABEL_GAP + 4 if right else -(LABEL_GAP + 4))
        out.append(f'<a class="neighbour kind-{_attr(other.kind)}" href="{_attr(href(other))}">'
                   f"<title>{_text(other.name)}: {_text(_shared(events, articles, lang))}</title>"
                   f'<circle class="node" cx="{_num(x)}" cy="{_num(y)}" r="9"/>'
                   f'<text class="node-label" x="{_num(lx)}" y="{_num(y + 5)}" '
                   f'text-anchor="{"start" if right else "end"}">{_text(other.name)}</text></a>')
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
