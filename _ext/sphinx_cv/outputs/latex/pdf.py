"""The PDF from a LaTeX build itself, with pdflatex reading as Sphinx reads.

With ``cv_make_pdf`` (``make latexpdf`` passes ``-D cv_make_pdf=1``) a LaTeX build
ends with each document's PDF beside its ``.tex``: one pass of ``latex_engine``,
which is all sphinxcv.sty needs (no contents, index or cross-references to settle).

Most of pdflatex's time goes on the preamble (the class, Sphinx's packages,
hyperref), and the preamble depends on the configuration, not on the pages. So
pdflatex starts as soon as the builder is made, and reads the preamble the
builder is going to write, from its standard input, while Sphinx reads the pages.
Once the ``.tex`` is written, pdflatex is given the rest of it, but only if the file
begins with exactly what it has read. If not (a title that only the pages give),
it is stopped, and a fresh pass reads the file. Either way, pdflatex has read the
bytes of the written file, so the PDF is the one a plain pass over it makes
(tests/test_pdf_alongside.py).
"""

from __future__ import annotations

import contextlib
import dataclasses
import re
import subprocess
import unicodedata
from typing import TYPE_CHECKING, Any

from docutils import nodes
from sphinx.util import logging

from sphinx_cv.compat import fails_on_warnings, latex_writer_settings, warning_count
from sphinx_cv.config import cv_config, public_mark, shows_private_fields
from sphinx_cv.core.characters import code_point
from sphinx_cv.core.scripts import EAST_ASIAN, script_of
from sphinx_cv.diagnostics import Problem, warn
from sphinx_cv.latex_engine import OPTIONS, log_of, run_engine, where_it_stopped

if TYPE_CHECKING:
    from pathlib import Path

    from sphinx.application import Sphinx
    from sphinx.builders.latex import LaTeXBuilder

logger = logging.getLogger(__name__)

# Only pdflatex is started early: the form of its options is known, and it is
# the engine whose preamble costs most. Any other engine reads the written file.
EARLY_ENGINE = "pdflatex"
BEGIN_DOCUMENT = "\\begin{document}"
# The first line must reach TeX as input, not as a "%&format" line to look at.
FROM_STANDARD_INPUT = ("-no-parse-first-line", "/dev/stdin")
PAGE_FIT_TAG = "[cv.page-fit]"


