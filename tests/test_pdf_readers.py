"""Every machine that reads the PDF reads every word of it, whole and in order.

Four text extractors, the ones résumé parsers and applicant-tracking systems are
built on, read the two-page and the one-page PDF. Each must find every word of
the CV's own text (its plain-text build, from the same records) whole: none
glued to its neighbours, none split. pypdf used to read whole lines as one word
("IpresentatPyConandamaFellowofthePython"): it takes no gap between glyphs for a
space on a line that holds an ActualText span, and pdfTeX now writes real spaces.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from support.builds import PROJECT_ROOT, TODAY, built_app
from support.pdfs import Pdf
from support.reading import READERS, Reading, readings, words_of_plain_text

if TYPE_CHECKING:
    from pathlib import Path

# The employers, in the order the CV gives them, as a check of reading order.
EMPLOYERS = ["Lambda", "Canonical", "IBM Cloud", "Rangespan", "Resolver Systems"]
VARIANTS = {
    "two-page": ("latex", ()),
    "one-page": ("onepage", ("onepage",)),
}


@pytest.fixture(scope="module", params=list(VARIANTS))
def variant(
    request: pytest.FixtureRequest,
    tmp_path_factory: pytest.TempPathFactory,
    made_by_make_ats: Path,
) -> tuple[str, Pdf, list[str]]:
    folder, tags = VARIANTS[request.param]
    app, warnings = built_app(
        "text",
        PROJECT_ROOT,
        tmp_path_factory.mktemp(f"read-{request.param}"),
        # Curly quotes, as the PDF sets them: Sphinx's text builder keeps the
        # straight ones unless told otherwise.
        confoverrides={"cv_today": TODAY, "smartquotes_excludes": {}},
        tags=tags,
    )
    assert warnings == ""
    text = (app.outdir / "cv.txt").read_text(encoding="utf-8")
    pdf = Pdf(made_by_make_ats / folder / "jonathan-hartley-cv.pdf")
    return request.param, pdf, words_of_plain_text(text)


@pytest.fixture(scope="module")
def read(variant: tuple[str, Pdf, list[str]]) -> dict[str, Reading]:
    _, pdf, expected = variant
    return {reading.reader: reading for reading in readings(pdf.path, expected)}


@pytest.mark.parametrize("reader", list(READERS))
def test_the_reader_finds_every_word_whole(
    read: dict[str, Reading], reader: str
) -> None:
    reading = read[reader]
    assert len(reading.expected) > 300
    assert reading.unread == []
    assert reading.glued == []


@pytest.mark.parametrize("reader", list(READERS))
def test_the_reader_finds_the_employers_in_order(
    read: dict[str, Reading], reader: str
) -> None:
    text = " ".join(read[reader].words)
    places = [text.find(employer) for employer in EMPLOYERS]
    assert -1 not in places
    assert places == sorted(places)


def test_quotes_and_dashes_are_read_as_written(read: dict[str, Reading]) -> None:
    assert len(read) == 4  # pdftotext, pypdf, pdfminer.six and PyMuPDF
    for reading in read.values():
        assert "world’s" in reading.words
        assert "–" in reading.words  # between the dates of a role
