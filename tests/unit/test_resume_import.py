"""Reading a JSON Resume into the CV's records: each rule, with plain values."""

from __future__ import annotations

from typing import Any

import pytest
from sphinx_cv.core.dates import CVDate
from sphinx_cv.core.records import (
    AwardRecord,
    EducationRecord,
    ProjectRecord,
    SkillRecord,
    Source,
)
from sphinx_cv.core.resume_import import ImportedCV, Item, ResumeError, read_resume

ADA = {"name": "Ada Lovelace"}


def read(**sections: Any) -> ImportedCV:  # noqa: ANN401 - JSON values
    return read_resume({"basics": ADA, **sections})


def notes_about(cv: ImportedCV, path: str) -> list[str]:
    return [note for note in cv.notes if note.startswith(f"{path}: ")]


@pytest.mark.parametrize(
    ("written", "start"),
    [
        ("2019", CVDate(2019)),
        ("2019-03", CVDate(2019, 3)),
        ("2019-03-07", CVDate(2019, 3, 7)),
    ],
)
def test_a_date_keeps_the_precision_it_is_written_at(
    written: str, start: CVDate
) -> None:
    (role,) = read(work=[{"name": "Acme", "startDate": written}]).roles
    assert role.record.period.start == start


@pytest.mark.parametrize("end", [None, "", "present", "Present"])
def test_a_role_without_an_end_is_current(end: str | None) -> None:
    (role,) = read(work=[{"name": "Acme", "startDate": "2020", "endDate": end}]).roles
    assert role.record.period.end is None


def test_the_old_schemas_names_are_read() -> None:
    entry = {"company": "Acme", "website": "https://acme.example/", "startDate": "2020"}
    (role,) = read(work=[entry]).roles
    assert (role.record.org, role.record.url) == ("Acme", "https://acme.example/")


def test_a_roles_fields_and_text() -> None:
    entry = {
        "name": " Acme  Ltd ",
        "position": "Engineer",
        "location": "London",
        "startDate": "2020-01",
        "endDate": "2021-06",
        "summary": "First   paragraph.\n\nSecond.",
        "highlights": ["One.", "  ", "Two  things."],
        "x-skills": ["Python", "C, C++"],
    }
    cv = read(work=[entry])
    (role,) = cv.roles
    assert role.record.org == "Acme Ltd"
    assert (role.record.title, role.record.location) == ("Engineer", "London")
    assert role.record.period.end == CVDate(2021, 6)
    assert role.text.summary == "First paragraph. Second."
    assert role.text.highlights == ("One.", "Two things.")
    assert role.record.skills == ("Python",)
    assert notes_about(cv, "work[0].x-skills") == [
        "work[0].x-skills: a role's skills cannot hold a comma: ['C, C++'] left out"
    ]
    assert role.record.source.docname == "experience/acme-ltd-2020-01"


def test_two_roles_with_one_name_and_start_get_two_pages() -> None:
    entry = {"name": "Acme", "startDate": "2020"}
    pages = [role.record.source.docname for role in read(work=[entry, entry]).roles]
    assert pages == ["experience/acme-2020", "experience/acme-2020-2"]


@pytest.mark.parametrize(
    ("entry", "missing"),
    [({"startDate": "2020"}, "name"), ({"name": "Acme"}, "startDate")],
)
def test_a_role_without_a_name_or_a_start_is_left_out_with_a_note(
    entry: dict[str, str], missing: str
) -> None:
    cv = read(work=[entry])
    assert cv.roles == ()
    assert notes_about(cv, f"work[0].{missing}")


def test_a_place_of_parts_is_one_text() -> None:
    location = {"address": "1 Road", "city": "London", "countryCode": "GB"}
    cv = read_resume({"basics": {**ADA, "location": location}})
    assert cv.person["location"] == "1 Road, London, GB"
    assert notes_about(cv, "basics.location")
    assert read_resume({"basics": {**ADA, "location": "Paris"}}).person["location"] == (
        "Paris"
    )


def test_a_profile_needs_a_web_link() -> None:
    profiles = [
        {"network": "GitHub", "username": "ada", "url": "https://github.com/ada"},
        {"network": "Phone", "username": "123"},
        {"network": "Evil", "url": "javascript:alert(1)"},
    ]
    cv = read_resume({"basics": {**ADA, "profiles": profiles}})
    assert cv.person["profiles"] == [profiles[0]]
    assert notes_about(cv, "basics.profiles[1]")
    assert notes_about(cv, "basics.profiles[2].url")


