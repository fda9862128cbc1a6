"""The Jinja environment: a site's layouts/ over the default theme, file by file.

``ChoiceLoader([site layouts, default theme, PrefixLoader({"!default": default})])``:
a site can replace ``article.html`` outright, or ``{% extends "!default/article.html" %}``
and change one block. Autoescape is on for every template.
"""

from __future__ import annotations

from pathlib import Path

import jinja2

from generator.dates import PartialDate


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


def make_environment(site_root: Path) -> jinja2.Environment:
    dirs = theme_dirs(site_root)
    default = jinja2.FileSystemLoader(str(dirs[-1]))
    loader = jinja2.ChoiceLoader([
        jinja2.FileSystemLoader([str(d) for d in dirs]),
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
    return env


def display_date(date: PartialDate | None) -> str:
    return date.display() if date is not None else ""
