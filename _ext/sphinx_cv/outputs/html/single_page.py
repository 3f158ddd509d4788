"""The whole CV on one page (``singlehtml``): every in-page link finds its target.

On one page each document is a ``#document-…`` fragment, and Sphinx 9 writes a
link to an anchor inside one as ``#document-page#anchor``, which no element has
as its id (it stopped mending these: ``SingleFileHTMLBuilder.fix_refuris`` is
deprecated). The cv domain writes its own links right (``domain.last_fragment_only``);
this module mends the theme's tables of contents, and unlinks the skills index, a
page that singlehtml does not write.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from docutils import nodes
from sphinx.transforms.post_transforms import SphinxPostTransform

from sphinx_cv.outputs.html.page_context import on_page_context, rewrite_toctree
from sphinx_cv.views.base import AFTER_SPHINXS_POST_TRANSFORMS
from sphinx_cv.views.skill_index import SkillIndex

if TYPE_CHECKING:
    from sphinx.application import Sphinx

SINGLE_PAGE = "singlehtml"
DOUBLE_ANCHOR = re.compile(r'href="#document-[^"#]*#([^"]*)"')


def register(app: Sphinx) -> None:
    # Before the theme's own handlers (500): furo builds its sidebar in one.
    on_page_context(app, mend_the_table_of_contents, priority=400)
    app.add_post_transform(UnlinkPagesNotWritten)


def single_anchors(html: str) -> str:
    """``href="#document-page#anchor"`` becomes ``href="#anchor"``."""
    return DOUBLE_ANCHOR.sub(r'href="#\1"', html)


def mend_the_table_of_contents(
    app: Sphinx, _pagename: str, context: dict[str, Any]
) -> None:
    if app.builder.name != SINGLE_PAGE:
        return
    if isinstance(context.get("toc"), str):  # "On this page"
        context["toc"] = single_anchors(context["toc"])
    rewrite_toctree(context, single_anchors)  # the sidebar


class UnlinkPagesNotWritten(SphinxPostTransform):
    """A link to the skills index, which one page has no room for, becomes text."""

    # After references are resolved, the views' last (views/base.py).
    default_priority = AFTER_SPHINXS_POST_TRANSFORMS + 10
    builders = (SINGLE_PAGE,)

    def run(self, **kwargs: object) -> None:
        del kwargs
        suffix = self.config.html_file_suffix or ".html"
        index_page = f"cv-{SkillIndex.name}{suffix}"
        for reference in list(self.document.findall(nodes.reference)):
            if reference.get("refuri", "").split("#")[0] == index_page:
                reference.replace_self(nodes.inline("", "", *reference.children))
