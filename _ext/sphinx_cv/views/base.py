"""What the placeholder-filling post transforms share."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from docutils import nodes
from sphinx.transforms.post_transforms import ReferencesResolver, SphinxPostTransform

from sphinx_cv.i18n import TranslatedLabels
from sphinx_cv.links import resolve_links_in
from sphinx_cv.snapshot import CVSnapshot, cv_snapshot

if TYPE_CHECKING:
    import datetime


# After Sphinx's own post transforms (the last, TrimDoctestFlagsTransform, is at
# 401), before a theme's (furo wraps tables at 500).
AFTER_SPHINXS_POST_TRANSFORMS = 450


class PlaceholderTransform(SphinxPostTransform):
    """Replaces every node of ``placeholder`` that it ``fills`` with ``expand``'s.

    At priority 5, before Sphinx resolves the page's links (10), by default. A view
    made of the records alone (names, dates, links to roles and skills) holds no
    image, code, ``only`` block, citation or footnote, which Sphinx's other post
    transforms look for, each in a walk of the whole page: it is filled after them
    (``AFTER_SPHINXS_POST_TRANSFORMS``), so that none walks it. A 100-role CV's
    skills table alone was most of what those walks went through. Its links are
    resolved as it is made, before it is in the page.
    """

    default_priority = 5
    placeholder: ClassVar[type[nodes.Element]]

    @property
    def snapshot(self) -> CVSnapshot:
        return cv_snapshot(self.env)

    @property
    def today(self) -> datetime.date:
        return self.snapshot.today

    @property
    def labels(self) -> TranslatedLabels:
        """Dates and durations in the build's language."""
        return TranslatedLabels(self.config.language)

    def run(self, **kwargs: object) -> None:
        del kwargs
        after_the_links = self.default_priority > ReferencesResolver.default_priority
        left_to_sphinx = False
        for node in placeholders(self.document, self.placeholder):
            if not self.fills(node):
                continue
            view = nodes.Element("", *self.expand(node))
            # Resolved before the view is in the page, where Sphinx's resolver put
            # each link back ten nodes deep in a table: slower than making it.
            if after_the_links and not resolve_links_in(self.env, view):
                left_to_sphinx = True
            node.replace_self(view.children)
        if left_to_sphinx:
            ReferencesResolver(self.document).apply()

    def fills(self, node: nodes.Element) -> bool:
        """Whether this transform fills the placeholder; another may fill the rest."""
        del node
        return True

    def expand(self, node: nodes.Element) -> list[nodes.Node]:
        raise NotImplementedError


def placeholders(
    node: nodes.Element,
    kind: type[nodes.Element],
    found: list[nodes.Element] | None = None,
) -> list[nodes.Element]:
    """Every node of ``kind`` in the tree, in order.

    As ``findall``, in half the time: each view looks through every page, and
    ``findall`` makes a generator of every node it passes.
    """
    found = [] if found is None else found
    if isinstance(node, kind):
        found.append(node)
    for child in node.children:
        if isinstance(child, nodes.Element):
            placeholders(child, kind, found)
    return found
