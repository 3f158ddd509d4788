"""The extension's own words in a Sphinx build's language.

Sphinx's translator reads the message catalog ``sphinx_cv`` (see
``language.py``, which also gives the dates, from CLDR); ``make translations``
refreshes the catalogs (see the README).
"""

from __future__ import annotations

from sphinx.locale import get_translation, get_translator

from sphinx_cv.language import CATALOG, ENGLISH, CatalogLabels

_ = get_translation(CATALOG)


class TranslatedLabels(CatalogLabels):
    """The core's Labels in the build's language (``language`` in conf.py)."""

    def __init__(self, language: str | None = None) -> None:
        super().__init__(language or ENGLISH, get_translator(CATALOG))


def other_category() -> str:
    return _("Other")
