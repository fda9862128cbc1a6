"""A site's language: the theme's words, its dates and its writing direction.

The theme's words are gettext messages (``{% trans %}`` and ``_()`` in the
layouts, ``_()``/``N_()`` in the Python that writes pages), in catalogs managed
with Babel: ``layouts/locales/<lang>/LC_MESSAGES/theme.po`` (compiled to
``theme.mo``; ``layouts/locales/theme.pot`` lists every message, see
``scripts/catalogs.py``). A site changes any word without copying a template by
writing its own ``locales/<lang>/LC_MESSAGES/theme.po`` (same format, only the
messages it changes); its translations win over the shipped ones. A message
translated nowhere is shown in English, and ``check --strict`` names it.
"""

from __future__ import annotations

import gettext
import io
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import PoFileError, read_po
from babel.support import Translations

from generator.dates import PartialDate
from generator.localdates import DateFormatter, cldr_locale
from generator.theme import default_theme_dir

DOMAIN = "theme"
SITE_LOCALES = "locales"
RTL_FALLBACK = {"ar", "fa", "he", "ur", "ps", "sd", "ug", "yi", "dv", "ckb"}


def N_(message: str) -> str:
    """Marks a message for the catalogs where it is defined; it is translated where it is shown."""
    return message


def theme_locales_dir() -> Path:
    return default_theme_dir() / "locales"


def catalog_names(code: str) -> list[str]:
    """Catalog folders to try for a BCP 47 tag, most specific first: ``pt-BR`` → pt_BR, pt."""
    parts = code.replace("-", "_").split("_")
    names = ["_".join([parts[0].lower(), *parts[1:]]), parts[0].lower()]
    return list(dict.fromkeys(names))


def theme_messages() -> list[str]:
    """Every message of the theme, from the shipped template (``theme.pot``)."""
    with (theme_locales_dir() / f"{DOMAIN}.pot").open("rb") as handle:
        return [str(m.id) for m in read_po(handle) if m.id and isinstance(m.id, str)]


class SiteCatalogError(ValueError):
    def __init__(self, path: Path, line: int, message: str) -> None:
        super().__init__(message)
        self.path, self.line, self.message = path, line, message


def _site_translations(site_root: Path | None, code: str) -> tuple[gettext.NullTranslations | None, Path | None]:
    """The site's own ``locales/<lang>/LC_MESSAGES/theme.po``, compiled in memory."""
    if site_root is None:
        return None, None
    for name in catalog_names(code):
        path = site_root / SITE_LOCALES / name / "LC_MESSAGES" / f"{DOMAIN}.po"
        if path.is_file():
            try:
                with path.open("rb") as handle:
                    catalog = read_po(handle, locale=None, abort_invalid=True)
            except (PoFileError, ValueError) as exc:
                line = int(getattr(exc, "lineno", 0) or 0) + 1
                reason = str(exc).split(" on ")[0].lower()
                raise SiteCatalogError(path, line, f"not a gettext catalog ({reason}); write entries as "
                                                   'msgid "Key actors" / msgstr "..."') from None
            buffer = io.BytesIO()
            write_mo(buffer, catalog)
            buffer.seek(0)
            return Translations(buffer, domain=DOMAIN), path
    return None, None


@dataclass
class Language:
    """One language of a site: ``gettext``/``ngettext``, ``display_date``, ``span`` and ``direction``."""

    code: str
    translations: gettext.NullTranslations
    dates: DateFormatter
    direction: str = "ltr"
    override: Path | None = None  # the site's own catalog, when it has one
    translated: frozenset[str] = field(default_factory=frozenset)  # messages some catalog translates
    event_words: tuple[str, ...] | None = None  # made on first use (render/templates.py)

    def gettext(self, message: str) -> str:
        return self.translations.gettext(message)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return self.translations.ngettext(singular, plural, n)

    def display_date(self, date: PartialDate | None) -> str:
        return self.dates.display(date) if date is not None else ""

    def span(self, start: PartialDate, end: PartialDate) -> str:
        return self.dates.span(start, end)

    def approximate(self, text: str) -> str:
        """``c. 2020``: the language's word for "circa" before a date."""
        return self.gettext("c.") + " " + text

    def missing(self) -> list[str]:
        """The theme's messages that no catalog of this language translates (shown in English)."""
        if self.code.split("-")[0].lower() == "en":
            return []
        return [m for m in theme_messages() if m not in self.translated]


def _translated_ids(*catalogs: gettext.NullTranslations | None) -> frozenset[str]:
    ids: set[str] = set()
    for catalog in catalogs:
        for key, value in getattr(catalog, "_catalog", {}).items():
            if not value:
                continue
            ids.add(key[0] if isinstance(key, tuple) else key)
    ids.discard("")
    return frozenset(ids)


def load_language(code: str, site_root: Path | None = None) -> Language:
    """The language ``code`` (a BCP 47 tag) with the shipped catalogs and the site's own overrides.

    Raises ``SiteCatalogError`` when the site's catalog cannot be read.
    """
    shipped = Translations.load(str(theme_locales_dir()), catalog_names(code), DOMAIN)
    own, path = _site_translations(site_root, code)
    translations: gettext.NullTranslations = shipped
    if own is not None:
        own.add_fallback(shipped)
        translations = own
    locale = cldr_locale(code)
    base = code.split("-")[0].lower()
    direction = locale.text_direction if locale is not None else "rtl" if base in RTL_FALLBACK else "ltr"
    return Language(code, translations, DateFormatter(locale), direction, path,
                    _translated_ids(shipped if isinstance(shipped, gettext.GNUTranslations) else None, own))


@lru_cache(maxsize=16)
def shipped_language(code: str) -> Language:
    """A language with the shipped catalogs only (for code that has no site folder at hand)."""
    return load_language(code)
