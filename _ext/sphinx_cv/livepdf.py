"""``sphinx-cv livepdf``: the PDF rebuilt on every save, and shown as it changes.

One Sphinx application stays loaded, so a save costs only what changed: Sphinx
reads the edited page again (the environment knows which), writes the .tex, and
pdflatex makes the PDF. Starting Sphinx, which a cold ``make latexpdf`` pays
every time, is paid once.

The PDF a viewer sees is replaced only by a good one, in one step
(a rename): a build that fails, because a page is half-written or a file
was deleted, prints why and keeps the last good PDF, and the next save tries
again. A small web server shows the PDF in a page that reloads it when it
changes; a PDF viewer that watches its file (Evince, Okular, zathura) can open
the file itself.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import functools
import hashlib
import http.server
import io
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sphinx_cv.compat import forget_pickled_doctree, forget_the_root_doctree
from sphinx_cv.latex_engine import run_engine, where_it_stopped

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator, Sequence

    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment

# The files whose change makes a new PDF: the pages, the configuration, the style.
WATCHED_SUFFIXES = frozenset({".md", ".rst", ".txt", ".py", ".sty", ".tex", ".png"})
IGNORED_FOLDERS = frozenset({"_build", ".venv", ".git", "__pycache__", "tests"})
# mylatexformat stops the dump here: sphinx_cv's package and what follows are
# read on every run.
DUMP_BEFORE = "\\usepackage{sphinxcv}"
END_OF_DUMP = "\\csname endofdump\\endcsname\n"
PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<style>html,body,iframe{{margin:0;border:0;width:100%;height:100%}}</style>
</head><body><iframe id="pdf" src="{pdf}?v={version}" title="{title}"></iframe>
<script>
let version = "{version}";
setInterval(async () => {{
  const now = await (await fetch("version", {{cache: "no-store"}})).text();
  if (now !== version) {{
    version = now;
    document.getElementById("pdf").src = "{pdf}?v=" + now;
  }}
}}, 400);
</script></body></html>
"""


def is_watched(path: str, srcdir: Path) -> bool:
    """A source of the PDF: not the build's own output, a venv or a test."""
    relative = Path(path).resolve().relative_to(srcdir.resolve())
    if IGNORED_FOLDERS & set(relative.parts[:-1]) or relative.name.startswith("."):
        return False
    if relative.suffix == ".py":
        # An extension's code is loaded once: only the configuration is read again.
        return relative.name == "conf.py"
    return relative.suffix in WATCHED_SUFFIXES


@dataclasses.dataclass(frozen=True)
class Rebuild:
    """One save's rebuild: how long each step took, and what it read."""

    sphinx_seconds: float
    latex_seconds: float
    documents_read: int
    pdf: Path | None
    problem: str = ""

    def report(self, since_save: float) -> str:
        if self.pdf is None:
            return (
                f"The PDF was not rebuilt, and the last good one stays: {self.problem}"
            )
        documents = "document" if self.documents_read == 1 else "documents"
        return (
            f"Saved to PDF in {since_save:.2f} s (Sphinx {self.sphinx_seconds:.2f} s, "
            f"{self.documents_read} {documents} read; LaTeX {self.latex_seconds:.2f} s)"
        )


