"""What the placeholder-filling post transforms share."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from sphinx.transforms.post_transforms import ReferencesResolver, SphinxPostTransform

from sphinx_cv.config import today
from sphinx_cv.domain import cv_domain

if TYPE_CHECKING:
    import datetime

    from docutils import nodes

    from sphinx_cv.domain import CVDomain


# After Sphinx's own post transforms (the last, TrimDoctestFlagsTransform, is at
# 401), before a theme's (furo wraps tables at 500).
AFTER_SPHINXS_POST_TRANSFORMS = 450


class PlaceholderTransform(SphinxPostTransform):
    """Replaces every node of ``placeholder`` that it ``fills`` with ``expand``'s.

    At priority 5, before Sphinx resolves the page's links (10), by default. A view
    made of the records alone (names, dates, links to roles and skills) holds no
    image, code, ``only`` block, citation or footnote, which Sphinx's other post
    transforms look for, each in a walk of the whole page: it is filled after them
    (``AFTER_SPHINXS_POST_TRANSFORMS``), so that none walks it, and Sphinx's
    resolver is run again for its links. A 100-role CV's skills table alone was
    most of what those walks went through.
    """

    default_priority = 5
    placeholder: ClassVar[type[nodes.Element]]

    @property
    def domain(self) -> CVDomain:
        return cv_domain(self.env)

    @property
    def today(self) -> datetime.date:
        return today(self.config)

    def run(self, **kwargs: object) -> None:
        del kwargs
        filled = [
            node for node in self.document.findall(self.placeholder) if self.fills(node)
        ]
        for node in filled:
            node.replace_self(self.expand(node))
        if filled and self.default_priority > ReferencesResolver.default_priority:
            ReferencesResolver(self.document).apply()

    def fills(self, node: nodes.Element) -> bool:
        """Whether this transform fills the placeholder; another may fill the rest."""
        del node
        return True

    def expand(self, node: nodes.Element) -> list[nodes.Node]:
        raise NotImplementedError
