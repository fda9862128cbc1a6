"""Markdown with markdown-it-py: CommonMark, tables, footnotes, heading anchors.

Raw HTML is escaped unless the site turns it on; markdown-it's link check
keeps ``javascript:``, ``vbscript:``, ``file:`` and ``data:`` links off the page,
and so does the site's own rule (``urls.is_safe_url``: http, https, mailto and
relative URLs only, read as a browser reads them).
Plain-text bodies become the same token stream (one paragraph per
paragraph), so mention linking and rendering treat both alike.
"""

from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.anchors import anchors_plugin
from mdit_py_plugins.footnote import footnote_plugin

from generator.load.files import slugify
from generator.load.wirecopy import Paragraph
from generator.urls import is_safe_url


def heading_slug(text: str) -> str:
    return slugify(text) or "section"


def make_markdown(unsafe_html: bool = False) -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": unsafe_html, "linkify": False, "typographer": False})
    md.enable(["table", "strikethrough"])
    if not unsafe_html:  # both rules return at once without the html option; skip the calls (every line)
        md.disable(["html_block", "html_inline"])
    markdown_it_check = md.validateLink
    md.validateLink = lambda url: markdown_it_check(url) and is_safe_url(url)  # type: ignore[method-assign]
    md.use(footnote_plugin)
    md.use(anchors_plugin, min_level=2, max_level=4, slug_func=heading_slug)
    return md


def paragraph_tokens(paragraphs: list[Paragraph]) -> list[Token]:
    """Plain-text paragraphs as block tokens: nothing in them is read as Markdown."""
    tokens: list[Token] = []
    for para in paragraphs:
        opening = Token("paragraph_open", "p", 1, map=[para.line - 1, para.line], block=True)
        text = Token("text", "", 0, content=para.text)
        inline = Token("inline", "", 0, content=para.text, map=[para.line - 1, para.line],
                       children=[text], block=True)
        tokens += [opening, inline, Token("paragraph_close", "p", -1, block=True)]
    return tokens


def render_tokens(md: MarkdownIt, tokens: list[Token], env: dict[str, object] | None = None) -> str:
    return md.renderer.render(tokens, md.options, env if env is not None else {})


def render_markdown(md: MarkdownIt, text: str) -> str:
    env: dict[str, object] = {}
    return render_tokens(md, md.parse(text, env), env)
