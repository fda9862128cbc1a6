"""Articles: content/articles/SLUG.md, front matter plus a Markdown body or a ``body:`` file."""

from __future__ import annotations

import hashlib
from pathlib import Path

from generator import placeholders
from generator.diagnostics import Diagnostics
from generator.load.events import parse_event_list
from generator.load.fields import SLUG_RE, Fields, type_name
from generator.load.files import check_slug, parse_document, read_text, split_language
from generator.load.links import link_problem
from generator.load.yamlfile import FORBIDDEN_CHAR_RE, YDict, shown
from generator.model import Article, Author, LeadImage, SeeAlso, Source

ARTICLE_KEYS = ("title", "date", "updated", "summary", "body", "source", "actors", "tags",
                "draft", "timeline", "see_also", "author", "image")
IMAGE_KEYS = ("src", "alt", "caption", "credit")
SEE_ALSO_KEYS = ("article", "actor", "title", "url")
MARKDOWN_SUFFIXES = (".md", ".markdown")
_VISIBLE = {code: "\ufffd" for code in range(0x20)}


def parse_article(text: str, slug: str, src_path: str, diags: Diagnostics) -> Article | None:
    """An article from its file's text; the ``body:`` file, if any, is read by ``load_article``."""
    parsed = _parse_article(text, slug, src_path, diags)
    if parsed is None:
        return None
    article, body = parsed
    article.body = body
    return article


def _parse_article(text: str, slug: str, src_path: str, diags: Diagnostics) -> tuple[Article, str] | None:
    """The article without its body, and the body's text (packed once it is final)."""
    data, body, body_line = parse_document(text, src_path, diags, "article")
    if data is None:
        return None
    f = Fields(data, src_path, diags, "article")
    ok = f.check_keys(ARTICLE_KEYS, required=("title", "date"))
    date = f.date("date")
    actors, actor_where = f.ids("actors")
    article = Article(
        slug=slug,
        title=f.text("title"),
        date=date,  # type: ignore[arg-type]  # checked below
        where=f.loc(),
        updated=f.date("updated"),
        summary=f.text("summary"),
        body_path=src_path,
        body_line=body_line,
        source=parse_source(f),
        actors=actors,
        actor_where=actor_where,
        tags=f.words("tags"),
        draft=f.flag("draft"),
        timeline=parse_event_list(data.get("timeline"), src_path, diags, f.loc("timeline"), article=slug),
        see_also=parse_see_also(f, diags),
        authors=parse_authors(f, diags),
        image=parse_image(f),
    )
    body_file = data.get("body")
    if body_file is not None:
        if isinstance(body_file, str) and body_file.strip():
            article.body_file = body_file.strip()
            article.body_file_where = f.value_loc("body")
        else:
            f.error("body", "'body' must be a file path such as ../../seeds/story.txt, "
                            f"not {type_name(body_file)}")
    if article.updated is not None and date is not None and article.updated < date:
        f.error("updated", f"'updated' ({article.updated.iso()}) is before 'date' ({date.iso()})")
    if not ok or date is None:
        return None
    if not article.draft and article.summary:
        placeholders.check_summary(article.summary, f.value_loc("summary"), diags)
    return article, body


def parse_source(f: Fields) -> Source | None:
    value = f.mapping.get("source")
    if value is None:
        return None
    if isinstance(value, str):
        return Source(value.strip())
    sub = f.sub("source", "source")
    if sub is None:
        return None
    sub.check_keys(("name", "url"), required=("name",))
    return Source(sub.text("name"), sub.url("url"))


def parse_authors(f: Fields, diags: Diagnostics) -> list[Author]:
    """``author:`` one name or a list; an actor id (lowercase-with-hyphens) links the actor's profile."""
    authors = []
    for item, where in f.items("author"):
        if not isinstance(item, str) or not item.strip():
            diags.error(where, f"'author' lists {type_name(item)}; write a name (Jane Doe) or an actor id (jane-doe)")
            continue
        name = " ".join(item.split())
        authors.append(Author(name, where, actor=name if SLUG_RE.match(name) else None))
    return authors


def parse_image(f: Fields) -> LeadImage | None:
    """``image: {src, alt, caption, credit}``; ``src`` is checked against content/media/ when linking."""
    sub = f.sub("image", "image")
    if sub is None:
        return None
    ok = sub.check_keys(IMAGE_KEYS, required=("src",))
    if "alt" not in sub.mapping:
        ok = False
        f.error("image", "'image' has no 'alt': describe the picture for readers who cannot see it "
                         "(alt: '' only for a purely decorative one)")
    src = sub.text("src").lstrip("/")
    if src and not src.startswith("media/"):
        ok = False
        sub.error("src", f"'src' must be a file under content/media/ such as media/photo.jpg, not '{src}'")
    if not ok:
        return None
    return LeadImage(src, sub.text("alt"), sub.value_loc("src"), caption=sub.text("caption"),
                     credit=sub.text("credit"))


