"""The extension's own words in a Sphinx build's language.

Sphinx's translator reads the message catalog ``sphinx_cv`` (see
``language.py``, which also gives the dates, from CLDR); ``make translations``
refreshes the catalogs (see the README).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sphinx.locale import get_translation, get_translator

from sphinx_cv.language import CATALOG, cldr_locale, month_and_year, year_alone

if TYPE_CHECKING:
    from sphinx_cv.core.dates import Month

_ = get_translation(CATALOG)


def ngettext(singular: str, plural: str, count: int) -> str:
    return get_translator(CATALOG).ngettext(singular, plural, count)


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
        return year_alone(self.locale, year)

    def years(self, count: int) -> str:
        return ngettext("%d yr", "%d yrs", count) % count

    def months(self, count: int) -> str:
        return ngettext("%d mo", "%d mos", count) % count


def other_category() -> str:
    return _("Other")
