"""A role under a heading that already names its organisation says it once.

The directive cannot see the heading it sits under (MyST-Parser's mocked state has
no parent), so this read-time transform drops the role's title line when the
enclosing section's title is the organisation and the line says nothing more.
"""

from __future__ import annotations

from docutils import nodes
from sphinx.transforms import SphinxTransform

from sphinx_cv.core.names import name_key


class DropRepeatedOrganisation(SphinxTransform):
    """Removes ``cv-role-title`` lines that only repeat their section's title."""

    default_priority = 500

    def apply(self, **kwargs: object) -> None:
        del kwargs
        for line in list(self.document.findall(nodes.paragraph)):
            org_key = line.get("cv_org_only")
            if org_key and enclosing_title_key(line) == org_key:
                line.parent.remove(line)


def enclosing_title_key(node: nodes.Node) -> str | None:
    parent = node.parent
    while parent is not None and not isinstance(parent, nodes.section):
        parent = parent.parent
    if parent is None or not isinstance(parent[0], nodes.title):
        return None
    return name_key(parent[0].astext())
