"""The contexts of the site's own pages: the frame every page shares (``base``), the home page, an
article, the list of actors, a free page, search and 404; and how a page draws its timeline strip."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from markupsafe import Markup

from generator import urls
from generator.config import SiteConfig
from generator.language import N_, Language
from generator.model import ACTOR_KINDS, Article, Event, Page, Site
from generator.multilingual import hreflang
from generator.render import strip
from generator.render.standfirst import repeats_lede
from generator.render.structured import article_json_ld, breadcrumbs, website_json_ld

# Labels are messages of the catalogs (translated where they are shown: base.html says {{ _(label) }}).
NAV = [(N_("Explainers"), "articles/"), (N_("Actors"), urls.ACTORS), (N_("Timeline"), urls.TIMELINE)]
KIND_LABELS = {"person": N_("People"), "organization": N_("Organizations"), "country": N_("Countries"),
               "place": N_("Places"), "media": N_("Media"), "group": N_("Groups")}
# The kind of one actor, as actor.html writes it: {{ _(actor.kind | capitalize) }}.
KIND_NAMES = {"person": N_("Person"), "organization": N_("Organization"), "country": N_("Country"),
              "place": N_("Place"), "media": N_("Media"), "group": N_("Group")}
HOME_ARTICLES = 12
HOME_ACTORS = 8
HOME_EVENTS = 6

EMBED = "embed/"


def embed_url(page_url: str) -> str:
    """The embeddable timeline of a page: ``articles/x/`` → ``embed/articles/x/``."""
    return EMBED + page_url


def newest_first(articles: dict[str, Article]) -> list[Article]:
    return sorted(articles.values(), key=lambda a: (a.date.sort_key, a.slug), reverse=True)


def draw_strip(events: list[Event], href: Callable[[Event], str], month_href: Callable[[int, int], str] | None,
               layout: strip.StripLayout | None, lang: Language, *, svg_id: str = "strip", label: str) -> Markup:
    """The strip of ``events`` (see strip.timeline_strip), from ``layout`` when the page's pair laid it out."""
    if not events:
        return Markup("")
    layout = layout or strip.lay_out(events, lang, by_month=month_href is not None)
    return Markup(layout.draw(href, month_href, svg_id=svg_id, label=label))


def first_of_month(events: list[Event], href: Callable[[Event], str]) -> dict[tuple[int, int], str]:
    """(year, month or 0) → the link to the first of ``events`` (in date order) in that month."""
    first: dict[tuple[int, int], str] = {}
    for event in events:
        key = (event.date.year, event.date.month or 0)
        if key not in first:
            first[key] = href(event)
    return first


class PageContexts:
    """What every page's context reads, and the contexts of the pages no limit of the plan shapes."""

    def __init__(self, site: Site, config: SiteConfig, serve: bool = False) -> None:
        self.site = site
        self.config = config
        self.serve = serve
        self.newest = newest_first(site.articles)  # sorted once: each actor page lists its articles in this order
        self.rank = {a.slug: i for i, a in enumerate(self.newest)}
        self.article_actors: dict[str, set[str]] = {}  # for the actor networks, filled as they are drawn
        self.lang = config.lang
        self._ = self.lang.gettext
        nav = [*NAV, (N_("Search"), urls.SEARCH)] if config.search else NAV
        self.nav = [(self._(label), target) for label, target in nav]

    def base(self, url: str, title: str, description: str, kind: str,
             absolute_links: bool = False) -> dict[str, Any]:
        # The 404 page is served at any depth: its links start from the mount path.
        link = urls.Links(self.config.base_path) if absolute_links else urls.Links.from_page(url)
        full_title = self.config.title if not title or title == self.config.title else f"{title} · {self.config.title}"
        return {
            "site": self.config,
            "lang": self.lang,
            "page": {"url": url, "title": full_title, "heading": title, "description": description or
                     self.config.description, "canonical": self.config.absolute_url(url), "kind": kind,
                     "image": "", "image_alt": ""},
            "url": link,
            "nav": self.nav,
            "actors": self.site.actors,
            "articles": self.site.articles,
            "pages": sorted(self.site.pages.values(), key=lambda p: p.slug),
            "serve": self.serve,
            "json_ld": [],
            "alternates": [] if absolute_links else hreflang(self.config, self.site.alternates, url, url),
        }

    def free_page_context(self, page: Page) -> dict[str, Any]:
        c = self.base(urls.page_url(page.slug), page.title, page.summary, "page")
        c["free_page"] = page
        return c

    def not_found_context(self) -> dict[str, Any]:
        return self.base("404.html", self._("Page not found"), "", "404", absolute_links=True)

    def home_context(self) -> dict[str, Any]:
        c = self.base(urls.HOME, self.config.title, self.config.description, "home")
        c["latest"] = self.newest[:HOME_ARTICLES]
        c["more_articles"] = max(0, len(self.site.articles) - HOME_ARTICLES)
        ranked = sorted(self.site.actors.values(),
                        key=lambda a: (-(2 * len(a.key_in) + len(a.mentions) + len(a.events)), a.name))
        c["key_actors"] = ranked[:HOME_ACTORS]
        c["latest_events"] = list(reversed(self.site.events[-HOME_EVENTS:]))
        c["json_ld"] = [website_json_ld(self.config)]
        return c

    def article_context(self, article: Article, layout: strip.StripLayout | None = None) -> dict[str, Any]:
        url = urls.article_url(article.slug)
        c = self.base(url, article.title, article.summary, "article")
        c["article"] = article
        c["key_actors"] = [self.site.actors[i] for i in article.actors]
        c["see_also"] = article.see_also
        if article.image is not None:
            c["page"].update(image=self.config.absolute_url(article.image.src), image_alt=article.image.alt)
        c["embed_url"] = embed_url(url) if article.timeline else ""
        own = sorted(article.timeline, key=lambda e: e.date.sort_key)
        first = first_of_month(own, lambda e: "#" + e.id)  # a long timeline's strip: a bar a month, to its first
        c["timeline_svg"] = draw_strip(
            own, lambda e: "#" + e.id, lambda y, m: first[(y, m)], layout, self.lang, svg_id="article-strip",
            label=self._("Events of %(name)s") % {"name": article.title})
        body_html = article.body_html  # kept packed: unpacked once for the page
        c["body_html"] = Markup(body_html)
        c["show_summary"] = bool(article.summary) and not repeats_lede(article.summary, body_html)
        c["json_ld"] = [article_json_ld(self.config, article, self.site.actors),
                        breadcrumbs(self.config, [(self._("Explainers"), "articles/"), (article.title, url)])]
        return c

    def actor_index_context(self) -> dict[str, Any]:
        _ = self._
        c = self.base(urls.ACTORS, _("Actors"),
                      _("The people, organizations and places in %(site)s.") % {"site": self.config.title}, "actors")
        groups = []
        for kind in ACTOR_KINDS:
            members = sorted((a for a in self.site.actors.values() if a.kind == kind),
                             key=lambda a: (a.name.casefold(), a.id))
            if members:
                groups.append((kind, _(KIND_LABELS[kind]), members))
        c["by_kind"] = groups
        c["json_ld"] = [breadcrumbs(self.config, [(_("Actors"), urls.ACTORS)])]
        return c

    def search_context(self) -> dict[str, Any]:
        c = self.base(urls.SEARCH, self._("Search"),
                      self._("Search the explainers and actors of %(site)s.") % {"site": self.config.title}, "search")
        return c
