"""One site in several languages: ``languages: [en, uk]`` in site.yaml, translations as ``slug.uk.md``.

The site's ``language`` (the first of ``languages``) is built at the site root from the
untranslated files. Every other language is built under its code (``uk/``) from its
translated articles (an article with no translation is not in that language), every
actor and free page (its translation where there is one, else the original: shared)
and every event of the timeline files (shared) and of its own articles. Each language
has its own pages, feed, data files and sitemap, and, since Pagefind reads
``<html lang>``, its own search index. Pages name their other languages in a language
switcher and in ``hreflang`` alternates, in the page head and in the sitemap.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from babel import Locale, UnknownLocaleError

from generator import urls
from generator.config import CONFIG_FILE, SiteConfig
from generator.diagnostics import Diagnostics, Location
from generator.model import Site
from generator.parallel import Executor
from generator.render.markdown import make_markdown
from generator.write import Output


@dataclass
class Originals:
    """What every language shares, copied before the default language links them."""

    actors: dict
    pages: dict
    events: list


def keep_originals(site: Site, config: SiteConfig) -> Originals | None:
    """Unlinked copies of the actors, pages and timeline-file events, for the other languages."""
    if not config.languages:
        return None
    return Originals(copy.deepcopy(site.actors), copy.deepcopy(site.pages), copy.deepcopy(site.events))


def check_translations(site: Site, config: SiteConfig, diags: Diagnostics) -> None:
    """A translation in a language the site does not list, or of nothing, is an error."""
    for code, translated in site.translations.items():
        items = [*translated.articles.values(), *translated.actors.values(), *translated.pages.values()]
        if code not in config.languages[1:]:
            listed = ", ".join(config.languages) if config.languages else config.language
            for item in items:
                diags.error(item.where if hasattr(item, "where") else Location(CONFIG_FILE),
                            f"a translation into '{code}', which is not one of the site's other languages "
                            f"({listed}); add it to 'languages:' in site.yaml")
            continue
        for kind, originals, found in (("article", site.articles, translated.articles),
                                       ("actor", site.actors, translated.actors),
                                       ("page", site.pages, translated.pages)):
            for slug, item in found.items():
                if slug not in originals and f"{kind}s/{slug}" not in site.broken and slug not in site.unpublished:
                    diags.error(item.where, f"a translation of the {kind} '{slug}', which does not exist; "
                                            f"the original is content/{kind}s/{slug}.md")


def language_site(site: Site, originals: Originals, code: str) -> Site:
    """The site of language ``code``, unlinked: its own articles, shared actors, pages and events."""
    translated = site.translations.get(code, Site())
    variant = Site(media=site.media, broken=set(site.broken))
    variant.articles = dict(translated.articles)
    variant.actors = {i: translated.actors.get(i) or copy.deepcopy(a) for i, a in originals.actors.items()}
    variant.pages = {s: translated.pages.get(s) or copy.deepcopy(p) for s, p in originals.pages.items()}
    variant.events = copy.deepcopy(originals.events)
    # The articles of the default language that this one lacks: links to them are dropped quietly.
    variant.unpublished = {slug for slug in site.articles if slug not in variant.articles}
    return variant


def alternates(sites: dict[str, Site], config: SiteConfig) -> dict[str, tuple[str, ...]]:
    """For each article URL, the languages it is in (the other pages are in every language)."""
    found: dict[str, list[str]] = {}
    for code in config.languages:
        for slug in sites[code].articles:
            found.setdefault(urls.article_url(slug), []).append(code)
    return {url: tuple(codes) for url, codes in found.items()}


@lru_cache(maxsize=64)
def language_name(code: str) -> str:
    """The language's name in itself, for the switcher: "English", "Українська", "العربية"."""
    try:
        name = Locale.parse(code.replace("-", "_")).get_display_name(code.replace("-", "_")) or code
    except (UnknownLocaleError, ValueError):
        return code
    return name[:1].upper() + name[1:]


def hreflang(config: SiteConfig, have: dict[str, tuple[str, ...]], url: str,
             page_url: str) -> list[dict[str, str]]:
    """The languages of the page ``url``: code, name, absolute URL and a link from ``page_url``."""
    if not config.languages:
        return []
    codes = have.get(url, config.languages)
    out = []
    for code in config.languages:
        if code not in codes:
            continue
        other = config.variant(code)
        out.append({"code": code, "name": language_name(code), "absolute": other.absolute_url(url),
                    "href": urls.relative_url(config.prefix + page_url, other.prefix + url),
                    "current": "true" if code == config.language else ""})
    return out


class Languages:
    """The other languages of a multilingual site: their sites, made before the default one renders."""

    def __init__(self, site: Site, originals: Originals, config: SiteConfig,
                 select: Callable[[Site], None]) -> None:
        self.config = config
        self.sites = {config.language: site}
        for code in config.languages[1:]:
            variant = language_site(site, originals, code)
            select(variant)  # drafts and future articles stay out, as in the default language
            self.sites[code] = variant
        have = alternates(self.sites, config)
        for each in self.sites.values():
            each.alternates = have

    def link(self, diags: Diagnostics, executor: Executor) -> None:
        """Link every other language's site (the default one is linked already)."""
        from generator.link import link_site

        for code, variant in list(self.sites.items())[1:]:
            found = Diagnostics()
            link_site(variant, make_markdown(self.config.variant(code).unsafe_html), found, executor)
            # What the shared files say was said by the default language already: keep the translations' own.
            diags.items.extend(d for d in found.items if d.severity == "error" or f".{code}." in d.src_path)
            diags.raise_if_errors()

    def variants(self) -> list[tuple[Site, SiteConfig]]:
        """Every language's site with its configuration, the default language first."""
        return [(site, self.config.variant(code)) for code, site in self.sites.items()]

    def render(self, root: Path, diags: Diagnostics, output: Output, executor: Executor, serve: bool) -> list[str]:
        """Render every other language (linked by ``link``) under its prefix; the paths written."""
        from generator.render.site import render_site

        paths: list[str] = []
        for code, variant in list(self.sites.items())[1:]:
            config = self.config.variant(code)
            written = render_site(variant, config, root, diags, PrefixedOutput(output, config.prefix), executor,
                                  serve=serve)
            paths += [config.prefix + dest for dest in written]
        return paths


class PrefixedOutput:
    """An ``Output`` seen from one language: every file goes under its prefix (``uk/``)."""

    def __init__(self, output: Output, prefix: str) -> None:
        self.output, self.prefix = output, prefix

    def begin(self, dests: Sequence[str]) -> None:
        self.output.begin([self.prefix + dest for dest in dests])

    def put(self, dest: str, content: bytes | Path) -> None:
        self.output.put(self.prefix + dest, content)
