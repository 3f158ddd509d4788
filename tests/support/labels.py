"""The core's labels in English, without a Sphinx build to translate them."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sphinx_cv.core.dates import Month

MONTH_ABBREVIATIONS = (
    *("Jan", "Feb", "Mar", "Apr", "May", "Jun"),
    *("Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
)


class English:
    """The msgids as they are: what a build in English shows."""

    present = "present"
    under_a_year = "< 1"

    def month_and_year(self, month: Month) -> str:
        return f"{MONTH_ABBREVIATIONS[month.month - 1]} {month.year}"

    def year(self, year: int) -> str:
        return str(year)

    def years(self, count: int) -> str:
        return f"{count} yr" if count == 1 else f"{count} yrs"

    def months(self, count: int) -> str:
        return f"{count} mo" if count == 1 else f"{count} mos"


ENGLISH = English()
