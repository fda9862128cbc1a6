"""Where the default theme is: in an installed wheel, generator/layouts; in the repository, layouts/."""

from __future__ import annotations

from pathlib import Path


def default_theme_dir() -> Path:
    """The theme shipped with the package (an installed wheel), else the repository's layouts/."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "layouts", here.parent / "layouts"):
        if (candidate / "base.html").is_file():
            return candidate
    raise FileNotFoundError("the default theme (layouts/) is missing from the installation")
