"""``{cv:timeline}``, ``{cv:skills}`` and ``{cv:person}``: views across the whole CV.

At read time only the options are checked; the view is filled in by a post
transform once every document has been read (see ``transforms/``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sphinx_cv.core.dates import DateError, parse_date
from sphinx_cv.diagnostics import Problem
from sphinx_cv.nodes import (
    person_placeholder,
    skills_table_placeholder,
    timeline_placeholder,
)
from sphinx_cv.options import EveryOption

from .base import CVDirective

if TYPE_CHECKING:
    from docutils import nodes


class TimelineDirective(CVDirective):
    """Every role, newest first. Options: ``:limit:``, ``:since:``, ``:tags:``.

    ``:full:`` shows each role in full (its text, not just its dates); given tags,
    ``:full: recent``, only roles with one of them, and the rest as one line each.
    A role in full ends with its skills, unless ``:no-skills:`` is given.
    """

    option_spec = EveryOption.known("limit", "since", "tags", "full", "no-skills")

    def run(self) -> list[nodes.Node]:
        if self.refused_inside_role():
            return []
        self.check_options()
        placeholder = timeline_placeholder(
            docname=self.docname,
            limit=self.count_option("limit"),
            since=self.since(),
            tags=list(self.list_option("tags")),
            full=list(self.list_option("full")) if "full" in self.options else None,
            role_skills=not self.flag_option("no-skills"),
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
    """A table of skills with their derived figures. Option: ``:category:``.

    ``:compact:`` gives a line a category instead, for a printed CV:
    "Languages: Python (15 yrs), Go, C".
    """

    option_spec = EveryOption.known("category", "compact")

    def run(self) -> list[nodes.Node]:
        if self.refused_inside_role():
            return []
        self.check_options()
        placeholder = skills_table_placeholder(
            docname=self.docname,
            category=self.text_option("category"),
            compact=self.flag_option("compact"),
        )
        self.set_source_info(placeholder)
        return [placeholder]


class PersonDirective(CVDirective):
    """The CV's header: the headline and profile links from ``cv_person``."""

    def run(self) -> list[nodes.Node]:
        if self.refused_inside_role():
            return []
        self.check_options()
        placeholder = person_placeholder(docname=self.docname)
        self.set_source_info(placeholder)
        return [placeholder]
