"""One source, two languages: the CV built in German from Sphinx's gettext
catalogs (``locale/de``, an example of the headings and one role), and every text
that has no German yet, or whose English changed since, counted in a warning."""

from __future__ import annotations

import re
import shutil
from typing import TYPE_CHECKING

import docx
import pytest
from support.builds import PROJECT_ROOT, TODAY, article, built_app

if TYPE_CHECKING:
    from pathlib import Path

SOURCES = ("conf.py", "index.md", "cv.md", "experience", "skills", "locale", "_static")
ENGLISH = "Implemented IBM Cloud's"
GERMAN = "Ich implementierte das Feature"


def copy_of_the_cv(where: Path) -> Path:
    project = where / "cv"
    project.mkdir()
    for name in SOURCES:
        source = PROJECT_ROOT / name
        if source.is_dir():
            shutil.copytree(source, project / name)
        else:
            shutil.copy(source, project / name)
    return project


def built(
    project: Path, builder: str = "html", **overrides: object
) -> tuple[Path, str]:
    """The output folder and the warnings, the project's folder cut from them."""
    app, warnings = built_app(
        builder,
        project,
        project / "_build" / builder,
        confoverrides={"cv_today": TODAY, **overrides},
        tags=("printed",) if builder == "latex" else (),
    )
    return app.outdir, warnings.replace(f"{project}/", "")


def built_in_german(project: Path, builder: str = "html") -> tuple[Path, str]:
    return built(project, builder, language="de")


@pytest.fixture(scope="module")
def german(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, str]:
    project = copy_of_the_cv(tmp_path_factory.mktemp("german"))
    outdir, warnings = built_in_german(project)
    return project, outdir, warnings


def test_the_site_reads_the_translated_headings_and_role_in_german(
    german: tuple[Path, Path, str],
) -> None:
    _, outdir, _ = german
    home = article(outdir, "index.html").get_text()
    assert "Erfahrung und Technologien" in home
    assert "Experience and technologies" not in home
    role = article(outdir, "experience/ibm-cloud.html").get_text()
    assert GERMAN in role
    assert ENGLISH not in role
    assert "Schulungskurs" in role


def test_each_page_with_english_left_is_counted_in_a_warning(
    german: tuple[Path, Path, str],
) -> None:
    _, _, warnings = german
    lines = [line for line in warnings.splitlines() if "[cv.translation]" in line]
    by_file = {line.split(":", 1)[0]: line for line in lines}
    assert all(re.match(r"[\w/.-]+\.md:\d+: WARNING", line) for line in lines)
    assert "experience/lambda.md" in by_file
    assert "3 of 3 texts" in by_file["experience/canonical.md"]
    assert "experience/ibm-cloud.md" not in by_file  # translated whole
    assert all("WARNING" in line for line in lines)


def test_an_english_sentence_changed_makes_its_translation_stale(
    tmp_path: Path,
) -> None:
    project = copy_of_the_cv(tmp_path)
    role = project / "experience" / "ibm-cloud.md"
    role.write_text(
        role.read_text(encoding="utf-8").replace(
            "Implemented IBM Cloud's", "Built IBM Cloud's"
        ),
        encoding="utf-8",
    )
    outdir, warnings = built_in_german(project)
    stale = [
        line
        for line in warnings.splitlines()
        if line.startswith("experience/ibm-cloud.md") and "[cv.translation]" in line
    ]
    assert len(stale) == 1
    assert "1 of 3 texts" in stale[0]
    # It falls back to the English it now has.
    text = article(outdir, "experience/ibm-cloud.html").get_text()
    assert "Built IBM Cloud\N{RIGHT SINGLE QUOTATION MARK}s" in text
    assert "Schulungskurs" in text


def test_the_english_build_warns_of_nothing(tmp_path: Path) -> None:
    _, warnings = built(copy_of_the_cv(tmp_path))
    assert warnings == ""


def test_the_pdf_source_is_in_german_too(tmp_path: Path) -> None:
    project = copy_of_the_cv(tmp_path)
    outdir, _ = built_in_german(project, "latex")
    tex = next(outdir.glob("*.tex")).read_text(encoding="utf-8")
    assert "Zusammenfassung" in tex
    assert "Berufserfahrung" in tex
    assert r"\renewcommand\cvpageof[2]{Seite #1 von #2}" in tex  # the footer's
    assert GERMAN in tex
    # Dates are records, written in German by CLDR: not translated text.
    assert "Juli\N{NO-BREAK SPACE}2017" in tex  # tied, as every date is
    assert "Mai\N{NO-BREAK SPACE}2019" in tex


# -- links between the languages' sites ---------------------------------------

SITES = {"en": "https://cv.example/en/", "de": "https://cv.example/de/"}


def built_in_english(project: Path, **overrides: object) -> Path:
    outdir, warnings = built(project, **overrides)
    assert warnings == ""
    return outdir


def test_the_site_links_to_no_translation_until_one_is_said_complete(
    tmp_path: Path,
) -> None:
    outdir = built_in_english(copy_of_the_cv(tmp_path))
    home = (outdir / "index.html").read_text(encoding="utf-8")
    assert "hreflang" not in home
    assert "Deutsch" not in home


def test_a_complete_translation_is_linked_page_for_page(tmp_path: Path) -> None:
    outdir = built_in_english(copy_of_the_cv(tmp_path), cv_translations=SITES)
    home = (outdir / "index.html").read_text(encoding="utf-8")
    assert (
        '<link rel="alternate" hreflang="de" href="https://cv.example/de/index.html"'
        in home
    )
    link = article(outdir, "index.html").find("a", string="Deutsch")
    assert link is not None
    assert link["href"] == "https://cv.example/de/index.html"
    role = (outdir / "experience" / "lambda.html").read_text(encoding="utf-8")
    assert 'hreflang="de" href="https://cv.example/de/experience/lambda.html"' in role
    assert 'hreflang="en"' not in role  # not to itself


def test_the_translation_links_back_to_the_source(tmp_path: Path) -> None:
    outdir, _ = built(copy_of_the_cv(tmp_path), language="de", cv_translations=SITES)
    link = article(outdir, "index.html").find("a", string="English")
    assert link is not None
    assert link["href"] == "https://cv.example/en/index.html"


def test_the_word_document_is_in_german_too(german: tuple[Path, Path, str]) -> None:
    _, outdir, _ = german
    document = docx.Document(str(next(outdir.glob("*.docx"))))
    text = "\n".join(paragraph.text for paragraph in document.paragraphs)
    assert "Berufserfahrung" in text
    assert GERMAN in text
    assert "Juli 2017" in text
