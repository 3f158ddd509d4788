"""``sphinx-cv`` on bad input: a message naming where, status 2, nothing written."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import pytest
from sphinx_cv.cli import BAD_INPUT, main
from support.builds import built_app

if TYPE_CHECKING:
    from pathlib import Path

ROLE = {"name": "Analytical Engines", "startDate": "2019-01"}


def command(
    capsys: pytest.CaptureFixture[str], *arguments: str | Path
) -> tuple[int, str]:
    status = main([str(argument) for argument in arguments])
    return status, capsys.readouterr().err


def import_text(
    text: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> tuple[int, str, Path]:
    source = tmp_path / "resume.json"
    source.write_text(text, encoding="utf-8")
    project = tmp_path / "cv"
    status, error = command(capsys, "import", source, project)
    return status, error, project


@pytest.mark.parametrize(
    ("resume", "path", "why"),
    [
        ([], "the résumé", "must be an object, not an array"),
        ({"work": {}}, "work", "must be an array, not an object"),
        ({"work": [ROLE, 7]}, "work[1]", "must be an object, not a number"),
        ({"basics": {"name": 1815}}, "basics.name", "must be a string, not a number"),
        (
            {"work": [ROLE, ROLE, ROLE, {**ROLE, "startDate": "03/04/2020"}]},
            "work[3].startDate",
            "'03/04/2020' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD",
        ),
        (
            {"work": [{**ROLE, "endDate": "2018-12"}]},
            "work[0].endDate",
            "the end 2018-12 is before the start 2019-01",
        ),
        (
            {"work": [{**ROLE, "endDate": "2019-02-30"}]},
            "work[0].endDate",
            "is not a date that exists",
        ),
        (
            {"work": [{**ROLE, "highlights": ["Fine", None]}]},
            "work[0].highlights[1]",
            "must be a string, not null",
        ),
        (
            {"skills": [{"keywords": "Python"}]},
            "skills[0].keywords",
            "must be an array",
        ),
        (
            {"education": [{"institution": "Durham", "endDate": "soon"}]},
            "education[0].endDate",
            "not a date",
        ),
        ({"basics": {}}, "basics.name", "a CV needs one"),
    ],
)
def test_a_resume_that_is_wrong_names_its_json_path(
    resume: object,
    path: str,
    why: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    if isinstance(resume, dict) and "basics" not in resume:
        resume = {"basics": {"name": "Ada Lovelace"}, **resume}
    status, error, project = import_text(json.dumps(resume), tmp_path, capsys)
    assert status == BAD_INPUT
    assert error.startswith(f"sphinx-cv: {path}: ")
    assert why in error
    assert error.count("\n") == 1
    assert not project.exists()


def test_text_that_is_not_json_names_its_line_and_column(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, error, project = import_text('{\n  "basics": {,\n}', tmp_path, capsys)
    assert status == BAD_INPUT
    assert f"{tmp_path / 'resume.json'}:2:14: not JSON" in error
    assert not project.exists()


def test_a_file_that_is_not_there_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, error = command(capsys, "import", tmp_path / "gone.json", tmp_path / "cv")
    assert status == BAD_INPUT
    assert "gone.json: cannot be read: No such file or directory" in error


def test_a_folder_that_is_not_empty_is_refused_and_left_as_it_was(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "conf.py").write_text("mine = True\n")
    status, error = command(capsys, "new", tmp_path, "--name", "Ada Lovelace")
    assert status == BAD_INPUT
    assert "the folder is not empty" in error
    assert [path.name for path in tmp_path.iterdir()] == ["conf.py"]
    assert (tmp_path / "conf.py").read_text() == "mine = True\n"


def test_force_writes_into_a_folder_that_is_not_empty(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "conf.py").write_text("mine = True\n")
    (tmp_path / "notes.txt").write_text("kept\n")
    status, _ = command(capsys, "new", tmp_path, "--name", "Ada Lovelace", "--force")
    assert status == 0
    assert "Ada Lovelace" in (tmp_path / "conf.py").read_text()
    assert (tmp_path / "notes.txt").read_text() == "kept\n"


def test_a_folder_where_a_file_goes_is_never_replaced(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "conf.py").mkdir()
    status, error = command(capsys, "new", tmp_path, "--name", "Ada", "--force")
    assert status == BAD_INPUT
    assert "conf.py: in the way of conf.py" in error
    assert [path.name for path in tmp_path.iterdir()] == ["conf.py"]


def test_a_name_is_needed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, error = command(capsys, "new", tmp_path / "cv", "--name", "  ")
    assert (status, error) == (BAD_INPUT, "sphinx-cv: --name: a CV needs a name\n")
    assert not (tmp_path / "cv").exists()


def test_a_language_sets_the_labels_the_extension_writes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = tmp_path / "cv"
    status, _ = command(capsys, "new", project, "--name", "Ada", "--language", "de")
    assert status == 0
    assert 'language = "de"' in (project / "conf.py").read_text()
    app, warnings = built_app("text", project, tmp_path / "build")
    assert warnings == ""
    assert "Jan. 2020 – heute" in (app.outdir / "experience" / "index.txt").read_text()


def test_a_language_without_labels_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["new", str(tmp_path / "cv"), "--name", "Ada", "--language", "xx"])
    assert stopped.value.code == BAD_INPUT
    assert "invalid choice: 'xx'" in capsys.readouterr().err
