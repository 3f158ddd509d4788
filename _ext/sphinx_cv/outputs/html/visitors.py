"""How the CV's nodes are written in HTML: semantic elements, attributes escaped."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from sphinx.writers.html5 import HTML5Translator

from sphinx_cv.model import nodes as cv
from sphinx_cv.model.pieces import SEPARATOR
from sphinx_cv.outputs.generic import like

if TYPE_CHECKING:
    from collections.abc import Mapping

    from docutils import nodes

    from sphinx_cv.outputs.generic import Visitors


def visit_time(translator: HTML5Translator, node: nodes.Element) -> None:
    # starttag escapes the attribute value, whatever the author wrote.
    translator.body.append(
        translator.starttag(node, "time", "", datetime=node["datetime"])
    )


def depart_time(translator: HTML5Translator, _node: nodes.Element) -> None:
    translator.body.append("</time>")


def visit_ordered_list(translator: HTML5Translator, node: nodes.Element) -> None:
    HTML5Translator.visit_enumerated_list(translator, cast("cv.cv_timeline", node))


def depart_ordered_list(translator: HTML5Translator, node: nodes.Element) -> None:
    HTML5Translator.depart_enumerated_list(translator, cast("cv.cv_timeline", node))


def visit_div(translator: HTML5Translator, node: nodes.Element) -> None:
    translator.body.append(translator.starttag(node, "div", ""))


def depart_div(translator: HTML5Translator, _node: nodes.Element) -> None:
    translator.body.append("</div>\n")


def visit_data(translator: HTML5Translator, node: nodes.Element) -> None:
    translator.body.append(translator.starttag(node, "data", "", value=node["value"]))


def depart_data(translator: HTML5Translator, _node: nodes.Element) -> None:
    translator.body.append("</data>")


def visit_when(translator: HTML5Translator, node: nodes.Element) -> None:
    """The separator is for readers without the stylesheet, which sets a column."""
    translator.body.append(translator.starttag(node, "span", ""))
    translator.body.append(
        f'<span class="cv-gap">{translator.encode(SEPARATOR)}</span>'
    )


def depart_span(translator: HTML5Translator, _node: nodes.Element) -> None:
    translator.body.append("</span>")


DIV: Visitors = (visit_div, depart_div)

VISITORS: Mapping[type[nodes.Element], Visitors] = {
    cv.cv_date: (visit_time, depart_time),
    cv.cv_data: (visit_data, depart_data),
    cv.cv_term: like("inline"),
    cv.cv_timeline: (visit_ordered_list, depart_ordered_list),
    cv.cv_header: DIV,
    cv.cv_entry: DIV,
    cv.cv_heading: like("paragraph"),
    cv.cv_skill_line: like("paragraph"),
    cv.cv_when: (visit_when, depart_span),
}
