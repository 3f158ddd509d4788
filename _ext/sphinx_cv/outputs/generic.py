"""Visitors that write a node as the ordinary docutils node nearest it.

Man and Texinfo write every CV node this way; the other outputs use these where
they have nothing of their own to say.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from docutils import nodes

from sphinx_cv.model import nodes as cv
from sphinx_cv.model.pieces import SEPARATOR

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

    Visit = Callable[[Any, nodes.Element], None]
    Visitors = tuple[Visit, Visit | None]


def as_node(kind: str, method: str) -> Visit:
    """Writes a node as the ordinary ``kind`` node (``paragraph``, ``inline``…)."""

    def delegate(translator: Any, node: nodes.Element) -> None:  # noqa: ANN401 - any writer
        getattr(translator, f"{method}_{kind}")(node)

    return delegate


def like(kind: str) -> Visitors:
    return (as_node(kind, "visit"), as_node(kind, "depart"))


def skip(_translator: Any, _node: nodes.Element) -> None:  # noqa: ANN401
    """The node is not for this builder: neither it nor its children are written."""
    raise nodes.SkipNode


def nothing(_translator: Any, _node: nodes.Element) -> None:  # noqa: ANN401
    """The node adds no markup of its own; its children are written as usual."""


def visit_separated(translator: Any, node: nodes.Element) -> None:  # noqa: ANN401
    """Outside LaTeX the dates follow what they date, after a separator."""
    translator.visit_Text(nodes.Text(SEPARATOR))
    translator.visit_inline(node)


AS_TEXT: Visitors = (nothing, nothing)
SKIPPED: Visitors = (skip, None)

VISITORS: Mapping[type[nodes.Element], Visitors] = {
    cv.cv_date: AS_TEXT,
    cv.cv_data: SKIPPED,
    cv.cv_term: like("inline"),
    # Numbering employers would jar outside HTML.
    cv.cv_timeline: like("bullet_list"),
    cv.cv_header: like("container"),
    cv.cv_entry: like("container"),
    cv.cv_heading: like("paragraph"),
    cv.cv_skill_line: like("paragraph"),
    cv.cv_when: (visit_separated, as_node("inline", "depart")),
}