def test_name_wins_over_the_resumes_own() -> None:
    assert read_resume({"basics": ADA}, name="Grace").person["name"] == "Grace"


def test_characters_no_reader_sees_are_left_out_with_a_note() -> None:
    cv = read_resume({"basics": {"name": "Ada\u202e Lovelace\x07"}})
    assert cv.person["name"] == "Ada Lovelace"
    assert notes_about(cv, "basics.name") == [
        "basics.name: characters that cannot be seen (U+202E, U+0007) are left out"
    ]


def test_skills_are_each_keyword_in_its_groups_category_with_its_level() -> None:
    cv = read(
        skills=[
            {"name": "Web", "level": "Master", "keywords": ["HTML", "CSS"]},
            {"name": "Python"},
            {"name": "Markup", "keywords": ["html", "XML"]},
        ]
    )
    assert [(s.name, s.category, s.level) for s in cv.skills] == [
        ("HTML", "Web", "Master"),
        ("CSS", "Web", "Master"),
        ("Python", "Python", ""),
        ("XML", "Markup", ""),
    ]
    assert notes_about(cv, "skills[2]") == [
        "skills[2]: 'html' is already a skill, in 'Web': listed once"
    ]


def test_the_facts() -> None:
    cv = read(
        education=[
            {
                "institution": "London",
                "area": "Maths",
                "studyType": "BSc",
                "score": "1",
            },
            {"area": "No institution"},
        ],
        projects=[{"name": "Notes", "url": "https://n.example/", "description": "G."}],
        awards=[{"title": "Fellow", "awarder": "RS", "summary": "For notes."}],
    )
    (course,) = cv.facts.education
    assert (course.institution, course.area, course.study_type, course.score) == (
        "London",
        "Maths",
        "BSc",
        "1",
    )
    assert notes_about(cv, "education[1].institution")
    (project,) = cv.facts.projects
    assert (project.name, project.url, project.description) == (
        "Notes",
        "https://n.example/",
        "G.",
    )
    (award,) = cv.facts.awards
    assert (award.title, award.awarder, award.summary) == ("Fellow", "RS", "For notes.")


def test_what_is_shown_as_text_only() -> None:
    cv = read(
        volunteer=[
            {
                "organization": "Dojo",
                "position": "Teacher",
                "startDate": "2012-01",
                "summary": "Clubs.",
                "highlights": ["Award"],
            }
        ],
        languages=[{"language": "English", "fluency": "Native"}],
        interests=[{"name": "Maps", "keywords": ["Old", "New"]}],
        publications=[{"name": "Paper", "publisher": "ACM", "releaseDate": "2014"}],
        certificates=[{"name": "Cert", "issuer": "AWS", "date": "2019-03-01"}],
    )
    shown = {section.title: section.items for section in cv.prose}
    (dojo,) = shown["Volunteering"]
    # The dates are data: the starter writes them in the project's language.
    assert (dojo.lead, dojo.detail) == ("Dojo", "Teacher")
    assert (dojo.start, dojo.end) == (CVDate(2012, 1), None)
    assert (dojo.paragraphs, dojo.bullets) == (("Clubs.",), ("Award",))
    assert shown["Languages"][0].detail == "Native"
    assert shown["Interests"][0].detail == "Old, New"
    assert (shown["Publications"][0].detail, shown["Publications"][0].end) == (
        "ACM",
        CVDate(2014),
    )
    assert (shown["Certificates"][0].detail, shown["Certificates"][0].end) == (
        "AWS",
        CVDate(2019, 3, 1),
    )
    assert notes_about(cv, "volunteer")


def test_each_field_not_modelled_is_noted() -> None:
    cv = read_resume(
        {
            "basics": {**ADA, "phone": "123", "x-pronouns": "she"},
            "work": [{"name": "A", "startDate": "2020", "description": "Co."}],
            "references": [{"name": "B"}],
            "meta": {"version": "1"},
            "x-theme": "even",
        }
    )
    for path in (
        "basics.phone",
        "basics.x-pronouns",
        "work[0].description",
        "references",
        "meta",
        "x-theme",
    ):
        assert notes_about(cv, path), path


