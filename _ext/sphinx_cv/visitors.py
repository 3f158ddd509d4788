"""How the two nodes that reach writers are written, by every builder."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from sphinx.writers.html5 import HTML5Translator

from .nodes import cv_date, cv_timeline

if TYPE_CHECKING:
    from collections.abc import Callable

    from docutils import nodes
    from sphinx.application import Sphinx
    from sphinx.writers.latex import LaTeXTranslator


def visit_time(translator: HTML5Translator, node: nodes.Element) -> None:
    # starttag escapes the attribute value, whatever the author wrote.
    translator.body.append(
        translator.starttag(node, "time", "", datetime=node["datetime"])
    )


def depart_time(translator: HTML5Translator, _node: nodes.Element) -> None:
    translator.body.append("</time>")


def visit_ordered_list(translator: HTML5Translator, node: nodes.Element) -> None:
    HTML5Translator.visit_enumerated_list(translator, cast("cv_timeline", node))


def depart_ordered_list(translator: HTML5Translator, node: nodes.Element) -> None:
    HTML5Translator.depart_enumerated_list(translator, cast("cv_timeline", node))


def visit_unbreakable(translator: LaTeXTranslator, _node: nodes.Element) -> None:
    # "May 2011" must not break across lines in a narrow table column.
    translator.body.append(r"\mbox{")


def depart_unbreakable(translator: LaTeXTranslator, _node: nodes.Element) -> None:
    translator.body.append("}")


def text_only(_translator: Any, _node: nodes.Element) -> None:  # noqa: ANN401 - any writer
    """Outside HTML a date is its text; the children are written as usual."""


def as_bullet_list(method: str) -> Callable[[Any, nodes.Element], None]:
    """Outside HTML, the timeline is a plain list: numbering employers would jar."""

    def delegate(translator: Any, node: nodes.Element) -> None:  # noqa: ANN401
        getattr(translator, f"{method}_bullet_list")(node)

    return delegate


def register(app: Sphinx) -> None:
    date_as_text = (text_only, text_only)
    app.add_node(
        cv_date,
        html=(visit_time, depart_time),
        latex=(visit_unbreakable, depart_unbreakable),
        text=date_as_text,
        man=date_as_text,
        texinfo=date_as_text,
    )
    plain_list = (as_bullet_list("visit"), as_bullet_list("depart"))
    app.add_node(
        cv_timeline,
        html=(visit_ordered_list, depart_ordered_list),
        latex=plain_list,
        text=plain_list,
        man=plain_list,
        texinfo=plain_list,
    )
