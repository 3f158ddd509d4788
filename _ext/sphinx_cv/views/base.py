"""What the placeholder-filling post transforms share."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from sphinx.transforms.post_transforms import SphinxPostTransform

from sphinx_cv.config import today
from sphinx_cv.domain import cv_domain

if TYPE_CHECKING:
    import datetime

    from docutils import nodes

    from sphinx_cv.domain import CVDomain


class PlaceholderTransform(SphinxPostTransform):
    """Replaces every node of ``placeholder`` with what ``expand`` returns."""

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
        for node in list(self.document.findall(self.placeholder)):
            node.replace_self(self.expand(node))

    def expand(self, node: nodes.Element) -> list[nodes.Node]:
        raise NotImplementedError
