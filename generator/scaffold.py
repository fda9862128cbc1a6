"""Start new content: ``explainer new article|actor NAME`` and ``explainer init DIR``.

Both only ever create files: an existing file is never replaced, and ``init``
refuses a folder that is not empty. Every optional front-matter key is written
as a comment, so authors see what they may add without looking it up.
"""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

import yaml

from generator import placeholders
from generator.load.files import slugify
from generator.report import Reporter

ARTICLE_TEMPLATE = """\
---
{title}
date: {date}
draft: true                # remove this line (or say false) to publish
summary: {summary}
# Optional keys (uncomment what you need):
# updated: {date}
# body: ../../seeds/story.txt          # the body lives in another file, path relative to this one
# source: {{name: Example News, url: https://example.org/story}}
# actors: [actor-id, other-actor-id]   # key actors (content/actors/ID.md), shown first
# tags: [diplomacy, elections]
# author: [Jane Doe, actor-id]         # the byline: names, or actor ids (linked to their profile)
# image:                               # the lead image, also shown in link previews (og:image)
#   src: media/photo.jpg               # a file under content/media/
#   alt: What the picture shows        # required
#   caption: What it is about
#   credit: Photographer / Agency
# timeline:                            # events this article reports
#   - date: {date}                 # YYYY, YYYY-MM, YYYY-MM-DD or an ISO date-time
#     end: {date}                  # optional, for a span
#     approximate: false               # "circa"
#     title: What happened
#     text: Markdown, optional
#     actors: [actor-id]
#     source: https://example.org/source
#     same_as: event-anchor               # the same event as another (its anchor): shown once
# see_also:
#   - article: another-article-slug
#   - actor: actor-id
#   - title: An outside page
#     url: https://example.org/page
---
{body}
"""

ACTOR_TEMPLATE = """\
---
{name}
kind: person               # person | organization | country | place | media | group
# Optional keys (uncomment what you need):
# aliases: [Other name, Short name]  # other names used in article text, linked to this profile
# role: What they do
# affiliations: [other-actor-id]     # other actor ids
# image: media/{ident}.jpg  # initials are drawn when absent
# links:
#   - {{title: Official site, url: https://example.org/}}
---
A short biography in Markdown.
"""


def _yaml_line(key: str, value: str) -> str:
    """``key: value`` with the value quoted as YAML needs it (colons, quotes, leading symbols)."""
    return yaml.safe_dump({key: value}, allow_unicode=True, width=10_000, default_flow_style=False).strip()


def article_text(title: str, today: dt.date) -> str:
    return ARTICLE_TEMPLATE.format(title=_yaml_line("title", title), date=today.isoformat(),
                                   summary=placeholders.SUMMARY, body=placeholders.BODY)


def actor_text(name: str, ident: str) -> str:
    return ACTOR_TEMPLATE.format(name=_yaml_line("name", name), ident=ident)


def site_language(site_root: Path) -> str:
    """The ``language:`` of site.yaml, for romanising names ("" when it cannot be read; the build says why)."""
    try:
        data = yaml.safe_load((site_root / "site.yaml").read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return ""
    language = data.get("language") if isinstance(data, dict) else None
    return language if isinstance(language, str) else ""


def new_content(site_root: Path, kind: str, name: str, report: Reporter,
                today: dt.date | None = None) -> int:
    """Write content/articles/SLUG.md or content/actors/ID.md; never replace an existing file."""
    name = " ".join(name.split())
    if not (site_root / "site.yaml").is_file():
        report.error(f"{site_root} is not a site (no site.yaml); use -s SITE, or start one with "
                     "'explainer init DIR'")
        return 2
    ident = slugify(name, site_language(site_root))  # any script: Київ → kyiv, 习近平 → xi-jin-ping
    if not ident:
        report.error(f"cannot make a file name from {name!r}: it needs at least one letter or digit")
        return 2
    folder = "articles" if kind == "article" else "actors"
    path = site_root / "content" / folder / f"{ident}.md"
    text = article_text(name, today or dt.date.today()) if kind == "article" else actor_text(name, ident)
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        with path.open("x", encoding="utf-8") as handle:
            handle.write(text)
    except FileExistsError:
        report.error(f"{path} already exists; not replacing it (choose another "
                     f"{'title' if kind == 'article' else 'name'}, or edit that file)")
        return 1
    report.info(f"created {path}")
    return 0


def sample_site(today: dt.date) -> dict[str, str]:
    """The files of a new site: settings, one article, two actors and a timeline file."""
    date = today.isoformat()
    return {
        "site.yaml": """\
            title: My explainers
            base_url: https://example.org/explainers/   # where the site will live
            language: en    # the theme's words and dates: uk, ar, zh, pt-BR... (see the README)
            # languages: [en, uk]   # a site in several languages: translations as SLUG.uk.md
            description: Explainers on the news, with the people involved and a timeline.
            publisher: {name: Example News, url: https://example.org/}
            markdown: {unsafe_html: false}
            search: true    # a static search index (Pagefind); false to leave it out
            """,
        ".gitignore": "public/\n",
        "content/articles/city-budget-vote.md": f"""\
            ---
            title: What the city budget vote means
            date: {date}
            summary: >-
              The city council votes on next year's budget; Mayor Jane Doe wants more
              money for buses and schools.
            actors: [jane-doe, city-council]
            tags: [city, budget]
            timeline:
              - date: {date}
                title: Council debates the budget
                actors: [city-council, jane-doe]
            see_also:
              - title: The budget, in full
                url: https://example.org/budget
            ---
            Mayor Jane Doe presented the budget to the City Council last month. This
            sample explainer shows what an article looks like: edit it, or start a new
            one with `explainer new article "Title"`.

            ## What is at stake

            A mention of an actor's name (or one of its aliases) links to the actor's
            profile, as "the council" does here.
            """,
        "content/actors/jane-doe.md": """\
            ---
            name: Jane Doe
            kind: person
            aliases: [Mayor Doe]
            role: Mayor
            affiliations: [city-council]
            ---
            Jane Doe is the city's mayor (a sample actor: edit or delete this file).
            """,
        "content/actors/city-council.md": """\
            ---
            name: City Council
            kind: organization
            aliases: [the council]
            role: The city's elected assembly
            ---
            The City Council passes the city's budget and by-laws (a sample actor).
            """,
        "content/timeline/background.yaml": """\
            # Events that belong to no single article: a YAML list.
            - date: '2023-05'
              title: Jane Doe is elected mayor
              actors: [jane-doe]
            """,
    }


def init_site(target: Path, report: Reporter, today: dt.date | None = None) -> int:
    """Start a new site in TARGET (created if missing); refuse a folder that holds anything."""
    if target.exists() and not target.is_dir():
        report.error(f"{target} is a file, not a folder; not touching it")
        return 1
    if target.is_dir() and any(target.iterdir()):
        report.error(f"{target} is not empty; choose a new or empty folder (nothing was written)")
        return 1
    target.mkdir(parents=True, exist_ok=True)
    for rel, text in sample_site(today or dt.date.today()).items():
        path = target / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("x", encoding="utf-8") as handle:
            handle.write(textwrap.dedent(text))
    report.info(f"created a new site in {target}")
    report.info(f"  build it:    explainer build -s {target}")
    report.info(f"  preview it:  explainer serve -s {target}")
    return 0
