"""The extension's own words, in the build's language.

Dates come from CLDR, through Babel (Sphinx's own dependency): "Jan 2020",
"Jan. 2020", "janv. 2020", "2020年1月", in every language CLDR knows. The few
words CLDR does not say as a CV says them ("present", "yrs", the column
headings) are translated by the message catalog ``sphinx_cv``: the English
strings are the msgids, ``locales/`` holds the catalogs, and ``make
translations`` refreshes them (see the README).
"""

from __future__ import annotations

import datetime
import functools
from pathlib import Path
from typing import TYPE_CHECKING

from babel import Locale, UnknownLocaleError
from babel.dates import format_skeleton
from sphinx.locale import get_translation, get_translator

if TYPE_CHECKING:
    from sphinx_cv.core.dates import Month

CATALOG = "sphinx_cv"
LOCALE_DIR = Path(__file__).resolve().parent / "locales"
ENGLISH = "en"

_ = get_translation(CATALOG)


def ngettext(singular: str, plural: str, count: int) -> str:
    return get_translator(CATALOG).ngettext(singular, plural, count)


@functools.cache
def cldr_locale(language: str | None) -> Locale:
    """CLDR's locale for Sphinx's ``language`` ("de", "pt_BR", "zh-CN").

    English for one CLDR does not know, as Sphinx falls back to English words.
    """
    try:
        return Locale.parse((language or ENGLISH).replace("-", "_"))
    except (ValueError, UnknownLocaleError):
        return Locale.parse(ENGLISH)


@functools.cache
def month_and_year(locale: Locale, year: int, month: int) -> str:
    # CLDR's skeleton "yMMM": the abbreviated month and the year, in the order
    # and with the words the language uses.
    return format_skeleton("yMMM", datetime.date(year, month, 1), locale=locale)


class TranslatedLabels:
    """The core's Labels, in the build's language (``language`` in conf.py)."""

    def __init__(self, language: str | None = None) -> None:
        self.locale = cldr_locale(language)

    @property
    def present(self) -> str:
        return _("present")

    @property
    def under_a_year(self) -> str:
        return _("< 1")

    def month_and_year(self, month: Month) -> str:
        return month_and_year(self.locale, month.year, month.month)

    def year(self, year: int) -> str:
        return format_skeleton("y", datetime.date(year, 1, 1), locale=self.locale)

    def years(self, count: int) -> str:
        return ngettext("%d yr", "%d yrs", count) % count

    def months(self, count: int) -> str:
        return ngettext("%d mo", "%d mos", count) % count


def other_category() -> str:
    return _("Other")
