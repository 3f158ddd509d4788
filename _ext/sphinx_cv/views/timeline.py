"""``{cv:timeline}``: employers newest first, each with its positions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from docutils import nodes

from sphinx_cv.application import application_of
from sphinx_cv.core.aggregate import Employer, TimelineDetail, timeline
from sphinx_cv.diagnostics import Problem, warn
from sphinx_cv.i18n import _
from sphinx_cv.model.nodes import cv_timeline, timeline_placeholder
from sphinx_cv.model.pieces import SEPARATOR, period_nodes, xref
from sphinx_cv.views.base import AFTER_SPHINXS_POST_TRANSFORMS, PlaceholderTransform
from sphinx_cv.views.entries import EntryWriter

if TYPE_CHECKING:
    from collections.abc import Sequence

    from sphinx_cv.core.dates import CVDate
    from sphinx_cv.core.records import RoleRecord


class TimelineTransform(PlaceholderTransform):
    """Fills ``{cv:timeline}``: a list of employers, or with ``:full:`` entries.

    This one fills the lists, made of the records alone, after Sphinx's post
    transforms; ``TimelineEntriesTransform`` fills the entries.
    """

    default_priority = AFTER_SPHINXS_POST_TRANSFORMS
    placeholder = timeline_placeholder

    def fills(self, node: nodes.Element) -> bool:
        return not node["detail"].as_entries

    def expand(self, node: nodes.Element) -> list[nodes.Node]:
        roles: Sequence[RoleRecord] = self.snapshot.roles
        application = application_of(self.env)
        if application is not None:
            # An application's variant shows some roles; the records stay whole.
            roles = [role for role in roles if application.variant.shows(role.tags)]
        employers = timeline(
            roles,
            limit=node["limit"],
            since=node["since"],
            tags=node["tags"],
            today=self.today,
        )
        if not employers:
            since: CVDate | None = node["since"]
            # A :since: after today has been warned of as its page was read.
            if roles and not (since and since.earliest > self.today):
                warn(
                    Problem.EMPTY_VIEW,
                    "cv:timeline: its :since: and :tags: select no role",
                    node,
                )
            return [nodes.paragraph("", _("No roles to show."), classes=["cv-empty"])]
        detail: TimelineDetail = node["detail"]
        if detail.as_entries:
            writer = EntryWriter(
                self.env,
                node["docname"],
                self.today,
                self.labels,
                role_skills=node.get("role_skills", True),
            )
            return [writer.entry(employer, detail) for employer in employers]
        listing = cv_timeline(classes=["cv-timeline"], enumtype="arabic")
        for employer in employers:
            listing += self.entry(employer, node["docname"])
        return [listing]

    def entry(self, employer: Employer, docname: str) -> nodes.list_item:
        labels = self.labels
        item = nodes.list_item(classes=["cv-employer"])
        first = employer.positions[0]
        heading = nodes.paragraph(classes=["cv-employer-name"])
        heading += nodes.strong(
            "", "", xref("role", first.target, employer.org, docname)
        )
        if first.location:
            heading += nodes.Text(SEPARATOR)
            heading += nodes.inline(
                first.location, first.location, classes=["cv-location"]
            )
        item += heading
        positions = (
            nodes.bullet_list(classes=["cv-positions"])
            if len(employer.positions) > 1
            else None
        )
        for role in employer.positions:
            line = nodes.paragraph(classes=["cv-position"])
            if role.title:
                line += xref("role", role.target, role.title, docname)
                line += nodes.Text(SEPARATOR)
            line += period_nodes(role.period, self.today, labels)
            if positions is None:
                item += line
                item["cv_role"] = role.target
            else:
                positions += nodes.list_item("", line, cv_role=role.target)
        if positions is not None:
            item += positions
        return item


class TimelineEntriesTransform(TimelineTransform):
    """Fills the ``:full:`` timelines, whose entries copy each role's text.

    First of the views, and before Sphinx's post transforms: the text may hold
    what they look for (code, images, links), and placeholders that the other
    views must still fill.
    """

    default_priority = 4

    def fills(self, node: nodes.Element) -> bool:
        return bool(node["detail"].as_entries)
