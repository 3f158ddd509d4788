"""``-b docx``: the printed CV as a Word document, for recruiters who ask for one.

It is the PDF's document (the first of ``latex_documents``, with its ``only``
blocks and tags, so ``-t onepage`` gives the one-page CV), with the same views
filled from the same records, written by python-docx instead of LaTeX. Every
project that loads ``sphinx_cv`` has it.
"""

from __future__ import annotations

import datetime
import re
from pathlib import Path
from typing import TYPE_CHECKING

from sphinx.builders import Builder
from sphinx.util.nodes import inline_all_toctrees

from sphinx_cv.config import cv_config
from sphinx_cv.model.nodes import PRINTED_WHOLE
from sphinx_cv.outputs.docx.package import save_reproducibly
from sphinx_cv.snapshot import cv_snapshot
from sphinx_cv.views.person import add_printed_header

if TYPE_CHECKING:
    from collections.abc import Set as AbstractSet

    from docutils import nodes
    from sphinx.application import Sphinx

# The PDF's own size for the same text (latex_elements' "pointsize").
DEFAULT_POINT_SIZE = 10.0


def register(app: Sphinx) -> None:
    app.add_builder(DocxBuilder)


class DocxBuilder(Builder):
    """Writes one file: the first ``latex_documents`` entry, as ``<name>.docx``."""

    name = "docx"
    format = "docx"
    epilog = "The Word document is in %(outdir)s."

    def get_outdated_docs(self) -> str:
        return "all documents"

    def get_target_uri(self, docname: str, typ: str | None = None) -> str:
        del docname, typ
        return ""  # one document: a link within it is its text

    def prepare_writing(self, docnames: AbstractSet[str]) -> None:
        del docnames

    def write_doc(self, docname: str, doctree: nodes.document) -> None:
        del docname, doctree

    def write_documents(self, docnames: AbstractSet[str]) -> None:
        del docnames  # the whole printed CV, from its root
        write_word_document(self, Path(self.outdir))


def write_word_document(builder: Builder, outdir: Path) -> Path:
    """The printed CV as ``<name>.docx`` in ``outdir``, through any builder.

    ``-b docx`` writes it, and so does a web site's build, which offers it for
    download: the views are filled, and the links resolved, by that builder.
    """
    # python-docx takes a tenth of a second to import: only the builds that write
    # a Word document pay for it, not the PDF's or the text's.
    from sphinx_cv.outputs.docx.writer import DocxTranslator  # noqa: PLC0415

    root, filename = printed_document(builder.config.latex_documents)
    doctree = assemble(builder, root)
    translator = DocxTranslator(
        doctree,
        point_size(builder.config.latex_elements),
        builder.config.language or "en",
        one_page=cv_config(builder.config).page_limit == 1,
        design=cv_config(builder.config).design,
    )
    doctree.walkabout(translator)
    moment = datetime.datetime.combine(
        cv_snapshot(builder.env).today, datetime.time(), tzinfo=datetime.UTC
    )
    properties = translator.word.core_properties
    properties.created = properties.modified = moment
    properties.revision = 1
    save_reproducibly(translator.word, outdir / filename, moment)
    return outdir / filename


def assemble(builder: Builder, root: str) -> nodes.document:
    """The root document with its toctrees' documents in it, views filled."""
    tree = builder.env.get_doctree(root)
    tree["docname"] = root
    whole = inline_all_toctrees(builder, {root}, root, tree, str, [root])
    whole["docname"] = root
    whole[PRINTED_WHOLE] = True
    add_printed_header(whole, builder.config)
    builder.env.resolve_references(whole, root, builder)
    return whole


def printed_document(latex_documents: list[tuple[str, ...]]) -> tuple[str, str]:
    """(root document, file name) of the PDF, whose Word copy this is."""
    root, target = latex_documents[0][:2]
    return root, Path(target).with_suffix(".docx").name


def point_size(latex_elements: dict[str, str]) -> float:
    """The PDF's font size, "11pt", as a number: the Word copy is set as large."""
    match = re.fullmatch(
        r"\s*(\d+(?:\.\d+)?)\s*pt\s*", latex_elements.get("pointsize", "")
    )
    return float(match[1]) if match else DEFAULT_POINT_SIZE
