"""The core's labels in English, without a Sphinx build to translate them."""

from __future__ import annotations

from sphinx_cv.core.labels import MONTH_ABBREVIATIONS


class English:
    """The msgids as they are: what a build in English shows."""

    present = "present"
    under_a_year = "< 1"

    def month_abbreviation(self, month: int) -> str:
        return MONTH_ABBREVIATIONS[month - 1]

    def years(self, count: int) -> str:
        return f"{count} yr" if count == 1 else f"{count} yrs"

    def months(self, count: int) -> str:
        return f"{count} mo" if count == 1 else f"{count} mos"


ENGLISH = English()
