"""site.yaml → ``SiteConfig``: a frozen, validated view of the site settings."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from generator.diagnostics import ContentError, Diagnostics, Location
from generator.load.fields import Fields
from generator.load.files import read_text
from generator.load.yamlfile import YamlError, YDict, parse_yaml

CONFIG_FILE = "site.yaml"
_DOMAIN_RE = re.compile(r"^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?::\d+)?$", re.IGNORECASE)
CONFIG_KEYS = ("title", "base_url", "language", "description", "publisher", "markdown", "search")


@dataclass(frozen=True)
class Publisher:
    name: str = ""
    url: str | None = None
    logo: str | None = None


@dataclass(frozen=True)
class SiteConfig:
    title: str
    base_url: str = "/"  # always ends with "/"
    language: str = "en"
    description: str = ""
    publisher: Publisher = Publisher()
    unsafe_html: bool = False
    search: bool = True

    @property
    def base_path(self) -> str:
        """The path part of ``base_url``, e.g. ``/explainer/``: where the site is mounted."""
        return urlsplit(self.base_url).path or "/"

    def absolute_url(self, url: str) -> str:
        """``articles/x/`` → ``https://example.org/explainer/articles/x/``."""
        return self.base_url + url.lstrip("/")

    def with_base_url(self, base_url: str) -> SiteConfig:
        from dataclasses import replace

        return replace(self, base_url=normalise_base_url(base_url))


def normalise_base_url(url: str) -> str:
    url = url.strip() or "/"
    return url if url.endswith("/") else url + "/"


def load_config(site_root: Path, diags: Diagnostics) -> SiteConfig:
    """Read and validate ``site.yaml``; raise ``ContentError`` when it cannot be used."""
    path = site_root / CONFIG_FILE
    top = Location(CONFIG_FILE)
    if not path.is_file():
        diags.error(top, f"no {CONFIG_FILE} in {site_root}; is this a site folder? "
                         "(start one with 'explainer init DIR')")
        raise ContentError(diags.errors)
    text = read_text(path, CONFIG_FILE, diags)  # reports bad bytes at their line and column
    if text is None:
        raise ContentError(diags.errors)
    try:
        data = parse_yaml(text)
    except YamlError as exc:
        diags.error(Location(CONFIG_FILE, exc.line, exc.column), exc.message)
        raise ContentError(diags.errors) from None
    if not isinstance(data, YDict):
        diags.error(top, "site.yaml must be a mapping of settings (title: ..., base_url: ...)")
        raise ContentError(diags.errors)
    return parse_config(data, diags)


def parse_config(data: YDict, diags: Diagnostics) -> SiteConfig:
    f = Fields(data, CONFIG_FILE, diags, "site.yaml")
    f.check_keys(CONFIG_KEYS, required=("title",))
    written = f.text("base_url", "/")
    base_url = normalise_base_url(written)
    parts = urlsplit(base_url)
    if parts.scheme not in ("", "http", "https") or (parts.scheme and not parts.netloc):
        f.error("base_url", f"'base_url' must be an http(s) URL such as https://example.org/explainer/ "
                            f"or a path such as /explainer/, not '{written}'")
        base_url = "/"
    elif not parts.scheme and _DOMAIN_RE.match(base_url.lstrip("/").split("/", 1)[0]):
        f.error("base_url", f"'base_url' '{written}' looks like a domain without a scheme; "
                            f"write https://{base_url.lstrip('/')}")
        base_url = "/"
    elif not parts.scheme and not base_url.startswith("/"):
        base_url = "/" + base_url
    language = f.text("language", "en")
    if not language.replace("-", "").isalnum():
        f.error("language", f"'language' must be a BCP 47 tag such as en or pt-BR, not '{language}'")
        language = "en"
    publisher = Publisher()
    pub = f.sub("publisher", "publisher")
    if pub is not None:
        pub.check_keys(("name", "url", "logo"), required=("name",))
        publisher = Publisher(pub.text("name"), pub.url("url"), pub.text("logo") or None)
    unsafe_html = False
    md = f.sub("markdown", "markdown settings")
    if md is not None:
        md.check_keys(("unsafe_html",))
        unsafe_html = md.flag("unsafe_html")
    return SiteConfig(
        title=f.text("title"),
        base_url=base_url,
        language=language,
        description=f.text("description"),
        publisher=publisher,
        unsafe_html=unsafe_html,
        search=f.flag("search", True),
    )