@pytest.mark.parametrize(
    ("resume", "path"),
    [
        (None, "the résumé"),
        ({"basics": []}, "basics"),
        ({"basics": ADA, "work": [{"name": 1}]}, "work[0].name"),
        (
            {"basics": ADA, "work": [{"name": "A", "startDate": "soon"}]},
            "work[0].startDate",
        ),
        (
            {
                "basics": ADA,
                "work": [{"name": "A", "startDate": "2020", "endDate": "2019"}],
            },
            "work[0].endDate",
        ),
        ({"basics": ADA, "skills": [{"keywords": [1]}]}, "skills[0].keywords[0]"),
        ({"basics": ADA, "volunteer": [{"startDate": "x"}]}, "volunteer[0].startDate"),
        ({"basics": {}}, "basics.name"),
    ],
)
def test_what_cannot_be_a_resume_names_its_path(resume: object, path: str) -> None:
    with pytest.raises(ResumeError) as raised:
        read_resume(resume)
    assert raised.value.path == path
    assert str(raised.value).startswith(f"{path}: ")


EVERY_MODELLED_FIELD = {
    "$schema": "https://example.org/schema.json",
    "basics": {
        "name": "Ada Lovelace",
        "label": "Analyst",
        "email": "ada@example.org",
        "url": "https://ada.example/",
        "summary": "Notes.",
        "location": {"address": "1 Road"},
        "profiles": [
            {"network": "GitHub", "username": "ada", "url": "https://g.example/"}
        ],
    },
    "work": [
        {
            "name": "Acme",
            "position": "Engineer",
            "url": "https://acme.example/",
            "location": "London",
            "startDate": "2020",
            "endDate": "2021",
            "summary": "Built.",
            "highlights": ["One."],
            "x-skills": ["Python"],
        }
    ],
    "education": [
        {
            "institution": "London",
            "area": "Maths",
            "studyType": "BSc",
            "score": "1",
            "x-location": "UK",
            "url": "https://l.example/",
        }
    ],
    "projects": [{"name": "Notes", "url": "https://n.example/", "description": "G."}],
    "awards": [{"title": "Fellow", "awarder": "RS", "summary": "For notes."}],
    "skills": [{"name": "Languages", "level": "Master", "keywords": ["Python"]}],
}


def test_a_resume_of_modelled_fields_alone_gives_no_note() -> None:
    assert read_resume(EVERY_MODELLED_FIELD).notes == ()


EVERY_TEXT_ONLY_FIELD = {
    "basics": {
        "name": "Ada Lovelace",
        "website": "https://ada.example/",
        "location": {
            "address": "1 Road",
            "city": "London",
            "region": "England",
            "postalCode": "N1",
            "countryCode": "GB",
        },
    },
    # JSON Resume 0.x's names for a role's organisation and its site.
    "work": [
        {
            "company": "Acme",
            "website": "https://acme.example/",
            "position": "Engineer",
            "startDate": "2020",
        }
    ],
    "education": [{"institution": "London", "startDate": "2010", "endDate": "2013"}],
    "volunteer": [
        {
            "organization": "Club",
            "position": "Coach",
            "url": "https://club.example/",
            "startDate": "2019",
            "endDate": "2020",
            "summary": "Coached.",
            "highlights": ["Won."],
        }
    ],
    "publications": [
        {
            "name": "Notes",
            "publisher": "RS",
            "releaseDate": "1843",
            "url": "https://n.example/",
            "summary": "On the engine.",
        }
    ],
    "certificates": [
        {
            "name": "Cert",
            "date": "2021",
            "issuer": "Org",
            "url": "https://c.example/",
        }
    ],
    "languages": [{"language": "English", "fluency": "Native"}],
    "interests": [{"name": "Maths", "keywords": ["Analysis", "Engines"]}],
}


