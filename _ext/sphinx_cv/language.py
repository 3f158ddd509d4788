"""A language's words and dates, for the Sphinx build and for ``sphinx-cv`` alike.

Dates come from CLDR, through Babel (Sphinx's own dependency): "Jan 2020",
"Jan. 2020", "janv. 2020", "2020年1月", in every language CLDR knows. The few
words CLDR does not say as a CV says them ("present", "yrs", the headings) are
the message catalog ``sphinx_cv``'s: the English strings are the msgids,
``locales/`` holds the catalogs. No Sphinx here: ``sphinx-cv new`` writes its
pages in the project's language before any build.
"""

from __future__ import annotations

import datetime
import functools
from pathlib import Path
from typing import TYPE_CHECKING

from babel import Locale, UnknownLocaleError
from babel.dates import format_skeleton
from babel.support import Translations

from sphinx_cv.core.labels import mark

if TYPE_CHECKING:
    import gettext

    from sphinx_cv.core.dates import Month

CATALOG = "sphinx_cv"
# The words CLDR does not say as a CV says them: msgids of the catalog.
PRESENT = mark("present")
UNDER_A_YEAR = mark("< 1")
LOCALE_DIR = Path(__file__).resolve().parent / "locales"
ENGLISH = "en"


@functools.cache
def cldr_locale(language: str | None) -> Locale:
    """CLDR's locale for Sphinx's ``language`` ("de", "pt_BR", "zh-CN").

    English for one CLDR does not know, as Sphinx falls back to English words.
    """
    try:
        return Locale.parse((language or ENGLISH).replace("-", "_"))
    except (ValueError, UnknownLocaleError):
        return Locale.parse(ENGLISH)


def name_in_itself(language: str | None) -> str:
    """The language's name as CLDR writes it in the language: "日本語", "עברית"."""
    return str(cldr_locale(language).display_name or "")


def writes_right_to_left(language: str | None) -> bool:
    """Whether CLDR says the language is written right to left (Arabic, Hebrew)."""
    return bool(cldr_locale(language).character_order == "right-to-left")


@functools.cache
def month_and_year(locale: Locale, year: int, month: int) -> str:
    # CLDR's skeleton "yMMM": the abbreviated month and the year, in the order
    # and with the words the language uses.
    return format_skeleton("yMMM", datetime.date(year, month, 1), locale=locale)


def year_alone(locale: Locale, year: int) -> str:
    return format_skeleton("y", datetime.date(year, 1, 1), locale=locale)


def languages() -> list[str]:
    """English, and each language the extension has a message catalog for.

    ``sphinx-cv new`` and ``import`` write a whole CV in each: LuaLaTeX sets the
    PDF where pdflatex cannot (``starter.project.latex_engine``).
    """
    return sorted(
        {ENGLISH} | {path.name for path in LOCALE_DIR.iterdir() if path.is_dir()}
    )


@functools.cache
def catalog(language: str) -> gettext.NullTranslations:
    """The extension's catalog in ``language``; English (the msgids) without one."""
    return Translations.load(str(LOCALE_DIR), [language], domain=CATALOG)


class CatalogLabels:
    """The core's Labels in ``language``: CLDR's dates, the catalog's words.

    ``words`` is the catalog to read: by default this package's own, as
    ``sphinx-cv`` reads it; a Sphinx build hands in its translator of the same
    catalog (``i18n.TranslatedLabels``).
    """

    def __init__(
        self, language: str, words: gettext.NullTranslations | None = None
    ) -> None:
        self.locale = cldr_locale(language)
        self.words = catalog(language) if words is None else words

    @property
    def present(self) -> str:
        return self.words.gettext(PRESENT)

    @property
    def under_a_year(self) -> str:
        return self.words.gettext(UNDER_A_YEAR)

    def month_and_year(self, month: Month) -> str:
        return month_and_year(self.locale, month.year, month.month)

    def year(self, year: int) -> str:
        return year_alone(self.locale, year)

    def years(self, count: int) -> str:
        return self.words.ngettext("%d yr", "%d yrs", count) % count

    def months(self, count: int) -> str:
        return self.words.ngettext("%d mo", "%d mos", count) % count
