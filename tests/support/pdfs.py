"""Building PDFs as the Makefile does, and reading them as a recruiter's tools do."""

from __future__ import annotations

import dataclasses
import functools
import os
import re
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING

from pypdf import PdfReader

if TYPE_CHECKING:
    from collections.abc import Mapping

EXTENSIONS = Path(__file__).resolve().parents[2] / "_ext"


def run(
    *command: str | Path,
    cwd: Path | None = None,
    environ: Mapping[str, str] | None = None,
) -> str:
    """``command``'s output; ``environ`` adds to the environment it runs in."""
    # Test roots load sphinx_cv from _ext, as pytest's own pythonpath does.
    result = subprocess.run(  # noqa: S603 - the tests' own fixed commands
        [str(part) for part in command],
        cwd=cwd,
        capture_output=True,
        text=True,
        # pdflatex echoes a line of the input byte by byte, maybe mid-character.
        errors="replace",
        check=False,
        env={
            **os.environ,
            "LC_ALL": "C.UTF-8",
            "PYTHONPATH": str(EXTENSIONS),
            **(environ or {}),
        },
    )
    assert result.returncode == 0, (
        f"{command} failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    )
    return result.stdout


def make(target: str, builddir: Path, project: Path, *variables: str) -> str:
    """What ``make target`` printed (quietly: ``-s``)."""
    return run(
        shutil.which("make") or "make",
        "-s",
        target,
        f"BUILDDIR={builddir}",
        *variables,
        cwd=project,
    )


def sphinx_latex(srcdir: Path, outdir: Path, *options: str) -> None:
    run(
        sys.executable,
        "-m",
        "sphinx",
        "-b",
        "latex",
        "-W",
        "-q",
        *options,
        srcdir,
        outdir,
    )


def pdflatex_once(texdir: Path) -> None:
    """One pdflatex pass, stopping at the first error, as ``make latexpdf`` runs it."""
    for tex in sorted(texdir.glob("*.tex")):
        run(
            "pdflatex",
            "-interaction=nonstopmode",
            "-halt-on-error",
            tex.name,
            cwd=texdir,
        )


# sphinxcv.sty's footer, "Name · page 2 of 3", the last line of each page.
FOOTER = re.compile(r"^.*page \d+ of \d+\n", re.MULTILINE)


def without_footers(text: str) -> str:
    return FOOTER.sub("", text)


@dataclasses.dataclass(frozen=True)
class Pdf:
    """A built PDF, read through poppler (what ATS parsers and copy-paste see)."""

    path: Path

    @functools.cached_property
    def text(self) -> str:
        return run("pdftotext", "-enc", "UTF-8", self.path, "-")

    @functools.cached_property
    def raw_text(self) -> str:
        """The text in the order it is written, with no reordering by direction."""
        return run("pdftotext", "-raw", "-enc", "UTF-8", self.path, "-")

    @functools.cached_property
    def flat(self) -> str:
        """The text with every run of white space as one space."""
        return " ".join(self.text.split())

    @functools.cached_property
    def body_flat(self) -> str:
        """``flat`` without the pages' footers: a text that runs on to the next
        page reads on, as it does to a reader who turns the page."""
        return " ".join(without_footers(self.text).split())

    @functools.cached_property
    def body_raw_text(self) -> str:
        return without_footers(self.raw_text)

    def page_text(self, number: int) -> str:
        return run(
            "pdftotext",
            "-enc",
            "UTF-8",
            "-f",
            str(number),
            "-l",
            str(number),
            self.path,
            "-",
        )

    @functools.cached_property
    def info(self) -> dict[str, str]:
        lines = run("pdfinfo", "-enc", "UTF-8", self.path).splitlines()
        return {
            key.strip(): value.strip()
            for key, _, value in (line.partition(":") for line in lines)
        }

    @property
    def pages(self) -> int:
        return int(self.info["Pages"])

    @functools.cached_property
    def fonts(self) -> list[dict[str, str]]:
        """pdffonts' table, one dict per font, cut at its ruler's columns."""
        header, ruler, *rows = run("pdffonts", self.path).splitlines()
        spans = [match.span() for match in re.finditer(r"-+", ruler)]
        names = [header[start:end].strip() for start, end in spans]
        return [
            {
                name: row[start:end].strip()
                for name, (start, end) in zip(names, spans, strict=False)
            }
            for row in rows
        ]

    @functools.cached_property
    def links(self) -> list[str]:
        uris = []
        for page in PdfReader(self.path).pages:
            for annotation in page.get("/Annots") or []:
                action = annotation.get_object().get("/A")
                if action and "/URI" in action:
                    uris.append(str(action["/URI"]))
        return uris

    @property
    def log(self) -> str:
        return self.path.with_suffix(".log").read_text(
            encoding="utf-8", errors="replace"
        )


# The blocks sphinxcv.sty leaves out of a PDF, beyond format characters: variation
# selectors, and the tag block (flags' subdivisions), assigned or not.
LEFT_OUT = (range(0xFE00, 0xFE10), range(0xE0000, 0xE0080), range(0xE0100, 0xE01F0))


def shows_nothing(char: str) -> bool:
    """White space, or a character a PDF set by pdflatex has nothing to show for.

    Format characters (joiners, marks) and selectors change how their neighbours
    look; sphinxcv.sty leaves them out where it has no glyph for them.
    """
    return (
        char.isspace()
        or unicodedata.category(char) == "Cf"
        or any(ord(char) in block for block in LEFT_OUT)
    )


RERUN = re.compile(r"Rerun to get|Please rerun|may have changed\. Rerun")


def asks_for_a_rerun(log: str) -> bool:
    return RERUN.search(log) is not None


def overfull_boxes(log: str, tolerance_pt: float = 5.0) -> list[str]:
    return [
        match[0]
        for match in re.finditer(
            r"Overfull \\[hv]box \((\d+\.\d+)pt too \w+\)[^\n]*", log
        )
        if float(match[1]) > tolerance_pt
    ]
