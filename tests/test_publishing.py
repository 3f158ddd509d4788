"""Read the Docs and the PDF: the ways the CV leaves this repository."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
from typing import TYPE_CHECKING
from xml.etree import ElementTree

import jsonschema
import pytest
import yaml
from support.builds import PROJECT_ROOT

if TYPE_CHECKING:
    from pathlib import Path

    from support.builds import BuiltProject

DATA = PROJECT_ROOT / "tests" / "data"
SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def test_readthedocs_config_is_valid_against_the_published_schema() -> None:
    schema = json.loads((DATA / "rtd-config-schema-v2.json").read_text("utf-8"))
    config = yaml.safe_load((PROJECT_ROOT / ".readthedocs.yaml").read_text("utf-8"))
    jsonschema.validate(config, schema)


def test_readthedocs_builds_the_pdf_from_the_pinned_requirements() -> None:
    config = yaml.safe_load((PROJECT_ROOT / ".readthedocs.yaml").read_text("utf-8"))
    assert config["formats"] == ["pdf"]
    assert config["sphinx"] == {"configuration": "conf.py", "fail_on_warning": True}
    assert config["python"]["install"] == [{"requirements": "requirements.txt"}]


CANONICAL = "https://example.readthedocs.io/en/latest/"


@dataclasses.dataclass(frozen=True)
class Built:
    outdir: Path
    result: subprocess.CompletedProcess[str]


@pytest.fixture(scope="module")
def as_read_the_docs_builds_it(tmp_path_factory: pytest.TempPathFactory) -> Built:
    """The site, built by Read the Docs' command line, with the canonical URL that
    Read the Docs sets in the environment of every build."""
    where = tmp_path_factory.mktemp("read-the-docs")
    outdir = where / "html"
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
            str(where / "doctrees"),
            "-D",
            "language=en",
            ".",
            str(outdir),
        ],
        cwd=PROJECT_ROOT,
        env={**os.environ, "READTHEDOCS_CANONICAL_URL": CANONICAL},
        capture_output=True,
        text=True,
        check=False,
    )
    return Built(outdir, result)


def test_the_command_line_read_the_docs_runs_builds_cleanly(
    as_read_the_docs_builds_it: Built,
) -> None:
    built = as_read_the_docs_builds_it
    assert built.result.returncode == 0, built.result.stderr
    assert built.result.stderr == ""
    assert "Jonathan Hartley" in (built.outdir / "index.html").read_text("utf-8")


def test_the_sitemap_lists_every_page_but_the_pdfs_root(
    project_html: BuiltProject,
) -> None:
    sitemap = ElementTree.fromstring(project_html.read("sitemap.xml"))  # noqa: S314 - our own build
    locations = {loc.text for loc in sitemap.iter(f"{SITEMAP_NS}loc")}
    expected = {
        f"http://127.0.0.1:8000/{docname}.html"
        for docname in project_html.app.env.found_docs - {"cv"}
    }
    assert expected <= locations
    assert "http://127.0.0.1:8000/cv.html" not in locations


def test_read_the_docs_says_where_the_site_lives(
    as_read_the_docs_builds_it: Built,
) -> None:
    outdir = as_read_the_docs_builds_it.outdir
    sitemap = (outdir / "sitemap.xml").read_text(encoding="utf-8")
    assert f"<loc>{CANONICAL}index.html</loc>" in sitemap
    assert f'content="{CANONICAL}index.html"' in (outdir / "index.html").read_text(
        encoding="utf-8"
    )
