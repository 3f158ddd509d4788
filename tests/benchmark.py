"""Times the builds an author waits for, for the site and for the PDF.

Run with ``make benchmark``. Each figure is the median wall time of several runs on
a copy of the project:

- the website (``-b html``): cold, no-change and one-edit rebuilds, and how many
  documents the edit made Sphinx read;
- the PDF, as ``make latexpdf`` makes it: cold, and after one role's edit, each
  split into Sphinx's part (``-b latex``) and LaTeX's (one pdflatex pass).

With ``RENDERCV=/path/to/rendercv`` (see ``shared/peers/rendercv``), it also times
the peer on its own YAML of this CV, pair by pair with the cold PDF, and prints the
ratio. Speed is measured here, not asserted by a timed test; the tests assert counts.
"""

from __future__ import annotations

import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
RUNS = 5
ROLE_PAGE = Path("experience") / "canonical.md"
PDFLATEX = ["pdflatex", "-interaction=batchmode", "-halt-on-error"]
PEER = PROJECT_ROOT.parent / "shared" / "peers" / "rendercv"


def timed(command: list[str], cwd: Path | None = None) -> tuple[float, str]:
    started = time.perf_counter()
    result = subprocess.run(  # noqa: S603 - fixed arguments
        command, cwd=cwd, capture_output=True, text=True, check=True
    )
    return time.perf_counter() - started, result.stdout


def sphinx_build(
    builder: str, srcdir: Path, outdir: Path, *extra: str
) -> tuple[float, str]:
    return timed(
        [
            sys.executable,
            "-m",
            "sphinx",
            "-b",
            builder,
            "-W",
            *extra,
            str(srcdir),
            str(outdir),
        ]
    )


def latexpdf(srcdir: Path, outdir: Path, *extra: str) -> tuple[float, float]:
    """(Sphinx's seconds, LaTeX's seconds) for ``make latexpdf``'s two steps."""
    sphinx_seconds = sphinx_build("latex", srcdir, outdir, *extra)[0]
    latex_seconds = sum(
        timed([*PDFLATEX, tex.name], cwd=outdir)[0] for tex in outdir.glob("*.tex")
    )
    return sphinx_seconds, latex_seconds


def documents_read(status: str) -> int:
    match = re.search(r"(\d+) added, (\d+) changed, (\d+) removed", status)
    return int(match[1]) + int(match[2]) if match else 0


def copy_of_project(where: Path) -> Path:
    srcdir = where / "cv"
    shutil.copytree(
        PROJECT_ROOT,
        srcdir,
        ignore=shutil.ignore_patterns(".venv", "_build", ".git", "*_cache", "tests"),
    )
    return srcdir


def touch_edit(page: Path, run: int) -> None:
    text = page.read_text(encoding="utf-8")
    text = re.sub(r":end: \d{4}-\d{2}", f":end: 2023-0{1 + run % 9}", text, count=1)
    page.write_text(text, encoding="utf-8")
    later = time.time() + 1 + run
    os.utime(page, (later, later))


def rendercv(command: str, where: Path) -> float:
    shutil.copy(PEER / "cv.yaml", where / "cv.yaml")
    env = {
        **os.environ,
        "XDG_CACHE_HOME": str(PEER / "cache"),
        # RenderCV asks PyPI for a newer version on every run: fail that at once.
        "https_proxy": "http://127.0.0.1:9",
    }
    started = time.perf_counter()
    subprocess.run(  # noqa: S603 - the peer's own command line
        [command, "render", "cv.yaml", "-o", "out", "-nopng", "-nomd", "-nohtml"],
        cwd=where,
        env=env,
        capture_output=True,
        check=True,
    )
    return time.perf_counter() - started


def median(values: list[float]) -> float:
    return statistics.median(values)


def main() -> None:
    html = {"cold": [], "unchanged": [], "edited": []}
    reads: list[int] = []
    pdf_cold: list[tuple[float, float]] = []
    pdf_edit: list[tuple[float, float]] = []
    peer: list[float] = []
    peer_command = os.environ.get("RENDERCV")
    with tempfile.TemporaryDirectory() as temporary:
        where = Path(temporary)
        srcdir = copy_of_project(where)
        for run in range(RUNS):
            outdir = where / "html"
            shutil.rmtree(outdir, ignore_errors=True)
            html["cold"].append(sphinx_build("html", srcdir, outdir, "-E")[0])
            html["unchanged"].append(sphinx_build("html", srcdir, outdir)[0])
            touch_edit(srcdir / ROLE_PAGE, run)
            seconds, status = sphinx_build("html", srcdir, outdir)
            html["edited"].append(seconds)
            reads.append(documents_read(status))

            latex = where / "latex"
            shutil.rmtree(latex, ignore_errors=True)
            pdf_cold.append(latexpdf(srcdir, latex))
            if peer_command:
                peer_dir = where / f"rendercv-{run}"
                peer_dir.mkdir()
                peer.append(rendercv(peer_command, peer_dir))
            touch_edit(srcdir / ROLE_PAGE, run + RUNS)
            pdf_edit.append(latexpdf(srcdir, latex))

    print(f"median of {RUNS} runs each; seconds")
    print(f"html  cold build            {median(html['cold']):6.2f}")
    print(f"html  no-change rebuild     {median(html['unchanged']):6.2f}")
    print(
        f"html  one-edit rebuild      {median(html['edited']):6.2f}"
        f"   documents read: {sorted(set(reads))}"
    )
    for label, runs in [("cold", pdf_cold), ("after one edit", pdf_edit)]:
        totals = [sphinx + latex for sphinx, latex in runs]
        sphinx_share = median([sphinx / (sphinx + latex) for sphinx, latex in runs])
        print(
            f"pdf   {label:<22}{median(totals):6.2f}"
            f"   Sphinx {median([s for s, _ in runs]):.2f}"
            f" + LaTeX {median([t for _, t in runs]):.2f}"
            f"   (Sphinx's share {sphinx_share:.0%})"
        )
    if peer:
        ratios = [
            (sphinx + latex) / other
            for (sphinx, latex), other in zip(pdf_cold, peer, strict=True)
        ]
        print(f"rendercv, the peer          {median(peer):6.2f}")
        print(
            f"cold pdf / rendercv         {median(ratios):6.2f}x"
            f"   (pair by pair, range {min(ratios):.2f}-{max(ratios):.2f})"
        )


if __name__ == "__main__":
    main()