class LivePDF:
    """A loaded Sphinx application, rebuilt on demand, with the good PDF published."""

    def __init__(self, srcdir: Path, builddir: Path, tags: Sequence[str] = ()) -> None:
        self.srcdir = srcdir
        self.builddir = builddir.resolve()
        self.tags = list(tags)
        self.published = builddir / "pdf"
        self.published.mkdir(parents=True, exist_ok=True)
        self.warnings = io.StringIO()
        self.version = 0
        self.read = 0
        self.namespace = contextlib.ExitStack()
        self.app = self.new_app()

    def new_app(self) -> Sphinx:
        """A Sphinx application, in docutils' registries of its own.

        As sphinx-build gives each: one made after a change to conf.py registers
        the CV's nodes afresh, and ``close`` puts the last one's back.
        """
        from sphinx.application import Sphinx  # noqa: PLC0415 - after parsing arguments
        from sphinx.util.docutils import docutils_namespace  # noqa: PLC0415

        self.close()
        self.namespace.enter_context(docutils_namespace())
        app = Sphinx(
            str(self.srcdir),
            str(self.srcdir),
            str(self.builddir / "latex"),
            str(self.builddir / "doctrees"),
            "latex",
            status=None,
            warning=self.warnings,
            tags=self.tags,
        )
        app.connect("env-before-read-docs", self.count_read)
        return app

    def count_read(
        self, _app: Sphinx, env: BuildEnvironment, docnames: list[str]
    ) -> None:
        """Count what is read again, and forget Sphinx's copies of it.

        The environment keeps each document's pickled doctree for its whole life,
        which a build per process never notices: a second build in one process
        would show a page as it was first read.
        """
        self.read = len(docnames)
        for docname in docnames:
            forget_pickled_doctree(env, docname)
        forget_the_root_doctree(env)

    def close(self) -> None:
        self.namespace.close()

    @property
    def tex_name(self) -> str:
        return str(self.app.config.latex_documents[0][1])

    def rebuild(self, *, configuration_changed: bool = False) -> Rebuild:
        self.read = 0
        started = time.perf_counter()
        try:
            if configuration_changed:
                self.app = self.new_app()
            self.app.build()
        except Exception as error:  # noqa: BLE001 - a watcher outlives a bad save
            return Rebuild(0, 0, self.read, None, f"Sphinx stopped: {error}")
        sphinx_seconds = time.perf_counter() - started
        self.print_warnings()
        started = time.perf_counter()
        made = self.run_latex()
        latex_seconds = time.perf_counter() - started
        if isinstance(made, str):
            return Rebuild(sphinx_seconds, latex_seconds, self.read, None, made)
        return Rebuild(sphinx_seconds, latex_seconds, self.read, self.publish(made))

    def print_warnings(self) -> None:
        text = self.warnings.getvalue()
        if text:
            sys.stderr.write(text)
            self.warnings.seek(0)
            self.warnings.truncate()

    def run_latex(self) -> Path | str:
        """The new PDF, or where LaTeX stopped and why."""
        latex = Path(self.app.outdir)
        engine = str(self.app.config.latex_engine)
        tex = latex / self.tex_name
        options = []
        if engine == "pdflatex" and (format_file := self.preamble_format(latex)):
            options.append(f"-fmt={format_file.with_suffix('')}")
        try:
            status = run_engine(engine, tex, options)
        except OSError as error:
            return f"{engine} cannot run ({error})"
        if status != 0 or not tex.with_suffix(".pdf").is_file():
            location, said = where_it_stopped(tex)
            return f"{engine} stopped at {location}: {said}"
        return tex.with_suffix(".pdf")

    def preamble_format(self, latex: Path) -> Path | None:
        """The preamble, read once into a LaTeX format, while it is unchanged.

        Reading the preamble (the class, Sphinx's packages, hyperref) is half of
        pdflatex's time. mylatexformat dumps it up to sphinx_cv's own package,
        whose microtype must see the fonts load, so the pages come out as
        ``make latexpdf`` sets them, pixel for pixel. A format is named by a
        digest of that preamble and of every class and package beside it: any
        change makes a new one. Without mylatexformat, None: the full run.
        """
        tex = latex / self.tex_name
        text = tex.read_text(encoding="utf-8")
        if DUMP_BEFORE not in text:
            return None
        if END_OF_DUMP not in text:
            text = text.replace(DUMP_BEFORE, END_OF_DUMP + DUMP_BEFORE, 1)
            tex.write_text(text, encoding="utf-8")
        digest = hashlib.sha256(text.split(END_OF_DUMP)[0].encode())
        for support in sorted([*latex.glob("*.sty"), *latex.glob("*.cls")]):
            digest.update(support.read_bytes())
        formats = self.builddir / "formats"
        format_file = formats / f"cv-{digest.hexdigest()[:16]}.fmt"
        if format_file.is_file():
            return format_file
        job = format_file.stem
        command = ["pdftex", "-ini", "-interaction=batchmode", f"-jobname={job}"]
        command += ["&pdflatex", "mylatexformat.ltx", self.tex_name]
        done = subprocess.run(command, cwd=latex, capture_output=True, check=False)  # noqa: S603 - fixed arguments
        if done.returncode != 0 or not (latex / f"{job}.fmt").is_file():
            return None
        formats.mkdir(exist_ok=True)
        (latex / f"{job}.fmt").replace(format_file)
        return format_file

    def publish(self, pdf: Path) -> Path:
        """Replace the shown PDF in one step, so no viewer reads half a file."""
        target = self.published / pdf.name
        staged = target.with_suffix(".pdf.new")
        staged.write_bytes(pdf.read_bytes())
        staged.replace(target)
        self.version += 1
        return target


def changes(srcdir: Path, stop: threading.Event | None = None) -> Iterator[set[str]]:
    """The sources changed by each save, as watchfiles reports them."""
    from watchfiles import watch  # noqa: PLC0415 - only the watcher needs it

    for batch in watch(
        srcdir,
        watch_filter=lambda _change, path: is_watched(path, srcdir),
        debounce=400,
        step=20,
        stop_event=stop,
    ):
        yield {path for _change, path in batch}


def saved_at(paths: Iterable[str]) -> float:
    """When the last of these files was saved (now, for one deleted)."""
    times = []
    for path in paths:
        with contextlib.suppress(OSError):
            times.append(Path(path).stat().st_mtime)
    return max(times, default=time.time())


