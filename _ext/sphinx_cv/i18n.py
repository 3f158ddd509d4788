"""The extension's own words, translated by its message catalog ``sphinx_cv``.

The English strings are the msgids; ``locales/`` holds the catalogs, and
``make translations`` refreshes them (see the README).
"""

from __future__ import annotations

from pathlib import Path

from sphinx.locale import get_translation, get_translator

from sphinx_cv.core.labels import MONTH_ABBREVIATIONS

CATALOG = "sphinx_cv"
LOCALE_DIR = Path(__file__).resolve().parent / "locales"

_ = get_translation(CATALOG)


def ngettext(singular: str, plural: str, count: int) -> str:
    return get_translator(CATALOG).ngettext(singular, plural, count)


class TranslatedLabels:
    """The core's Labels, in the build's language."""

    @property
    def present(self) -> str:
        return _("present")

    @property
    def under_a_year(self) -> str:
        return _("< 1")

    def month_abbreviation(self, month: int) -> str:
        return get_translator(CATALOG).gettext(MONTH_ABBREVIATIONS[month - 1])

    def years(self, count: int) -> str:
        return ngettext("%d yr", "%d yrs", count) % count

    def months(self, count: int) -> str:
        return ngettext("%d mo", "%d mos", count) % count


def other_category() -> str:
    return _("Other")
