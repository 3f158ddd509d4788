"""The project's table of figures: the builds an author waits for, and their cost.

Run with ``make benchmark``. Each figure is the median of several runs on a copy
of the project, printed as a table, written as JSON to
``_build/bench/benchmark.json``, and added, dated, to the top of the project's
record of runs, ``benchmarks/results.md``:

- the website (``-b html``): cold, no-change and one-edit rebuilds, and how many
  documents the edit made Sphinx read, with the cold build's peak memory;
- the PDF, as ``make latexpdf`` makes it: cold, and after one role's edit (one
  command: the LaTeX build runs pdflatex itself, alongside; see
  ``benchmarks/pdf_stages.py`` for the stages of a build one after another);
- ``make livepdf``: the time from saving an edit to the shown PDF holding it;
- ``make jsonresume``;
- ``make docx``;
- the extension's overhead: a generated CV of 100 roles built with ``sphinx_cv``
  and as the same text in plain MyST, pair by pair;
- scale: generated CVs of 100, 300 and 900 roles (``tests/support/scale.py``), their
  cold builds' time, peak memory and the site's size, and how each grows from one
  to the next (300 ÷ 100, 900 ÷ 300);
- hostile sizes: a page whose role's name, title and place are each one word of
  10,000 characters, against the same page with words of 100, in every builder;
  the row gives the builder whose time grows most.

With ``RENDERCV=<its command>`` and ``RENDERCV_PEER=<the folder of its cv.yaml
and cache/>``, it also times the peer on its own YAML of this CV, and prints the
ratios to it of the cold PDF and of ``make livepdf``'s save to PDF, pair by pair.
Speed is measured here, not asserted by a timed test; the tests assert counts.
"""

from __future__ import annotations

import itertools
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from support.scale import write_hostile_sizes_project, write_scale_project

PROJECT_ROOT = Path(__file__).resolve().parent.parent
RUNS = 5
ROLE_PAGE = Path("experience") / "canonical.md"
# RenderCV's own YAML of this CV, and the Typst package it would download.
PEER_FILES = "RENDERCV_PEER"


# Generated projects load sphinx_cv from _ext, as the tests do.
EXTENSION_ON_PATH = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT / "_ext")}


def timed(command: list[str], cwd: Path | None = None) -> tuple[float, str]:
    started = time.perf_counter()
    result = subprocess.run(  # noqa: S603 - fixed arguments
        command,
        cwd=cwd,
        capture_output=True,
        text=True,
        check=True,
        env=EXTENSION_ON_PATH,
    )
    return time.perf_counter() - started, result.stdout


# A fresh interpreter runs the command as its only child, so its children's peak
# resident memory is the command's own (Linux reports it in KiB).
PEAK_OF_ONE_CHILD = (
    "import resource, subprocess, sys;"
    "subprocess.run(sys.argv[1:], check=True, capture_output=True);"
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
)


def peak_mib(command: list[str]) -> float:
    kib = timed([sys.executable, "-c", PEAK_OF_ONE_CHILD, *command])[1]
    return int(kib) / 1024


def sphinx_command(
    builder: str, srcdir: Path, outdir: Path, *extra: str, module: str = "sphinx"
) -> list[str]:
    return [
        sys.executable,
        "-m",
        module,
        "-b",
        builder,
        "-W",
        *extra,
        str(srcdir),
        str(outdir),
    ]


def sphinx_build(
    builder: str, srcdir: Path, outdir: Path, *extra: str, module: str = "sphinx"
) -> tuple[float, str]:
    return timed(sphinx_command(builder, srcdir, outdir, *extra, module=module))


def latexpdf(srcdir: Path, outdir: Path) -> float:
    """``make latexpdf``'s command: a LaTeX build that makes the PDF as well."""
    command = [
        *(sys.executable, "-m", "sphinx_cv.build", "-b", "latex", "-W"),
        *("-t", "printed", "-D", "cv_make_pdf=1", str(srcdir), str(outdir)),
    ]
    seconds = timed(command)[0]
    if not list(outdir.glob("*.pdf")):
        sys.exit(f"make latexpdf's command made no PDF in {outdir}")
    return seconds


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


