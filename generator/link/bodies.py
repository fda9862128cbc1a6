"""Article bodies, biographies, pages and event texts → HTML, with cross-references.

Article bodies get actor mention links (first mention each) and record the
sentence for the actor's profile. In every body, links to other content
files (``other-article.md``, ``../actors/putin.md``) and to media
(``media/map.png``) become relative site URLs; a link to a file that does
not exist is an error at its line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from markdown_it import MarkdownIt
from markdown_it.token import Token

from generator import urls
from generator.diagnostics import Diagnostic, Diagnostics, Location
from generator.link.mentions import MentionLinker, NameIndex
from generator.link.refs import unknown
from generator.link.see_also import article_titles, marker_entry, normalise_title
from generator.load.wirecopy import parse_wire_copy
from generator.model import Article, Mention, SeeAlso, Site, pack, unpack
from generator.render.markdown import paragraph_tokens, render_tokens

UNPUBLISHED = ""  # resolve(): the link names an article left out of this build
_SCHEME_RE = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")
_CONTENT_LINK_RE = re.compile(r"^(?:\.\./|\./)*(?:(articles|actors|pages)/)?([^/#?]+)\.md$")


@dataclass
class RenderedBody:
    """One article body, rendered: HTML (``pack``ed where it is made, so a worker hands back a fifth of it),
    (actor id, sentence) of each first mention, see-also, problems, and the slugs of the articles its links
    point to."""

    packed: bytes
    found: list[tuple[str, str]]
    see_also: list[SeeAlso]
    problems: list[Diagnostic]
    linked_articles: frozenset[str] = frozenset()

    @property
    def html(self) -> str:
        return unpack(self.packed)


class BodyRenderer:
    """Turns the bodies of one site into HTML; holds the shared Markdown parser and indexes."""

    def __init__(self, site: Site, md: MarkdownIt, diags: Diagnostics) -> None:
        self.site = site
        self.md = md
        self.diags = diags
        self.names = NameIndex.build(site.actors)
        self.media = set(site.media)

    @cached_property
    def titles(self) -> dict[str, str]:
        """Normalised article titles → slugs, for wire copy's SEE ALSO markers."""
        return article_titles(self.site.articles)

    def render_body(self, article: Article) -> RenderedBody:
        """The article's body as HTML and what linking found; changes nothing shared (may run in a worker)."""
        diags = Diagnostics()
        page = urls.article_url(article.slug)
        see_also = list(article.see_also)
        linked: set[str] = set()
        if article.body_format == "text":
            wire = parse_wire_copy(article.body, article.body_line, tuple(a.title for a in self.site.articles.values()))
            for title, line in wire.see_also:
                entry = marker_entry(title, Location(article.body_path, line), self.titles, article.slug)
                # an entry of the front matter with the same title (one with a url: the author's link) stands for it
                if not any((e.kind == entry.kind and e.target == entry.target and e.title == entry.title)
                           or (e.title and normalise_title(e.title) == normalise_title(entry.title))
                           for e in see_also):
                    see_also.append(entry)
            tokens = paragraph_tokens(wire.paragraphs)
        else:
            tokens = self.md.parse(article.body, env := {})
            self.rewrite_links(tokens, page, article.body_path, article.body_line, diags, linked)
        linker = MentionLinker(self.names, lambda actor_id: urls.relative_url(page, urls.actor_url(actor_id)),
                               prefer=tuple(article.actors))
        linker.link(tokens)
        html = render_tokens(self.md, tokens, env if article.body_format != "text" else {})
        return RenderedBody(pack(html), linker.found, see_also, diags.items, frozenset(linked))

    def apply(self, article: Article, body: RenderedBody) -> None:
        """Record a rendered body on the article, its actors' mentions and the diagnostics, in article order."""
        self.diags.items.extend(body.problems)
        article.see_also = body.see_also
        article.mentioned = [actor_id for actor_id, _ in body.found]
        for actor_id, sentence in body.found:
            self.site.actors[actor_id].mentions.append(Mention(article.slug, sentence))
        article.body_packed = body.packed

    def render_text(self, text: str, page: str, src_path: str, first_line: int) -> RenderedBody:
        """A biography or a page as HTML, its problems and the articles it links to; changes nothing shared."""
        diags = Diagnostics()
        linked: set[str] = set()
        env: dict[str, object] = {}
        tokens = self.md.parse(text, env)
        self.rewrite_links(tokens, page, src_path, first_line, diags, linked)
        return RenderedBody(pack(render_tokens(self.md, tokens, env)), [], [], diags.items, frozenset(linked))

    def render_inline(self, text: str) -> str:
        return self.md.renderInline(text)

    def rewrite_links(self, tokens: list[Token], page: str, src_path: str, first_line: int,
                      diags: Diagnostics, linked: set[str] | None = None) -> None:
        """Content and media links → site URLs; ``linked`` collects the slugs of articles linked to."""
        line = first_line
        unlinking = False
        for token in tokens:
            if token.map:
                line = first_line + token.map[0]
            for child in token.children or ():
                if child.type == "link_close" and unlinking:
                    child.hidden, unlinking = True, False
                attr = "href" if child.type == "link_open" else "src" if child.type == "image" else None
                if attr is None:
                    continue
                target = self.resolve(str(child.attrGet(attr) or ""), page, Location(src_path, line), diags,
                                      linked)
                if target == UNPUBLISHED and child.type == "link_open":
                    child.hidden = unlinking = True  # a draft or scheduled article: keep the text only
                elif target is not None:
                    child.attrSet(attr, target)

    def resolve(self, href: str, page: str, where: Location, diags: Diagnostics,
                linked: set[str] | None = None) -> str | None:
        """A site-relative link to a content file or medium → a page-relative URL (None: leave it)."""
        if not href or href.startswith(("#", "/")) or _SCHEME_RE.match(href):
            return None
        path, _, fragment = href.partition("#")
        fragment = f"#{fragment}" if fragment else ""
        stripped = re.sub(r"^(?:\.\./|\./)+", "", path)
        if stripped.startswith("media/"):
            if stripped not in self.media:
                diags.error(where, f"link to '{href}': no such file in content/media/")
                return None
            return urls.relative_url(page, stripped) + fragment
        match = _CONTENT_LINK_RE.match(path)
        if not match:
            return None
        folder = match.group(1) or page.split("/", 1)[0]
        ident = match.group(2)
        known: dict[str, object]
        known, make, kind = {
            "articles": (self.site.articles, urls.article_url, "article"),
            "actors": (self.site.actors, urls.actor_url, "actor"),
            "pages": (self.site.pages, urls.page_url, "page"),
        }.get(folder, (self.site.articles, urls.article_url, "article"))  # type: ignore[assignment]
        if kind == "article":
            if linked is not None:
                linked.add(ident)
            if ident in self.site.unpublished:
                return UNPUBLISHED
        if ident not in known:
            if f"{kind}s/{ident}" in self.site.broken:  # its own file already has the error
                return None
            diags.error(where, f"link to '{href}': {unknown(kind, ident, known)}")
            return None
        return urls.relative_url(page, make(ident)) + fragment