def parse_see_also(f: Fields, diags: Diagnostics) -> list[SeeAlso]:
    entries = []
    for item, where in f.items("see_also"):
        if not isinstance(item, YDict):
            diags.error(where, f"a see_also entry must be a mapping such as '- article: SLUG', "
                               f"'- actor: ID' or '- title: ...' with 'url: ...', not {type_name(item)}")
            continue
        entry = Fields(item, f.src_path, diags, "see_also entry")
        entry.check_keys(SEE_ALSO_KEYS)
        kinds = [key for key in ("article", "actor", "url") if key in item]
        if not kinds and "title" in item:  # a title from the source, with no page to link to (yet)
            if title := entry.text("title"):
                entries.append(SeeAlso("title", title=title, where=where))
            else:
                entry.error("title", "a see_also entry's 'title' is empty")
            continue
        if len(kinds) != 1:
            diags.error(where, "a see_also entry needs exactly one of 'article', 'actor' or 'url' "
                               "(with 'title')")
            continue
        kind = kinds[0]
        if kind == "url":
            url = entry.url("url")
            title = entry.text("title")
            if not title:
                entry.error(None, "a see_also link to an outside page needs a 'title'")
            if url and title:
                entries.append(SeeAlso("url", title=title, url=url, where=where))
            continue
        ids, _ = entry.ids(kind)
        if ids:
            entries.append(SeeAlso(kind, target=ids[0], title=entry.text("title"),
                                   where=entry.value_loc(kind)))
    return entries


def load_article(path: Path, site_root: Path, diags: Diagnostics) -> Article | None:
    src_path = path.relative_to(site_root).as_posix()
    slug, _ = split_language(path.stem)  # a translation (slug.uk.md) has its original's slug
    text = read_text(path, src_path, diags)
    if text is None or not check_slug(slug, src_path, diags):
        return None
    parsed = _parse_article(text, slug, src_path, diags)
    if parsed is None:
        return None
    article, body = parsed
    front = text[:len(text) - len(body)] if text.endswith(body) else text
    article.front_digest = hashlib.blake2b(front.encode("utf-8"), digest_size=16).hexdigest()
    if article.body_file:
        body = load_body_file(article, body, path, site_root, diags)
    if not article.draft:
        placeholders.check_body(body, article.body_path, article.body_line, diags)
    article.body = body
    return article


def load_body_file(article: Article, body: str, path: Path, site_root: Path, diags: Diagnostics) -> str:
    """The text of the file that ``body:`` names (inside the site only), in place of ``body``, the text after the
    front matter; ``body`` itself when the file cannot be read."""
    rel, where = article.body_file, article.body_file_where or article.where
    if body.strip():
        diags.error(where, "the article has both 'body:' and text after its front matter; keep one")
        return body
    shown_rel = shown(rel)
    if FORBIDDEN_CHAR_RE.search(rel):
        diags.error(where, f"'body' path '{shown_rel.translate(_VISIBLE)}' holds a control character; "
                           "write the file's path only")
        return body
    try:
        target = (path.parent / rel).resolve()
        root = site_root.resolve()
        if not target.is_relative_to(root):
            diags.error(where, f"'body' path '{shown_rel}' leaves the site folder; keep bodies inside the site "
                               "(seeds/ is the place for raw copy)")
            return body
        problem = link_problem(path.parent / rel, root)
        if problem is not None:
            diags.error(where, f"'body' file '{shown_rel}' {problem}")
            return body
        if not target.is_file():
            problem = "is a folder, not a file" if target.is_dir() else "does not exist"
            diags.error(where, f"'body' file '{shown_rel}' {problem} "
                               f"(looked for {shown(target.relative_to(root).as_posix())})")
            return body
    except (OSError, RuntimeError, ValueError) as exc:  # a name too long, a link loop
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else "a symbolic link loop"
        diags.error(where, f"'body' file '{shown_rel}' cannot be read: {reason}")
        return body
    body_src = target.relative_to(root).as_posix()
    text = read_text(target, body_src, diags)
    if text is None:
        return body
    article.body_path = body_src
    article.body_line = 1
    article.body_format = "markdown" if target.suffix.lower() in MARKDOWN_SUFFIXES else "text"
    return text
