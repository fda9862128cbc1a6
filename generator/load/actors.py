"""Actors: content/actors/ID.md, front matter plus a Markdown biography."""

from __future__ import annotations

from pathlib import Path

from generator.diagnostics import Diagnostics
from generator.load.fields import Fields, did_you_mean, type_name
from generator.load.files import check_slug, parse_document, read_text, split_language
from generator.load.yamlfile import YDict, shown
from generator.model import ACTOR_KINDS, Actor, Link

ACTOR_KEYS = ("name", "kind", "aliases", "role", "affiliations", "image", "links")


def parse_actor(text: str, actor_id: str, src_path: str, diags: Diagnostics) -> Actor | None:
    data, body, body_line = parse_document(text, src_path, diags, "actor profile")
    if data is None:
        return None
    f = Fields(data, src_path, diags, "actor")
    ok = f.check_keys(ACTOR_KEYS, required=("name",))
    kind = f.text("kind", "person")
    if kind not in ACTOR_KINDS:
        f.error("kind", f"unknown kind '{kind}'{did_you_mean(kind, list(ACTOR_KINDS))}; "
                        f"allowed: {', '.join(ACTOR_KINDS)}")
        kind = "person"
    affiliations, affiliation_where = f.ids("affiliations")
    if actor_id in affiliations:
        f.error("affiliations", f"actor '{actor_id}' lists itself among its affiliations")
    image = f.text("image") or None
    if image and (image.startswith(("/", "\\")) or ".." in image.split("/") or ":" in image):
        f.error("image", f"'image' must be a path inside the site such as media/photo.jpg, not '{shown(image)}'")
        image = None
    if not ok:
        return None
    return Actor(
        id=actor_id,
        name=f.text("name"),
        where=f.loc(),
        kind=kind,
        aliases=[a for a in f.words("aliases") if a],
        role=f.text("role"),
        affiliations=[a for a in affiliations if a != actor_id],
        affiliation_where=affiliation_where,
        image=image,
        links=parse_links(f, diags),
        bio=body,
        bio_line=body_line,
    )


def parse_links(f: Fields, diags: Diagnostics) -> list[Link]:
    links = []
    for item, where in f.items("links"):
        if not isinstance(item, YDict):
            diags.error(where, f"a link must be a mapping {{title: ..., url: ...}}, not {type_name(item)}")
            continue
        link = Fields(item, f.src_path, diags, "link")
        if link.check_keys(("title", "url"), required=("title", "url")):
            url = link.url("url")
            if url:
                links.append(Link(link.text("title"), url))
    return links


def load_actor(path: Path, site_root: Path, diags: Diagnostics) -> Actor | None:
    src_path = path.relative_to(site_root).as_posix()
    text = read_text(path, src_path, diags)
    ident, _ = split_language(path.stem)  # a translation (id.uk.md) has its original's id
    if text is None or not check_slug(ident, src_path, diags):
        return None
    return parse_actor(text, ident, src_path, diags)
