"""The site as typed data: what authors wrote, plus what linking adds.

Field names are the YAML keys of SPEC §2, so code, errors and docs share one
vocabulary. Nothing here reads files; ``load`` fills these, ``link`` completes
them (mentions, backlinks, related articles) and ``render`` only reads them.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field
from functools import cached_property

from generator.dates import PartialDate
from generator.diagnostics import Location

ACTOR_KINDS = ("person", "organization", "country", "place", "media", "group")


def pack(html: str) -> bytes:
    """Rendered HTML as the site keeps it until its page is written: compressed, a fifth of its size."""
    return zlib.compress(html.encode(), 1) if html else b""


def unpack(packed: bytes) -> str:
    return zlib.decompress(packed).decode() if packed else ""


@dataclass(slots=True)
class Link:
    """An outside link: ``{title, url}``."""

    title: str
    url: str


@dataclass(slots=True)
class Source:
    name: str
    url: str | None = None


@dataclass(slots=True)
class SeeAlso:
    """One "see also" entry: an article, an actor, an outside page or a bare title."""

    kind: str  # "article" | "actor" | "url" | "title"
    target: str = ""  # article slug or actor id
    title: str = ""
    url: str | None = None
    related: bool = False  # filled in by related-article scoring, not written by the author
    where: Location | None = None


@dataclass(slots=True)
class Author:
    """One name of an article's byline: ``actor`` is an actor id (linked) when the author wrote one."""

    name: str
    where: Location
    actor: str | None = None


@dataclass(slots=True)
class LeadImage:
    """An article's ``image:``: a file under content/media/, shown above the text and to link previews."""

    src: str  # media/talks.jpg
    alt: str
    where: Location
    caption: str = ""
    credit: str = ""


@dataclass(slots=True)
class Event:
    date: PartialDate
    title: str
    where: Location
    end: PartialDate | None = None
    approximate: bool = False
    text: str = ""
    actors: list[str] = field(default_factory=list)
    source: str | None = None
    article: str | None = None  # slug of the article that reports it
    actor_where: list[Location] = field(default_factory=list)
    same_as: str = ""  # the anchor of the event this one also reports (shown once, there)
    same_as_where: Location | None = None
    # linking fills these
    merged: list[Event] = field(default_factory=list)  # events marked same_as this one: their sources show here
    id: str = ""
    anchor: str = ""  # ``id`` before duplicates get a number (see link.event_anchor)
    text_html: str = ""

    @property
    def sort_key(self) -> tuple[tuple[int, int, int, str, str], str, str]:
        return (self.date.sort_key, self.title, self.article or "")


@dataclass(slots=True)
class Mention:
    """An article's first mention of an actor, with the sentence around it."""

    article: str
    sentence: str


@dataclass
class Actor:
    id: str
    name: str
    where: Location
    kind: str = "person"
    aliases: list[str] = field(default_factory=list)
    role: str = ""
    affiliations: list[str] = field(default_factory=list)
    image: str | None = None
    links: list[Link] = field(default_factory=list)
    bio: str = ""
    bio_line: int = 1
    affiliation_where: list[Location] = field(default_factory=list)
    # linking fills these
    bio_html: str = ""
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    affiliated: list[str] = field(default_factory=list)  # ids that list this actor
    key_in: list[str] = field(default_factory=list)  # slugs listing it as a key actor

    @cached_property  # every card of the actor shows them
    def initials(self) -> str:
        words = [w for w in self.name.replace("-", " ").split() if w[:1].isalnum()]
        if words and words[0].lower() in ("the", "la", "le", "el") and len(words) > 1:
            words = words[1:]
        # Arabic's article al- (ال) is not the word: الجيش السوداني → جس, not two alefs
        words = [w[2:] if w.startswith("ال") and len(w) > 3 else w for w in words]
        # Capitalised words (or words of a script without case, e.g. Hebrew, Arabic); not "of", "and"
        letters = [w[0] for w in words if not w[0].islower()] or [w[0] for w in words[:1]]
        return "".join(letters[:2]).upper() or "?"


@dataclass(slots=True)
class Article:
    slug: str
    title: str
    date: PartialDate
    where: Location
    updated: PartialDate | None = None
    summary: str = ""
    packed_body: bytes = b""  # the source text, ``pack``ed: the link stage renders it into body_html and lets it go
    body_format: str = "markdown"  # "markdown" | "text"
    body_path: str = ""  # site-relative path of the file holding the body
    body_line: int = 1
    body_file: str = ""  # the 'body:' key as written
    body_file_where: Location | None = None
    source: Source | None = None
    actors: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    draft: bool = False
    timeline: list[Event] = field(default_factory=list)
    see_also: list[SeeAlso] = field(default_factory=list)
    actor_where: list[Location] = field(default_factory=list)
    front_digest: str = ""  # of the file's text before the body: equal digests, equal front matter
    authors: list[Author] = field(default_factory=list)
    image: LeadImage | None = None
    # linking fills these
    body_packed: bytes = b""  # the rendered body, ``pack``ed: a large site holds every one until its pages are made
    mentioned: list[str] = field(default_factory=list)  # actor ids in order of first mention

    @property
    def body(self) -> str:
        return unpack(self.packed_body)

    @body.setter
    def body(self, text: str) -> None:
        self.packed_body = pack(text)

    @property
    def body_html(self) -> str:
        return unpack(self.body_packed)

    @body_html.setter
    def body_html(self, html: str) -> None:
        self.body_packed = pack(html)


@dataclass(slots=True)
class Page:
    slug: str
    title: str
    where: Location
    summary: str = ""
    body: str = ""
    body_line: int = 1
    body_html: str = ""


@dataclass
class Site:
    articles: dict[str, Article] = field(default_factory=dict)
    actors: dict[str, Actor] = field(default_factory=dict)
    events: list[Event] = field(default_factory=list)  # every event, linking sorts them
    pages: dict[str, Page] = field(default_factory=dict)
    media: list[str] = field(default_factory=list)  # paths under content/, e.g. media/map.png
    # ids whose files exist but are not in the build (broken, draft, future): references to
    # them are dropped quietly, so one error is not reported again by every file that links it
    broken: set[str] = field(default_factory=set)  # "articles/SLUG", "actors/ID"
    unpublished: set[str] = field(default_factory=set)  # article slugs
    # a multilingual site: the translated articles, actors and pages (slug.uk.md), by language
    translations: dict[str, Site] = field(default_factory=dict)
    alternates: dict[str, tuple[str, ...]] = field(default_factory=dict)  # article URL → its languages
