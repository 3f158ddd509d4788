"""A starter in any of the extension's languages: every word it writes is that
language's, and every date is written as CLDR writes it there.

``sphinx-cv new --language X`` and ``sphinx-cv import --language X`` are built to
text, and the words compared with the English starter's.
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING

import pytest
from sphinx_cv.cli import main
from support.builds import TODAY, built_app

if TYPE_CHECKING:
    from pathlib import Path

NAME = "Zoë Okafor"
# Names, not words: the same in every language.
NAMES = {"Zoë", "Okafor", "Python", "PDF", "Word", "JSON", "Resume", "CV"}
# The example role's text names its files, which keep their names.
PATHS = {"experience", "index", "md", "skills"}
# Each language's own words that are spelled as English ones are: "a" and "do"
# are Portuguese, "Organisation" German, "team" and "best" Dutch.
HOMOGRAPHS = {
    "de": {"Jan", "Organisation", "in"},
    "fr": {"a", "document", "organisation", "page", "site"},
    "es": {"a"},
    "pt": {"a", "do", "site"},
    "it": {"a", "in"},
    "nl": {"best", "document", "in", "of", "s", "site", "team"},
    "pl": {"do"},
    "ja": set(),
    "zh_CN": set(),
    "ar": set(),
    "he": set(),
}
LANGUAGES = list(HOMOGRAPHS)


def words_of_a_new_cv(language: str, where: Path) -> set[str]:
    project = where / language
    assert main(["new", str(project), "--name", NAME, "--language", language]) == 0
    app, warnings = built_app(
        "text", project, where / f"build-{language}", confoverrides={"cv_today": TODAY}
    )
    assert warnings == ""
    text = " ".join(path.read_text() for path in sorted(app.outdir.rglob("*.txt")))
    return set(re.findall(r"[^\W\d_]+", text))


@pytest.fixture(scope="module")
def english_words(tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    return words_of_a_new_cv("en", tmp_path_factory.mktemp("english"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_new_cv_has_no_english_word(
    language: str, english_words: set[str], tmp_path: Path
) -> None:
    english = english_words - NAMES - PATHS - HOMOGRAPHS[language]
    assert "Experience" in english  # the comparison has words to compare
    assert sorted(words_of_a_new_cv(language, tmp_path) & english) == []


def test_an_imported_cvs_headings_and_dates_are_in_its_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    resume = {
        "basics": {"name": NAME, "summary": "Builds things."},
        "work": [{"name": "Northwind", "startDate": "2019-03", "endDate": "2021-02"}],
        "volunteer": [{"organization": "Dojo", "startDate": "2012-01"}],
        "skills": [{"keywords": ["Python"]}],
    }
    source = tmp_path / "resume.json"
    source.write_text(json.dumps(resume), encoding="utf-8")
    project = tmp_path / "cv"
    assert main(["import", str(source), str(project), "--language", "fr"]) == 0
    capsys.readouterr()
    app, warnings = built_app(
        "text", project, tmp_path / "build", confoverrides={"cv_today": TODAY}
    )
    assert warnings == ""
    text = " ".join((app.outdir / "cv.txt").read_text().split())
    for heading in ("Profil", "Expérience", "Bénévolat", "Compétences"):
        assert heading in text
    assert "Dojo (janv. 2012 – aujourd’hui)" in text
    assert "mars 2019 – févr. 2021 · 2 ans" in text
    assert "Autres:" in text  # the nameless group of skills