def test_every_text_only_field_and_0x_name_is_read_and_none_is_noted_unmodelled() -> (
    None
):
    cv = read_resume(EVERY_TEXT_ONLY_FIELD)
    assert [note.split(":", 1)[0] for note in cv.notes] == [
        "basics.location",  # held as one text: said, not left out
        "volunteer",
        "publications",
        "certificates",
        "languages",
        "interests",
    ]
    assert all("shown as text under" in note for note in cv.notes[1:])
    (role,) = cv.roles
    assert (role.record.org, role.record.url) == ("Acme", "https://acme.example/")
    assert cv.person["location"] == "1 Road, London, England, N1, GB"
    assert cv.person["url"] == "https://ada.example/"
    (course,) = cv.facts.education
    assert (course.start, course.end) == (CVDate(2010), CVDate(2013))
    shown = {section.title: section.items for section in cv.prose}
    assert shown["Volunteering"] == (
        Item(
            lead="Club",
            url="https://club.example/",
            detail="Coach",
            paragraphs=("Coached.",),
            bullets=("Won.",),
            start=CVDate(2019),
            end=CVDate(2020),
        ),
    )
    assert shown["Publications"] == (
        Item(
            lead="Notes",
            url="https://n.example/",
            detail="RS",
            paragraphs=("On the engine.",),
            end=CVDate(1843),
        ),
    )
    assert shown["Certificates"] == (
        Item(lead="Cert", url="https://c.example/", detail="Org", end=CVDate(2021)),
    )
    assert shown["Languages"] == (Item(lead="English", detail="Native"),)
    assert shown["Interests"] == (Item(lead="Maths", detail="Analysis, Engines"),)


def with_value(path: str, value: object) -> dict[str, Any]:
    """A résumé whose field at ``path`` (``work.position``: the first entry's) holds
    ``value``.
    """
    section, field = path.split(".", 1)
    resume: dict[str, Any] = {"basics": dict(ADA)}
    if section == "basics":
        parent, _, key = field.rpartition(".")
        target = resume["basics"]
        if parent:
            target = target.setdefault(parent, {})
        target[key] = value
    else:
        resume[section] = [{field: value}]
    return resume


def json_path(path: str) -> str:
    """``work.position`` as the import names it: ``work[0].position``."""
    section, field = path.split(".", 1)
    return path if section == "basics" else f"{section}[0].{field}"


def refusal(path: str, value: object) -> str:
    """What the import says of a résumé holding ``value`` at ``path``."""
    with pytest.raises(ResumeError) as raised:
        read_resume(with_value(path, value))
    return str(raised.value)


@pytest.mark.parametrize(
    "path",
    [
        "basics.label",
        "basics.email",
        "basics.url",
        "basics.summary",
        "basics.phone",
        "basics.location.city",
        *(f"work.{field}" for field in ("name", "company", "position", "url")),
        *(f"work.{field}" for field in ("website", "startDate", "endDate", "summary")),
        *(f"education.{field}" for field in ("institution", "area", "studyType")),
        *(f"education.{field}" for field in ("score", "x-location", "url")),
        *(f"education.{field}" for field in ("startDate", "endDate")),
        *(f"projects.{field}" for field in ("name", "url", "description")),
        *(f"awards.{field}" for field in ("title", "awarder", "summary")),
        *(f"skills.{field}" for field in ("name", "level")),
        *(f"volunteer.{field}" for field in ("organization", "position", "url")),
        *(f"volunteer.{field}" for field in ("startDate", "endDate", "summary")),
        *(f"publications.{field}" for field in ("name", "publisher", "url")),
        *(f"publications.{field}" for field in ("releaseDate", "summary")),
        *(f"certificates.{field}" for field in ("name", "issuer", "url", "date")),
        *(f"languages.{field}" for field in ("language", "fluency")),
        "interests.name",
    ],
)
def test_a_text_of_the_wrong_type_names_its_path(path: str) -> None:
    assert refusal(path, 7) == f"{json_path(path)}: must be a string, not a number"


@pytest.mark.parametrize(
    "path",
    [
        "basics.profiles",
        "work.highlights",
        "work.x-skills",
        "skills.keywords",
        "volunteer.highlights",
        "interests.keywords",
    ],
)
def test_a_list_of_the_wrong_type_names_its_path(path: str) -> None:
    assert refusal(path, "one") == f"{json_path(path)}: must be an array, not a string"


def test_a_profile_of_the_wrong_type_names_its_path() -> None:
    for field in ("network", "username", "url"):
        with pytest.raises(ResumeError) as raised:
            read_resume({"basics": {**ADA, "profiles": [{field: 7}]}})
        assert raised.value.path == f"basics.profiles[0].{field}"
    with pytest.raises(ResumeError) as raised:
        read_resume({"basics": {**ADA, "profiles": [7]}})
    assert raised.value.path == "basics.profiles[0]"


