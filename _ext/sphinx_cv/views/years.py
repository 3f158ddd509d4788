"""``{cv:years}``: a skill's derived years, in running text."""

from __future__ import annotations

from docutils import nodes

from sphinx_cv.core.aggregate import years_text
from sphinx_cv.core.names import name_key
from sphinx_cv.diagnostics import Problem, warn
from sphinx_cv.i18n import TranslatedLabels
from sphinx_cv.model.nodes import years_placeholder
from sphinx_cv.views.base import PlaceholderTransform


class YearsTransform(PlaceholderTransform):
    """Replaces ``{cv:years}`` with the skill's years, or warns of an unknown skill."""

    placeholder = years_placeholder

    def expand(self, node: nodes.Element) -> list[nodes.Node]:
        wanted = name_key(node["skill"])
        for usage in self.domain.skill_usages(self.today):
            if usage.key != wanted:
                continue
            text = years_text(usage, TranslatedLabels())
            if text is not None:
                return [nodes.Text(text)]
            # Prose with a dash or a zero in it would say something untrue.
            warn(
                Problem.NO_YEARS,
                f"cv:years: {node['skill']!r} has no years to show: no role names it "
                "and it has no :years:",
                node,
            )
            return [nodes.Text("?")]
        warn(Problem.UNKNOWN_SKILL, f"cv:years: no skill named {node['skill']!r}", node)
        return [nodes.Text("?")]
