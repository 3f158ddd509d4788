"""A build for one application: the variant of the CV it sends, from the records.

The sources are in tests/roots/test-applications: two roles, tagged, with tagged
highlights, and applications that choose among them.
"""

from __future__ import annotations

import json
import re
import shutil
from typing import TYPE_CHECKING

import pytest
from support.builds import PROJECT_ROOT, built_app

if TYPE_CHECKING:
    from pathlib import Path

ROOT = PROJECT_ROOT / "tests" / "roots" / "test-applications"
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
    assert in_cv["Python"]["roles"] == [
        "Analytical Engines Ltd (Senior Engineer)",
        "Difference Engine Consortium",
    ]
    assert report["not_in_your_cv"] == [
        {"skill": "Kubernetes", "named_as": ["Kubernetes"]}
    ]
    assert report["not_named_by_the_job"] == ["FastAPI", "C++"]
    markdown = (app.outdir / "match-report.md").read_text("utf-8")
    assert markdown.startswith("# Match report: Go Engineer, Engines International")


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
