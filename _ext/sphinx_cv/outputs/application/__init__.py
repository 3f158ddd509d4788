"""An application's match report: what its job names, against the CV's records.

Written by any build for an application (``cv_application``), beside what the
builder writes: ``match-report.md`` and ``match-report.json``. It reads the
records from the CV's snapshot and the job from the application's source; the rules
are ``core/match_report.py``'s. Beside them, ``sources.json`` lists the files
the build read, relative to the source folder, so that ``sphinx-cv
applications`` can tell when they have changed since.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from sphinx_cv.application import application_of, job_of
from sphinx_cv.core.match_report import as_json, as_markdown, match_report
from sphinx_cv.core.matching import vocabulary
from sphinx_cv.snapshot import cv_snapshot

if TYPE_CHECKING:
    from sphinx.application import Sphinx

REPORT = "match-report"
SOURCES = "sources.json"


def register(app: Sphinx) -> None:
    app.connect("build-finished", write_the_match_report)


def write_the_match_report(app: Sphinx, exception: BaseException | None) -> None:
    application = application_of(app.env)
    if exception is not None or application is None:
        return
    snapshot = cv_snapshot(app.env)
    texts = snapshot.role_texts
    role_texts = [
        (
            role.label,
            " ".join([texts[role.target].summary, *texts[role.target].highlights]),
        )
        for role in snapshot.newest_roles
        if role.target in texts
    ]
    report = match_report(job_of(app.env), snapshot.usages, vocabulary(), role_texts)
    about = {
        "application": application.name,
        "employer": application.employer,
        "role": application.role,
        "date": application.date.isoformat(),
        "cv_today": snapshot.today.isoformat(),
    }
    outdir = Path(app.outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    (outdir / f"{REPORT}.json").write_text(as_json(report, about), encoding="utf-8")
    title = f"{application.role}, {application.employer}"
    if application.example:
        title += " (an example)"
    (outdir / f"{REPORT}.md").write_text(
        as_markdown(report, title=title), encoding="utf-8"
    )
    write_the_sources(app)


def write_the_sources(app: Sphinx) -> None:
    """The files the build read: its documents, what they include, and conf.py."""
    env = app.env
    srcdir = Path(env.srcdir)
    read = {Path(env.doc2path(docname)) for docname in env.found_docs}
    read |= {srcdir / path for paths in env.dependencies.values() for path in paths}
    read.add(Path(app.confdir) / "conf.py")
    listed = sorted(
        path.relative_to(srcdir).as_posix()
        for path in read
        if path.is_file() and path.is_relative_to(srcdir)
    )
    (Path(app.outdir) / SOURCES).write_text(
        json.dumps(listed, indent=2) + "\n", encoding="utf-8"
    )
