"""How dates, durations and years read, in words a message catalog can translate.

The core writes English; ``Labels`` is what the Sphinx layer hands in to say the
same in the build's language (``i18n.TranslatedLabels``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from sphinx_cv.core.dates import CVDate, Month


def mark(message: str) -> str:
    """Marks a msgid for the message catalog, where it is translated later."""
    return message


class Labels(Protocol):
    """The words the CV's own labels use; the Sphinx layer supplies translated ones."""

    @property
    def present(self) -> str: ...

    @property
    def under_a_year(self) -> str: ...

    def month_and_year(self, month: Month) -> str:
        """A month as the language writes one: "Jan 2020", "Jan. 2020", "2020年1月"."""
        ...

    def year(self, year: int) -> str:
        """A year alone: "2020", "2020年"."""
        ...

    def years(self, count: int) -> str: ...

    def months(self, count: int) -> str: ...


MONTHS_PER_YEAR = 12


def format_month(month: Month, labels: Labels) -> str:
    return labels.month_and_year(month)


def format_date(date: CVDate, labels: Labels) -> str:
    """A CV shows months: a day is shown as its month, a year alone as the year."""
    if date.month is None:
        return labels.year(date.year)
    return labels.month_and_year(date.first_month)


def format_duration(months: int, labels: Labels) -> str:
    """``39`` reads "3 yrs 3 mos"; ``12`` reads "1 yr"; ``0`` reads "0 mos"."""
    years, remainder = divmod(max(months, 0), MONTHS_PER_YEAR)
    parts = []
    if years:
        parts.append(labels.years(years))
    if remainder or not years:
        parts.append(labels.months(remainder))
    return " ".join(parts)


def format_years(months: int, labels: Labels) -> str:
    """Whole years, rounded down; under a year reads "< 1"."""
    years = months // MONTHS_PER_YEAR
    return str(years) if years else labels.under_a_year
