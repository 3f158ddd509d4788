r"""h-resume microformats on the site's own markup (microformats.org/wiki/h-resume).

HTML only: the classes are for parsers of web pages, and LaTeX would wrap every
classed inline in ``\DUrole``. The dates are the visible ``<time>`` elements;
a role's name and organisation, which its markup shows in several ways (a
heading, a link, a list item), are given as ``<data>`` values from its record.

- ``h-resume`` on the page's top section, when the page shows any of these:
- ``p-contact h-card`` on the person's header, with ``p-name``, ``p-job-title``,
  ``u-email``, ``p-tel`` and ``p-adr`` (what the site may show of them), and the
  person's site and each profile as ``u-url``;
- ``p-experience h-event`` on whatever shows one role (marked ``cv_role`` where
  it is made), with ``p-name``, ``p-org``, ``p-location``, ``dt-start``, ``dt-end``;
- ``p-summary`` on ``{cv:summary}``, ``p-education h-event`` on ``{cv:education}``;
- ``p-skill`` on each skill named outside a role (a role's own skills list would
  make them the role's properties).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from docutils import nodes
from sphinx.transforms.post_transforms import SphinxPostTransform

from sphinx_cv.model.nodes import PRINTED_WHOLE, cv_data, cv_date, cv_header
from sphinx_cv.snapshot import cv_snapshot
from sphinx_cv.views.base import AFTER_SPHINXS_POST_TRANSFORMS

if TYPE_CHECKING:
    from collections.abc import Mapping

    from sphinx_cv.core.records import RoleRecord

SKILL_NAME = "cv-skill"  # the name itself: a list item also holds its years


def value(microformat_class: str, text: str) -> cv_data:
    return cv_data(value=text, classes=[microformat_class])


def has_class(node: nodes.Node, name: str) -> bool:
    return isinstance(node, nodes.Element) and name in node["classes"]


class Microformats(SphinxPostTransform):
    """Adds the classes of h-resume to the CV's nodes, once every view is filled.

    To the site's pages only: not to the Word document that the site's build
    writes through the same builder, which shows no classes.
    """

    default_priority = AFTER_SPHINXS_POST_TRANSFORMS + 10  # after every view
    formats = ("html",)

    def is_supported(self) -> bool:
        return super().is_supported() and not self.document.get(PRINTED_WHOLE)

    def run(self, **kwargs: object) -> None:
        del kwargs
        roles = cv_snapshot(self.env).roles_by_target
        marked = mark(self.document, roles, in_a_role=False)
        top = next(iter(self.document.findall(nodes.section)), None)
        if marked and top is not None:
            top["classes"].append("h-resume")


def mark(
    node: nodes.Element, roles: Mapping[str, RoleRecord], *, in_a_role: bool
) -> bool:
    """Marks the node and all it holds, in one pass: whether it marked any."""
    marked = False
    role = roles.get(node.get("cv_role", ""))
    if role is not None:
        mark_role(node, role)
        in_a_role = marked = True
    if isinstance(node, cv_header):
        mark_person(node)
        marked = True
    classes = node["classes"]
    if "cv-summary" in classes:
        classes.append("p-summary")
        marked = True
    elif "cv-education" in classes:
        classes += ["p-education", "h-event"]
        marked = True
    elif not in_a_role and is_skill_name(node):
        # A role's own skills would be the role's properties, not the person's.
        classes.append("p-skill")
        marked = True
    for child in node.children:
        if isinstance(child, nodes.Element) and mark(child, roles, in_a_role=in_a_role):
            marked = True
    return marked


def is_skill_name(node: nodes.Element) -> bool:
    """A skill's name in a sentence, a table or a list; not its declaration."""
    return (
        isinstance(node, nodes.inline)
        and SKILL_NAME in node["classes"]
        and bool(node.astext().strip())
    )


def mark_role(node: nodes.Element, role: RoleRecord) -> None:
    node["classes"] += ["p-experience", "h-event"]
    wanted = [("dt-start", role.period.start.isoformat())]
    if role.period.end is not None:
        wanted.append(("dt-end", role.period.end.isoformat()))
    # In order: a role that starts and ends in one month shows that month twice.
    for date in node.findall(cv_date):
        if wanted and date["datetime"] == wanted[0][1]:
            date["classes"].append(wanted.pop(0)[0])
    # Inside the first paragraph: a list item of one paragraph stays compact.
    line = (
        node
        if isinstance(node, nodes.paragraph)
        else next(node.findall(nodes.paragraph), node)
    )
    line += value("p-name", role.title or role.org)
    line += value("p-org", role.org)
    if role.location:
        line += value("p-location", role.location)


def mark_person(person: cv_header) -> None:
    person["classes"] += ["p-contact", "h-card"]
    person.insert(0, value("p-name", person["name"]))
    for node in person.findall(nodes.Element):
        if has_class(node, "cv-headline"):
            node["classes"].append("p-job-title")
            continue
        for field, property_name in CONTACT_PROPERTIES.items():
            if has_class(node, f"cv-{field}"):
                node["classes"].append(property_name)
                break
        else:
            if isinstance(node, nodes.reference):
                node["classes"].append("u-url")


# h-card's names for the header's contact details (the person's own web site and
# the profiles are u-url).
CONTACT_PROPERTIES = {"email": "u-email", "phone": "p-tel", "location": "p-adr"}
