"""Inline roles: ``{cv:skill}`` and ``{cv:org}`` link; ``{cv:years}`` counts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from docutils.nodes import inline
from sphinx.roles import XRefRole
from sphinx.util.docutils import SphinxRole

from sphinx_cv.diagnostics import Problem, warn
from sphinx_cv.model.nodes import years_placeholder

if TYPE_CHECKING:
    from docutils.nodes import Node, system_message


class CVXRefRole(XRefRole):
    """A link to a skill or an organisation; an empty name is warned about."""

    def run(self) -> tuple[list[Node], list[system_message]]:
        if not self.text.strip():
            warn(Problem.EMPTY_NAME, f"{self.name}: the name is empty", location(self))
            return [], []
        result, messages = super().run()
        for node in result:
            for inner in node.findall(inline):
                # The text writer stars an "xref" inline: a CV's links are words.
                if "xref" in inner["classes"]:
                    inner["classes"].remove("xref")
        return result, messages


class YearsRole(SphinxRole):
    """The years a skill was used, derived from the roles: never goes stale."""

    def run(self) -> tuple[list[Node], list[system_message]]:
        name = " ".join(self.text.split())
        if not name:
            warn(
                Problem.EMPTY_NAME,
                f"{self.name}: the skill's name is empty",
                location(self),
            )
            return [], []
        placeholder = years_placeholder(
            self.rawtext, name, skill=name, docname=self.env.current_document.docname
        )
        self.set_source_info(placeholder)
        return [placeholder], []


def location(role: SphinxRole) -> tuple[str, int]:
    return (role.env.current_document.docname, role.lineno)
