"""The Jinja environment: a site's layouts/ over the default theme, file by file.

``ChoiceLoader([site layouts, default theme, PrefixLoader({"!default": default})])``:
a site can replace ``article.html`` outright, or ``{% extends "!default/article.html" %}``
and change one block. Autoescape is on for every template: escaping is Jinja's and
MarkupSafe's own.
"""

from __future__ import annotations

import contextlib
from contextvars import ContextVar
from pathlib import Path
from typing import Any

import jinja2
from jinja2.loaders import split_template_path

from generator.dates import PartialDate
from generator.language import N_
from generator.theme import default_theme_dir

TEMPLATE_SUFFIXES = (".html", ".xml", ".txt")


def theme_dirs(site_root: Path) -> list[Path]:
    own = site_root / "layouts"
    default = default_theme_dir()
    return [own, default] if own.is_dir() and own.resolve() != default.resolve() else [default]


class ContainedLoader(jinja2.FileSystemLoader):
    """A file system loader that never reads a template through a link leading out of its folder."""

    def get_source(self, environment: jinja2.Environment, template: str) -> tuple[str, str, Any]:
        pieces = split_template_path(template)
        for folder in self.searchpath:
            candidate = Path(folder, *pieces)
            if candidate.is_symlink() or candidate.is_file():
                try:
                    inside = candidate.resolve(strict=True).is_relative_to(Path(folder).resolve())
                except (OSError, RuntimeError):
                    raise jinja2.TemplateError(f"template '{template}' is a symbolic link loop") from None
                if not inside:
                    raise jinja2.TemplateError(f"template '{template}' is a symbolic link to a place outside "
                                               "its folder") from None
                break
        return super().get_source(environment, template)


def make_environment(site_root: Path) -> jinja2.Environment:
    dirs = theme_dirs(site_root)
    default = ContainedLoader(str(dirs[-1]))
    loader = jinja2.ChoiceLoader([
        ContainedLoader([str(d) for d in dirs]),
        jinja2.PrefixLoader({"!default": default}),
    ])
    env = jinja2.Environment(
        loader=loader,
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
        extensions=["jinja2.ext.i18n"],  # one environment per build: no need to stat each template on every use
    )
    env.filters["display_date"] = display_date
    env.filters["date_span"] = date_span
    env.filters["iso_date"] = iso_date
    env.install_gettext_callables(gettext, ngettext, newstyle=True)  # type: ignore[attr-defined]
    env.globals["_"] = plain_gettext  # {{ _("...") }}: a plain call, escaped like any text
    env.globals["event_words"] = event_words
    return env


def compile_templates(env: jinja2.Environment) -> None:
    """Compile the site's templates now, before the render stage's helpers fork, so they inherit
    them compiled instead of each compiling its own copy. A template that does not compile is
    left for the page that uses it to report."""
    for name in env.list_templates(filter_func=lambda n: n.endswith(TEMPLATE_SUFFIXES)
                                   and not n.startswith("!default/")):
        with contextlib.suppress(Exception):  # e.g. TemplateError, UnicodeDecodeError, a link loop
            env.get_template(name)


# The language of the page being rendered (a ``generator.language.Language``): the theme's words
# and dates follow it, in the page's template and in every macro it imports, so one environment
# renders the pages of every language of a site. ``render_page`` sets it around each page.
PAGE_LANGUAGE: ContextVar[Any] = ContextVar("page_language", default=None)


def gettext(message: str) -> str:
    """``{{ _("Timeline") }}`` and ``{% trans %}``: the message in the page's language."""
    lang = PAGE_LANGUAGE.get()
    return lang.gettext(message) if lang is not None else message  # type: ignore[no-any-return]


def plain_gettext(message: str) -> str:
    """``{{ _("See also") }}``: the word, as plain text (escaped where written); a page writes dozens.

    Jinja's own ``_`` goes through the context and wraps the word in ``Markup``; ``{% trans %}``
    blocks, whose messages hold HTML and placeholders, still do.
    """
    lang = PAGE_LANGUAGE.get()
    return lang.translations.gettext(message) if lang is not None else message  # type: ignore[no-any-return]


EVENT_WORDS = (N_("circa"), N_("c."), N_("Actors:"), N_("Reported in"), N_("Source"))


def event_words() -> tuple[str, ...]:
    """The words of a list of events, translated at once (one call per list, not five)."""
    lang = PAGE_LANGUAGE.get()
    if lang is None:
        return EVENT_WORDS
    words: tuple[str, ...] | None = getattr(lang, "event_words", None)
    if words is None:
        words = lang.event_words = tuple(lang.gettext(w) for w in EVENT_WORDS)
    return words


def ngettext(singular: str, plural: str, n: int) -> str:
    lang = PAGE_LANGUAGE.get()
    if lang is None:
        return singular if n == 1 else plural
    return lang.ngettext(singular, plural, n)  # type: ignore[no-any-return]


def display_date(date: PartialDate | None) -> str:
    """``{{ event.date | display_date }}``: "7 November 2024", "February 2022", "2022" (in the page's language)."""
    if date is None:
        return ""
    lang = PAGE_LANGUAGE.get()
    return lang.dates.display(date) if lang is not None else date.display()  # type: ignore[no-any-return]


def date_span(start: PartialDate, end: PartialDate) -> str:
    """``{{ event.date | date_span(event.end) }}``: "7–10 November 2024", in the language's interval format."""
    lang = PAGE_LANGUAGE.get()
    if lang is None:
        return f"{start.display()} – {end.display()}"
    return lang.dates.span(start, end)  # type: ignore[no-any-return]


def iso_date(date: PartialDate | None) -> str:
    """``{{ event.date | iso_date }}``: the date at its precision for ``<time datetime>``, e.g. "2022-02".

    The same as ``event.date.iso()``; a filter is a plain call, cheaper in a loop than a method call.
    """
    return date.iso() if date is not None else ""
