"""``sphinx-cv import``: a JSON Resume in, a CV project out, and the same JSON back.

Each shape is imported through the command, built with no warning, and its
``resume.json`` compared with the README's normalisation of the input.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import pytest
from bs4 import BeautifulSoup
from sphinx_cv.cli import main
from support.builds import TODAY, build_project, built_app
from support.resumes import HOSTILE, WORLD, given_back, normalised, sample, shapes

if TYPE_CHECKING:
    from pathlib import Path

SAMPLES = ["sample", "new-grad", "career-changer", "senior-engineer"]
CASES = {**shapes(), **{name: sample(name) for name in SAMPLES}}


def imported(
    resume: object, where: Path, capsys: pytest.CaptureFixture[str], *extra: str
) -> tuple[int, str, Path]:
    """Import ``resume`` with the command: its status, its warnings, the project."""
    source = where / "resume.json"
    source.write_text(json.dumps(resume, ensure_ascii=False), encoding="utf-8")
    project = where / "cv"
    status = main(["import", str(source), str(project), *extra])
    return status, capsys.readouterr().err, project


def round_trip(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> dict[str, Any]:
    extra = ("--name", "Ada Lovelace") if name == "empty" else ()
    status, _, project = imported(CASES[name], tmp_path, capsys, *extra)
    assert status == 0
    app, warnings = built_app("jsonresume", project, tmp_path / "build")
    assert warnings == ""
    built: dict[str, Any] = json.loads((app.outdir / "resume.json").read_text())
    return built


@pytest.mark.parametrize("name", CASES)
def test_the_json_resume_comes_back_as_the_readme_says(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    expected = normalised(CASES[name])
    if name == "empty":
        expected["basics"] = {"name": "Ada Lovelace"}
    assert given_back(round_trip(name, tmp_path, capsys)) == expected


def test_the_schemas_sample_keeps_what_sphinx_cv_models(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    built = round_trip("sample", tmp_path, capsys)
    (work,) = built["work"]
    assert work["name"] == "Pied Piper"
    assert work["startDate"] == "2013-12-01"
    assert work["endDate"] == "2014-12-01"
    assert len(work["highlights"]) == 3
    assert built["basics"]["location"] == {
        "address": "2712 Broadway St, San Francisco, California, CA 94115, US"
    }
    assert built["skills"][0]["level"] == "Master"


def test_each_field_left_out_is_named_in_a_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, warnings, _ = imported(sample("sample"), tmp_path, capsys)
    assert status == 0
    for path in (
        "basics.phone",
        "work[0].description",
        "education[0].courses",
        "awards[0].date",
        "projects[0].highlights",
        "projects[0].roles",
        "references",
        "volunteer",
        "publications",
        "languages",
        "interests",
    ):
        assert f"sphinx-cv: warning: {path}: " in warnings


def test_an_entry_that_names_nothing_is_named_in_a_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    resume = {"basics": {"name": "Ada"}, "languages": [{"fluency": "Native"}]}
    status, warnings, _ = imported(resume, tmp_path, capsys)
    assert status == 0
    assert "warning: languages[0]: it names nothing to show: left out" in warnings


def test_an_x_field_is_named_in_a_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, warnings, _ = imported(CASES["schema-1.0-names"], tmp_path, capsys)
    assert "warning: x-theme: sphinx_cv does not model it" in warnings
    # 0.x's website is the person's url, read as such.
    assert "basics.website" not in warnings


def test_what_the_cv_does_not_model_is_shown_as_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, _, project = imported(sample("sample"), tmp_path, capsys)
    app, warnings = built_app("text", project, tmp_path / "build")
    assert warnings == ""
    text = (app.outdir / "index.txt").read_text()
    for shown in (
        "Volunteering",
        "CoderDojo (Teacher, Jan 2012 – Jan 2013)",
        "Awarded 'Teacher of the Month'",
        "Video compression for 3d media (Hooli, Oct 2014)",
        "English (Native speaker)",
        "Wildlife (Ferrets, Unicorns)",
    ):
        assert shown in text
    assert "Erlich Bachman" not in text


@pytest.mark.parametrize("builder", ["html", "text"])
def test_text_that_looks_like_markup_arrives_as_text(
    builder: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, _, project = imported(CASES["hostile"], tmp_path, capsys)
    app, warnings = built_app(builder, project, tmp_path / "build")
    assert warnings == ""
    if builder == "html":
        page = BeautifulSoup((app.outdir / "index.html").read_text(), "html.parser")
        article = page.find("article")
        assert article is not None
        assert article.find("script") is None
        assert article.find("em") is None
        text = " ".join(article.get_text().split())
    else:
        text = " ".join((app.outdir / "index.txt").read_text().split())
    for line in HOSTILE:
        assert " ".join(line.split()) in text


def test_text_beyond_latin_arrives_in_every_page(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, _, project = imported(CASES["beyond-latin"], tmp_path, capsys)
    app, warnings = built_app("text", project, tmp_path / "build")
    assert warnings == ""
    (role_page,) = (
        path.read_text()
        for path in (app.outdir / "experience").glob("*.txt")
        if path.name != "index.txt"
    )
    for text in (WORLD["hebrew"], WORLD["chinese"], WORLD["hindi"], WORLD["emoji"]):
        assert text in role_page


def test_this_cvs_own_json_resume_comes_back_but_for_derived_figures(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mine = json.loads(
        build_project("jsonresume", tmp_path / "mine").read("resume.json")
    )
    status, warnings, project = imported(mine, tmp_path, capsys)
    assert status == 0
    app, build_warnings = built_app(
        "jsonresume", project, tmp_path / "build", confoverrides={"cv_today": TODAY}
    )
    assert build_warnings == ""
    back = json.loads((app.outdir / "resume.json").read_text())

    def without_figures(resume: dict[str, Any]) -> dict[str, Any]:
        return {
            **resume,
            "skills": [
                {key: value for key, value in group.items() if key != "x-skills"}
                for group in resume["skills"]
            ],
        }

    assert without_figures(back) == without_figures(mine)
    assert back["skills"] != mine["skills"]  # "Python: 15 yrs" was the author's own
    assert "skills[0].x-skills: derived from the roles" in warnings


# -- the files people really have: each imports, and builds every output ----------


def career_changer_with_location_objects() -> dict[str, Any]:
    """jsonresume.org's career-changer example, its places written as objects."""
    resume = sample("career-changer")
    for entry in resume["work"]:
        if isinstance(entry.get("location"), str):
            city, _, region = entry["location"].partition(", ")
            entry["location"] = {"city": city, "region": region, "countryCode": "US"}
    return resume


