"""Free pages: content/pages/SLUG.md (about, methodology)."""

from __future__ import annotations

from pathlib import Path

from generator.diagnostics import Diagnostics
from generator.load.fields import Fields
from generator.load.files import check_slug, parse_document, read_text, split_language
from generator.model import Page

PAGE_KEYS = ("title", "summary")


def parse_page(text: str, slug: str, src_path: str, diags: Diagnostics) -> Page | None:
    data, body, body_line = parse_document(text, src_path, diags, "page")
    if data is None:
        return None
    f = Fields(data, src_path, diags, "page")
    if not f.check_keys(PAGE_KEYS, required=("title",)):
        return None
    return Page(slug=slug, title=f.text("title"), where=f.loc(), summary=f.text("summary"),
                body=body, body_line=body_line)


def load_page(path: Path, site_root: Path, diags: Diagnostics) -> Page | None:
    src_path = path.relative_to(site_root).as_posix()
    text = read_text(path, src_path, diags)
    slug, _ = split_language(path.stem)  # a translation (slug.uk.md) has its original's slug
    if text is None or not check_slug(slug, src_path, diags):
        return None
    return parse_page(text, slug, src_path, diags)
