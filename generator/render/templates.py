"""The Jinja environment: a site's layouts/ over the default theme, file by file.

``ChoiceLoader([site layouts, default theme, PrefixLoader({"!default": default})])``:
a site can replace ``article.html`` outright, or ``{% extends "!default/article.html" %}``
and change one block. Autoescape is on for every template.

Every ``{{ value }}`` of a page is escaped; there are about 250 on an article page.
Jinja calls ``markupsafe.escape``, which wraps each escaped string in a new
``Markup``, and that took a quarter of the time of rendering. What a ``{{ }}``
writes is only joined into the page, so the environment compiles templates to
call ``escape_output`` instead: the same escaping, and a plain string comes out
plain (see ``OutputCodeGenerator``).
"""

from __future__ import annotations

import contextlib
from contextvars import ContextVar
from pathlib import Path
from typing import Any

import jinja2
import markupsafe
from jinja2.compiler import CodeGenerator, Frame
from jinja2.nodes import Expr

from generator.dates import PartialDate
from generator.language import N_
from generator.theme import default_theme_dir

try:  # markupsafe >= 3: its C escaping of a str, without the Markup around it
    from markupsafe._speedups import _escape_inner as _escape_str  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover - older markupsafe or no C extension
    _escape_str = markupsafe.escape

TEMPLATE_SUFFIXES = (".html", ".xml", ".txt")


def theme_dirs(site_root: Path) -> list[Path]:
    own = site_root / "layouts"
    default = default_theme_dir()
    return [own, default] if own.is_dir() and own.resolve() != default.resolve() else [default]


def escape_output(value: object) -> str:
    """``markupsafe.escape(value)`` for what a ``{{ }}`` writes: a ``str`` is escaped to a plain ``str``."""
    if type(value) is str:
        return _escape_str(value)  # type: ignore[no-any-return]
    return markupsafe.escape(value)


class OutputCodeGenerator(CodeGenerator):
    """Jinja's code generator, with ``environment.escape_output(...)`` around each escaped output.

    Only the output of ``{{ }}`` changes (Jinja joins it into the page, or into a ``Markup`` for
    a macro or a ``{% set %}`` block); templates whose escaping is decided at run time keep
    Jinja's own code.
    """

    def _output_child_pre(self, node: Expr, frame: Frame, finalize: Any) -> None:
        if frame.eval_ctx.autoescape and not frame.eval_ctx.volatile:
            self.write("environment.escape_output(")
            if finalize.src is not None:
                self.write(finalize.src)
        else:
            super()._output_child_pre(node, frame, finalize)


class ThemeEnvironment(jinja2.Environment):
    code_generator_class = OutputCodeGenerator
    escape_output = staticmethod(escape_output)


def make_environment(site_root: Path) -> jinja2.Environment:
    dirs = theme_dirs(site_root)
    default = jinja2.FileSystemLoader(str(dirs[-1]))
    loader = jinja2.ChoiceLoader([
        jinja2.FileSystemLoader([str(d) for d in dirs]),
        jinja2.PrefixLoader({"!default": default}),
    ])
    env = ThemeEnvironment(
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
    """Compile the site's templates now (the build does it while article bodies render).

    Forked render workers inherit them compiled instead of each compiling its own copy.
    A template that does not compile is left for the page that uses it to report.
    """
    for name in env.list_templates(filter_func=lambda n: n.endswith(TEMPLATE_SUFFIXES)
                                   and not n.startswith("!default/")):
        with contextlib.suppress(jinja2.TemplateError):
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
