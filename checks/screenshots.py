"""``make screenshots``: the CV as its readers see it, as PNGs to look at.

From the outputs ``make latexpdf onepage docx html`` built, into
``<builddir>/screenshots/``: each page of both PDFs, each page of the Word document
as LibreOffice lays it out with Debian's fonts (no Microsoft fonts), and the
site's pages a hiring manager looks at, whole, in Chromium (through Playwright, as
the tests drive it) at a desktop's 1280 px and a phone's 390 px, in the light
theme and the dark; and the PDFs and Word document of the modern design, which it
builds into ``<builddir>/modern``.

Run as ``PYTHONPATH=tests python checks/screenshots.py _build``; it says which file
it wrote.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

# The tests' own driver of Debian's Chromium (the Makefile puts tests/ on the path).
from support.browser import CHROMIUM, DARK, DESKTOP, LAUNCH_ARGS, LIGHT, PHONE, visited

RESOLUTION = "80"  # dots per inch: a page fits a screen, and its text reads
FILENAME = "jonathan-hartley-cv"
# The site's pages a hiring manager looks at.
REVIEWED = {
    "front": "index.html",
    "experience": "experience/index.html",
    "skills": "skills/index.html",
    "role": "experience/canonical.html",
}


def run(*command: str) -> None:
    subprocess.run(command, check=True, capture_output=True, timeout=180)  # noqa: S603 - the check's own commands


def pdf_pages(pdf: Path, into: Path, name: str) -> list[Path]:
    run("pdftoppm", "-r", RESOLUTION, "-png", str(pdf), str(into / name))
    return sorted(into.glob(f"{name}-*.png"))


def word_pages(document: Path, into: Path, name: str) -> list[Path]:
    """The .docx through LibreOffice, with a profile of its own."""
    with tempfile.TemporaryDirectory() as scratch:
        home = Path(scratch)
        subprocess.run(  # noqa: S603 - LibreOffice from Debian's package
            [
                *("soffice", "--headless", "--convert-to", "pdf"),
                *("--outdir", str(home), str(document)),
            ],
            check=True,
            capture_output=True,
            timeout=180,
            env={**os.environ, "HOME": str(home)},
        )
        return pdf_pages(home / f"{document.stem}.pdf", into, name)


def site(html: Path, into: Path) -> list[Path]:
    """Each reviewed page, whole, at each width and in each theme."""
    pages = {(html / page).resolve(): name for name, page in REVIEWED.items()}
    shots = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        for width_name, width in (("desktop", DESKTOP), ("phone", PHONE)):
            for theme in (LIGHT, DARK):
                for page, shown in visited(browser, pages, width=width, theme=theme):
                    shot = into / f"site-{pages[page]}-{width_name}-{theme.name}.png"
                    shown.screenshot(path=str(shot), full_page=True)
                    shots.append(shot)
        browser.close()
    return shots


def main() -> None:
    builddir = Path(sys.argv[1] if len(sys.argv) > 1 else "_build")
    into = builddir / "screenshots"
    shutil.rmtree(into, ignore_errors=True)
    into.mkdir(parents=True)
    sources = {
        "pdf": builddir / "latex" / f"{FILENAME}.pdf",
        "onepage": builddir / "onepage" / f"{FILENAME}.pdf",
        "word": builddir / "docx" / f"{FILENAME}.docx",
        "site": builddir / "html" / REVIEWED["front"],
    }
    missing = [str(path) for path in sources.values() if not path.is_file()]
    if missing:
        sys.exit(f"not built yet: {', '.join(missing)}")
    written = [
        *pdf_pages(sources["pdf"], into, "pdf"),
        *pdf_pages(sources["onepage"], into, "onepage"),
        *word_pages(sources["word"], into, "word"),
        *site(sources["site"].parent, into),
    ]
    # The modern design, when make screenshots built it beside the classic one.
    modern = builddir / "modern"
    if (modern / "latex" / f"{FILENAME}.pdf").is_file():
        written += [
            *pdf_pages(modern / "latex" / f"{FILENAME}.pdf", into, "modern-pdf"),
            *pdf_pages(modern / "onepage" / f"{FILENAME}.pdf", into, "modern-onepage"),
            *word_pages(modern / "docx" / f"{FILENAME}.docx", into, "modern-word"),
        ]
    for path in written:
        print(path)


if __name__ == "__main__":
    main()