def serve(live: LivePDF, port: int) -> http.server.ThreadingHTTPServer:
    """A page at http://127.0.0.1:PORT/ that shows the PDF and reloads it."""

    class Handler(http.server.SimpleHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path in {"/", "/index.html"}:
                name = Path(live.tex_name).with_suffix(".pdf").name
                body = PAGE.format(title=name, pdf=name, version=live.version)
                self.answer(body.encode(), "text/html; charset=utf-8")
            elif self.path == "/version":
                self.answer(str(live.version).encode(), "text/plain")
            else:
                super().do_GET()

        def answer(self, body: bytes, kind: str) -> None:
            self.send_response(200)
            self.send_header("Content-Type", kind)
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *_args: Any) -> None:  # noqa: ANN401 - the base's signature
            return

    handler = functools.partial(Handler, directory=str(live.published))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def run(
    live: LivePDF,
    batches: Iterable[set[str]],
    say: Callable[[str], None] = print,
) -> None:
    """Rebuild after each batch of saves, and say what came of it."""
    for paths in batches:
        saved = saved_at(paths)
        for gone in sorted(path for path in paths if not Path(path).exists()):
            say(f"warning: {gone} was deleted or renamed: the PDF is made without it")
        configuration = any(Path(path).name == "conf.py" for path in paths)
        outcome = live.rebuild(configuration_changed=configuration)
        say(outcome.report(time.time() - saved))


DESCRIPTION = "Rebuild the PDF on every save, and show it at a local address."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Livepdf's options, for ``sphinx-cv livepdf`` and ``python -m``'s own parser."""
    parser.add_argument(
        "srcdir",
        type=Path,
        nargs="?",
        default=Path(),
        metavar="DIR",
        help="the CV's project (default: here)",
    )
    parser.add_argument(
        "--builddir",
        type=Path,
        default=Path("_build/livepdf"),
        help="where the builds and the shown PDF go (default: _build/livepdf)",
    )
    parser.add_argument(
        "--port", type=int, default=8001, help="the local port it shows the PDF on"
    )
    parser.add_argument(
        "-t",
        "--tag",
        action="append",
        default=[],
        dest="tags",
        metavar="TAG",
        help="a Sphinx tag for the build, as sphinx-build's -t (make livepdf: printed)",
    )


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m sphinx_cv.livepdf``, as ``sphinx-cv livepdf``."""
    parser = argparse.ArgumentParser(prog="sphinx-cv livepdf", description=DESCRIPTION)
    add_arguments(parser)
    return run_command(parser.parse_args(argv))


def run_command(arguments: argparse.Namespace) -> int:
    """Watch and rebuild until Ctrl-C: bad input first named, without a traceback."""
    if not (arguments.srcdir / "conf.py").is_file():
        sys.stderr.write(
            f"sphinx-cv livepdf: {arguments.srcdir}: no conf.py there: run it in a "
            "CV project's folder, or name that folder\n"
        )
        return BAD_INPUT
    try:
        port_is_free(arguments.port)
        from sphinx.util.docutils import patch_docutils  # noqa: PLC0415 - after parsing

        # As sphinx-build does: docutils' settings are Sphinx's own while it runs.
        with patch_docutils(arguments.srcdir):
            return watch_and_rebuild(arguments)
    except PortInUseError as error:
        sys.stderr.write(f"sphinx-cv livepdf: {error}\n")
        return CANNOT_RUN
    except OSError as error:
        where = error.filename if error.filename is not None else arguments.builddir
        sys.stderr.write(f"sphinx-cv livepdf: {where}: {error.strerror or error}\n")
        return CANNOT_RUN


BAD_INPUT = 2
CANNOT_RUN = 1


class PortInUseError(Exception):
    """Another program serves on the port: the message says how to choose another."""

    def __init__(self, port: int) -> None:
        super().__init__(
            f"port {port} is in use by another program: choose another with "
            f"--port {port + 1} (or make livepdf LIVEPDF_PORT={port + 1})"
        )


def port_is_free(port: int) -> None:
    """Before the first build, which takes seconds: a port in use is found at once."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            raise PortInUseError(port) from None


def watch_and_rebuild(arguments: argparse.Namespace) -> int:
    live = LivePDF(arguments.srcdir, arguments.builddir, arguments.tags)
    first = live.rebuild()
    print(first.report(0).replace("Saved to PDF in 0.00 s", "The PDF is built"))  # noqa: T201 - the watcher's own report
    server = serve(live, arguments.port)
    print(  # noqa: T201
        f"Showing it at http://127.0.0.1:{arguments.port}/ (or open "
        f"{live.published}); watching {arguments.srcdir} for saves. Ctrl-C stops."
    )
    try:
        run(live, changes(arguments.srcdir))
    except KeyboardInterrupt:
        pass
    finally:
        server.shutdown()
        live.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
