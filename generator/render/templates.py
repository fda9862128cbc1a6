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
from pathlib import Path
from typing import Any

import jinja2
import markupsafe
from jinja2.compiler import CodeGenerator, Frame
from jinja2.loaders import split_template_path
from jinja2.nodes import Expr

from generator.dates import PartialDate

try:  # markupsafe >= 3: its C escaping of a str, without the Markup around it
    from markupsafe._speedups import _escape_inner as _escape_str  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover - older markupsafe or no C extension
    _escape_str = markupsafe.escape

TEMPLATE_SUFFIXES = (".html", ".xml", ".txt")


def default_theme_dir() -> Path:
    """The theme shipped with the package (an installed wheel), else the repository's layouts/."""
    here = Path(__file__).resolve().parent.parent
    for candidate in (here / "layouts", here.parent / "layouts"):
        if (candidate / "base.html").is_file():
            return candidate
    raise FileNotFoundError("the default theme (layouts/) is missing from the installation")


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
    env = ThemeEnvironment(
        loader=loader,
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,  # one environment per build: no need to stat each template on every use
    )
    env.filters["display_date"] = display_date
    env.filters["iso_date"] = iso_date
    return env


def compile_templates(env: jinja2.Environment) -> None:
    """Compile the site's templates now (the build does it while article bodies render).

    Forked render workers inherit them compiled instead of each compiling its own copy.
    A template that does not compile is left for the page that uses it to report.
    """
    for name in env.list_templates(filter_func=lambda n: n.endswith(TEMPLATE_SUFFIXES)
                                   and not n.startswith("!default/")):
        with contextlib.suppress(Exception):  # e.g. TemplateError, UnicodeDecodeError, a link loop
            env.get_template(name)


def display_date(date: PartialDate | None) -> str:
    """``{{ event.date | display_date }}``: "7 November 2024", "February 2022", "2022"."""
    return date.display() if date is not None else ""


def iso_date(date: PartialDate | None) -> str:
    """``{{ event.date | iso_date }}``: the date at its precision for ``<time datetime>``, e.g. "2022-02".

    The same as ``event.date.iso()``; a filter is a plain call, cheaper in a loop than a method call.
    """
    return date.iso() if date is not None else ""
