"""The starter's words in the project's language: its headings and sentences.

Each is a msgid of the extension's catalog (marked where it is written, for
``make translations``), translated as the project is written, so a new or an
imported CV in French has French headings, and its dates are written as CLDR
writes them in French.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sphinx_cv.core.labels import format_date
from sphinx_cv.language import CatalogLabels, catalog

if TYPE_CHECKING:
    from sphinx_cv.core.dates import CVDate


EN_DASH = " \N{EN DASH} "


class Words:
    """``words(message)`` is the message in the project's language."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.catalog = catalog(language)
        self.labels = CatalogLabels(language)

    def __call__(self, message: str) -> str:
        return self.catalog.gettext(message)

    def span(self, start: CVDate | None, end: CVDate | None) -> str:
        """A start to an end or to the present, or a date alone, as words."""
        if start is None:
            return format_date(end, self.labels) if end else ""
        until = format_date(end, self.labels) if end else self.labels.present
        return f"{format_date(start, self.labels)}{EN_DASH}{until}"
