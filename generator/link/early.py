"""Article bodies rendered while the articles load, on every core, and kept when still right.

Rendering a Markdown body needs little of the site: the actors (for mentions),
the pages and media (for links to them) and which articles exist (for links to
them). All of that is known before the articles are read, except whether each
article is published and loads without error, so each body is rendered as soon
as its article is read, in the same process, as if every article file were a
published article. After loading, ``usable()`` keeps a body only when that
guess did not matter: it had no problem at all and links to no article that
turned out to be a draft, scheduled or broken. Any other body, and wire copy
(whose SEE ALSO markers are matched against every article's title), is
rendered again by the link stage with the whole site, which also reports its
problems. Either way the HTML is the same. An article's own events get their
anchors and HTML texts here too: they depend on nothing else. So do the events
of the timeline files, and the actors' biographies and free pages are
rendered (and kept or not) like the bodies, in this process while the helpers
read articles (``meanwhile``).
"""

from __future__ import annotations

from markdown_it import MarkdownIt

from generator import urls
from generator.diagnostics import Diagnostics
from generator.link.bodies import BodyRenderer, RenderedBody
from generator.link.events import event_anchor
from generator.load import ArticleHook
from generator.model import Article, Event, Site


class EarlyBodies(ArticleHook):
    def __init__(self, md: MarkdownIt) -> None:
        super().__init__()
        self.md = md
        self.renderer: BodyRenderer | None = None
        self.texts: dict[str, RenderedBody] = {}  # biographies and pages, by URL: "actors/ID", "pages/SLUG"

    def start(self, site: Site, slugs: list[str]) -> None:
        picture = Site(actors=site.actors, pages=site.pages, media=site.media, broken=set(site.broken))
        picture.articles = dict.fromkeys(slugs)  # type: ignore[arg-type]  # only their names are used
        self.renderer = BodyRenderer(picture, self.md, Diagnostics())

    def run(self, article: Article) -> RenderedBody | None:
        # The article's own events need nothing of the site: their anchors and texts are done here
        # (they travel back with the article), so the link stage only sorts and numbers them.
        for event in article.timeline:
            self._prepare_event(event)
        if self.renderer is None or article.body_format != "markdown":
            return None
        return self.renderer.render_body(article)

    def meanwhile(self, site: Site) -> None:
        """While the articles load: the timeline files' events (as ``run`` does an article's),
        the actors' biographies and the free pages."""
        for event in site.events:
            self._prepare_event(event)
        if self.renderer is None:
            return
        texts = [(urls.actor_url(a.id), a.bio, a.where.src_path, a.bio_line) for a in site.actors.values()]
        texts += [(urls.page_url(p.slug), p.body, p.where.src_path, p.body_line) for p in site.pages.values()]
        for url, text, src_path, first_line in texts:
            self.texts[url.rstrip("/")] = self.renderer.render_text(text, url, src_path, first_line)

    def _prepare_event(self, event: Event) -> None:
        """Its anchor, its sort key (the link stage sorts every event by it) and its text as HTML."""
        event_anchor(event)
        event.date.sort_key  # noqa: B018 -- a cached property: computed here, it travels with the event
        if event.text:
            event.text_html = self.md.renderInline(event.text)

    def usable_text(self, key: str, site: Site) -> str | None:
        """The early HTML of a biography (``actors/ID``) or page (``pages/SLUG``), if still right."""
        text = self.texts.get(key)
        return text.html if text is not None and _still_right(text, site) else None

    def usable(self, article: Article, site: Site) -> RenderedBody | None:
        """The early body of ``article`` if a render with the whole site gives the same, else None."""
        body = self.results.get(article.slug)
        if not isinstance(body, RenderedBody) or not _still_right(body, site):
            return None
        # A Markdown body adds no see-also entries; take the article's own, as the reference
        # check has left them (it runs after loading).
        body.see_also = list(article.see_also)
        return body


def _still_right(rendered: RenderedBody, site: Site) -> bool:
    """No problem, and no link to an article that turned out a draft, scheduled or broken."""
    return not rendered.problems and not any(
        slug in site.unpublished or f"articles/{slug}" in site.broken for slug in rendered.linked_articles)
