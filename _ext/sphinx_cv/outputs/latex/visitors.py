"""How the CV's nodes are written in LaTeX: the macros of ``sphinxcv.sty``."""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

from docutils import nodes

from sphinx_cv.i18n import _
from sphinx_cv.language import writes_right_to_left
from sphinx_cv.model import nodes as cv
from sphinx_cv.outputs.generic import SKIPPED, like, nothing
from sphinx_cv.outputs.latex import scripts

if TYPE_CHECKING:
    from collections.abc import Mapping

    from sphinx.writers.latex import LaTeXTranslator

    from sphinx_cv.outputs.generic import Visitors


def open_brace(translator: LaTeXTranslator, _node: nodes.Element) -> None:
    translator.body.append("{")


def close_brace(translator: LaTeXTranslator, _node: nodes.Element) -> None:
    translator.body.append("}")


# A contact detail longer than this may break across lines: it could not fit one.
LONGEST_TIED = 40


def visit_person(translator: LaTeXTranslator, node: nodes.Element) -> None:
    """The header, and the PDF's metadata: every value escaped for LaTeX."""

    def encode(text: str) -> str:
        # Composed characters, as for all text (characters.ComposedCharacters).
        return translator.encode(unicodedata.normalize("NFC", text))

    right_to_left_page = translator.config.latex_engine == scripts.ENGINE and (
        writes_right_to_left(translator.config.language)
    )

    def typeset(text: str) -> str:
        """Printed text: under LuaLaTeX, its scripts and directions marked."""
        composed = unicodedata.normalize("NFC", text)
        if translator.config.latex_engine == scripts.ENGINE:
            marked = scripts.in_scripts(
                composed, translator.encode, right_to_left_page=right_to_left_page
            )
            return marked or encode(text)
        return encode(text)

    def link(shown: str, url: str) -> str:
        # "Leeds, West Yorkshire, GB" breaks at the separators around it, not
        # inside it: its spaces are tied (a tie, not a box, as for dates).
        if len(shown) <= LONGEST_TIED:
            shown = shown.replace(" ", "\N{NO-BREAK SPACE}")
        if not url:  # a location
            return typeset(shown)
        return rf"\sphinxhref{{{translator.encode_uri(url)}}}{{{typeset(shown)}}}"

    # Where to reply, then where to look: one line, as the other outputs have it.
    links = r"\cvlinksep ".join(
        link(shown, url) for shown, url in [*node["contacts"], *node["profiles"]]
    )
    # The footer's words, in the CV's language: "page 1 of 2" (sphinxcv.sty). The
    # words are typeset around the numbers, which on a right-to-left page read
    # left to right ("12", not "21").
    before, _page, rest = _("page {page} of {pages}").partition("{page}")
    between, _pages, after = rest.partition("{pages}")
    number = r"\cvltr{#%d}" if right_to_left_page else "#%d"
    page_of = "".join(
        [typeset(before), number % 1, typeset(between), number % 2, typeset(after)]
    )
    translator.body.append(
        "\n"
        rf"\renewcommand\cvpageof[2]{{{page_of}}}"
        "\n"
        rf"\hypersetup{{pdftitle={{{encode(node['title'])}}}, "
        rf"pdfauthor={{{encode(node['name'])}}}, "
        rf"pdfsubject={{{encode(node['headline'])}}}, "
        rf"pdfkeywords={{{encode(', '.join(node['keywords']))}}}}}"
        "\n"
        rf"\cvheader{{{typeset(node['name'])}}}{{{typeset(node['headline'])}}}"
        rf"{{{links}}}"
        "\n"
    )
    raise nodes.SkipNode


def entry_environment(node: nodes.Element) -> str:
    """A brief entry (headings only) sits close to its neighbours."""
    return "cvbriefentry" if "cv-brief" in node["classes"] else "cventry"


def visit_entry(translator: LaTeXTranslator, node: nodes.Element) -> None:
    translator.body.append(f"\n\\begin{{{entry_environment(node)}}}\n")


def depart_entry(translator: LaTeXTranslator, node: nodes.Element) -> None:
    translator.body.append(f"\n\\end{{{entry_environment(node)}}}\n")


def visit_heading(translator: LaTeXTranslator, node: nodes.Element) -> None:
    macro = "cvposition" if "cv-position" in node["classes"] else "cvheading"
    translator.body.append(f"\n\\{macro}{{")


def depart_heading(translator: LaTeXTranslator, _node: nodes.Element) -> None:
    translator.body.append("}\n")


def visit_when(translator: LaTeXTranslator, _node: nodes.Element) -> None:
    # The heading's second argument: what went before is its first.
    translator.body.append("}{")


# "May 2011" or "AWS RDS" never breaks across lines: its spaces are tied
# (characters.TextAsWritten), not boxed. A box's text is never expanded by
# microtype, and pdfTeX writes no space character where the line's expanded text
# meets it: pypdf read "AWS RDS(6 yrs),Spatial SQL" in the one-page CV.
UNBREAKABLE: Visitors = (open_brace, close_brace)

VISITORS: Mapping[type[nodes.Element], Visitors] = {
    cv.cv_date: UNBREAKABLE,
    cv.cv_data: SKIPPED,
    cv.cv_term: UNBREAKABLE,
    # Numbering employers would jar in print.
    cv.cv_timeline: like("bullet_list"),
    cv.cv_header: (visit_person, None),
    cv.cv_entry: (visit_entry, depart_entry),
    cv.cv_heading: (visit_heading, depart_heading),
    cv.cv_skill_line: like("paragraph"),
    cv.cv_when: (visit_when, nothing),
}
