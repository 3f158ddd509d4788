"""``{cv:skills}``: a table of skill, years, last used, and the roles that used it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from docutils import nodes

from sphinx_cv.core.aggregate import years_text
from sphinx_cv.core.text import name_key
from sphinx_cv.i18n import TranslatedLabels, _
from sphinx_cv.nodes import skills_table_placeholder
from sphinx_cv.render import NONE, joined, month_node, present_node, xref

from .base import PlaceholderTransform

if TYPE_CHECKING:
    from sphinx_cv.core.aggregate import SkillUsage


class SkillsTableTransform(PlaceholderTransform):
    """Fills ``{cv:skills}`` with a table whose figures come from the roles."""

    placeholder = skills_table_placeholder

    def expand(self, node: nodes.Element) -> list[nodes.Node]:
        category = name_key(node["category"])
        usages = [
            usage
            for usage in self.domain.skill_usages(self.today)
            if not category or name_key(usage.category) == category
        ]
        if not usages:
            return [nodes.paragraph("", _("No skills to show."), classes=["cv-empty"])]
        headings = [_("Skill"), _("Years"), _("Last used"), _("Roles")]
        table = nodes.table(classes=["cv-skills"])
        group = nodes.tgroup(cols=len(headings))
        table += group
        group += [nodes.colspec(colwidth=width) for width in (22, 8, 14, 40)]
        head = nodes.thead()
        head += row([nodes.Text(heading) for heading in headings])
        group += head
        body = nodes.tbody()
        body += [self.row(usage, node["docname"]) for usage in usages]
        group += body
        return [table]

    def row(self, usage: SkillUsage, docname: str) -> nodes.row:
        labels = TranslatedLabels()
        years = nodes.Text(years_text(usage, labels) or NONE)
        if usage.in_current_use:
            last_used: nodes.Node = present_node(labels)
        elif usage.last_used is not None:
            last_used = month_node(usage.last_used, labels)
        else:
            last_used = nodes.Text(NONE)
        roles = joined(
            [xref("role", role.target, role.label, docname) for role in usage.roles]
        )
        return row(
            [
                xref(
                    "skill",
                    usage.name,
                    usage.name,
                    docname,
                    quiet=usage.declaration is None,
                ),
                years,
                last_used,
                *([nodes.inline("", "", *roles)] if roles else [nodes.Text(NONE)]),
            ]
        )


def row(cells: list[nodes.Node]) -> nodes.row:
    result = nodes.row()
    for content in cells:
        entry = nodes.entry()
        entry += nodes.paragraph("", "", content)
        result += entry
    return result
