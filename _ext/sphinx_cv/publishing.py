"""Downloads on the site: the CV as a PDF, a Word document and ``resume.json``.

A stage above the outputs, which it composes: the site (``outputs/html/``)
offers what the Word document's output (``outputs/docx/``) and JSON Resume's
(``outputs/jsonresume/``) write, and the PDF ``make latexpdf`` built. No output
imports another; this imports three.

Only for web sites (HTML builders that are not embedded, as epub is), and only
links that work:

- ``resume.json`` is written into the site by every build, from the same records
  and code as ``-b jsonresume``; so is the Word document, as ``-b docx`` writes
  it (Read the Docs builds only its own formats);
- the PDF is Read the Docs' own offline PDF when Read the Docs builds the site
  (``formats: [pdf]``); otherwise the file ``cv_pdf`` names, copied into the site,
  if it has been built (``make latexpdf``). If it has not, there is no PDF link.

When the PDF appears or goes, the pages with a header are written again (not
re-read): the domain compares the link with the last build's.
"""

from __future__ import annotations

import os
import shutil
import weakref
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from docutils import nodes
from sphinx.util import logging
from sphinx.util.osutil import relative_uri

from sphinx_cv.compat import (
    can_fork,
    freeze_the_collector,
    run_in_a_fork,
    unfreeze_the_collector,
    wait_for,
)
from sphinx_cv.config import cv_config, names_the_person, public_mark, the_person
from sphinx_cv.domain import cv_domain
from sphinx_cv.i18n import _
from sphinx_cv.incremental import PAGES_TO_REWRITE
from sphinx_cv.model.nodes import cv_header
from sphinx_cv.model.pieces import SEPARATOR, joined
from sphinx_cv.outputs.docx import printed_document, write_word_document
from sphinx_cv.outputs.html.website import is_website
from sphinx_cv.outputs.jsonresume import FILENAME as RESUME_JSON
from sphinx_cv.outputs.jsonresume import write_resume

if TYPE_CHECKING:
    from collections.abc import Mapping

    from sphinx.application import Sphinx
    from sphinx.builders import Builder
    from sphinx.environment import BuildEnvironment

    from sphinx_cv.domain import Changes

PDF_LINK = "pdf_link"
# As sphinx-design's button-link directive classes an outlined button.
BUTTON_CLASSES = [
    "sd-sphinx-override",
    "sd-btn",
    "sd-text-wrap",
    "sd-btn-outline-primary",
]
logger = logging.getLogger(__name__)


def register(app: Sphinx) -> None:
    # Once the header is filled (a post transform); an event, for the builder.
    # Before the site's other lines under the header (the translations', at the
    # default 500), as when this was part of the site's output.
    app.connect("doctree-resolved", add_download_links, priority=490)
    app.connect(PAGES_TO_REWRITE, rewrite_headers_when_the_pdf_link_changed)
    app.connect("env-purge-doc", note_a_document_read)
    app.connect("env-before-read-docs", note_documents_to_read)
    app.connect("builder-inited", unfreeze_what_a_last_fork_shared)
    app.connect("write-started", start_the_word_document)
    app.connect("build-finished", publish_downloads)


def readthedocs_pdf_url(environ: Mapping[str, str]) -> str:
    """Read the Docs' offline PDF of this build's version, or "" elsewhere."""
    if environ.get("READTHEDOCS") != "True":
        return ""
    site = urlsplit(environ.get("READTHEDOCS_CANONICAL_URL", ""))
    language = environ.get("READTHEDOCS_LANGUAGE", "")
    version = environ.get("READTHEDOCS_VERSION", "")
    if not (site.scheme and site.netloc and language and version):
        return ""
    return f"{site.scheme}://{site.netloc}/_/downloads/{language}/{version}/pdf/"


def built_pdf(app: Sphinx) -> Path | None:
    """The PDF ``cv_pdf`` names, if it has been built."""
    written = cv_config(app.config).pdf
    if not written:
        return None
    path = Path(app.confdir, written)
    try:
        return path if path.is_file() else None
    except OSError:  # a name too long for the file system is no file either
        return None


def may_be_published(app: Sphinx, pdf: Path) -> bool:
    """Whether the PDF holds no private field: built public, or nothing private."""
    person = the_person(app.config)
    if person is None or not person.private_values():
        return True
    try:
        return public_mark(pdf).is_file()
    except OSError:
        return False


def local_pdf(app: Sphinx) -> Path | None:
    """The built PDF the site may offer: none that shows a private field."""
    pdf = built_pdf(app)
    return pdf if pdf is not None and may_be_published(app, pdf) else None


def pdf_link(app: Sphinx) -> str:
    """Where the PDF link goes, from the site's root; "" for no link."""
    if not is_website(app):
        return ""
    on_readthedocs = readthedocs_pdf_url(os.environ)
    if on_readthedocs:
        return on_readthedocs
    pdf = local_pdf(app)
    return pdf.name if pdf is not None else ""


