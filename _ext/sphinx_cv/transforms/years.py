"""``{cv:years}``: a skill's derived years, in running text."""

from __future__ import annotations

from docutils import nodes

from sphinx_cv.core.text import format_years, name_key
from sphinx_cv.diagnostics import Problem, warn
from sphinx_cv.i18n import TranslatedLabels
from sphinx_cv.nodes import years_placeholder

from .base import PlaceholderTransform


class YearsTransform(PlaceholderTransform):
    """Replaces ``{cv:years}`` with the skill's years, or warns of an unknown skill."""

    placeholder = years_placeholder

    def expand(self, node: nodes.Element) -> list[nodes.Node]:
        wanted = name_key(node["skill"])
        for usage in self.domain.skill_usages(self.today):
            if usage.key == wanted:
                if usage.explicit_years is not None:
                    return [nodes.Text(str(usage.explicit_years))]
                return [nodes.Text(format_years(usage.months, TranslatedLabels()))]
        warn(Problem.UNKNOWN_SKILL, f"cv:years: no skill named {node['skill']!r}", node)
        return [nodes.Text("?")]
