"""How machines read a PDF: four text extractors, and the CV's words in each.

Résumé parsers and applicant-tracking systems are built on these: Poppler's
pdftotext, pypdf, pdfminer.six and PyMuPDF. Each is asked for a PDF's text, and
its words are compared with the CV's own, as its plain-text build gives them.
"""

from __future__ import annotations

import dataclasses
import functools
import subprocess
from typing import TYPE_CHECKING

import pymupdf
from pdfminer.high_level import extract_text
from pypdf import PdfReader

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable
    from pathlib import Path


def pdftotext(pdf: Path) -> str:
    return subprocess.run(  # noqa: S603 - poppler's, on the tests' own file
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"],  # noqa: S607
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def pypdf_text(pdf: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(pdf).pages)


def pdfminer_text(pdf: Path) -> str:
    return str(extract_text(pdf))


def pymupdf_text(pdf: Path) -> str:
    with pymupdf.open(pdf) as document:
        return "\n".join(str(page.get_text()) for page in document)


READERS: dict[str, Callable[[Path], str]] = {
    "pdftotext": pdftotext,
    "pypdf": pypdf_text,
    "pdfminer.six": pdfminer_text,
    "PyMuPDF": pymupdf_text,
}


def words_of_plain_text(text: str) -> list[str]:
    """The words of a plain-text build, as a reader of the PDF should find them.

    Without the lines that underline headings and the bullets of lists; a word
    the text writer broke after a hyphen, at the end of a line, is put back whole.
    """
    tokens = [
        token
        for line in text.splitlines()
        if not is_underline(line)
        for token in line.split()
        if token not in {"-", "*"}
    ]
    words: list[str] = []
    for token in tokens:
        if words and words[-1].endswith("-") and words[-1][-2:-1].isalpha():
            words[-1] += token
        else:
            words.append(token)
    return words


def is_underline(line: str) -> bool:
    stripped = line.strip()
    return bool(stripped) and set(stripped) <= set("=*-~^\"'`#+")


@dataclasses.dataclass(frozen=True)
class Reading:
    """What one reader made of a PDF, against the words it holds."""

    reader: str
    words: list[str]  # as the reader split them
    expected: list[str]

    @functools.cached_property
    def unread(self) -> list[str]:
        """The CV's words this reader found nowhere whole."""
        found = set(self.words)
        return sorted({word for word in self.expected if word not in found})

    @functools.cached_property
    def glued(self) -> list[str]:
        """What the reader took for one word, and is two or more of the CV's."""
        vocabulary = set(self.expected)
        return [
            word
            for word in self.words
            if word not in vocabulary and splits_into(word, vocabulary)
        ]

    @property
    def share_whole(self) -> float:
        distinct = set(self.expected)
        return (len(distinct) - len(self.unread)) / len(distinct)


def splits_into(text: str, vocabulary: set[str], least: int = 2) -> bool:
    """Whether ``text`` is ``least`` or more words of ``vocabulary`` run together."""

    @functools.cache
    def most_parts(start: int) -> int:
        if start == len(text):
            return 0
        best = -1
        for end in range(start + 1, len(text) + 1):
            if text[start:end] in vocabulary:
                rest = most_parts(end)
                if rest >= 0:
                    best = max(best, rest + 1)
        return best

    return most_parts(0) >= least


def readings(pdf: Path, expected: Iterable[str]) -> list[Reading]:
    words = list(expected)
    return [Reading(name, read(pdf).split(), words) for name, read in READERS.items()]