def add_download_links(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """Ends each header with "Download: PDF · Word · JSON Resume" on a web site."""
    if not is_website(app):
        return
    here = app.builder.get_target_uri(docname)
    pdf = pdf_link(app)
    targets = [(_("PDF"), pdf)] if pdf else []
    targets.append((_("Word"), word_file(app)))
    targets.append((_("JSON Resume"), RESUME_JSON))
    # sphinx-design's buttons where the site loads it; the dots between them
    # are for a page read without its stylesheet.
    buttons = "sphinx_design" in app.extensions
    button_classes = BUTTON_CLASSES if buttons else []
    for header in doctree.findall(cv_header):
        line = nodes.paragraph(classes=["cv-downloads"])
        line += nodes.Text(_("Download") + ": ")
        links: list[nodes.Node] = [
            nodes.reference(
                text,
                text,
                refuri=target if "//" in target else relative_uri(here, target),
                classes=button_classes,
            )
            for text, target in targets
        ]
        if buttons:
            for index, link in enumerate(links):
                if index:
                    line += nodes.inline(SEPARATOR, SEPARATOR, classes=["cv-separator"])
                line += link
        else:
            line += joined(links, separator=SEPARATOR)
        header.append(line)


def rewrite_headers_when_the_pdf_link_changed(
    app: Sphinx, env: BuildEnvironment, _changes: Changes
) -> list[str]:
    if not is_website(app):
        return []
    domain = cv_domain(env)
    return (
        domain.dependents() if domain.note_written_with(PDF_LINK, pdf_link(app)) else []
    )


# The builders whose build read or removed a document. The Word document is
# written again only then (or when it is missing): it is made the way a printed
# CV is, from its whole document, which takes longer than a build with nothing
# to read should.
_READ_A_DOCUMENT: weakref.WeakSet[Builder] = weakref.WeakSet()


def note_a_document_read(app: Sphinx, *_what: object) -> None:
    _READ_A_DOCUMENT.add(app.builder)


def note_documents_to_read(
    app: Sphinx, _env: BuildEnvironment, docnames: list[str]
) -> None:
    if docnames:
        note_a_document_read(app)


def word_file(app: Sphinx) -> str:
    return printed_document(app.config.latex_documents)[1]


def wants_the_word_document(app: Sphinx) -> bool:
    """Whether this build writes the Word document it offers.

    Without a person there is no header, and so no download line to offer it.
    """
    word = Path(app.outdir, word_file(app))
    return names_the_person(app.config) and (
        app.builder in _READ_A_DOCUMENT or not word.is_file()
    )


# The Word document is written beside the pages, by a process of its own, while
# this one writes the pages: with two cores, the site is built in about the
# pages' time, not the pages' and the document's (a third of a 100-role site's
# build). Where there is no fork (Windows), it is written after the pages.
_WRITING_THE_WORD_DOCUMENT: weakref.WeakKeyDictionary[Builder, int] = (
    weakref.WeakKeyDictionary()
)


def start_the_word_document(app: Sphinx, builder: Builder) -> None:
    if not (is_website(app) and wants_the_word_document(app) and can_fork()):
        return
    # Both processes' collections then pass the shared objects by: a 100-role
    # site's first full collection after the fork took twice as long, and the
    # child's copied the pages too. They stay frozen for the rest of the build,
    # whose process usually ends with it.
    freeze_the_collector()
    _WRITING_THE_WORD_DOCUMENT[builder] = run_in_a_fork(lambda: write_quietly(builder))


def unfreeze_what_a_last_fork_shared(_app: Sphinx) -> None:
    """A build after another in the same process collects what became garbage."""
    unfreeze_the_collector()


def written_beside_the_pages(builder: Builder) -> bool:
    """Wait for the process writing the Word document: whether it wrote it."""
    child = _WRITING_THE_WORD_DOCUMENT.pop(builder, None)
    return child is not None and wait_for(child)


def write_quietly(builder: Builder) -> None:
    # The site's build has warned about its pages already; making the Word
    # document resolves them again, and would say each warning twice.
    with logging.suppress_logging():
        write_word_document(builder, Path(builder.outdir))


def publish_downloads(app: Sphinx, exception: BaseException | None) -> None:
    finished = written_beside_the_pages(app.builder)
    if exception is not None or not is_website(app):
        return
    write_resume(app.env, Path(app.outdir))
    # A document the other process could not write is written here, where what
    # went wrong is reported as the build's own error.
    if wants_the_word_document(app) and not finished:
        write_quietly(app.builder)
    if readthedocs_pdf_url(os.environ):
        return
    pdf = built_pdf(app)
    if pdf is None:
        return
    if may_be_published(app, pdf):
        shutil.copyfile(pdf, Path(app.outdir, pdf.name))
    else:
        logger.info(
            "the site offers no PDF: %s may show private fields of cv_person; "
            "build it with -D cv_public=1 to offer it",
            pdf,
        )