def rendercv(command: str, peer_files: Path, where: Path) -> float:
    shutil.copy(peer_files / "cv.yaml", where / "cv.yaml")
    env = {
        **os.environ,
        "XDG_CACHE_HOME": str(peer_files / "cache"),
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


def ratios(numerators: list[float], denominators: list[float]) -> list[float]:
    """Pair by pair: each run's ratio, so a slow moment of the machine cancels."""
    return [top / bottom for top, bottom in zip(numerators, denominators, strict=True)]


# One line of the table, as the JSON holds it.
Row = dict[str, object]
OVERHEAD_ROLES = 100
SCALE_ROLES = (100, 300, 900)
SCALE_SKILLS = 200
OUTPUT = PROJECT_ROOT / "_build" / "bench" / "benchmark.json"
RESULTS = PROJECT_ROOT / "benchmarks" / "results.md"
NEWEST_BELOW = (
    "<!-- make benchmark adds each run's table below this line, newest first -->"
)


def row(name: str, seconds: list[float], detail: str = "", **extra: object) -> Row:
    return {
        "build": name,
        "median_s": round(median(seconds), 3),
        "runs_s": [round(value, 3) for value in seconds],
        "detail": detail,
        **extra,
    }


def ratio_row(name: str, values: list[float], detail: str) -> Row:
    return {
        "build": name,
        "median_ratio": round(median(values), 3),
        "range": [round(min(values), 3), round(max(values), 3)],
        "detail": detail,
    }


def website(where: Path, srcdir: Path) -> list[Row]:
    cold, unchanged, edited, reads = [], [], [], []
    outdir = where / "html"
    for run in range(RUNS):
        shutil.rmtree(outdir, ignore_errors=True)
        cold.append(sphinx_build("html", srcdir, outdir, "-E")[0])
        unchanged.append(sphinx_build("html", srcdir, outdir)[0])
        touch_edit(srcdir / ROLE_PAGE, run)
        seconds, status = sphinx_build("html", srcdir, outdir)
        edited.append(seconds)
        reads.append(documents_read(status))
    memory = peak_mib(sphinx_command("html", srcdir, where / "html-memory", "-E"))
    return [
        row(
            "site, cold", cold, f"peak memory {memory:.0f} MiB", peak_mib=round(memory)
        ),
        row("site, no change", unchanged),
        row(
            "site, one role edited",
            edited,
            f"documents read: {sorted(set(reads))}",
            documents_read=sorted(set(reads)),
        ),
    ]


def pdf(where: Path, srcdir: Path) -> tuple[list[Row], list[float]]:
    cold: list[float] = []
    edit: list[float] = []
    latex = where / "latex"
    for run in range(RUNS):
        shutil.rmtree(latex, ignore_errors=True)
        cold.append(latexpdf(srcdir, latex))
        touch_edit(srcdir / ROLE_PAGE, run + RUNS)
        edit.append(latexpdf(srcdir, latex))
    together = "Sphinx and pdflatex side by side"
    return [
        row("PDF, cold", cold, together),
        row("PDF, one role edited", edit, together),
    ], cold


LIVE_EDIT = "premier GPUs"


def live_pdf(where: Path, srcdir: Path) -> tuple[list[Row], list[float]]:
    """Save to PDF under ``make livepdf``: from an edit until the PDF holds it.

    As the author sees it: the watcher's own delay is included.
    """
    builddir = where / "livepdf"
    shown = builddir / "pdf" / "jonathan-hartley-cv.pdf"
    watcher = subprocess.Popen(  # noqa: S603 - fixed arguments
        [
            *(sys.executable, "-m", "sphinx_cv.livepdf", str(srcdir)),
            *("-t", "printed", "--builddir", str(builddir), "--port", "0"),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=EXTENSION_ON_PATH,
    )
    seconds = []
    try:
        for line in watcher.stdout or []:
            if line.startswith("Showing it at"):
                break
        page = srcdir / "experience" / "lambda.md"
        original = page.read_text(encoding="utf-8")
        for run in range(RUNS):
            time.sleep(0.5)  # the watcher is idle again
            marker = f"premier{run}livepdf GPUs"
            before = shown.stat().st_mtime_ns
            page.write_text(original.replace(LIVE_EDIT, marker), encoding="utf-8")
            saved = time.perf_counter()
            while shown.stat().st_mtime_ns == before or marker not in pdf_words(shown):
                time.sleep(0.005)
            seconds.append(time.perf_counter() - saved)
        page.write_text(original, encoding="utf-8")
    finally:
        watcher.terminate()
        watcher.wait()
    return [
        row("PDF, save to PDF (make livepdf)", seconds, "an edit until it shows")
    ], seconds


def pdf_words(pdf: Path) -> str:
    return timed(["pdftotext", str(pdf), "-"])[1].replace("\n", " ")


def json_resume(where: Path, srcdir: Path) -> list[Row]:
    seconds = [
        sphinx_build("jsonresume", srcdir, where / f"jsonresume-{run}")[0]
        for run in range(RUNS)
    ]
    return [row("JSON Resume, cold", seconds)]


def word_document(where: Path, srcdir: Path) -> list[Row]:
    seconds = [
        sphinx_build("docx", srcdir, where / f"docx-{run}")[0] for run in range(RUNS)
    ]
    return [row("Word document, cold", seconds)]


def overhead(where: Path) -> list[Row]:
    """The extension's cost: the same text with it and in plain MyST, pair by pair.

    Twice: as ``python -m sphinx`` builds (Read the Docs' command), and as
    ``make html`` builds, through ``sphinx_cv.build``. That one ends every build
    with its objects frozen, plain MyST's too; through ``python -m sphinx``, only
    the extension's build freezes them (at the Word document's fork), and its
    process ends the sooner for it: the first ratio holds that gain, the second
    does not.
    """
    with_cv, plain = where / "with-cv", where / "plain"
    write_scale_project(with_cv, OVERHEAD_ROLES, SCALE_SKILLS)
    write_scale_project(plain, OVERHEAD_ROLES, SCALE_SKILLS, plain=True)
    times: dict[tuple[str, str], list[float]] = {}
    for run in range(RUNS):
        for module in ("sphinx", "sphinx_cv.build"):
            for name, srcdir in (("cv", with_cv), ("plain", plain)):
                outdir = where / f"o-{name}-{module}-{run}"
                seconds = sphinx_build("html", srcdir, outdir, module=module)[0]
                times.setdefault((name, module), []).append(seconds)
    return [
        row(f"{OVERHEAD_ROLES} roles with sphinx_cv", times["cv", "sphinx"]),
        row(f"{OVERHEAD_ROLES} roles in plain MyST", times["plain", "sphinx"]),
        ratio_row(
            "sphinx_cv ÷ plain MyST",
            ratios(times["cv", "sphinx"], times["plain", "sphinx"]),
            "pair by pair; plain MyST has no timeline or skills table",
        ),
        ratio_row(
            "the same, both as make html builds",
            ratios(times["cv", "sphinx_cv.build"], times["plain", "sphinx_cv.build"]),
            "python -m sphinx_cv.build: both end with their objects frozen",
        ),
    ]


# A CV in another script, as sphinx-cv import writes it: LuaLaTeX with the Noto
# fonts, where this CV's Latin PDF has pdflatex.
OTHER_SCRIPTS = {
    "Japanese": ("ja", "田中花子", "決済システムを設計し、チームと運用した。"),
    "Arabic": ("ar", "سارة أحمد", "صممت نظام الدفع الجديد مع فريق صغير."),
}
SCRIPT_ROLES = 6


def other_scripts(where: Path) -> list[Row]:
    rows = []
    for script, (language, name, highlight) in OTHER_SCRIPTS.items():
        resume = {
            "basics": {"name": name},
            "work": [
                {
                    "name": name,
                    "startDate": f"{2010 + index}-03",
                    "highlights": [
                        highlight,
                        highlight,
                    ],
                }
                for index in range(SCRIPT_ROLES)
            ],
        }
        source = where / f"{language}.json"
        source.write_text(json.dumps(resume, ensure_ascii=False), encoding="utf-8")
        project = where / f"cv-{language}"
        command = [sys.executable, "-m", "sphinx_cv.cli", "import", str(source)]
        subprocess.run(  # noqa: S603 - the benchmark's own command
            [*command, str(project), "--language", language],
            check=True,
            env=EXTENSION_ON_PATH,
            capture_output=True,
        )
        cold = []
        for _ in range(RUNS):
            outdir = where / f"latex-{language}"
            shutil.rmtree(outdir, ignore_errors=True)
            cold.append(latexpdf(project, outdir))
        rows.append(
            row(
                f"PDF in {script}, cold",
                cold,
                f"an imported CV of {SCRIPT_ROLES} roles, LuaLaTeX",
            )
        )
    return rows


def scale(where: Path) -> list[Row]:
    times: dict[int, list[float]] = {}
    memory: dict[int, float] = {}
    size: dict[int, int] = {}
    rows = []
    for roles in SCALE_ROLES:
        srcdir = where / f"scale-{roles}"
        write_scale_project(srcdir, roles, SCALE_SKILLS)
        times[roles] = [
            sphinx_build("html", srcdir, where / f"s-{roles}-{run}")[0]
            for run in range(RUNS)
        ]
        memory[roles] = peak_mib(sphinx_command("html", srcdir, where / f"s-{roles}-m"))
        site = where / f"s-{roles}-0"
        size[roles] = sum(
            path.stat().st_size for path in site.rglob("*") if path.is_file()
        )
        rows.append(
            row(
                f"{roles} roles, {SCALE_SKILLS} skills, cold",
                times[roles],
                f"peak memory {memory[roles]:.0f} MiB; site {size[roles] / 1e6:.1f} MB",
                peak_mib=round(memory[roles]),
                site_bytes=size[roles],
            )
        )
    for small, large in itertools.pairwise(SCALE_ROLES):
        rows.append(
            ratio_row(
                f"{large} roles ÷ {small} roles",
                ratios(times[large], times[small]),
                f"time, pair by pair (roles ×{large / small:.0f}); "
                f"memory ×{memory[large] / memory[small]:.2f}; "
                f"site ×{size[large] / size[small]:.2f}",
            )
        )
    return rows


def peer(where: Path, cold_pdf: list[float], live: list[float]) -> list[Row]:
    command = os.environ.get("RENDERCV")
    if not command:
        return []
    peer_files = Path(os.environ.get(PEER_FILES, ""))
    if not (peer_files / "cv.yaml").is_file():
        sys.exit(
            f"RENDERCV needs {PEER_FILES}: the folder of RenderCV's cv.yaml and cache/"
        )
    seconds = []
    for run in range(RUNS):
        peer_dir = where / f"rendercv-{run}"
        peer_dir.mkdir()
        seconds.append(rendercv(command, peer_files, peer_dir))
    return [
        row("RenderCV, the peer", seconds),
        ratio_row("cold PDF ÷ RenderCV", ratios(cold_pdf, seconds), "pair by pair"),
        ratio_row(
            "livepdf's save to PDF ÷ RenderCV",
            ratios(live, seconds),
            "pair by pair, against its cold render",
        ),
    ]


HOSTILE_SIZES = (100, 10_000)
HOSTILE_BUILDERS = ("html", "text", "latex", "man", "texinfo", "docx")


def hostile_sizes(where: Path) -> list[Row]:
    """Each builder on a page of 10,000-character words, against 100-character ones."""
    small, large = HOSTILE_SIZES
    for size in HOSTILE_SIZES:
        write_hostile_sizes_project(where / f"hostile-{size}", size)
    worst: tuple[float, str, list[float]] = (0.0, "", [])
    for builder in HOSTILE_BUILDERS:
        times: dict[int, list[float]] = {size: [] for size in HOSTILE_SIZES}
        for run in range(RUNS):
            for size in HOSTILE_SIZES:
                srcdir = where / f"hostile-{size}"
                out = where / f"h-{size}-{builder}-{run}"
                times[size].append(sphinx_build(builder, srcdir, out)[0])
        pairs = ratios(times[large], times[small])
        if median(pairs) > worst[0]:
            worst = (median(pairs), builder, pairs)
    return [
        ratio_row(
            f"hostile sizes, {large:,} ÷ {small}",
            worst[2],
            f"the slowest-growing builder of {len(HOSTILE_BUILDERS)}: {worst[1]}",
        )
    ]


def print_table(rows: list[Row]) -> None:
    print(f"median of {RUNS} runs each")
    for entry in rows:
        if "median_ratio" in entry:
            low, high = entry["range"]
            figure = f"{entry['median_ratio']:6.2f}×  ({low:.2f}–{high:.2f})"
        else:
            figure = f"{entry['median_s']:6.2f} s"
        print(f"{entry['build']:<36}{figure:<22}{entry['detail']}")


def figure_of(entry: Row) -> str:
    if "median_ratio" in entry:
        return f"{entry['median_ratio']:.2f}×"
    return f"{entry['median_s']:.2f} s"


def cell(text: object) -> str:
    return str(text).replace("|", "\\|")


def markdown_table(table: dict[str, object]) -> str:
    """One run's rows as a dated Markdown table, for ``benchmarks/results.md``."""
    lines = [
        f"## {table['date']}",
        "",
        (
            f"{table['cpus']} cores, Python {table['python']}, "
            f"commit {table['commit']}; the median of {table['runs']} runs each."
        ),
        "",
        "| build | median | detail |",
        "| --- | --- | --- |",
    ]
    rows: list[Row] = table["rows"]  # type: ignore[assignment]
    for entry in rows:
        detail = str(entry["detail"])
        if "range" in entry:
            low, high = entry["range"]  # type: ignore[misc]
            detail = "; ".join(filter(None, [f"range {low:.2f}–{high:.2f}", detail]))
        lines.append(
            f"| {cell(entry['build'])} | {figure_of(entry)} | {cell(detail)} |"
        )
    return "\n".join(lines) + "\n"


def recorded(results: str, table: str) -> str:
    """The record of runs with ``table`` first, above the earlier ones."""
    before, marker, after = results.partition(NEWEST_BELOW)
    if not marker:
        msg = f"{RESULTS.name} has lost its line {NEWEST_BELOW!r}"
        raise ValueError(msg)
    earlier = after.lstrip("\n")
    return f"{before}{marker}\n\n{table}\n{earlier}"


def this_commit() -> str:
    """The commit measured, and whether the tree had changes beside it."""
    described = subprocess.run(
        ["git", "describe", "--always", "--dirty=+changes"],  # noqa: S607
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    return described.stdout.strip() or "unknown"


def main() -> None:
    with tempfile.TemporaryDirectory() as temporary:
        where = Path(temporary)
        srcdir = copy_of_project(where)
        rows = website(where, srcdir)
        pdf_rows, cold_pdf = pdf(where, srcdir)
        rows += pdf_rows
        live_rows, live = live_pdf(where, srcdir)
        rows += live_rows
        rows += json_resume(where, srcdir)
        rows += word_document(where, srcdir)
        rows += other_scripts(where)
        rows += overhead(where)
        rows += scale(where)
        rows += hostile_sizes(where)
        rows += peer(where, cold_pdf, live)
    print_table(rows)
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    table = {
        "date": time.strftime("%Y-%m-%d"),
        "runs": RUNS,
        "python": sys.version.split()[0],
        "cpus": os.cpu_count(),
        "commit": this_commit(),
        "rows": rows,
    }
    OUTPUT.write_text(json.dumps(table, indent=2, ensure_ascii=False) + "\n", "utf-8")
    print(f"written to {OUTPUT.relative_to(PROJECT_ROOT)}")
    results = recorded(RESULTS.read_text(encoding="utf-8"), markdown_table(table))
    RESULTS.write_text(results, encoding="utf-8")
    print(f"added to {RESULTS.relative_to(PROJECT_ROOT)}")


if __name__ == "__main__":
    main()