EVERY_NOTE = {
    "basics": {
        "name": "Ada",
        "url": "ftp://ada.example/",
        "profiles": [{"network": "Phone"}],
        "image": "ada.png",
        "x-pronouns": "she",
    },
    "work": [
        {
            "name": "A",
            "startDate": "2020",
            "x-skills": ["C, C++"],
            "description": "Co.",
        },
        {"startDate": "2020"},
        {"name": "B"},
    ],
    "education": [{"area": "Maths", "startDate": "2001", "courses": ["C1"]}],
    "projects": [
        {"url": "https://p.example/"},
        {"name": "P", "highlights": ["h"], "keywords": ["k"], "roles": ["r"]}
        | {"entity": "e", "type": "t", "startDate": "2016", "endDate": "2017"},
    ],
    "awards": [{"awarder": "X"}, {"title": "T", "date": "2014"}],
    "skills": [
        {"name": "Web", "keywords": ["HTML"]},
        {"name": "Markup", "keywords": ["html"], "x-skills": [{"name": "html"}]},
    ],
    "languages": [{"fluency": "Native"}],
    "volunteer": [{"organization": "Dojo"}],
    "references": [{"name": "R"}],
    "meta": {"version": "1"},
    "x-theme": "even",
}
NOT_MODELLED = "sphinx_cv does not model it: left out"


def test_every_note_says_where_and_what_became_of_the_field() -> None:
    assert read_resume(EVERY_NOTE).notes == (
        "basics.url: not a web or mail link: 'ftp://ada.example/' left out",
        (
            "basics.profiles[0]: a profile needs a web link, for every output to show "
            "it: left out"
        ),
        f"basics.image: {NOT_MODELLED}",
        f"basics.x-pronouns: {NOT_MODELLED}",
        f"work[0].description: {NOT_MODELLED}",
        "work[0].x-skills: a role's skills cannot hold a comma: ['C, C++'] left out",
        "work[1].name: missing, and a role needs an organisation and a start: left out",
        (
            "work[2].startDate: missing, and a role needs an organisation and a start: "
            "left out"
        ),
        "skills[1].x-skills: derived from the roles by sphinx_cv, so computed again",
        "skills[1]: 'html' is already a skill, in 'Web': listed once",
        f"education[0].courses: {NOT_MODELLED}",
        "education[0].institution: missing, and a course needs one: left out",
        "projects[0].name: missing, and a project needs one: left out",
        *(
            f"projects[1].{key}: {NOT_MODELLED}"
            for key in ("startDate", "endDate", "highlights", "keywords", "roles")
        ),
        f"projects[1].entity: {NOT_MODELLED}",
        f"projects[1].type: {NOT_MODELLED}",
        "awards[0].title: missing, and an award needs one: left out",
        f"awards[1].date: {NOT_MODELLED}",
        (
            "volunteer: shown as text under 'Volunteering' on the site and in the PDF; "
            "sphinx_cv does not model it, so resume.json leaves it out"
        ),
        "languages[0]: it names nothing to show: left out",
        (
            "references: left out: a referee's words and contact details are theirs, "
            "not for a public site"
        ),
        "meta: written again by each build (lastModified is the date)",
        f"x-theme: {NOT_MODELLED}",
    )


# -- the files people really have ------------------------------------------------


def test_every_problem_is_reported_in_one_pass_each_with_its_path() -> None:
    roles = [
        {"name": f"Org {index}", "startDate": f"day {index}"} for index in range(20)
    ]
    with pytest.raises(ResumeError) as raised:
        read_resume({"basics": ADA, "work": roles})
    assert raised.value.lines == tuple(
        f"work[{index}].startDate: 'day {index}' is not a date: write YYYY, YYYY-MM "
        "or YYYY-MM-DD (MM/YYYY, YYYY/MM and 'March 2019' are read too)"
        for index in range(20)
    )


def test_problems_of_every_kind_come_together_in_the_documents_order() -> None:
    with pytest.raises(ResumeError) as raised:
        read_resume(
            {
                "basics": {"name": 7},
                "work": [{"name": "A", "startDate": "2020", "endDate": "2019"}],
                "skills": "Python",
            }
        )
    assert raised.value.lines == (
        "basics.name: must be a string, not a number",
        "work[0].endDate: the end 2019 is before the start 2020",
        "skills: must be an array, not a string",
    )


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("2010-1-1", "2010-01-01"),
        ("2010-1", "2010-01"),
        ("03/2019", "2019-03"),
        ("3/2019", "2019-03"),
        ("2019/03", "2019-03"),
        ("2019/3/7", "2019-03-07"),
        ("March 2019", "2019-03"),
        ("Sept. 2019", "2019-09"),
        ("2019-03-01T09:00:00Z", "2019-03-01"),
    ],
)
def test_dates_as_tools_write_them_are_read(written: str, read: str) -> None:
    cv = read_resume({"basics": ADA, "work": [{"name": "A", "startDate": written}]})
    assert cv.roles[0].record.period.start.isoformat() == read


