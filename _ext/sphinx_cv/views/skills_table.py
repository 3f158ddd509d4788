"""``{cv:skills}``: a table of skill, years, last used, and the roles that used it.

With ``:compact:``, a line a category instead, as a printed CV lists skills.
Inside a table's cell, the plain-text and man-page writers cannot hold a table
(docutils' and Sphinx's writers stop on one): there, each skill is a list item
with the same figures, labelled.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from docutils import nodes
from sphinx.transforms.post_transforms import SphinxPostTransform

from sphinx_cv.application import application_of
from sphinx_cv.core.aggregate import by_category, years_text
from sphinx_cv.core.names import name_key
from sphinx_cv.core.preview import cut_between_words
from sphinx_cv.i18n import TranslatedLabels, _
from sphinx_cv.model.nodes import (
    ancestors,
    cv_skill_line,
    cv_term,
    skills_table_placeholder,
)
from sphinx_cv.model.pieces import (
    SEPARATOR,
    joined,
    month_node,
    present_node,
    xref,
)
from sphinx_cv.views.base import AFTER_SPHINXS_POST_TRANSFORMS, PlaceholderTransform

if TYPE_CHECKING:
    from collections.abc import Sequence

    from sphinx_cv.core.aggregate import SkillUsage


class SkillsTableTransform(PlaceholderTransform):
    """Fills ``{cv:skills}`` with a table whose figures come from the roles."""

    default_priority = AFTER_SPHINXS_POST_TRANSFORMS
    placeholder = skills_table_placeholder

    def expand(self, node: nodes.Element) -> list[nodes.Node]:
        category = name_key(node["category"])
        usages = [
            usage
            for usage in self.snapshot.usages
            if not category or name_key(usage.category) == category
        ]
        if not usages:
            return [nodes.paragraph("", _("No skills to show."), classes=["cv-empty"])]
        if node.get("compact"):
            application = application_of(self.env)
            first = application.variant.skills_first if application else ()
            return compact_lines(usages, node["docname"], self.labels, first)
        if node.get("listed"):
            return [self.listed(usages, node["docname"])]
        # A row of empty cells reads as missing data: skills with nothing to show
        # but their name follow the table instead.
        undated = [usage for usage in usages if not usage.has_figures]
        dated = [usage for usage in usages if usage.has_figures]
        result: list[nodes.Node] = [self.table(dated, node["docname"])] if dated else []
        if undated:
            also = nodes.paragraph(classes=["cv-skills-also"])
            also += nodes.Text(_("Also:") + " ")
            also += joined([skill_link(usage, node["docname"]) for usage in undated])
            result.append(also)
        return result

    def table(self, usages: list[SkillUsage], docname: str) -> nodes.table:
        headings = [_("Skill"), _("Years"), _("Last used"), _("Roles")]
        # colwidths-given: LaTeX uses these widths, where tabulary would squeeze
        # the names column until "ArcObjects" broke.
        table = nodes.table(classes=["cv-skills", "colwidths-given"])
        group = nodes.tgroup(cols=len(headings))
        table += group
        group += [nodes.colspec(colwidth=width) for width in (22, 8, 14, 40)]
        head = nodes.thead()
        head += row([nodes.Text(heading) for heading in headings])
        group += head
        body = nodes.tbody()
        body += [self.row(usage, docname) for usage in usages]
        group += body
        return table

    def row(self, usage: SkillUsage, docname: str) -> nodes.row:
        return row([skill_link(usage, docname), *figures(usage, docname, self.labels)])

    def listed(self, usages: list[SkillUsage], docname: str) -> nodes.bullet_list:
        """The table as a list: "Python · Years: 15 · Last used: present · …"."""
        result = nodes.bullet_list(classes=["cv-skills"])
        for usage in usages:
            line = nodes.paragraph()
            line += skill_link(usage, docname)
            labelled = zip(
                [_("Years"), _("Last used"), _("Roles")],
                figures(usage, docname, self.labels),
                strict=True,
            )
            for label, figure in labelled:
                if figure.astext():
                    line += nodes.Text(f"{SEPARATOR}{label}: ")
                    line += figure
            result += nodes.list_item("", line)
        return result


class ListedInTables(SphinxPostTransform):
    """Marks skills tables in a table's cell to be lists, for writers that need it."""

    default_priority = 4  # before the tables are filled
    formats = ("text", "man")  # the writers that stop on a table in a table

    def run(self, **kwargs: object) -> None:
        del kwargs
        for node in self.document.findall(skills_table_placeholder):
            if in_a_table(node):
                node["listed"] = True


def in_a_table(node: nodes.Element) -> bool:
    return any(isinstance(parent, nodes.table) for parent in ancestors(node))


def figures(
    usage: SkillUsage, docname: str, labels: TranslatedLabels
) -> list[nodes.Node]:
    """Years, last used and roles, each cell filled.

    A skill no role names (one the summary names, in use now) has no years to
    count: a dash says so, and its roles' cell says no role names it.
    """
    years = nodes.Text(years_text(usage, labels) or NO_FIGURE)
    if usage.in_current_use:
        last_used: nodes.Node = present_node(labels)
    elif usage.last_used is not None:
        last_used = month_node(usage.last_used, labels)
    else:
        last_used = nodes.Text(NO_FIGURE)
    roles = joined(
        [
            xref("role", role.target, shown_label(role.label), docname)
            for role in usage.roles
        ]
    )
    if not usage.roles:
        roles = [nodes.Text(_("no role names it"))]
    return [years, last_used, nodes.inline("", "", *roles)]


NO_FIGURE = "\N{EM DASH}"


# A row names each role that used its skill, and every skill of a role repeats
# its name: a name of thousands of characters would be written once a row, and
# read by nobody. Each links to the role, where the name is in full.
LONGEST_LABEL = 80


def shown_label(label: str) -> str:
    if len(label) <= LONGEST_LABEL:
        return label
    return cut_between_words(" ".join(label.split()), LONGEST_LABEL)


def row(cells: list[nodes.Node]) -> nodes.row:
    result = nodes.row()
    for content in cells:
        entry = nodes.entry()
        entry += nodes.paragraph("", "", content)
        result += entry
    return result


def skill_link(usage: SkillUsage, docname: str) -> nodes.Node:
    """A link to the skill, its name never broken across lines."""
    link = xref(
        "skill", usage.name, usage.name, docname, quiet=usage.declaration is None
    )
    link.replace(link[0], cv_term(usage.name, usage.name, classes=["cv-skill"]))
    return link


def compact_lines(
    usages: list[SkillUsage],
    docname: str,
    labels: TranslatedLabels,
    first: Sequence[str] = (),
) -> list[nodes.Node]:
    """A line a category: "Languages: Python (15 yrs), Go (1 yr), C".

    The categories named in ``first`` come first (an application's variant).
    """
    lines: list[nodes.Node] = []
    for category, members in by_category(usages, first):
        line = cv_skill_line(classes=["cv-skill-line"], support_smartquotes=False)
        line += nodes.strong(category, category)
        line += nodes.Text(": ")
        items: list[nodes.Node] = []
        for usage in members:
            item = nodes.inline(classes=["cv-skill-item"])
            item += skill_link(usage, docname)
            if usage.whole_years:
                item += nodes.Text(f" ({labels.years(usage.whole_years)})")
            items.append(item)
        line += joined(items)
        lines.append(line)
    return lines
