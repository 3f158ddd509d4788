"""``sphinx-cv`` on bad input: a message naming where, status 2, nothing written."""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sphinx_cv.cli import BAD_INPUT, CANNOT_WRITE, main, parser
from support.builds import PROJECT_ROOT, built_app

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


# -- the file system refuses: one line, and nothing left behind ------------------


def everything_in(folder: Path) -> list[str]:
    return sorted(str(path.relative_to(folder)) for path in folder.rglob("*"))


def test_every_bad_date_of_a_file_is_named_in_one_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    roles = [{**ROLE, "startDate": f"the {index}th"} for index in range(20)]
    resume = {"basics": {"name": "Ada"}, "work": roles}
    status, error, project = import_text(json.dumps(resume), tmp_path, capsys)
    assert status == BAD_INPUT
    lines = error.splitlines()
    assert len(lines) == 20
    for index, line in enumerate(lines):
        assert line.startswith(f"sphinx-cv: work[{index}].startDate: 'the {index}th' ")
    assert not project.exists()


def test_a_folder_that_cannot_be_written_gives_one_line_and_leaves_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # As root, permissions refuse nothing: the refusal is the system's own error.
    def refused(*_: object, **options: object) -> str:
        raise PermissionError(13, "Permission denied", str(options.get("dir")))

    monkeypatch.setattr("tempfile.mkdtemp", refused)
    before = everything_in(tmp_path)
    status, error = command(capsys, "new", tmp_path / "cv", "--name", "Ada")
    assert status == CANNOT_WRITE
    assert error == f"sphinx-cv: {tmp_path}: cannot be written: Permission denied\n"
    assert everything_in(tmp_path) == before


def test_a_full_disk_gives_one_line_and_leaves_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    write_text = Path.write_text
    written: list[Path] = []

    def fills_the_disk(path: Path, text: str, **options: str) -> int:
        if len(written) == 4:
            raise OSError(errno.ENOSPC, "No space left on device", str(path))
        written.append(path)
        return write_text(path, text, **options)

    monkeypatch.setattr(Path, "write_text", fills_the_disk)
    target = tmp_path / "deep" / "cv"
    status, error = command(capsys, "new", target, "--name", "Ada")
    assert status == CANNOT_WRITE
    assert error == f"sphinx-cv: {target}: cannot be written: No space left on device\n"
    assert everything_in(tmp_path) == []


def test_a_full_disk_leaves_a_project_forced_over_as_it_was(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "cv").mkdir()
    (tmp_path / "cv" / "conf.py").write_text("mine = True\n")

    def full(path: Path, *_: object, **__: object) -> int:
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    monkeypatch.setattr(Path, "write_text", full)
    status, _ = command(capsys, "new", tmp_path / "cv", "--name", "Ada", "--force")
    assert status == CANNOT_WRITE
    assert everything_in(tmp_path) == ["cv", "cv/conf.py"]
    assert (tmp_path / "cv" / "conf.py").read_text() == "mine = True\n"


def test_a_parent_that_is_a_file_gives_one_line_and_leaves_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "notes").write_text("a file\n")
    target = tmp_path / "notes" / "deeper" / "cv"
    status, error = command(capsys, "new", target, "--name", "Ada")
    assert status == BAD_INPUT
    assert error == (
        f"sphinx-cv: {tmp_path / 'notes'}: is a file, not a folder, so {target} "
        "cannot be made\n"
    )
    assert everything_in(tmp_path) == ["notes"]


# -- importing again -----------------------------------------------------------


def test_import_force_replaces_an_earlier_imports_pages_and_only_those(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = {
        "basics": {"name": "Ada"},
        "work": [ROLE, {"name": "Difference Engines", "startDate": "2015"}],
    }
    status, _, project = import_text(json.dumps(first), tmp_path, capsys)
    assert status == 0
    mine = project / "experience" / "notes.txt"
    mine.write_text("my own\n")
    second = {
        "basics": {"name": "Ada"},
        "work": [{"name": "Jacquard", "startDate": "2021"}],
    }
    (tmp_path / "resume.json").write_text(json.dumps(second))
    status, _ = command(capsys, "import", tmp_path / "resume.json", project, "--force")
    assert status == 0
    assert sorted(path.name for path in (project / "experience").iterdir()) == [
        "index.md",
        "jacquard-2021.md",
        "notes.txt",
    ]
    _, warnings = built_app("html", project, tmp_path / "build")
    assert warnings == ""


def modules_loaded(*arguments: str, cwd: Path) -> set[str]:
    """The modules ``sphinx-cv`` imports for these arguments, by -X importtime."""
    done = subprocess.run(  # noqa: S603 - this interpreter, the command's own arguments
        [sys.executable, "-X", "importtime", "-m", "sphinx_cv.cli", *arguments],
        cwd=cwd,
        env={**os.environ, "PYTHONPATH": str(PROJECT_ROOT / "_ext")},
        capture_output=True,
        text=True,
        check=True,
    )
    return {
        line.rsplit("|", 1)[1].strip()
        for line in done.stderr.splitlines()
        if line.startswith("import time:") and "|" in line
    }


@pytest.mark.parametrize(
    "arguments", [("--help",), ("new", "cv", "--name", "Ada Lovelace")]
)
def test_help_and_new_load_neither_sphinx_nor_docutils(
    arguments: tuple[str, ...], tmp_path: Path
) -> None:
    loaded = modules_loaded(*arguments, cwd=tmp_path)
    assert "sphinx_cv.core.resume_import" in loaded  # it ran
    assert not {name for name in loaded if name.split(".")[0] in {"sphinx", "docutils"}}


# --- livepdf, a subcommand like the others ------------------------------------------


def test_livepdf_is_a_real_subcommand_with_its_options() -> None:
    arguments = parser().parse_args(
        ["livepdf", "cv", "--port", "8002", "-t", "printed", "--builddir", "out"]
    )
    assert arguments.command == "livepdf"
    assert (arguments.srcdir, arguments.port, arguments.tags, arguments.builddir) == (
        Path("cv"),
        8002,
        ["printed"],
        Path("out"),
    )
    defaults = parser().parse_args(["livepdf"])
    assert (defaults.srcdir, defaults.port, defaults.builddir) == (
        Path(),
        8001,
        Path("_build/livepdf"),
    )


def test_livepdfs_bad_option_is_named_by_the_subcommand(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["livepdf", "--port", "eighty"])
    assert stopped.value.code == BAD_INPUT
    assert "sphinx-cv livepdf: error: argument --port" in capsys.readouterr().err


def test_livepdf_through_the_command_names_a_folder_without_conf_py(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["livepdf", str(tmp_path)]) == BAD_INPUT
    assert capsys.readouterr().err.startswith(f"sphinx-cv livepdf: {tmp_path}: ")