@pytest.mark.parametrize("ongoing", ["present", "Present", "now", "current", ""])
def test_an_end_that_has_not_come_is_a_current_role(ongoing: str) -> None:
    role = {"name": "A", "startDate": "2019", "endDate": ongoing}
    cv = read_resume({"basics": ADA, "work": [role]})
    assert cv.roles[0].record.period.is_current


def test_a_location_is_read_as_an_object_wherever_it_is() -> None:
    place = {"city": "San Francisco", "countryCode": "US", "region": "California"}
    cv = read_resume(
        {
            "basics": {**ADA, "location": place},
            "work": [{"name": "A", "startDate": "2019", "location": place}],
        }
    )
    assert cv.roles[0].record.location == "San Francisco, California, US"
    assert cv.person["location"] == "San Francisco, California, US"


def test_0x_website_is_the_persons_url() -> None:
    cv = read_resume({"basics": {**ADA, "website": "https://ada.example/"}})
    assert cv.person["url"] == "https://ada.example/"


def test_the_phone_is_modelled_and_said_to_be_private() -> None:
    cv = read_resume({"basics": {**ADA, "phone": "+44 20 7946 0000"}})
    assert cv.person["phone"] == "+44 20 7946 0000"
    assert any(note.startswith("basics.phone: private") for note in cv.notes), cv.notes


def test_an_email_or_phone_no_one_could_use_is_left_out_with_a_note() -> None:
    cv = read_resume({"basics": {**ADA, "email": "ada at home", "phone": "ask"}})
    assert "email" not in cv.person
    assert "phone" not in cv.person
    assert "basics.email: 'ada at home' is not one: left out" in cv.notes


def test_a_field_left_out_is_never_refused_for_what_it_holds() -> None:
    cv = read_resume(
        {
            "basics": {**ADA, "image": 7},
            "work": [{"name": "A", "startDate": "2019", "description": ["x"]}],
            "projects": [{"name": "P", "startDate": "soon", "endDate": 7}],
            "awards": [{"title": "T", "date": "last year"}],
        }
    )
    assert "projects[0].startDate: sphinx_cv does not model it: left out" in cv.notes
    assert "awards[0].date: sphinx_cv does not model it: left out" in cv.notes
    assert "work[0].description: sphinx_cv does not model it: left out" in cv.notes


def test_educations_dates_are_modelled() -> None:
    cv = read_resume(
        {
            "basics": ADA,
            "education": [
                {"institution": "Durham", "startDate": "1989-10", "endDate": "1993"}
            ],
        }
    )
    record = cv.facts.education[0]
    assert record.start is not None
    assert record.end is not None
    assert (record.start.isoformat(), record.end.isoformat()) == ("1989-10", "1993")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Led <b>three</b> teams", "HTML"),
        ("Fish &amp; chips", "HTML"),
        ("Led **three** teams", "Markdown"),
        ("See [the docs](https://example.org)", "Markdown"),
        ("Wrote `asyncio` code", "Markdown"),
    ],
)
def test_markup_in_imported_text_is_named(text: str, kind: str) -> None:
    role = {"name": "A", "startDate": "2019", "highlights": [text]}
    cv = read_resume({"basics": ADA, "work": [role]})
    assert (
        f"work[0].highlights[0]: holds {kind}, which the CV shows as the characters "
        "written, not as markup: edit the page to say it in words"
    ) in cv.notes
    assert cv.roles[0].text.highlights == (text,)


@pytest.mark.parametrize("text", ["C++ and C#", "a * b < c", "snake_case_name"])
def test_text_that_only_looks_technical_is_not_markup(text: str) -> None:
    role = {"name": "A", "startDate": "2019", "highlights": [text]}
    cv = read_resume({"basics": ADA, "work": [role]})
    assert not [note for note in cv.notes if "markup" in note]


def test_a_nameless_skill_group_is_named_and_noted() -> None:
    cv = read_resume({"basics": ADA, "skills": [{"keywords": ["Python"]}]})
    assert cv.skills[0].category == "Other"
    assert (
        "skills[0].name: missing: the group is named 'Other' (rename it on the "
        "skills page)"
    ) in cv.notes


