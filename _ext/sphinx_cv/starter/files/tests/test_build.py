"""The CV builds without a warning, and its JSON Resume holds what conf.py says."""

import json
import runpy
import subprocess
import sys
from pathlib import Path

from sphinx.util.tags import Tags

PROJECT = Path(__file__).resolve().parent.parent


def build(builder: str, out: Path) -> Path:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "sphinx",
            "-W",
            "--keep-going",
            "-q",
            "-b",
            builder,
            str(PROJECT),
            str(out),
        ],
        check=True,
    )
    return out


def test_the_site_builds_without_a_warning(tmp_path: Path) -> None:
    site = build("html", tmp_path)
    assert (site / "index.html").is_file()
    assert (site / "resume.json").is_file()


def test_the_json_resume_names_the_person(tmp_path: Path) -> None:
    person = runpy.run_path(str(PROJECT / "conf.py"), {"tags": Tags()})["cv_person"]
    resume = json.loads((build("jsonresume", tmp_path) / "resume.json").read_text())
    assert resume["basics"]["name"] == person["name"]
