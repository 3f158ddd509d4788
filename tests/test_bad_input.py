"""Bad input gets a warning naming its file and line, with type cv; never a crash."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from typing import TYPE_CHECKING

import pytest
from support.builds import PROJECT_ROOT, article, warnings_of

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from sphinx.testing.util import SphinxTestApp

EXPECTED_WARNINGS = [
    (
        "dates.md:3: WARNING: cv:role: '2023-13' is not a date that exists: "
        "month must be in 1..12 [cv.date]"
    ),
    (
        "dates.md:9: WARNING: cv:role: '2023-02-30' is not a date that exists: "
        "day is out of range for month [cv.date]"
    ),
    (
        "dates.md:14: WARNING: cv:role: the end 2011-06 is before the start 2017-06 "
        "[cv.date-order]"
    ),
    "options.md:3: WARNING: cv:role: the :org: option is required [cv.missing-option]",
    (
        "options.md:7: WARNING: cv:role: the :start: option is required "
        "[cv.missing-option]"
    ),
    (
        "options.md:11: WARNING: cv:role: unknown option :colour: (known: :end:, "
        ":location:, :org:, :skills:, :start:, :tags:, :title:, :url:) "
        "[cv.unknown-option]"
    ),
    "options.md:17: WARNING: cv:role: the :org: option is empty [cv.empty-name]",
    "options.md:22: WARNING: cv:skill: a skill needs a name [cv.empty-name]",
    (
        "options.md:26: WARNING: cv:timeline: :limit: must be a whole number >= 1, "
        "not 'three' [cv.bad-option]"
    ),
    (
        "options.md:30: WARNING: cv:role: :url: must be http, https or mailto: "
        "'javascript:alert(1)' [cv.bad-option]"
    ),
    (
        "options.md:39: WARNING: cv:timeline: :no-skills: takes no value, not "
        "'please' [cv.bad-option]"
    ),
    (
        "options.md:44: WARNING: cv:skills: :compact: takes no value, not 'yes' "
        "[cv.bad-option]"
    ),
    (
        "options.md:48: WARNING: cv:person: unknown option :colour: (known: none) "
        "[cv.unknown-option]"
    ),
    (
        "options.md:52: WARNING: cv:skill: :last-used: must be 'present' or a date: "
        "'soon' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD [cv.date]"
    ),
    "options.md:56: WARNING: cv:skill: :last-used: is empty [cv.bad-option]",
    "references.md:8: WARNING: cv:skill: the name is empty [cv.empty-name]",
    "references.md:8: WARNING: cv:years: the skill's name is empty [cv.empty-name]",
    "references.md:8: WARNING: cv:org: the name is empty [cv.empty-name]",
    (
        "references.md:5: WARNING: skill 'python' is already declared at "
        "options.md:36 [cv.duplicate-skill]"
    ),
    "references.md:3: WARNING: cv:years: no skill named 'Fortran' [cv.unknown-skill]",
    (
        "references.md:10: WARNING: cv:years: 'Cobol Two' has no years to show: "
        "no role names it and it has no :years: [cv.no-years]"
    ),
    "references.md:3: WARNING: cv:skill: no skill named 'Cobol' [cv.unknown-skill]",
    (
        "references.md:3: WARNING: cv:org: no organisation named 'Nowhere' "
        "[cv.unknown-org]"
    ),
]


@pytest.mark.sphinx("html", testroot="bad-input", freshenv=True)
def test_each_problem_warns_once_at_its_file_and_line(app: SphinxTestApp) -> None:
    app.build()
    assert warnings_of(app) == EXPECTED_WARNINGS


@pytest.mark.sphinx("html", testroot="bad-input", freshenv=True)
def test_the_build_goes_on_and_shows_what_it_can(app: SphinxTestApp) -> None:
    app.build()
    dates = article(app.outdir, "dates.html")
    assert "Still shown." in dates.get_text()
    assert dates.find(class_="cv-role").get_text(" ", strip=True).startswith("Fine")
    options = article(app.outdir, "options.html")
    scripted = [p for p in options.find_all("p") if "Scripted" in p.get_text()]
    assert scripted, "a role with a bad url still shows"
    assert "javascript:" not in str(options)


@pytest.mark.sphinx(
    "html",
    testroot="bad-input",
    freshenv=True,
    confoverrides={"suppress_warnings": ["cv.date", "cv.unknown-skill"]},
)
def test_suppress_warnings_silences_one_subtype(app: SphinxTestApp) -> None:
    app.build()
    silenced = ("[cv.date]", "[cv.unknown-skill]")
    assert warnings_of(app) == [
        line for line in EXPECTED_WARNINGS if not line.endswith(silenced)
    ]


def test_every_warning_fails_the_build_under_dash_w(
    rootdir: Path, tmp_path: Path
) -> None:
    result = subprocess.run(  # noqa: S603 - fixed arguments
        [
            sys.executable,
            "-m",
            "sphinx",
            "-W",
            "--keep-going",
            "-q",
            "-b",
            "html",
            str(rootdir / "test-bad-input"),
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PYTHONPATH": str(PROJECT_ROOT / "_ext")},
    )
    assert result.returncode == 1
    assert result.stderr.count("ERROR:") + result.stderr.count("WARNING:") == len(
        EXPECTED_WARNINGS
    )


@pytest.mark.sphinx(
    "html",
    testroot="basic",
    freshenv=True,
    confoverrides={"cv_today": "25 Nov 2026", "cv_person": {"nom": "x"}},
)
def test_bad_configuration_warns_at_conf_py(app: SphinxTestApp) -> None:
    lines = [line for line in warnings_of(app) if "conf.py" in line]
    assert lines == [
        (
            "conf.py:cv_today: WARNING: '25 Nov 2026' is not a date: write YYYY, "
            "YYYY-MM or YYYY-MM-DD [cv.config]"
        ),
        "conf.py:cv_person: WARNING: unknown key 'nom' [cv.config]",
        "conf.py:cv_person: WARNING: 'name' must be a non-empty string [cv.config]",
    ]


@pytest.mark.sphinx(
    "html", testroot="basic", freshenv=True, confoverrides={"nitpicky": True}
)
def test_a_roles_undeclared_skill_is_quietly_plain_text_even_when_nitpicky(
    app: SphinxTestApp,
) -> None:
    app.build()
    assert warnings_of(app) == []
    skills = article(app.outdir, "experience/initech.html").find(
        class_="cv-role-skills"
    )
    assert "Haskell" in skills.get_text()
    assert "Haskell" not in [link.get_text() for link in skills.find_all("a")]


def test_other_domains_missing_links_keep_sphinxs_own_warnings(
    make_app: Callable[..., SphinxTestApp], rootdir: Path, tmp_path: Path
) -> None:
    srcdir = tmp_path / "src"
    shutil.copytree(rootdir / "test-basic", srcdir)
    (srcdir / "links.md").write_text(
        "---\norphan: true\n---\n# Links\n\n"
        "See {ref}`no-such-label` and {any}`no-such-thing`.\n",
        encoding="utf-8",
    )
    app = make_app("html", srcdir=srcdir, freshenv=True)
    app.build()
    app.cleanup()
    warnings = warnings_of(app)
    assert len(warnings) == 2
    assert "undefined label: 'no-such-label'" in warnings[0]
    assert warnings[0].endswith("[ref.ref]")
    assert "'any' reference target not found: no-such-thing" in warnings[1]
    assert not any("[cv." in warning for warning in warnings)
