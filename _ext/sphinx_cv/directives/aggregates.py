"""``{cv:timeline}`` and ``{cv:skills}``: views across the whole CV.

At read time only the options are checked; the view is filled in by a post
transform once every document has been read (see ``transforms/``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sphinx_cv.core.dates import DateError, parse_date
from sphinx_cv.diagnostics import Problem
from sphinx_cv.nodes import skills_table_placeholder, timeline_placeholder
from sphinx_cv.options import EveryOption

from .base import CVDirective

if TYPE_CHECKING:
    from docutils import nodes


class TimelineDirective(CVDirective):
    """Every role, newest first. Options: ``:limit:``, ``:since:``, ``:tags:``."""

    option_spec = EveryOption.known("limit", "since", "tags")

    def run(self) -> list[nodes.Node]:
        self.warn_about_unknown_options()
        placeholder = timeline_placeholder(
            docname=self.docname,
            limit=self.count_option("limit"),
            since=self.since(),
            tags=list(self.list_option("tags")),
        )
        self.set_source_info(placeholder)
        return [placeholder]

    def since(self) -> str:
        text = self.text_option("since")
        if not text:
            return ""
        try:
            return parse_date(text).isoformat()
        except DateError as error:
            self.warn(Problem.DATE, f":since: {error}")
            return ""


class SkillsTableDirective(CVDirective):
    """A table of skills with their derived figures. Option: ``:category:``."""

    option_spec = EveryOption.known("category")

    def run(self) -> list[nodes.Node]:
        self.warn_about_unknown_options()
        placeholder = skills_table_placeholder(
            docname=self.docname, category=self.text_option("category")
        )
        self.set_source_info(placeholder)
        return [placeholder]
