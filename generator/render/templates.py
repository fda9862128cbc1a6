"""The Jinja environment: a site's layouts/ over the default theme, file by file.

``ChoiceLoader([site layouts, default theme, PrefixLoader({"!default": default})])``:
a site can replace ``article.html`` outright, or ``{% extends "!default/article.html" %}``
and change one block. Autoescape is on for every template: escaping is Jinja's and
MarkupSafe's own.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

import jinja2
from jinja2.loaders import split_template_path

from generator.dates import PartialDate

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
        auto_reload=False,  # one environment per build: no need to stat each template on every use
    )
    env.filters["display_date"] = display_date
    env.filters["iso_date"] = iso_date
    return env


def compile_templates(env: jinja2.Environment) -> None:
    """Compile the site's templates now, before the render stage's helpers fork, so they inherit
    them compiled instead of each compiling its own copy. A template that does not compile is
    left for the page that uses it to report."""
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
