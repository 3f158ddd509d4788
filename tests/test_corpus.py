"""The bad-input corpus through every builder: warned or clean, never a crash.

The corpus's pages (``corpus.py``) are built together, once per builder: read
once, by the HTML build, and written by each of the others from its doctrees, as
``make html latexpdf`` writes a second output. What reading them warned is part of
every builder's warnings. For each case the tests check:

- its warnings: each names the page and line and has a type, and they are the
  ones the case expects (none, for text that is merely unusual);
- that HTML, the PDF (pdflatex, halting at the first error), plain text, JSON
  Resume and the Word document all still parse;
- that the text the case names reaches each of them exactly, as text: never as
  markup, a link or a LaTeX command.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import re
import unicodedata
from io import StringIO
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import docx
import html5lib
import pytest
from sphinx.testing.util import SphinxTestApp
from support.builds import article, warning_lines
from support.corpus import CASES, Case, conf_py
from support.jsonresume import strings as strings_of
from support.pdfs import Pdf, pdflatex_once, shows_nothing

# What json.loads gives.
JSON = dict[str, "JSON"] | list["JSON"] | str | int | float | bool | None

if TYPE_CHECKING:
    from pathlib import Path

CONF_PY = conf_py("corpus")
INDEX_MD = """\
# The corpus

:::{cv:timeline}
:full:
:::

:::{cv:skills}
:::

```{toctree}
:glob:
case-*
```
"""
HEADER_LINES = 2  # "# Case: name" and a blank line come before the case's source
LOCATED = re.compile(
    r"^(?P<page>[\w-]+)\.md:(?P<line>\d+): WARNING: .+ \[(?P<type>[\w.-]+)\]$"
)


def page(case: Case) -> str:
    return f"case-{case.name}"


@pytest.fixture(scope="session")
def corpus_source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    srcdir = tmp_path_factory.mktemp("corpus") / "src"
    srcdir.mkdir()
    (srcdir / "conf.py").write_text(CONF_PY, encoding="utf-8")
    (srcdir / "index.md").write_text(INDEX_MD, encoding="utf-8")
    for case in CASES:
        text = f"# Case: {case.name}\n\n{case.source}"
        (srcdir / f"{page(case)}.md").write_text(text, encoding="utf-8")
    return srcdir


@dataclasses.dataclass(frozen=True)
class Built:
    """One builder's output of the corpus, and what it warned."""

    outdir: Path
    warnings: list[str]


def build(
    builder: str, srcdir: Path, builddir: Path, *, reading: bool
) -> tuple[Path, list[str], list[str]]:
    """``builder``'s output folder, what it warned as it read the pages, and what
    it warned as it wrote them. Not ``reading``, it writes from the doctrees an
    earlier build into ``builddir`` left, as ``make html latexpdf`` does."""
    warnings = StringIO()
    app = SphinxTestApp(
        builder,
        srcdir=srcdir,
        builddir=builddir,
        freshenv=reading,
        status=StringIO(),
        warning=warnings,
    )
    read_until: list[int] = []  # where in the warnings the writing began
    if reading:
        app.connect(
            "write-started",
            lambda _app, _builder: read_until.append(len(warnings.getvalue())),
        )
    try:
        app.build()
    finally:
        app.cleanup()
    said = warnings.getvalue()
    if not reading:
        return app.outdir, [], warning_lines(said, srcdir)
    assert read_until, "the build that read the pages wrote none"
    read, written = said[: read_until[0]], said[read_until[0] :]
    return app.outdir, warning_lines(read, srcdir), warning_lines(written, srcdir)


@dataclasses.dataclass(frozen=True)
class Read:
    """The corpus's pages, read once, by the HTML build: every other builder
    writes them from its doctrees, and warns what the reading did and its own."""

    srcdir: Path
    builddir: Path
    warnings: list[str]
    html: Built

    def written_by(self, builder: str) -> Built:
        outdir, _, written = build(builder, self.srcdir, self.builddir, reading=False)
        return Built(outdir, self.warnings + written)


@pytest.fixture(scope="session")
def corpus_read(corpus_source: Path, tmp_path_factory: pytest.TempPathFactory) -> Read:
    builddir = tmp_path_factory.mktemp("corpus-builds")
    outdir, read, written = build("html", corpus_source, builddir, reading=True)
    return Read(corpus_source, builddir, read, Built(outdir, read + written))


@pytest.fixture(scope="session")
def corpus_html(corpus_read: Read) -> Built:
    return corpus_read.html


@pytest.fixture(scope="session")
def corpus_text(corpus_read: Read) -> Built:
    return corpus_read.written_by("text")


@pytest.fixture(scope="session")
def corpus_docx(corpus_read: Read) -> Built:
    return corpus_read.written_by("docx")


@pytest.fixture(scope="session")
def corpus_json(corpus_read: Read) -> JSON:
    built = corpus_read.written_by("jsonresume")
    return json.loads((built.outdir / "resume.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def corpus_latex(corpus_read: Read) -> Built:
    return corpus_read.written_by("latex")


@pytest.fixture(scope="session")
def corpus_pdf(corpus_latex: Built) -> Pdf:
    pdflatex_once(corpus_latex.outdir)
    return Pdf(corpus_latex.outdir / "corpus.pdf")


def expected_warnings(case: Case) -> list[tuple[str, int, str]]:
    return sorted((page(case), line + HEADER_LINES, kind) for line, kind in case.warns)


def located(warnings: list[str]) -> list[tuple[str, int, str]]:
    found = []
    for warning in warnings:
        match = LOCATED.match(warning)
        assert match, f"not located at a page's line, or without a type: {warning}"
        found.append((match["page"], int(match["line"]), match["type"]))
    return found


by_name = pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])


