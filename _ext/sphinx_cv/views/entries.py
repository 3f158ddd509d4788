"""A full timeline's entries: each employer with its dates column and its text.

What a printed CV shows of a role: a heading with the organisation (and title) on
the left and the dates in a right-hand column, the location, the role's own text
(copied from its page, so it is written once), and its skills on a quiet line.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from docutils import nodes

from sphinx_cv.model.nodes import cv_entry, cv_heading, cv_term, cv_when
from sphinx_cv.model.pieces import SEPARATOR, joined, period_nodes, xref

if TYPE_CHECKING:
    import datetime

    from sphinx.environment import BuildEnvironment

    from sphinx_cv.core.aggregate import Employer, TimelineDetail
    from sphinx_cv.core.dates import Period
    from sphinx_cv.core.labels import Labels
    from sphinx_cv.core.records import RoleRecord


class EntryWriter:
    """Builds the ``cv_entry`` nodes of one document's full timeline."""

    def __init__(
        self,
        env: BuildEnvironment,
        docname: str,
        today: datetime.date,
        labels: Labels,
        *,
        role_skills: bool = True,
    ) -> None:
        self.env = env
        self.docname = docname
        self.today = today
        self.labels = labels
        self.role_skills = role_skills

    def entry(self, employer: Employer, detail: TimelineDetail) -> cv_entry:
        """The employer's headings, and the text of the roles shown in full."""
        brief = not any(detail.shows_in_full(role) for role in employer.positions)
        entry = cv_entry(classes=["cv-entry", "cv-brief"] if brief else ["cv-entry"])
        first = employer.positions[0]
        several = len(employer.positions) > 1
        what: list[nodes.Node] = [
            nodes.strong("", "", xref("role", first.target, employer.org, self.docname))
        ]
        if first.title and not several:
            what += [nodes.Text(SEPARATOR), nodes.emphasis(first.title, first.title)]
        if first.location:
            what += [
                nodes.Text(SEPARATOR),
                nodes.inline(first.location, first.location, classes=["cv-location"]),
            ]
        entry += self.heading(what, employer.span, "cv-employer")
        if not several:
            entry["cv_role"] = first.target
        for role in employer.positions:
            if several:
                title = role.title or role.org
                position = self.heading(
                    [xref("role", role.target, title, self.docname)],
                    role.period,
                    "cv-position",
                )
                position["cv_role"] = role.target
                entry += position
            if detail.shows_in_full(role):
                entry += self.role_text(role)
                if role.skills and self.role_skills:
                    entry += self.skills_line(role)
        return entry

    def heading(self, what: list[nodes.Node], period: Period, kind: str) -> cv_heading:
        line = cv_heading(classes=["cv-heading", kind])
        line += nodes.inline("", "", *what, classes=["cv-what"])
        line += cv_when("", "", *period_nodes(period, self.today, self.labels))
        # Field values are data: shown exactly as written.
        line["support_smartquotes"] = False
        return line

    def role_text(self, role: RoleRecord) -> list[nodes.Node]:
        """The role's summary and highlights, as its page has them."""
        doctree = self.env.get_doctree(role.source.docname)
        for block in doctree.findall(nodes.container):
            if block.get("cv_anchor") == role.source.anchor:
                return [
                    without_ids(child.deepcopy())
                    for child in block.children
                    if isinstance(child, nodes.Element) and not child.get("cv_header")
                ]
        return []

    def skills_line(self, role: RoleRecord) -> nodes.container:
        line = nodes.paragraph(classes=["cv-entry-skills"], support_smartquotes=False)
        line += joined(
            [cv_term(name, name) for name in role.skills], separator=SEPARATOR
        )
        return nodes.container("", line, classes=["cv-quiet"])


def without_ids(node: nodes.Element) -> nodes.Element:
    """A copy must not claim the original's anchors: they stay on the role's page."""
    for element in node.findall(nodes.Element):
        element["ids"] = []
        element["names"] = []
    return node
