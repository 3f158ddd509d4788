"""A build for one application: the variant of the CV it sends, from the records.

The sources are in tests/roots/test-applications: two roles, tagged, with tagged
highlights, and applications that choose among them.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
from typing import TYPE_CHECKING

import docx
import pymupdf
import pytest
from sphinx_cv.cli import main
from sphinx_cv.core.applications import read_application
from sphinx_cv.sending import BAD_INPUT, Build, builds_environment, run_builds
from support.builds import PROJECT_ROOT, built_app

if TYPE_CHECKING:
    from pathlib import Path

ROOT = PROJECT_ROOT / "tests" / "roots" / "test-applications"
GIT = shutil.which("git") or "git"
EXT = str(PROJECT_ROOT / "_ext")
GO_JOB = "applications/go-job.md"


def cv_text(tmp_path: Path, application: str = "") -> tuple[str, str]:
    """The CV as plain text, built for the application, and the warnings."""
    app, warnings = built_app(
        "text", ROOT, tmp_path, confoverrides={"cv_application": application}
    )
    return (app.outdir / "cv.txt").read_text(encoding="utf-8"), warnings


@pytest.fixture(scope="module")
def whole(tmp_path_factory: pytest.TempPathFactory) -> str:
    text, warnings = cv_text(tmp_path_factory.mktemp("whole"))
    assert warnings == ""
    return text


@pytest.fixture(scope="module")
def for_the_go_job(tmp_path_factory: pytest.TempPathFactory) -> str:
    text, warnings = cv_text(tmp_path_factory.mktemp("go-job"), GO_JOB)
    assert warnings == ""
    return text


def test_the_cv_itself_shows_every_role_and_highlight_and_no_tag(whole: str) -> None:
    for shown in [
        "Difference Engine Consortium",
        "Oiled the gears.",
        "Made the nightly run finish before breakfast.",
        "Ported the card reader's driver to Go.",
        "Wrote the harness's manual.",
    ]:
        assert shown in whole, shown
    assert "testing" not in whole
    assert "systems" not in whole
    assert "breakfast. \n" not in whole


def test_a_variant_leaves_out_the_roles_it_names(for_the_go_job: str) -> None:
    assert "Difference Engine Consortium" not in for_the_go_job
    assert "Analytical Engines Ltd" in for_the_go_job


def test_a_variant_keeps_untagged_highlights_and_those_it_asks_for(
    for_the_go_job: str,
) -> None:
    assert "Ported the card reader's driver to Go." in for_the_go_job
    assert "Wrote the harness's manual." in for_the_go_job
    assert "Made the nightly run finish before breakfast." not in for_the_go_job


def test_a_variants_skills_keep_the_years_of_every_role(for_the_go_job: str) -> None:
    # The consortium's 4 years 3 months count, though its role is not shown.
    assert "Python (10 yrs)" in for_the_go_job
    assert "C++ (4 yrs)" in for_the_go_job


def test_a_variant_puts_its_skill_categories_first(
    whole: str, for_the_go_job: str
) -> None:
    assert whole.index("Languages:") < whole.index("Web:")
    assert for_the_go_job.index("Web:") < for_the_go_job.index("Languages:")


def test_a_variant_has_its_own_headline(whole: str, for_the_go_job: str) -> None:
    assert "Engineer of analytical engines" in whole
    assert "A Go engineer for engines" in for_the_go_job
    assert "Engineer of analytical engines" not in for_the_go_job


def test_a_tag_nothing_has_warns_at_its_line(tmp_path: Path) -> None:
    _, warnings = cv_text(tmp_path, "applications/unknown-tag.md")
    lines = warnings.splitlines()
    assert len(lines) == 2, warnings
    assert re.search(
        r"applications/unknown-tag\.md:6: WARNING: tags: no role or highlight has "
        r"the tag 'quantum' \[cv\.empty-view\]$",
        lines[0],
    ), lines[0]
    assert re.search(
        r"unknown-tag\.md:7: WARNING: skills-first: no skill has the category "
        r"'Cooking' \[cv\.empty-view\]$",
        lines[1],
    ), lines[1]


def test_a_bad_application_warns_at_each_line_and_the_cv_still_builds(
    tmp_path: Path, whole: str
) -> None:
    text, warnings = cv_text(tmp_path, "applications/bad.md")
    assert re.search(r"bad\.md:4: WARNING: 'date' must be a date", warnings)
    assert re.search(r"bad\.md:6: WARNING: 'pages' must be a whole number", warnings)
    assert all(line.endswith("[cv.application]") for line in warnings.splitlines())
    assert text == whole


def test_an_application_that_is_not_there_warns(tmp_path: Path) -> None:
    _, warnings = cv_text(tmp_path, "applications/nowhere.md")
    assert "nowhere.md:0: WARNING: cv_application: cannot be read" in warnings
    assert warnings.rstrip().endswith("[cv.application]")


@pytest.mark.parametrize("builder", ["html", "latex", "man", "texinfo", "text"])
def test_tags_reach_no_builder(builder: str, tmp_path: Path) -> None:
    app, warnings = built_app(builder, ROOT, tmp_path)
    assert warnings == ""
    written = "".join(
        path.read_text(encoding="utf-8", errors="replace")
        for path in app.outdir.rglob("*")
        if path.is_file()
        and path.suffix in {".html", ".tex", ".1", ".texi", ".txt"}
        and "_sources" not in path.parts  # the site's copies of the sources
    )
    assert "Oiled the gears." in written
    assert "cv:tags" not in written
    assert "systems" not in written


def test_tags_outside_a_list_item_warn(tmp_path: Path) -> None:
    source = tmp_path / "source"
    source.mkdir()
    (source / "conf.py").write_text((ROOT / "conf.py").read_text(), encoding="utf-8")
    (source / "index.md").write_text(
        "# A CV\n\nA paragraph. {cv:tags}`go`\n", encoding="utf-8"
    )
    _, warnings = built_app("text", source, tmp_path / "build")
    assert re.search(
        r"index\.md:3: WARNING: cv:tags: tags mark a highlight: write them in a "
        r"list item \[cv\.bad-option\]",
        warnings,
    ), warnings


def test_an_applications_build_writes_its_match_report(tmp_path: Path) -> None:
    app, warnings = built_app(
        "text", ROOT, tmp_path, confoverrides={"cv_application": GO_JOB}
    )
    assert warnings == ""
    report = json.loads((app.outdir / "match-report.json").read_text("utf-8"))
    assert report["employer"] == "Engines International"
    assert report["cv_today"] == "2026-11-25"
    in_cv = {entry["skill"]: entry for entry in report["in_your_cv"]}
    assert list(in_cv) == ["Go", "Python"]
    assert in_cv["Go"]["named_as"] == ["Go", "Golang"]
    assert in_cv["Python"]["named_as"] == ["Python", "CPython"]  # its :aliases:
    assert in_cv["Python"]["roles"] == [
        "Analytical Engines Ltd (Senior Engineer)",
        "Difference Engine Consortium",
    ]
    assert report["not_in_your_cv"] == [
        {"skill": "Kubernetes", "named_as": ["Kubernetes"], "in_your_roles_text": []}
    ]
    assert report["not_named_by_the_job"] == ["FastAPI", "C++"]
    markdown = (app.outdir / "match-report.md").read_text("utf-8")
    assert markdown.startswith(
        "# Match report: Go Engineer, Engines International (an example)\n"
    )


def test_the_cv_itself_has_no_match_report(tmp_path: Path) -> None:
    app, _ = built_app("text", ROOT, tmp_path)
    assert not list(app.outdir.glob("match-report.*"))


def test_a_job_in_a_file_beside_the_application_is_read(tmp_path: Path) -> None:
    source = tmp_path / "source"
    shutil.copytree(ROOT, source)
    application = source / GO_JOB
    text = application.read_text(encoding="utf-8")
    text = re.sub(r"job: \|\n  .*\n", "job-file: go-job.txt\n", text)
    application.write_text(text, encoding="utf-8")
    (application.parent / "go-job.txt").write_text("Rust and C++.", encoding="utf-8")
    app, warnings = built_app(
        "text", source, tmp_path / "build", confoverrides={"cv_application": GO_JOB}
    )
    assert warnings == ""
    report = json.loads((app.outdir / "match-report.json").read_text("utf-8"))
    assert [entry["skill"] for entry in report["in_your_cv"]] == ["C++"]


def test_a_job_file_that_is_not_there_warns_at_its_line(tmp_path: Path) -> None:
    source = tmp_path / "source"
    shutil.copytree(ROOT, source)
    application = source / GO_JOB
    text = application.read_text(encoding="utf-8")
    application.write_text(
        re.sub(r"job: \|\n  .*\n", "job-file: gone.txt\n", text), encoding="utf-8"
    )
    _, warnings = built_app(
        "text", source, tmp_path / "build", confoverrides={"cv_application": GO_JOB}
    )
    assert re.search(
        r"go-job\.md:6: WARNING: job-file: gone\.txt cannot be read: .*"
        r"\[cv\.application\]$",
        warnings.strip(),
    ), warnings


# --- sphinx-cv application: the files that are sent ---------------------------------


def pages_of(pdf: Path) -> int:
    with pymupdf.open(pdf) as document:
        return document.page_count


def git(project: Path, *arguments: str) -> str:
    identity = ["-c", "user.name=Test", "-c", "user.email=test@example.org"]
    return subprocess.run(  # noqa: S603 - the tests' own fixed commands
        [GIT, *identity, *arguments],
        cwd=project,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()


@pytest.fixture(scope="module")
def sent(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the root, committed to git, with go-job built."""
    project = tmp_path_factory.mktemp("sent") / "cv"
    shutil.copytree(ROOT, project)
    git(project, "init", "-q")
    git(project, "add", ".")
    git(project, "commit", "-q", "-m", "The CV")
    assert main(["application", "go-job", "--project", str(project)]) == 0
    return project