@dataclasses.dataclass
class Document:
    """One document's pass of the engine, from the start of the build to its end."""

    tex: Path
    process: subprocess.Popen[bytes] | None = None
    preamble: str | None = None

    @property
    def pdf(self) -> Path:
        return self.tex.with_suffix(".pdf")

    @property
    def log(self) -> Path:
        return self.tex.with_suffix(".log")

    def start(self, engine: str) -> None:
        self.process = subprocess.Popen(  # noqa: S603 - the configured engine
            [engine, *OPTIONS, f"-jobname={self.tex.stem}", *FROM_STANDARD_INPUT],
            cwd=self.tex.parent,
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    def read_ahead(self, preamble: str) -> None:
        """Hand the engine the preamble, which it reads while Sphinx works."""
        self.preamble = preamble
        self.send(preamble)

    def send(self, text: str) -> None:
        if self.process and self.process.stdin:
            # An engine that stopped at an error reads no more: its log says why.
            with contextlib.suppress(BrokenPipeError):
                self.process.stdin.write(text.encode("utf-8"))
                self.process.stdin.flush()

    def end_input(self) -> None:
        if self.process and self.process.stdin:
            with contextlib.suppress(BrokenPipeError):
                self.process.stdin.close()

    def stop(self) -> None:
        """Stop the engine, and remove the PDF, which no build may take for its own.

        The one the engine had begun is incomplete; the last build's is stale.
        """
        if self.process:
            self.process.kill()
            self.process.wait()
            self.end_input()
            self.process = None
            self.preamble = None
        self.pdf.unlink(missing_ok=True)

    def finish(self, engine: str) -> tuple[int, bool]:
        """The engine's exit status, and whether it read the preamble early."""
        written = self.tex.read_text(encoding="utf-8")
        if self.process and self.preamble and written.startswith(self.preamble):
            self.send(written.removeprefix(self.preamble))
            self.end_input()
            return self.process.wait(), True
        self.stop()
        return run_engine(engine, self.tex), False


def page_fit_message(log: str) -> str:
    """sphinxcv.sty's page-fit warning, whole: TeX breaks a log's lines anywhere."""
    joined = "".join(log.splitlines())
    found = re.search(r"the PDF runs to .*?\[cv\.page-fit\]", joined)
    return found[0].removesuffix(PAGE_FIT_TAG).strip() if found else ""


class PdfAlongside:
    """The event handlers of one Sphinx application's PDF (``cv_make_pdf``)."""

    def __init__(self) -> None:
        self.documents: list[Document] = []

    def connect(self, app: Sphinx) -> None:
        app.connect("builder-inited", self.start)
        app.connect("build-finished", self.finish)

    def start(self, app: Sphinx) -> None:
        """Start the engine on the preamble, as soon as the builder is known."""
        if not cv_config(app.config).make_pdf or app.builder.format != "latex":
            return
        builder: LaTeXBuilder = app.builder  # type: ignore[assignment]
        latex_documents = app.config.latex_documents
        self.documents = [
            Document(builder.outdir / entry[1]) for entry in latex_documents
        ]
        if app.config.latex_engine != EARLY_ENGINE or not support_files_in_place(
            builder
        ):
            return
        for document, entry in zip(self.documents, latex_documents, strict=True):
            preamble = predicted_preamble(builder, entry)
            if preamble is None:
                continue
            try:
                document.start(EARLY_ENGINE)
            except OSError:
                return  # the pass over the written file says why, as a warning
            document.read_ahead(preamble)

    def finish(self, app: Sphinx, exception: Exception | None) -> None:
        if not self.documents:
            return
        # -W: Sphinx counts the warnings in no public attribute.
        warned = warning_count(app) > 0
        failed = exception is not None or (fails_on_warnings(app) and warned)
        if failed:
            self.stop()
            return
        engine = str(app.config.latex_engine)
        for document in self.documents:
            try:
                status, early = document.finish(engine)
            except OSError as error:
                location = f"{app.confdir / 'conf.py'}:latex_engine"
                warn(Problem.PDF, f"{engine} cannot run ({error})", location)
                app.statuscode = 1
                continue
            if status == 0 and document.pdf.is_file():
                how = (
                    f"{engine} read the preamble while the pages were read"
                    if early
                    else f"{engine} read the .tex once it was written"
                )
                logger.info("the PDF: %s (%s)", document.pdf, how)
                mark_whether_public(app, document.pdf)
                self.relay_page_fit(app, document)
                relay_missing_characters(app, read_log(document))
            else:
                self.report_error(app, engine, document)

    def relay_page_fit(self, app: Sphinx, document: Document) -> None:
        message = page_fit_message(read_log(document))
        if message:
            location = f"{app.confdir / 'conf.py'}:cv_page_limit"
            warn(Problem.PAGE_FIT, message, location)

    def report_error(self, app: Sphinx, engine: str, document: Document) -> None:
        # A failed pass leaves no PDF that could pass for this build's.
        document.pdf.unlink(missing_ok=True)
        log = read_log(document)
        location, said = where_it_stopped(document.tex)
        problem = Problem.PDF
        if PAGE_FIT_TAG in said:
            # Read whole, as the warning is: the error's context is cut where
            # TeX broke the log's lines ("cv _page_limit"), and ends in the tag
            # that the warning gives too.
            problem, said = Problem.PAGE_FIT, page_fit_message(log)
        warn(problem, f"{engine} stopped, and made no PDF: {said}", location)
        app.statuscode = 1

    def stop(self) -> None:
        for document in self.documents:
            document.stop()


# LuaTeX's words for a character no font has, which sphinxcv.sty also writes for
# the characters pdflatex frames: "There is no 𓀀 (U+13000) in font ...!".
MISSING_CHARACTER = re.compile(r"Missing character: There is no .*?\(U\+([0-9A-F]+)\)")


def missing_characters(log: str) -> list[str]:
    """The characters the PDF has no glyph for, once each, in the order met."""
    codes = MISSING_CHARACTER.findall(log.replace("\n", ""))
    return [chr(int(code, 16)) for code in dict.fromkeys(codes)]


def relay_missing_characters(app: Sphinx, log: str) -> None:
    """A ``cv.script`` warning for each character printed as no glyph or a box."""
    missing = missing_characters(log)
    if not missing:
        return
    where = places_of(app, set(missing))
    for char in missing:
        location = where.get(char, f"{app.confdir / 'conf.py'}:latex_engine")
        warn(Problem.SCRIPT, no_glyph_message(char, app.config.latex_engine), location)


def places_of(app: Sphinx, characters: set[str]) -> dict[str, nodes.Node]:
    """The first text node of the CV's pages that holds each character."""
    found: dict[str, nodes.Node] = {}
    for docname in sorted(app.env.found_docs):
        for text in app.env.get_doctree(docname).findall(nodes.Text):
            for char in characters.intersection(text) - found.keys():
                found[char] = text.parent if text.parent is not None else text
    return found


def no_glyph_message(char: str, engine: str) -> str:
    name = unicodedata.name(char, "unnamed")
    shown = f"{char} ({code_point(char)} {name})"
    if engine == "pdflatex":
        return (
            f"pdflatex's fonts have no {shown}: the PDF shows its code point in a "
            'frame. Set latex_engine = "lualatex" in conf.py, which sets every '
            "script the Noto fonts cover (make system-packages installs them)"
        )
    script = script_of(char)
    if script is None:
        advice = (
            "install a font that has it, and name it in latex_elements' fontpkg "
            "(luaotfload.add_fallback)"
        )
    else:
        package = "fonts-noto-cjk" if script in EAST_ASIAN else "fonts-noto-core"
        advice = f"install Debian's {package} (make system-packages)"
    return f"no font of the PDF has {shown}, which it leaves out: {advice}"


def mark_whether_public(app: Sphinx, pdf: Path) -> None:
    """Beside the PDF, whether a site may offer it (config.public_mark)."""
    mark = public_mark(pdf)
    if shows_private_fields(app.config, app.builder.format):
        mark.unlink(missing_ok=True)
        logger.info(
            "the PDF shows private fields of cv_person: a site will not offer it "
            "(build it with -D cv_public=1 for the site)"
        )
    else:
        mark.write_text("This PDF holds no private field of cv_person.\n")


def read_log(document: Document) -> str:
    return log_of(document.tex)


def support_files_in_place(builder: LaTeXBuilder) -> bool:
    """Put the classes and packages the preamble loads where pdflatex looks.

    The builder copies them again once it writes: the same files, from the same
    sources. Without them in place, pdflatex could find another copy elsewhere.
    """
    try:
        builder.copy_support_files()
        if builder.config.latex_additional_files:
            builder.copy_latex_additional_files()
        builder.write_stylesheet()
        builder.write_message_catalog()
    except Exception:  # noqa: BLE001 - a speed-up: without it, the file is read whole
        return False
    return True


def predicted_preamble(builder: LaTeXBuilder, entry: Any) -> str | None:  # noqa: ANN401 - a latex_documents entry, as Sphinx types it
    """The preamble the builder will write for ``entry``, from the configuration.

    The written .tex begins with it, unless the pages change it.

    This renders the builder's own template with its own translator, for a
    document with no pages. It leans on how Sphinx's writer is put together; any
    change there shows as None, or as a preamble the written file does not begin
    with, and either way pdflatex reads the written file instead.
    """
    try:
        from sphinx.util.docutils import new_document  # noqa: PLC0415 - latex builds only

        docname, _, title, author, theme_name = entry[:5]
        theme = builder.themes.get(theme_name)
        settings = latex_writer_settings(
            builder, docname=docname, title=title, author=author, docclass=theme.name
        )
        document = new_document("<the preamble>", settings)
        document["docclass"] = theme.docclass
        document["contentsname"] = ""
        document["tocdepth"] = None
        builder.update_doc_context(title, author, theme)
        builder.update_context()
        with logging.suppress_logging():
            translator = builder.create_translator(document, builder, theme)
            text = str(translator.astext())  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001 - a speed-up: without it, the file is read whole
        return None
    end = text.find(BEGIN_DOCUMENT)
    return text[:end] if end > 0 else None
