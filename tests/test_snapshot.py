"""The read model (``snapshot.py``): one frozen snapshot of the CV a build.

Every view, link and output reads it; what it holds is tested through them. These
are its own rules: made once, unchangeable, and made again only when a record,
the date or the builder is another.
"""

from __future__ import annotations

import dataclasses
import datetime
from typing import TYPE_CHECKING

import pytest
from sphinx_cv import snapshot
from sphinx_cv.core.person import Person
from sphinx_cv.core.records import RoleText, SkillRecord, Source
from sphinx_cv.domain import cv_domain
from sphinx_cv.snapshot import cv_snapshot

if TYPE_CHECKING:
    from sphinx.environment import BuildEnvironment
    from sphinx.testing.util import SphinxTestApp
    from support.builds import BuiltProject


@pytest.fixture
def made(monkeypatch: pytest.MonkeyPatch) -> list[snapshot.CVSnapshot]:
    """Every snapshot made from here on, in the order made."""
    made: list[snapshot.CVSnapshot] = []
    make = snapshot.make_snapshot

    def counted(*args: object, **kwargs: object) -> snapshot.CVSnapshot:
        made.append(make(*args, **kwargs))  # type: ignore[arg-type]
        return made[-1]

    monkeypatch.setattr(snapshot, "make_snapshot", counted)
    return made


@pytest.mark.sphinx("html", testroot="basic", freshenv=True)
def test_a_build_makes_one_snapshot_for_every_page_and_output(
    app: SphinxTestApp, made: list[snapshot.CVSnapshot]
) -> None:
    app.build()
    assert len(app.env.found_docs) == 4
    assert len(made) == 1
    assert cv_snapshot(app.env) is made[0]
    assert [role.org for role in made[0].roles] == ["Acme", "Acme", "Initech"]


@pytest.mark.sphinx("html", testroot="basic", freshenv=True)
def test_the_snapshot_is_made_after_every_handler_that_may_change_a_record(
    app: SphinxTestApp, made: list[snapshot.CVSnapshot]
) -> None:
    def note_a_skill(_app: object, env: BuildEnvironment) -> None:
        cv_domain(env).note_skill(
            SkillRecord(Source("skills", 99, "cv-skill-cobol"), "COBOL", "Languages")
        )

    # Another extension's handler, connected after sphinx_cv's, at a priority
    # past the default.
    app.connect("env-updated", note_a_skill, priority=600)
    app.build()
    assert len(made) == 1
    assert "cobol" in made[0].skills


@pytest.mark.sphinx("html", testroot="basic", freshenv=True)
def test_no_reader_can_change_the_snapshot(app: SphinxTestApp) -> None:
    app.build()
    cv = cv_snapshot(app.env)
    with pytest.raises(dataclasses.FrozenInstanceError):
        cv.roles = ()  # type: ignore[misc]
    with pytest.raises(TypeError):
        cv.skills["python"] = cv.skills["python"]  # type: ignore[index]
    with pytest.raises(TypeError):
        cv.role_texts["x"] = cv.text_of(cv.roles[0])  # type: ignore[index]
    with pytest.raises(TypeError):
        cv.newest_by_name["org", "x"] = cv.roles[0]  # type: ignore[index]
    with pytest.raises(TypeError):
        cv.roles_by_target["x"] = cv.roles[0]  # type: ignore[index]
    with pytest.raises(TypeError):
        cv.summaries["x"] = ()  # type: ignore[index]


@pytest.mark.sphinx("html", testroot="basic", freshenv=True)
def test_a_changed_record_makes_a_new_snapshot_and_nothing_else_does(
    app: SphinxTestApp,
) -> None:
    app.build()
    before = cv_snapshot(app.env)
    assert cv_snapshot(app.env) is before
    cv_domain(app.env).note_skill(
        SkillRecord(Source("skills", 99, "cv-skill-cobol"), "COBOL", "Languages")
    )
    after = cv_snapshot(app.env)
    assert after is not before
    assert "cobol" in after.skills
    assert "cobol" not in before.skills
    assert "COBOL" in [usage.name for usage in after.usages]


