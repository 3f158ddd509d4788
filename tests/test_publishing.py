"""Read the Docs and the PDF: the ways the CV leaves this repository."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from typing import TYPE_CHECKING

import jsonschema
import yaml
from conftest import PROJECT_ROOT

if TYPE_CHECKING:
    from pathlib import Path

DATA = PROJECT_ROOT / "tests" / "data"


def test_readthedocs_config_is_valid_against_the_published_schema() -> None:
    schema = json.loads((DATA / "rtd-config-schema-v2.json").read_text("utf-8"))
    config = yaml.safe_load((PROJECT_ROOT / ".readthedocs.yaml").read_text("utf-8"))
    jsonschema.validate(config, schema)


def test_readthedocs_builds_the_pdf_from_the_pinned_requirements() -> None:
    config = yaml.safe_load((PROJECT_ROOT / ".readthedocs.yaml").read_text("utf-8"))
    assert config["formats"] == ["pdf"]
    assert config["sphinx"] == {"configuration": "conf.py", "fail_on_warning": True}
    assert config["python"]["install"] == [{"requirements": "requirements.txt"}]


def test_the_command_line_read_the_docs_runs_builds_cleanly(tmp_path: Path) -> None:
    outdir = tmp_path / "html"
    doctrees = tmp_path / "doctrees"
    result = subprocess.run(  # noqa: S603 - fixed arguments
        [
            sys.executable,
            "-m",
            "sphinx",
            "-T",
            "-W",
            "--keep-going",
            "-b",
            "html",
            "-d",
            str(doctrees),
            "-D",
            "language=en",
            ".",
            str(outdir),
        ],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert "Jonathan Hartley" in (outdir / "index.html").read_text("utf-8")


def test_the_pdf_builds_and_carries_the_cv(tmp_path: Path) -> None:
    result = subprocess.run(  # noqa: S603 - fixed arguments
        [
            sys.executable,
            "-m",
            "sphinx",
            "-M",
            "latexpdf",
            ".",
            str(tmp_path),
            "-W",
            "--keep-going",
            "-n",
            "-q",
        ],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr
    pdf = tmp_path / "latex" / "jonathan-hartley-cv.pdf"
    pdftotext = shutil.which("pdftotext")
    assert pdftotext, "poppler-utils provides pdftotext"
    text = subprocess.run(  # noqa: S603 - fixed arguments
        [pdftotext, str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    text = " ".join(text.split())  # lines wrap wherever the typesetter chose
    for fact in ["Jonathan Hartley", "Resolver Systems", "Ordnance Survey", "5k req/s"]:
        assert fact in text
