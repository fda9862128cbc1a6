"""site.yaml → ``SiteConfig``: a frozen, validated view of the site settings."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from generator.diagnostics import ContentError, Diagnostics, Location
from generator.load.fields import Fields
from generator.load.files import read_text
from generator.load.yamlfile import YamlError, YDict, parse_yaml

if TYPE_CHECKING:
    from generator.language import Language

CONFIG_FILE = "site.yaml"
SITE_LOCALES = "locales"  # a site's own catalogs: locales/<lang>/LC_MESSAGES/theme.po
_DOMAIN_RE = re.compile(r"^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?::\d+)?$", re.IGNORECASE)
CONFIG_KEYS = ("title", "base_url", "language", "languages", "description", "publisher", "markdown", "search",
               "favicon")
DEFAULT_FAVICON = "assets/favicon.svg"  # shipped in the theme (layouts/assets/)


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
    favicon: str = ""  # a file under content/ (media/icon.png); "" for the theme's DEFAULT_FAVICON
    words: Language | None = field(default=None, compare=False, repr=False)  # see ``lang``
    # A multilingual site: every language, the default (``language``, built at the root) first;
    # the others are built under their code (``uk/``). ``prefix`` is this build's (``""`` or ``uk/``).
    languages: tuple[str, ...] = ()
    prefix: str = ""
    all_words: dict[str, Language] = field(default_factory=dict, compare=False, repr=False)

    @property
    def top_base_path(self) -> str:
        """The mount path of the whole site (``base_path`` without the language prefix)."""
        return self.base_path.removesuffix(self.prefix) if self.prefix else self.base_path

    @property
    def up(self) -> str:
        """From this language's root to the whole site's root: ``../`` under a prefix."""
        return "../" * self.prefix.count("/")

    def variant(self, code: str) -> SiteConfig:
        """The settings of the language ``code`` of a multilingual site, built under ``code/``."""
        top = self.base_url.removesuffix(self.prefix) if self.prefix else self.base_url
        prefix = "" if code == self.languages[0] else code + "/"
        return replace(self, language=code, base_url=top + prefix, prefix=prefix, words=self.all_words.get(code))

    @property
    def lang(self) -> Language:
        """The site's language: theme words (with the site's own catalog), dates, direction."""
        if self.words is not None:
            return self.words
        from generator.language import shipped_language

        return shipped_language(self.language)

    @property
    def base_path(self) -> str:
        """The path part of ``base_url``, e.g. ``/explainer/``: where the site is mounted."""
        return urlsplit(self.base_url).path or "/"

    def absolute_url(self, url: str) -> str:
        """``articles/x/`` → ``https://example.org/explainer/articles/x/``."""
        return self.base_url + url.lstrip("/")

    def with_base_url(self, base_url: str) -> SiteConfig:
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
    config = parse_config(data, diags)
    if config.favicon and not (site_root / "content" / config.favicon).is_file():
        line, column = data.key_pos.get("favicon", data.pos)
        diags.error(Location(CONFIG_FILE, line, column),
                    f"'favicon' file content/{config.favicon} does not exist; put the icon under content/media/ "
                    "and name it as media/icon.svg (or leave 'favicon' out for the theme's icon)")
        config = replace(config, favicon="")
    words = {code: site_language(code, site_root, data, diags) for code in config.languages or (config.language,)}
    return replace(config, words=words[config.language], all_words=words)


def site_language(code: str, site_root: Path, data: YDict, diags: Diagnostics) -> Language:
    """The language with the site's own catalog; the words it leaves in English are a warning."""
    from generator.language import SiteCatalogError, load_language, shipped_language

    line, column = data.key_pos.get("language", data.pos) if isinstance(data, YDict) else (1, 1)
    try:
        lang = load_language(code, site_root)
    except SiteCatalogError as exc:
        diags.error(Location(exc.path.relative_to(site_root).as_posix(), exc.line or 1), exc.message)
        return shipped_language(code)
    if lang.dates.locale.language == "en" and code.split("-")[0].lower() != "en":
        diags.warning(Location(CONFIG_FILE, line, column),
                      f"language '{code}' is not known to CLDR: dates are written in English")
    missing = lang.missing()
    if missing:
        shown = ", ".join(f'"{m}"' for m in missing[:8]) + (f" and {len(missing) - 8} more" if len(missing) > 8 else "")
        own = f"{SITE_LOCALES}/{code.replace('-', '_')}/LC_MESSAGES/theme.po"
        diags.warning(Location(CONFIG_FILE, line, column),
                      f"language '{code}': {len(missing)} theme word{'s' if len(missing) != 1 else ''} "
                      f"not translated, shown in English: {shown}; translate them in {own}")
    return lang


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
    languages = tuple(f.words("languages"))
    language = f.text("language", languages[0] if languages else "en")
    if not _is_language_tag(language):
        f.error("language", f"'language' must be a BCP 47 tag such as en or pt-BR, not '{language}'")
        language = "en"
    for code in languages:
        if not _is_language_tag(code):
            f.error("languages", f"'languages' lists BCP 47 tags such as en or pt-BR, not '{code}'")
    if languages and language not in languages:
        f.error("languages", f"'languages' must include the site's language '{language}' "
                             f"(the one built at the site root)")
    if languages:
        languages = (language, *(c for c in dict.fromkeys(languages) if c != language and _is_language_tag(c)))
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
        favicon=favicon(f),
        languages=languages if len(languages) > 1 else (),
    )


def favicon(f: Fields) -> str:
    """``favicon: media/icon.svg``: a path under content/ (checked against the files by load_config)."""
    path = f.text("favicon").strip("/")
    if path and (".." in path.split("/") or "://" in path or not path.startswith("media/")):
        f.error("favicon", f"'favicon' must be a file under content/media/ such as media/icon.svg, not '{path}'")
        return ""
    return path


def _is_language_tag(code: str) -> bool:
    return bool(code) and code.replace("-", "").isalnum()