# --- what the last mutation run showed unchecked -------------------------------------


@pytest.mark.parametrize(
    "section",
    [
        "volunteer",
        "publications",
        "certificates",
        "languages",
        "interests",
        "education",
        "projects",
        "awards",
    ],
)
def test_an_unknown_field_of_a_section_is_named_by_its_whole_path(
    section: str,
) -> None:
    entry = {"name": "A", "language": "A", "institution": "A", "title": "A"}
    cv = read(**{section: [{**entry, "x-team": "Red"}]})
    assert notes_about(cv, f"{section}[0].x-team") == [
        f"{section}[0].x-team: sphinx_cv does not model it: left out"
    ]


def test_an_unknown_field_of_a_profile_is_named_by_its_whole_path() -> None:
    profile = {"network": "GitHub", "url": "https://g.example/", "x-stars": "5"}
    cv = read_resume({"basics": {**ADA, "profiles": [profile]}})
    assert notes_about(cv, "basics.profiles[0].x-stars") == [
        "basics.profiles[0].x-stars: sphinx_cv does not model it: left out"
    ]


def test_imported_education_and_awards_go_on_the_front_page_whole() -> None:
    cv = read(
        education=[
            {
                "institution": "London",
                "startDate": "2010",
                "endDate": "present",
            }
        ],
        awards=[{"title": "Fellow", "summary": "For notes.\n\nAnd engines."}],
    )
    assert cv.facts.education == (
        EducationRecord(
            source=Source("index", 0, ""), institution="London", start=CVDate(2010)
        ),
    )
    assert cv.facts.awards == (
        AwardRecord(
            source=Source("index", 0, ""),
            title="Fellow",
            summary="For notes. And engines.",
        ),
    )
    assert cv.notes == ()


def test_a_course_that_ends_before_it_starts_is_refused() -> None:
    with pytest.raises(ResumeError) as raised:
        read(education=[{"institution": "L", "startDate": "2015", "endDate": "2010"}])
    assert raised.value.path == "education[0].endDate"


def test_a_volunteer_role_that_has_not_ended_has_no_end_and_no_problem() -> None:
    for ongoing in ("present", "Now", "current"):
        (dojo,) = (
            read(
                volunteer=[
                    {"organization": "Dojo", "startDate": "2012", "endDate": ongoing}
                ]
            )
            .prose[0]
            .items
        )
        assert (dojo.start, dojo.end) == (CVDate(2012), None)


def test_a_volunteer_position_without_an_organisation_leads_alone() -> None:
    (coach,) = read(volunteer=[{"position": "Coach"}]).prose[0].items
    assert (coach.lead, coach.detail) == ("Coach", "")


def test_an_imported_project_goes_on_the_front_page_its_paragraphs_joined() -> None:
    (project,) = read(
        projects=[{"name": "Notes", "description": "On engines.\n\nAnd looms."}]
    ).facts.projects
    assert project == ProjectRecord(
        source=Source("index", 0, ""),
        name="Notes",
        description="On engines. And looms.",
    )


def test_a_projects_fields_are_noted_in_a_fixed_order() -> None:
    """The known fields it leaves out, in the schema's order, then the unknown ones."""
    cv = read(projects=[{"name": "N", "x-stars": "5", "type": "app", "entity": "me"}])
    assert [note.split(":")[0] for note in cv.notes] == [
        "projects[0].entity",
        "projects[0].type",
        "projects[0].x-stars",
    ]


def test_a_value_of_the_wrong_type_is_named_as_json_names_it() -> None:
    with pytest.raises(ResumeError) as raised:
        read_resume({"basics": {"name": True}})
    assert raised.value.lines == ("basics.name: must be a string, not a boolean",)


def test_every_problem_is_a_line_of_the_error() -> None:
    with pytest.raises(ResumeError) as raised:
        read_resume({"basics": {"name": 1, "label": 2}})
    assert str(raised.value) == "\n".join(raised.value.lines)
    assert len(raised.value.lines) == 2


def test_a_roles_location_is_named_by_its_path() -> None:
    with pytest.raises(ResumeError) as raised:
        read(work=[{"name": "A", "startDate": "2020", "location": 5}])
    assert raised.value.path == "work[0].location"
    cv = read(work=[{"name": "A", "startDate": "2020", "location": {"city": "Leeds"}}])
    assert notes_about(cv, "work[0].location")


