"""``make ats``: what machines read from the CV, before a person sends it.

Applicant-tracking systems and résumé parsers read a CV before anyone does. This
reads the two-page PDF, the one-page PDF and the Word document as they do, with
the four PDF text extractors their pipelines are built on (pdftotext, pypdf,
pdfminer.six, PyMuPDF) and two readers of .docx (python-docx, docx2python), and
compares each with the CV's own words, from its plain-text build. For each it
prints the share of words read whole, the words it found nowhere, and the words
it glued together. It exits 1 when any reader misses or glues a word.

Run after ``make latexpdf onepage docx``, which ``make ats`` does first; its
argument is the build folder (``_build``).
"""

from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

import docx
from docx2python import docx2python
from support.builds import PROJECT_ROOT, built_app
from support.reading import Reading, readings, words_of_plain_text

LINK_MARKUP = re.compile(r'<a href="[^"]*">|</a>')
# Where each is built, under the build folder, and the tags it is built with.
DOCUMENTS = {
    "the two-page PDF": (Path("latex", "jonathan-hartley-cv.pdf"), ()),
    "the one-page PDF": (Path("onepage", "jonathan-hartley-cv.pdf"), ("onepage",)),
    "the Word document": (Path("docx", "jonathan-hartley-cv.docx"), ()),
}


def plain_text_words(tags: tuple[str, ...], where: Path) -> list[str]:
    """The CV's words, with the curly quotes the PDF and the .docx set."""
    app, warnings = built_app(
        "text",
        PROJECT_ROOT,
        where,
        confoverrides={"smartquotes_excludes": {}},
        tags=tags,
    )
    if warnings:
        sys.exit(f"the plain-text build warned:\n{warnings}")
    return words_of_plain_text((app.outdir / "cv.txt").read_text(encoding="utf-8"))


def docx_readings(path: Path, expected: list[str]) -> list[Reading]:
    paragraphs = [paragraph.text for paragraph in docx.Document(str(path)).paragraphs]
    with docx2python(path) as document:
        # It writes a hyperlink as HTML, around the link's own words.
        text = LINK_MARKUP.sub("", document.text)
    return [
        Reading("python-docx", "\n".join(paragraphs).split(), expected),
        Reading("docx2python", text.split(), expected),
    ]


def report(name: str, found: list[Reading]) -> bool:
    """Print what each reader made of one document; whether all read it whole."""
    print(f"\n{name}")
    whole = True
    for reading in found:
        print(
            f"  {reading.reader:<13} {reading.share_whole:7.1%} of words whole", end=""
        )
        if reading.unread or reading.glued:
            whole = False
            print(f"; not found: {reading.unread[:8]}; glued: {reading.glued[:8]}")
        else:
            print()
    return whole


def main(build: Path) -> int:
    """Read the documents built under ``build``: 0 if all are read whole, else 1."""
    missing = [
        str(build / path)
        for path, _ in DOCUMENTS.values()
        if not (build / path).is_file()
    ]
    if missing:
        print(f"build these first (make latexpdf onepage docx): {missing}")
        return 2
    all_whole = True
    # The two-page PDF and the Word document hold the same words: built once.
    words_by_tags: dict[tuple[str, ...], list[str]] = {}
    with tempfile.TemporaryDirectory() as temporary:
        for name, (relative, tags) in DOCUMENTS.items():
            path = build / relative
            if tags not in words_by_tags:
                where = Path(temporary) / name.replace(" ", "-")
                words_by_tags[tags] = plain_text_words(tags, where)
            expected = words_by_tags[tags]
            found = (
                docx_readings(path, expected)
                if path.suffix == ".docx"
                else readings(path, expected)
            )
            all_whole &= report(name, found)
    print(
        "\nEvery reader read every word whole."
        if all_whole
        else "\nSome words were not read whole: see above."
    )
    return 0 if all_whole else 1


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else PROJECT_ROOT / "_build"))
