"""The package sphinx-cv: its wheel, in a fresh venv, starts a CV and imports one.

Built once for this module: the wheel and the sdist from a copy of the sources,
a venv (not .venv) with only the wheel and the starter's requirements, then a
project from ``sphinx-cv new`` and one from ``sphinx-cv import``, each built by
its own Makefile to a website, a PDF and JSON Resume.
"""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import subprocess
import sys
import tarfile
import zipfile
from typing import TYPE_CHECKING, Any

import pytest
from babel.messages.pofile import read_po, write_po
from sphinx_cv import __version__
from support.builds import PROJECT_ROOT
from support.resumes import SAMPLES, given_back, normalised, sample, shapes

if TYPE_CHECKING:
    from pathlib import Path

WHEEL = f"sphinx_cv-{__version__}-py3-none-any.whl"
SDIST = f"sphinx_cv-{__version__}.tar.gz"
PACKAGED = (
    "sphinx_cv/py.typed",
    "sphinx_cv/outputs/latex/sphinxcv.sty",
    "sphinx_cv/outputs/html/static/sphinx-cv.css",
    "sphinx_cv/locales/de/LC_MESSAGES/sphinx_cv.mo",
    "sphinx_cv/locales/de/LC_MESSAGES/sphinx_cv.po",
    "sphinx_cv/starter/files/Makefile",
    "sphinx_cv/starter/files/tests/test_build.py",
    "sphinx_cv/starter/files/templates-page.html",
    "sphinx_cv/core/data/technologies.txt",
    "sphinx_cv/cli.py",
)
# Words of this CV that a stranger's starter must not hold.
THIS_CV = ("Hartley", "tartley", "Colorama", "Lambda", "Canonical", "Durham")
STRANGER = "senior-engineer"
# What the starter's Makefile touches once .venv holds requirements.txt.
STAMP = ".installed"


