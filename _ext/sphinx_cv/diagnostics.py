"""Warnings about the CV's input: each names its place and has type ``cv``.

Every warning carries ``type="cv"`` and a subtype, so a project can silence one
kind with ``suppress_warnings = ["cv.date"]``, and ``-W`` turns each into an error.
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING

from sphinx.util import logging

if TYPE_CHECKING:
    from docutils import nodes

logger = logging.getLogger("sphinx_cv")


class Problem(enum.StrEnum):
    """The warning subtypes, as ``suppress_warnings`` names them after ``cv.``."""

    DATE = "date"
    DATE_ORDER = "date-order"
    MISSING_OPTION = "missing-option"
    UNKNOWN_OPTION = "unknown-option"
    DUPLICATE_SKILL = "duplicate-skill"
    UNKNOWN_SKILL = "unknown-skill"
    UNKNOWN_ORG = "unknown-org"
    NO_YEARS = "no-years"
    EMPTY_NAME = "empty-name"
    BAD_OPTION = "bad-option"
    NESTED = "nested"
    OPTION_COMMENT = "option-comment"
    HIDDEN_CHARACTERS = "hidden-characters"
    RAW_HTML = "raw-html"
    CONFIG = "config"
    UNWRITABLE = "unwritable-character"
    EMPTY_VIEW = "empty-view"
    # Reported by LaTeX, as only the PDF knows its pages (sphinxcv.sty).
    PAGE_FIT = "page-fit"
    # The LaTeX engine stopped at an error, in a build with cv_make_pdf.
    PDF = "pdf"
    # A character the PDF's fonts have no glyph for (reported by LaTeX's log).
    SCRIPT = "script"
    # A page's text that its translation lacks, or holds stale (translation.py).
    TRANSLATION = "translation"
    # An application's source that cannot be used as written (application.py).
    APPLICATION = "application"


def warn(
    problem: Problem, message: str, location: nodes.Node | tuple[str, int] | str
) -> None:
    """Warn about the CV's input at a node, a (docname, line), or a "path:place"."""
    logger.warning(message, type="cv", subtype=problem.value, location=location)