def showing_text_in(output: str) -> pytest.MarkDecorator:
    """The cases with text to find in ``output``: for the others there is none."""
    cases = [case for case in CASES if case.shows and output not in case.not_in]
    return pytest.mark.parametrize("case", cases, ids=[case.name for case in cases])


def test_the_corpus_is_large_and_its_names_unique() -> None:
    assert len(CASES) >= 60
    assert len({case.name for case in CASES}) == len(CASES)


@pytest.mark.parametrize("builder", ["html", "text", "latex", "man", "texinfo", "docx"])
def test_every_warning_is_located_and_expected(
    builder: str, corpus_read: Read, request: pytest.FixtureRequest
) -> None:
    # The builds that other tests read are the session's own; the others are
    # made here.
    shared = {
        "html": "corpus_html",
        "text": "corpus_text",
        "latex": "corpus_latex",
        "docx": "corpus_docx",
    }
    built = (
        request.getfixturevalue(shared[builder])
        if builder in shared
        else corpus_read.written_by(builder)
    )
    assert not any("Traceback" in line for line in built.warnings)
    expected = sorted(warning for case in CASES for warning in expected_warnings(case))
    assert sorted(located(built.warnings)) == expected


@by_name
def test_warns_at_its_line_or_is_clean(case: Case, corpus_html: Built) -> None:
    mine = [w for w in located(corpus_html.warnings) if w[0] == page(case)]
    assert sorted(mine) == expected_warnings(case)


@by_name
def test_html_parses_and_shows_the_text_as_text(case: Case, corpus_html: Built) -> None:
    raw = (corpus_html.outdir / f"{page(case)}.html").read_bytes()
    parser = html5lib.HTMLParser(strict=False, namespaceHTMLElements=False)
    whole = parser.parse(raw)
    assert parser.errors == []
    main = article(corpus_html.outdir, f"{page(case)}.html")
    for text in case.shows:
        assert text in main.get_text()
    # None of these is made by the extension or the theme inside the article.
    assert main.find(["script", "img", "iframe", "b", "i"]) is None
    for element in main.find_all(name=True):
        assert not any(name.startswith("on") for name in element.attrs)
    for link in main.find_all(href=True):
        assert urlsplit(link["href"]).scheme in {"", "http", "https", "mailto"}
    structured = [
        script
        for script in whole.iter("script")
        if script.get("type") == "application/ld+json"
    ]
    assert len(structured) == 1  # on every page, the Person or a link to it
    json.loads(structured[0].text)


@showing_text_in("text")
def test_plain_text_shows_the_text(case: Case, corpus_text: Built) -> None:
    text = (corpus_text.outdir / f"{page(case)}.txt").read_text(encoding="utf-8")
    for shown in case.shows:
        assert " ".join(shown.split()) in " ".join(text.split())


@showing_text_in("json")
def test_json_resume_carries_the_text(case: Case, corpus_json: JSON) -> None:
    strings = list(strings_of(corpus_json))
    for text in case.shows:
        assert any(text in string for string in strings), text


@pytest.fixture(scope="session")
def corpus_docx_text(corpus_docx: Built) -> str:
    document = docx.Document(str(corpus_docx.outdir / "corpus.docx"))
    return " ".join(" ".join(p.text for p in document.paragraphs).split())


@showing_text_in("docx")
def test_the_word_document_carries_the_text(case: Case, corpus_docx_text: str) -> None:
    for shown in case.shows:
        assert " ".join(shown.split()) in corpus_docx_text


def as_in_a_pdf(text: str) -> str:
    """Composed characters, white space as one space: as pdftotext reads a PDF."""
    return " ".join(unicodedata.normalize("NFC", text).split())


@functools.cache  # each case looks in the same PDF's text
def without_spacing(text: str) -> str:
    """The text's visible characters only: no white space, joiners or selectors."""
    return "".join(
        char for char in unicodedata.normalize("NFC", text) if not shows_nothing(char)
    )


# pdflatex's fonts stop at Latin Extended-A. A character past it is shown as its
# code point in a frame, and the PDF's ActualText holds the character itself
# (sphinxcv.sty); text extractors space those frames as they please, and lay
# right-to-left text out in reverse unless asked for the written order (-raw).
LAST_TYPESET = "\u017f"


def test_the_pdf_compiles(corpus_pdf: Pdf) -> None:
    assert corpus_pdf.pages >= 1


# A word longer than a line is broken across lines, as a URL is.
LONGEST_UNBROKEN = 40


@showing_text_in("pdf")
def test_the_pdf_shows_the_text(case: Case, corpus_pdf: Pdf) -> None:
    for text in case.shows:
        longest_word = max(len(word) for word in text.split())
        if max(text) <= LAST_TYPESET and longest_word <= LONGEST_UNBROKEN:
            assert as_in_a_pdf(text) in corpus_pdf.body_flat
        else:
            assert without_spacing(text) in without_spacing(corpus_pdf.body_raw_text)
