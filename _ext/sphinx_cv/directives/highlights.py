"""``{cv:tags}`go, infrastructure``: tags on a highlight, for applications.

The role marks the list item it is written in. As the page is read, each mark
goes: its tags are noted in the domain, and the highlight stays, or, in an
application's build whose variant does not show those tags, goes with it
(``core/applications.py`` says which). Nothing of the tags reaches any output.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from docutils import nodes
from sphinx.transforms import SphinxTransform
from sphinx.util.docutils import SphinxRole

from sphinx_cv.application import application_of
from sphinx_cv.diagnostics import Problem, warn
from sphinx_cv.domain import cv_domain
from sphinx_cv.model.nodes import ancestors, cv_tags

if TYPE_CHECKING:
    from sphinx.environment import BuildEnvironment


class TagsRole(SphinxRole):
    """Marks the highlight it is in with tags, separated by commas."""

    def run(self) -> tuple[list[nodes.Node], list[nodes.system_message]]:
        tags = tuple(
            dict.fromkeys(
                " ".join(tag.split()) for tag in self.text.split(",") if tag.strip()
            )
        )
        where = (self.env.current_document.docname, self.lineno)
        if not tags:
            warn(Problem.EMPTY_NAME, f"{self.name}: no tag is named", where)
            return [], []
        mark = cv_tags(tags=tags)
        self.set_source_info(mark)
        return [mark], []


def apply_highlight_tags(tree: nodes.Element, env: BuildEnvironment) -> None:
    """Each mark noted and removed; a highlight the variant does not show, too."""
    marks = list(tree.findall(cv_tags))
    if not marks:  # most pages: no need to read the application's source
        return
    application = application_of(env)
    domain = cv_domain(env)
    for mark in marks:
        tags: tuple[str, ...] = mark["tags"]
        domain.note_highlight_tags(tags)
        item = next(
            (parent for parent in ancestors(mark) if parent.tagname == "list_item"),
            None,
        )
        if item is None:
            warn(
                Problem.BAD_OPTION,
                "cv:tags: tags mark a highlight: write them in a list item",
                mark,
            )
        remove_with_the_space_before(mark)
        if item is None or application is None:
            continue
        if not application.variant.shows(tags) and item.parent is not None:
            listing = item.parent
            listing.remove(item)
            if not listing.children and listing.parent is not None:
                listing.parent.remove(listing)


def remove_with_the_space_before(mark: nodes.Element) -> None:
    """A mark at a highlight's end goes with the space before it, as written."""
    parent = mark.parent
    index = parent.index(mark)
    parent.remove(mark)
    before = parent[index - 1] if index > 0 else None
    if isinstance(before, nodes.Text) and index == len(parent):
        parent.replace(before, nodes.Text(before.rstrip()))


class HighlightTags(SphinxTransform):
    """The marks outside roles (a role's own are applied as it is read)."""

    default_priority = 200

    def apply(self, **kwargs: object) -> None:
        del kwargs
        apply_highlight_tags(self.document, self.env)