@pytest.mark.sphinx("html", testroot="basic", freshenv=True)
def test_another_date_makes_another_snapshot(app: SphinxTestApp) -> None:
    app.build()
    before = cv_snapshot(app.env)
    assert before.today == datetime.date(2026, 11, 25)
    app.config.cv_today = "2027-11-25"
    after = cv_snapshot(app.env)
    assert after.today == datetime.date(2027, 11, 25)
    assert after is not before


@pytest.mark.sphinx("text", testroot="basic", freshenv=True)
def test_the_snapshot_knows_the_builder_it_is_for(app: SphinxTestApp) -> None:
    app.build()
    assert cv_snapshot(app.env).circumstances.builder_format == "text"


@pytest.mark.sphinx("text", testroot="snapshot", freshenv=True)
def test_a_snapshot_asked_for_with_no_builder_yet_holds_only_what_is_published(
    app: SphinxTestApp,
) -> None:
    app.build()
    assert cv_snapshot(app.env).person.phone  # text shows it
    cv_domain(app.env).builder = None
    cv = cv_snapshot(app.env)
    assert cv.circumstances.builder_format == "html"
    assert cv.person == cv.published_person
    assert not cv.person.phone


@pytest.mark.sphinx("html", testroot="applications", freshenv=True)
def test_the_highlights_tags_are_in_the_snapshot_each_once(app: SphinxTestApp) -> None:
    app.build()
    assert sorted(cv_snapshot(app.env).highlight_tags) == [
        "go",
        "hardware",
        "systems",
        "testing",
    ]


def test_a_pages_summaries_and_none_on_a_page_without(
    project_html: BuiltProject,
) -> None:
    cv = cv_snapshot(project_html.app.env)
    (summary,) = cv.summaries_on("index")
    assert summary.text.startswith("I'm an experienced software developer")
    assert cv.summaries_on("experience/canonical") == ()
    assert cv.summaries_on("no-such-page") == ()


@pytest.mark.sphinx("text", testroot="snapshot", freshenv=True)
def test_the_snapshot_holds_every_record_and_what_is_derived_from_them(
    app: SphinxTestApp,
) -> None:
    app.build()
    cv = cv_snapshot(app.env)
    assert cv.circumstances == snapshot.Circumstances(
        today=datetime.date(2026, 11, 25), other_category="Other", builder_format="text"
    )
    ada = Person(
        name="Ada Example",
        headline="Engineer",
        email="ada@example.org",
        phone="+44 20 7946 0000",
    )
    assert cv.person == ada
    assert cv.published_person == ada.published()

    lab, engineer, apprentice = cv.newest_roles
    assert [role.label for role in cv.newest_roles] == [
        "Lab",
        "Works (Engineer)",
        "Works (Apprentice)",
    ]
    assert cv.roles == (lab, engineer, apprentice)
    assert cv.roles_by_target == {role.target: role for role in cv.roles}
    assert cv.text_of(lab) == RoleText("Runs the lab.", ("Built a tool.",))
    assert cv.text_of(apprentice) == RoleText()
    assert cv.newest_by_name == {
        ("org", "lab"): lab,
        ("role", lab.target): lab,
        ("skill", "python"): lab,
        ("skill", "go"): lab,
        ("org", "works"): engineer,
        ("role", engineer.target): engineer,
        ("role", apprentice.target): apprentice,
    }

    assert [skill.name for skill in cv.skill_declarations] == ["Python", "Haskell"]
    assert list(cv.skills) == ["python", "haskell"]
    assert [
        (usage.name, usage.category, usage.effective_months) for usage in cv.usages
    ] == [
        ("Python", "Languages", 203),
        ("Go", "Other", 83),
        ("Haskell", "Languages", 24),
    ]

    assert cv.facts.summary == "Builds engines."
    assert [course.institution for course in cv.facts.education] == ["A University"]
    assert [project.name for project in cv.facts.projects] == ["Engine"]
    assert [award.title for award in cv.facts.awards] == ["Fellow"]
    assert cv.highlight_tags == ("tools", "go")
    assert [record.text for record in cv.summaries_on("experience/lab")] == [
        "A summary that is not the root document's."
    ]