def test_an_application_gives_its_cv_letter_report_and_manifest(sent: Path) -> None:
    built = sent / "_build" / "applications" / "go-job"
    assert sorted(path.name for path in built.iterdir() if path.is_file()) == [
        "ada-example-cv.docx",
        "ada-example-cv.pdf",
        "ada-example-letter.docx",
        "ada-example-letter.pdf",
        "manifest.json",
        "match-report.json",
        "match-report.md",
    ]
    assert pages_of(built / "ada-example-cv.pdf") == 1  # pages: 1
    assert pages_of(built / "ada-example-letter.pdf") == 1


def test_the_manifest_says_what_was_made_from_what(sent: Path) -> None:
    built = sent / "_build" / "applications" / "go-job"
    manifest = json.loads((built / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["commit"] == git(sent, "rev-parse", "HEAD")
    assert manifest["uncommitted_changes"] is False
    assert manifest["cv_today"] == "2026-11-25"
    assert manifest["source_date_epoch"] == "1795132800"  # 2026-11-20, its date
    files = {path.name for path in built.iterdir() if path.is_file()}
    assert set(manifest["files"]) == files - {"manifest.json"}
    for name, digest in manifest["files"].items():
        assert (
            digest
            == "sha256:" + hashlib.sha256((built / name).read_bytes()).hexdigest()
        )


def test_the_letter_reads_as_a_letter(sent: Path) -> None:
    pdf = sent / "_build" / "applications" / "go-job" / "ada-example-letter.pdf"
    with pymupdf.open(pdf) as document:
        text = document[0].get_text()
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    assert lines == [
        "Ada Example",
        "A Go engineer for engines",
        "An example letter, never sent: it says only what the CV says.",
        "The engineering team, Engines International",
        "November 20, 2026",
        "Go Engineer",
        "Dear engineering team,",
        "I would like to build your engines in Go.",
        "Ada Example",
    ]


def test_the_letter_in_word_says_the_same(sent: Path) -> None:
    path = sent / "_build" / "applications" / "go-job" / "ada-example-letter.docx"
    paragraphs = [p.text for p in docx.Document(str(path)).paragraphs if p.text]
    assert "Dear engineering team," in paragraphs
    assert "November 20, 2026" in paragraphs
    assert not [text for text in paragraphs if "job" in text or "Kubernetes" in text]


def test_building_it_again_gives_the_same_bytes_importing_sphinx_once(
    sent: Path,
) -> None:
    built = sent / "_build" / "applications" / "go-job"
    before = {
        path.name: path.read_bytes() for path in built.iterdir() if path.is_file()
    }
    # Again from the command line, each module's import time printed as Python
    # imports it: the four builds are processes forked from one that has
    # imported Sphinx, where each had imported it for itself.
    command = ["-m", "sphinx_cv.cli", "application", "go-job", "--project", str(sent)]
    done = subprocess.run(  # noqa: S603 - this interpreter, the package's command
        [sys.executable, *command],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PYTHONPATH": EXT, "PYTHONPROFILEIMPORTTIME": "1"},
    )
    assert done.returncode == 0, done.stderr
    after = {path.name: path.read_bytes() for path in built.iterdir() if path.is_file()}
    assert after == before
    imported = re.findall(r"\|\s+sphinx\.application$", done.stderr, re.MULTILINE)
    assert len(imported) == 1, imported


def test_the_list_says_what_is_built_and_what_changed_since(
    sent: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["applications", "--project", str(sent)]) == BAD_INPUT  # bad.md
    listed = capsys.readouterr()
    assert listed.out.splitlines() == [
        "2026-11-20  unknown-tag  Engineer, Quantum Ltd: not built",
        "2026-11-20  go-job  Go Engineer, Engines International (example): built",
    ]
    assert "applications/bad.md:4: 'date' must be a date" in listed.err
    role = sent / "experience" / "engines.md"
    original = role.read_text(encoding="utf-8")
    role.write_text(original.replace("manual.", "manual, twice."), encoding="utf-8")
    try:
        main(["applications", "--project", str(sent)])
        assert (
            "go-job  Go Engineer, Engines International (example): changed since"
            in (capsys.readouterr().out)
        )
    finally:
        role.write_text(original, encoding="utf-8")


def test_a_failed_build_is_named_with_what_sphinx_said(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = tmp_path / "cv"
    shutil.copytree(ROOT, project)
    options = ["-D", "root_doc=nowhere"]
    assert main(["application", "go-job", "--project", str(project), *options]) == 1
    err = capsys.readouterr().err
    assert "sphinx-cv: the cv-latex build failed" in err
    said = re.findall(r"^cv-latex: .*", err, re.MULTILINE)
    assert [line for line in said if "unable to load the master document" in line]
    built = project / "_build" / "applications" / "go-job"
    assert not (built / "manifest.json").exists()


def test_a_build_whose_process_dies_fails_and_says_so(tmp_path: Path) -> None:
    project = tmp_path / "dies"
    project.mkdir()
    (project / "conf.py").write_text("import os\nos._exit(9)\n", encoding="utf-8")
    work = tmp_path / "work"
    work.mkdir()
    build = Build("dies", "text", letter=False, gives=".txt")
    arguments = ["-q", "-b", "text", str(project), str(work / "out")]
    assert run_builds({build: arguments}, os.environ, work) == [(build, 1)]
    said = (work / "dies.stderr").read_text(encoding="utf-8")
    assert said == "its process ended before the build did\n"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("nowhere", "applications/nowhere.md: no such application"),
        ("bad", "applications/bad.md:4: 'date' must be a date, as 2026-12-01"),
    ],
)
def test_bad_input_says_where_and_writes_nothing(
    name: str, expected: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = tmp_path / "cv"
    shutil.copytree(ROOT, project)
    assert main(["application", name, "--project", str(project)]) == BAD_INPUT
    assert expected in capsys.readouterr().err
    assert not (project / "_build").exists()


def test_a_letter_longer_than_a_page_warns(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = tmp_path / "cv"
    shutil.copytree(ROOT, project)
    application = project / GO_JOB
    paragraph = "I have built engines for many years, and would build yours. " * 12
    application.write_text(
        application.read_text(encoding="utf-8") + f"\n{paragraph}\n" * 12,
        encoding="utf-8",
    )
    assert main(["application", "go-job", "--project", str(project)]) == 0
    err = capsys.readouterr().err
    assert re.search(
        r"letter-latex: .*more than cv_page_limit \(1\).*\[cv\.page-fit\]", err
    ), err


def test_a_site_never_reads_an_application_even_unexcluded(tmp_path: Path) -> None:
    source = tmp_path / "source"
    shutil.copytree(ROOT, source)
    conf = source / "conf.py"
    conf.write_text(
        re.sub(r"exclude_patterns = .*\n", "", conf.read_text(encoding="utf-8")),
        encoding="utf-8",
    )
    app, warnings = built_app("html", source, tmp_path / "build")
    assert warnings == ""
    assert not (app.outdir / "applications").exists()
    site = "".join(
        path.read_text(encoding="utf-8", errors="replace")
        for path in app.outdir.rglob("*")
        if path.is_file() and path.suffix in {".html", ".js", ".txt"}
    )
    assert "Engines International" not in site


@pytest.mark.parametrize(
    ("language", "name", "letter", "to"),
    [
        (
            "en",
            "Zoë Okafor",
            "Dear team,\n\nI would like to join you.\n",
            "The hiring team, Acme",
        ),
        (
            "ja",
            "田中花子",
            "拝啓\n\n貴社の求人に応募いたします。\n",
            "Acme The hiring team",
        ),
    ],
)
def test_a_new_cv_applies_for_a_job(
    language: str, name: str, letter: str, to: str, tmp_path: Path
) -> None:
    project = tmp_path / "cv"
    assert main(["new", str(project), "--name", name, "--language", language]) == 0
    assert "applications/" in (project / ".gitignore").read_text(encoding="utf-8")
    (project / "applications").mkdir()
    (project / "applications" / "acme.md").write_text(
        "---\nemployer: Acme\nrole: Engineer\ndate: 2026-12-01\n"
        "addressee: The hiring team\n"
        "job: Python and Rust, on Linux.\n---\n\n" + letter,
        encoding="utf-8",
    )
    assert main(["application", "acme", "--project", str(project)]) == 0
    built = project / "_build" / "applications" / "acme"
    pdfs = sorted(path.name for path in built.glob("*.pdf"))
    assert len(pdfs) == 2
    letter_pdf = next(built.glob("*-letter.pdf"))
    assert pages_of(letter_pdf) == 1
    with pymupdf.open(letter_pdf) as document:
        text = document[0].get_text()
    assert name in text
    assert letter.splitlines()[-1] in text
    # As letters in the language address them: Japanese names the firm first.
    assert to in [line.strip() for line in text.splitlines()]
    report = json.loads((built / "match-report.json").read_text(encoding="utf-8"))
    assert "Rust" in [entry["skill"] for entry in report["not_in_your_cv"]]


@pytest.mark.parametrize(
    ("environ", "path", "epoch"),
    [
        ({}, [EXT], "1795132800"),
        ({"PYTHONPATH": ""}, [EXT], "1795132800"),
        ({"PYTHONPATH": "/a::/b:"}, [EXT, "/a", "/b"], "1795132800"),
        ({"SOURCE_DATE_EPOCH": "0"}, [EXT], "0"),
    ],
)
def test_the_builds_path_has_no_empty_entry_and_the_applications_date(
    environ: dict[str, str], path: list[str], epoch: str
) -> None:
    """An empty entry would be the working folder: its docx.py, the docx package."""
    application = read_application((ROOT / GO_JOB).read_text("utf-8"), "go-job")
    environment = builds_environment(environ, application)
    assert environment["PYTHONPATH"].split(":") == path
    assert environment["SOURCE_DATE_EPOCH"] == epoch