def test_an_empty_field_left_out_is_not_noted() -> None:
    cv = read(
        education=[{"institution": "L", "courses": ""}],
        projects=[{"name": "N", "startDate": "", "keywords": []}],
        awards=[{"title": "T", "date": None}],
    )
    assert cv.notes == ()


def test_an_imported_role_is_a_page_of_its_own_named_from_its_organisation() -> None:
    acme, symbols, again = (
        role.record
        for role in read(
            work=[
                {"name": "Acme", "startDate": "2020-01"},
                {"name": "!!!", "startDate": "2020-01"},
                {"name": "ACME", "startDate": "2020-01"},
            ]
        ).roles
    )
    assert acme.source == Source("experience/acme-2020-01", 0, "")
    assert symbols.source.docname == "experience/role-2020-01"  # no letter to name it
    assert again.source.docname == "experience/acme-2020-01-2"  # one folder, any case


def test_each_list_item_of_the_wrong_type_is_named() -> None:
    with pytest.raises(ResumeError) as raised:
        read(work=[{"name": "A", "startDate": "2020", "highlights": [5, "ok", 6]}])
    assert raised.value.lines == (
        "work[0].highlights[0]: must be a string, not a number",
        "work[0].highlights[2]: must be a string, not a number",
    )


def test_a_start_cannot_be_present() -> None:
    with pytest.raises(ResumeError) as raised:
        read(work=[{"name": "A", "startDate": "present"}])
    assert raised.value.path == "work[0].startDate"


def test_the_persons_fields_are_each_noted_word_for_word() -> None:
    cv = read_resume(
        {
            "basics": {
                **ADA,
                "phone": "+44 1234 567890",
                "website": "javascript:alert(1)",
                "location": "Lon\u202edon",
            }
        }
    )
    assert cv.notes == (
        "basics.website: not a web or mail link: 'javascript:alert(1)' left out",
        "basics.location: characters that cannot be seen (U+202E) are left out",
        (
            "basics.phone: private (cv_person's 'private' in conf.py): the PDF, Word "
            "and the text show it, the site never does"
        ),
    )
    assert cv.person["location"] == "London"


def test_a_place_of_the_wrong_type_and_a_nameless_cv_say_what_they_need() -> None:
    with pytest.raises(ResumeError) as raised:
        read_resume({"basics": {"location": 5}})
    assert raised.value.lines == (
        "basics.name: a CV needs one: add it, or use --name",
        "basics.location: must be a string or an object, not a number",
    )


def test_a_place_skills_and_a_summary_are_noted_by_their_paths() -> None:
    cv = read_resume(
        {
            "basics": {
                **ADA,
                "location": {"address": "1 Road", "city": "Leeds", "x-geo": "1,2"},
            },
            "skills": [
                {"level": "Expert"},  # names nothing: no skill
                {"name": "Tools", "keywords": ["Make"], "x-rank": 1},
            ],
            "work": [
                {
                    "name": "A",
                    "startDate": "2020",
                    "summary": "One.\r\n\r\nTwo\u202e.",
                    "x-empty": "",  # empty: nothing to leave out
                }
            ],
            "volunteer": [{"organization": "Club", "summary": "One.\r\n\r\nTwo."}],
        }
    )
    assert cv.notes[:4] == (
        "basics.location: held as one text, '1 Road, Leeds', given back as its address",
        "basics.location.x-geo: sphinx_cv does not model it: left out",
        "work[0].summary: characters that cannot be seen (U+202E) are left out",
        "skills[1].x-rank: sphinx_cv does not model it: left out",
    )
    assert cv.skills == (
        SkillRecord(
            source=Source("skills/index", 0, ""), name="Make", category="Tools"
        ),
    )
    assert cv.prose[0].items[0].paragraphs == ("One.", "Two.")  # Windows' line ends


def test_a_skill_group_of_the_wrong_type_is_named_by_its_path() -> None:
    with pytest.raises(ResumeError) as raised:
        read(skills=[5])
    assert raised.value.lines == ("skills[0]: must be an object, not a number",)


@pytest.mark.parametrize(
    ("section", "value", "line"),
    [
        ("references", "Ask me", "references: must be an array, not a string"),
        ("meta", ["1.0"], "meta: must be an object, not an array"),
    ],
)
def test_references_and_meta_of_the_wrong_type_are_named(
    section: str, value: object, line: str
) -> None:
    with pytest.raises(ResumeError) as raised:
        read(**{section: value})
    assert raised.value.lines == (line,)