def run(*command: str | Path, cwd: Path | None = None) -> str:
    done = subprocess.run(  # noqa: S603 - the tests' own fixed commands
        [str(part) for part in command],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, f"{command} failed:\n{done.stdout}\n{done.stderr}"
    return done.stdout + done.stderr


@dataclasses.dataclass(frozen=True)
class Installed:
    dist: Path
    venv: Path
    new: Path
    imported: Path
    import_output: str

    def make(self, project: Path, *targets: str) -> str:
        # The venv stands in for the project's own .venv, made once for every
        # project here. make would make it again, pip and all (5 s), for a
        # project whose requirements.txt is newer than the venv's stamp: the
        # venv holds what each of them requires, so the stamp is made newer.
        (self.venv / STAMP).touch()
        said = run("make", "-C", project, f"VENV={self.venv}", *targets)
        assert not (self.venv / "bin" / "pip").exists(), "make made the venv again"
        return said


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    where = tmp_path_factory.mktemp("package")
    source = where / "source"
    source.mkdir()
    shutil.copy(PROJECT_ROOT / "pyproject.toml", source)
    shutil.copytree(
        PROJECT_ROOT / "_ext",
        source / "_ext",
        ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"),
    )
    dist = where / "dist"
    run(sys.executable, "-m", "build", "--no-isolation", "--outdir", dist, source)
    venv = where / "venv"
    # The venv gets no pip of its own (ensurepip took 7 s), and the tests' pip
    # installs into it: the same wheels, a third of the time. Nor are the
    # packages compiled as they are installed: each module is once imported.
    run(sys.executable, "-m", "venv", "--without-pip", venv)
    pip = [sys.executable, "-m", "pip", "--python", venv / "bin" / "python"]
    pip += ["install", "--quiet", "--no-compile", "--disable-pip-version-check"]
    constraints = ["--constraint", PROJECT_ROOT / "requirements.txt"]
    run(*pip, *constraints, dist / WHEEL, "furo", "pytest", "sphinx-intl")
    command = venv / "bin" / "sphinx-cv"
    new = where / "new"
    run(command, "new", new, "--name", "Grace Hopper")
    imported = where / "imported"
    import_output = run(
        command, "import", SAMPLES / f"{STRANGER}.resume.json", imported
    )
    return Installed(dist, venv, new, imported, import_output)


def test_the_wheel_holds_the_package_its_files_and_the_command(
    installed: Installed,
) -> None:
    with zipfile.ZipFile(installed.dist / WHEEL) as wheel:
        names = set(wheel.namelist())
        metadata = wheel.read(f"sphinx_cv-{__version__}.dist-info/METADATA").decode()
        entry_points = wheel.read(f"sphinx_cv-{__version__}.dist-info/entry_points.txt")
    assert set(PACKAGED) <= names
    assert not [name for name in names if "__pycache__" in name]
    assert "Name: sphinx-cv" in metadata
    assert f"Version: {__version__}" in metadata
    for requirement in ("sphinx>=9.0", "myst-parser>=5.0", "python-docx>=1.2"):
        assert f"Requires-Dist: {requirement}" in metadata
    assert b"sphinx-cv = sphinx_cv.cli:main" in entry_points


def test_the_wheel_has_the_packages_readme_changelog_and_licence(
    installed: Installed,
) -> None:
    with zipfile.ZipFile(installed.dist / WHEEL) as wheel:
        names = set(wheel.namelist())
        metadata = wheel.read(f"sphinx_cv-{__version__}.dist-info/METADATA").decode()
    assert {
        "sphinx_cv/README.md",
        "sphinx_cv/CHANGELOG.md",
        "sphinx_cv/LICENSE",
    } <= names
    assert [
        name
        for name in names
        if name.endswith(".dist-info/licenses/_ext/sphinx_cv/LICENSE")
    ]
    assert "License-Expression: MIT" in metadata
    description = metadata.split("\n\n", 1)[1]
    assert description.startswith("# sphinx-cv\n")
    assert "Jonathan Hartley's CV" not in description


def test_the_sdist_holds_what_the_wheel_is_built_from(installed: Installed) -> None:
    with tarfile.open(installed.dist / SDIST) as sdist:
        names = {name.split("/", 1)[1] for name in sdist.getnames() if "/" in name}
    assert "pyproject.toml" in names
    assert {f"_ext/{name}" for name in PACKAGED} <= names


def test_the_command_says_its_version(installed: Installed) -> None:
    output = run(installed.venv / "bin" / "sphinx-cv", "--version")
    assert output.strip() == f"sphinx-cv {__version__}"


def test_the_command_has_the_live_pdf(installed: Installed) -> None:
    output = run(installed.venv / "bin" / "sphinx-cv", "livepdf", "--help")
    assert "Rebuild the PDF on every save" in output


def test_a_new_cv_holds_nothing_of_this_one(installed: Installed) -> None:
    files = [
        path
        for path in installed.new.rglob("*")
        if path.is_file() and "_build" not in path.parts and ".venv" not in path.parts
    ]
    assert len(files) >= 10  # conf.py, the pages, the Makefile, the tests ...
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert not [word for word in THIS_CV if word in text], path


def files_in(project: Path) -> set[Path]:
    """Every file and folder, but Python's bytecode: where it goes is Python's."""
    return {
        path.relative_to(project)
        for path in project.rglob("*")
        if "__pycache__" not in path.parts
    }


def test_a_new_cvs_own_tests_pass_leaving_it_as_it_was_and_it_builds_after(
    installed: Installed,
) -> None:
    # pytest's own files (a cache with a README.md) once broke every later run of
    # the tests, and every later build. A run that leaves the project as it found
    # it cannot break the next one.
    before = files_in(installed.new)
    assert " passed" in installed.make(installed.new, "test")
    assert files_in(installed.new) == before
    installed.make(installed.new, "html", "latexpdf")
    assert not (installed.new / ".pytest_cache").exists()
    site = (installed.new / "_build" / "html" / "index.html").read_text()
    assert "Grace Hopper" in site
    pdf = installed.new / "_build" / "latex" / "grace-hopper-cv.pdf"
    text = run("pdftotext", "-layout", pdf, "-")
    assert "Grace Hopper" in text
    assert "Example Organisation" in text


def test_a_new_cv_is_translated_page_by_page(installed: Installed) -> None:
    installed.make(installed.new, "translate", "LANGUAGE=de")
    path = installed.new / "locale" / "de" / "LC_MESSAGES" / "index.po"
    with path.open("rb") as po:
        catalog = read_po(po)
    catalog["Summary"].string = "Zusammenfassung"
    with path.open("wb") as po:
        write_po(po, catalog)
    said = installed.make(installed.new, "html", "LANGUAGE=de", "SPHINXOPTS=")
    site = installed.new / "_build" / "de" / "html" / "index.html"
    assert "Zusammenfassung" in site.read_text(encoding="utf-8")
    assert "have no German translation" in said  # the rest, counted
    assert "[cv.translation]" in said


def test_without_the_wheel_to_find_make_says_what_to_do(
    installed: Installed, tmp_path: Path
) -> None:
    environment = {
        key: value for key, value in os.environ.items() if key != "PIP_FIND_LINKS"
    }
    done = subprocess.run(  # noqa: S603 - the tests' own fixed command
        ["make", "-C", str(installed.new), f"VENV={tmp_path / 'venv'}", "html"],  # noqa: S607
        capture_output=True,
        text=True,
        check=False,
        env=environment,
    )
    assert done.returncode != 0
    assert "sphinx-cv is not on PyPI yet" in done.stdout
    assert "PIP_FIND_LINKS=/path/to/sphinx-cv/dist make html" in done.stdout


def test_an_imported_cv_builds_and_gives_its_json_resume_back(
    installed: Installed,
) -> None:
    installed.make(installed.imported, "html", "latexpdf", "jsonresume")
    built: dict[str, Any] = json.loads(
        (installed.imported / "_build" / "jsonresume" / "resume.json").read_text()
    )
    assert given_back(built) == normalised(sample(STRANGER))
    pdfs = list((installed.imported / "_build" / "latex").glob("*.pdf"))
    assert len(pdfs) == 1


def test_the_import_names_what_it_left_out(installed: Installed) -> None:
    assert "warning: references: left out" in installed.import_output
    assert "warning: certificates: shown as text" in installed.import_output


def test_an_imported_cv_past_its_page_limit_still_gets_its_pdf(
    installed: Installed, tmp_path: Path
) -> None:
    source = tmp_path / "resume.json"
    resume = shapes()["forty-roles"]
    for entry in resume["work"]:
        entry["highlights"] = [f"Shipped release {number}." for number in range(4)]
    source.write_text(json.dumps(resume), encoding="utf-8")
    project = tmp_path / "long"
    run(installed.venv / "bin" / "sphinx-cv", "import", source, project)
    output = installed.make(project, "latexpdf")
    assert "more than cv_page_limit (2) allows" in output
    assert "[cv.page-fit]" in output
    assert len(list((project / "_build" / "latex").glob("*.pdf"))) == 1
