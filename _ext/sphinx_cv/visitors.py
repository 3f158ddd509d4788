"""How the nodes that reach writers are written, by every builder.

LaTeX gets the macros of ``texinputs/sphinxcv.sty``; every other builder writes
each node as the ordinary docutils node it is closest to.
"""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING, Any, cast

from docutils import nodes
from sphinx.writers.html5 import HTML5Translator

from .nodes import (
    cv_data,
    cv_date,
    cv_entry,
    cv_heading,
    cv_person,
    cv_skill_line,
    cv_term,
    cv_timeline,
    cv_when,
)
from .render import SEPARATOR
from .text import visit_heading_text, visit_skill_line_text

if TYPE_CHECKING:
    from collections.abc import Callable

    from sphinx.application import Sphinx
    from sphinx.writers.latex import LaTeXTranslator

    Visit = Callable[[Any, nodes.Element], None]
    Visitors = tuple[Visit, Visit | None]


def as_node(kind: str, method: str) -> Visit:
    """Writes a node as the ordinary ``kind`` node (``paragraph``, ``inline``…)."""

    def delegate(translator: Any, node: nodes.Element) -> None:  # noqa: ANN401 - any writer
        getattr(translator, f"{method}_{kind}")(node)

    return delegate


def like(kind: str) -> Visitors:
    return (as_node(kind, "visit"), as_node(kind, "depart"))


# --- HTML -----------------------------------------------------------------------


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


def visit_div(translator: HTML5Translator, node: nodes.Element) -> None:
    translator.body.append(translator.starttag(node, "div", ""))


def depart_div(translator: HTML5Translator, _node: nodes.Element) -> None:
    translator.body.append("</div>\n")


def visit_data(translator: HTML5Translator, node: nodes.Element) -> None:
    translator.body.append(translator.starttag(node, "data", "", value=node["value"]))


def depart_data(translator: HTML5Translator, _node: nodes.Element) -> None:
    translator.body.append("</data>")


def visit_when_html(translator: HTML5Translator, node: nodes.Element) -> None:
    """The separator is for readers without the stylesheet, which sets a column."""
    translator.body.append(translator.starttag(node, "span", ""))
    translator.body.append(
        f'<span class="cv-gap">{translator.encode(SEPARATOR)}</span>'
    )


def depart_span(translator: HTML5Translator, _node: nodes.Element) -> None:
    translator.body.append("</span>")


def visit_separated(translator: Any, node: nodes.Element) -> None:  # noqa: ANN401
    """Outside LaTeX the dates follow what they date, after a separator."""
    translator.visit_Text(nodes.Text(SEPARATOR))
    translator.visit_inline(node)


# --- LaTeX ----------------------------------------------------------------------


def visit_unbreakable(translator: LaTeXTranslator, _node: nodes.Element) -> None:
    # "May 2011" or "C++" must not break across lines.
    translator.body.append(r"\mbox{")


def close_brace(translator: LaTeXTranslator, _node: nodes.Element) -> None:
    translator.body.append("}")


def visit_person_latex(translator: LaTeXTranslator, node: nodes.Element) -> None:
    """The header, and the PDF's metadata: every value escaped for LaTeX."""

    def encode(text: str) -> str:
        # Composed characters, as for all text (latex.ComposedCharacters).
        return translator.encode(unicodedata.normalize("NFC", text))

    links = r"\cvlinksep ".join(
        rf"\sphinxhref{{{translator.encode_uri(url)}}}{{{encode(shown)}}}"
        for shown, url in node["profiles"]
    )
    translator.body.append(
        "\n"
        rf"\hypersetup{{pdftitle={{{encode(node['title'])}}}, "
        rf"pdfauthor={{{encode(node['name'])}}}, "
        rf"pdfsubject={{{encode(node['headline'])}}}, "
        rf"pdfkeywords={{{encode(', '.join(node['keywords']))}}}}}"
        "\n"
        rf"\cvheader{{{encode(node['name'])}}}{{{encode(node['headline'])}}}{{{links}}}"
        "\n"
    )
    raise nodes.SkipNode


def entry_environment(node: nodes.Element) -> str:
    """A brief entry (headings only) sits close to its neighbours."""
    return "cvbriefentry" if "cv-brief" in node["classes"] else "cventry"


def visit_entry_latex(translator: LaTeXTranslator, node: nodes.Element) -> None:
    translator.body.append(f"\n\\begin{{{entry_environment(node)}}}\n")


def depart_entry_latex(translator: LaTeXTranslator, node: nodes.Element) -> None:
    translator.body.append(f"\n\\end{{{entry_environment(node)}}}\n")


def visit_heading_latex(translator: LaTeXTranslator, node: nodes.Element) -> None:
    macro = "cvposition" if "cv-position" in node["classes"] else "cvheading"
    translator.body.append(f"\n\\{macro}{{")


def depart_heading_latex(translator: LaTeXTranslator, _node: nodes.Element) -> None:
    translator.body.append("}\n")


def visit_when_latex(translator: LaTeXTranslator, _node: nodes.Element) -> None:
    # The heading's second argument: what went before is its first.
    translator.body.append("}{")


def skip(_translator: Any, _node: nodes.Element) -> None:  # noqa: ANN401
    """The node is not for this builder: neither it nor its children are written."""
    raise nodes.SkipNode


def nothing(_translator: Any, _node: nodes.Element) -> None:  # noqa: ANN401
    """The node adds no markup of its own; its children are written as usual."""


def add_node(
    app: Sphinx,
    node: type[nodes.Element],
    html: Visitors,
    latex: Visitors,
    *,
    others: Visitors,
) -> None:
    """``others``: text, man and texinfo, which write the node the same way."""
    app.add_node(node, html=html, latex=latex, text=others, man=others, texinfo=others)


def register(app: Sphinx) -> None:
    as_text = (nothing, nothing)
    unbreakable = (visit_unbreakable, close_brace)
    add_node(app, cv_date, (visit_time, depart_time), unbreakable, others=as_text)
    skipped = (skip, None)
    add_node(app, cv_data, (visit_data, depart_data), skipped, others=skipped)
    add_node(app, cv_term, like("inline"), unbreakable, others=like("inline"))
    # Numbering employers would jar outside HTML.
    plain_list = like("bullet_list")
    add_node(
        app,
        cv_timeline,
        (visit_ordered_list, depart_ordered_list),
        plain_list,
        others=plain_list,
    )
    add_node(
        app,
        cv_person,
        (visit_div, depart_div),
        (visit_person_latex, None),
        others=like("container"),
    )
    add_node(
        app,
        cv_entry,
        (visit_div, depart_div),
        (visit_entry_latex, depart_entry_latex),
        others=like("container"),
    )
    add_node(
        app,
        cv_heading,
        like("paragraph"),
        (visit_heading_latex, depart_heading_latex),
        others=like("paragraph"),
    )
    # Plain text sets a heading's dates flush right, as the PDF does.
    app.add_node(cv_heading, override=True, text=(visit_heading_text, None))
    add_node(
        app,
        cv_skill_line,
        like("paragraph"),
        like("paragraph"),
        others=like("paragraph"),
    )
    app.add_node(cv_skill_line, override=True, text=(visit_skill_line_text, None))
    separated = (visit_separated, as_node("inline", "depart"))
    add_node(
        app,
        cv_when,
        (visit_when_html, depart_span),
        (visit_when_latex, nothing),
        others=separated,
    )
