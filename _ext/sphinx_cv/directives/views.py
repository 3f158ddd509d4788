"""``{cv:timeline}``, ``{cv:skills}`` and ``{cv:person}``: views across the whole CV.

At read time only the options are checked, into a placeholder; the view is filled
in by a post transform once every document has been read (see ``views/``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, final

from sphinx_cv.config import today
from sphinx_cv.core.aggregate import TimelineDetail
from sphinx_cv.core.dates import CVDate, DateError, parse_date
from sphinx_cv.diagnostics import Problem
from sphinx_cv.directives.base import CVDirective
from sphinx_cv.directives.options import EveryOption
from sphinx_cv.model.nodes import (
    person_placeholder,
    skills_table_placeholder,
    timeline_placeholder,
)

if TYPE_CHECKING:
    from docutils import nodes


class ViewDirective(CVDirective):
    """A view's directive: its options checked, into a placeholder for the view."""

    @final
    def run(self) -> list[nodes.Node]:
        if self.refused_inside_role():
            return []
        self.check_options()
        placeholder = self.placeholder()
        placeholder["docname"] = self.docname
        self.set_source_info(placeholder)
        return [placeholder]

    def placeholder(self) -> nodes.Element:
        raise NotImplementedError


class TimelineDirective(ViewDirective):
    """Every role, newest first. Options: ``:limit:``, ``:since:``, ``:tags:``.

    ``:full:`` shows each role in full (its text, not just its dates); given tags,
    ``:full: recent``, only roles with one of them, and the rest as one line each.
    A role in full ends with its skills, unless ``:no-skills:`` is given.
    """

    option_spec = EveryOption.known("limit", "since", "tags", "full", "no-skills")

    def placeholder(self) -> nodes.Element:
        # In the order written in the docstring: so are their warnings.
        limit = self.count_option("limit")
        since = self.since()
        tags = list(self.list_option("tags"))
        full = self.list_option("full") if "full" in self.options else None
        return timeline_placeholder(
            limit=limit,
            since=since,
            tags=tags,
            detail=TimelineDetail.from_option(full),
            role_skills=not self.flag_option("no-skills"),
        )

    def since(self) -> CVDate | None:
        text = self.text_option("since")
        if not text:
            return None
        try:
            since = parse_date(text)
        except DateError as error:
            self.warn(Problem.DATE, f":since: {error}")
            return None
        now = today(self.config)
        if since.earliest > now:
            self.warn(
                Problem.DATE,
                f":since: {text} is after today, {now.isoformat()}: no role can "
                "be that recent (cv_today sets today)",
            )
        return since


class SkillsTableDirective(ViewDirective):
    """A table of skills with their derived figures. Option: ``:category:``.

    ``:compact:`` gives a line a category instead, for a printed CV:
    "Languages: Python (15 yrs), Go, C".
    """

    option_spec = EveryOption.known("category", "compact")

    def placeholder(self) -> nodes.Element:
        return skills_table_placeholder(
            category=self.text_option("category"),
            compact=self.flag_option("compact"),
        )


class PersonDirective(ViewDirective):
    """The CV's header: the headline and profile links from ``cv_person``."""

    def placeholder(self) -> nodes.Element:
        return person_placeholder()