WRITTEN_DATES = [
    ("2010-1-1", "2010-3-31"),
    ("04/2010", "12/2010"),
    ("2011/01", "2011/06"),
    ("2011-7", "2011-12"),
    ("January 2012", "June 2012"),
    ("2012/7/1", "2012/12/31"),
    ("1/2013", "6/2013"),
    ("2013-07-01T00:00:00Z", "2013-12-31"),
    ("Jan 2014", "Jun. 2014"),
    ("2014-7", "Dec 2014"),
    ("2015", "2016"),
    ("2017-01", "2018-06"),
    ("2018/07", "now"),
    ("2019-1-15", "current"),
    ("03/2020", "present"),
]


def fifteen_roles_in_written_dates() -> dict[str, Any]:
    return {
        "basics": {"name": "Ada Lovelace", "label": "Engineer"},
        "work": [
            {
                "name": f"Employer {index + 1}",
                "position": "Engineer",
                "startDate": start,
                "endDate": end,
                "highlights": [f"Shipped release {index + 1}."],
            }
            for index, (start, end) in enumerate(WRITTEN_DATES)
        ],
    }


REAL_FILES = {
    "sample": lambda: sample("sample"),
    "career-changer-location-objects": career_changer_with_location_objects,
    "fifteen-roles-written-dates": fifteen_roles_in_written_dates,
}


@pytest.mark.parametrize("name", REAL_FILES)
def test_a_real_file_imports_and_builds_every_output(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, project = imported(REAL_FILES[name](), tmp_path, capsys)
    assert status == 0
    # The pages read once, by the HTML build; the others write from its doctrees.
    for builder in ("html", "docx", "jsonresume"):
        _, warnings = built_app(
            builder, project, tmp_path / "build", freshenv=builder == "html"
        )
        assert warnings == "", builder
    # As the starter's make latexpdf builds it: the PDF is made, and a CV past
    # its page limit says so without stopping it.
    app, warnings = built_app(
        "latex", project, tmp_path / "latex", confoverrides={"cv_make_pdf": True}
    )
    assert [line for line in warnings.splitlines() if "[cv.page-fit]" not in line] == []
    assert len(list(app.outdir.glob("*.pdf"))) == 1


def test_fifteen_roles_in_written_dates_read_as_the_cvs_own(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, _, project = imported(fifteen_roles_in_written_dates(), tmp_path, capsys)
    app, _ = built_app("jsonresume", project, tmp_path / "build")
    work = json.loads((app.outdir / "resume.json").read_text())["work"]
    dates = {
        entry["name"]: (entry["startDate"], entry.get("endDate")) for entry in work
    }
    assert dates["Employer 1"] == ("2010-01-01", "2010-03-31")
    assert dates["Employer 2"] == ("2010-04", "2010-12")
    assert dates["Employer 8"] == ("2013-07-01", "2013-12-31")
    assert dates["Employer 9"] == ("2014-01", "2014-06")
    assert [name for name, (_, end) in dates.items() if end is None] == [
        "Employer 15",
        "Employer 14",
        "Employer 13",
    ]


def test_what_a_resume_lacks_gets_no_heading(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    resume = {"basics": {"name": "Ada Lovelace"}, "work": [ROLE_OF_ADA]}
    status, _, project = imported(resume, tmp_path, capsys)
    assert status == 0
    app, warnings = built_app("text", project, tmp_path / "build")
    assert warnings == ""
    for page in ("index.txt", "cv.txt"):
        text = (app.outdir / page).read_text()
        assert "Summary" not in text
        assert "Experience" in text or "Recent roles" in text


ROLE_OF_ADA = {"name": "Analytical Engines", "startDate": "2019-01"}


def test_an_awards_awarder_and_a_courses_dates_are_shown(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    resume = {
        "basics": {"name": "Ada Lovelace"},
        "awards": [{"title": "Fellow", "awarder": "Royal Society"}],
        "education": [
            {"institution": "Durham", "startDate": "1989-10", "endDate": "1993-06"}
        ],
    }
    status, _, project = imported(resume, tmp_path, capsys)
    assert status == 0
    app, warnings = built_app("text", project, tmp_path / "build")
    assert warnings == ""
    lines = (app.outdir / "cv.txt").read_text().splitlines()
    text = " ".join(" ".join(lines).split())
    assert "Fellow (Royal Society)." in text
    # The institution, then its dates, each on a line of its own.
    assert lines[lines.index("Durham") + 2] == "Oct 1989 – Jun 1993"
