"""JSON-LD: the Person as schema.org reads it, and its one escaping rule: no string
can end the script element it sits in."""

from __future__ import annotations

import datetime
import json

from hypothesis import given
from hypothesis import strategies as st
from sphinx_cv.core.aggregate import SkillUsage
from sphinx_cv.core.dates import Period, parse_date
from sphinx_cv.core.jsonld import (
    identified,
    person,
    profile_page,
    reference,
    script_text,
)
from sphinx_cv.core.person import Person, Profile
from sphinx_cv.core.records import (
    AwardRecord,
    EducationRecord,
    Facts,
    RoleRecord,
    Source,
)


@given(st.text())
def test_any_text_reads_back_exactly_and_cannot_end_the_script(text: str) -> None:
    written = script_text({"name": text})
    assert "<" not in written
    assert ">" not in written
    assert "&" not in written
    assert json.loads(written) == {"name": text}


def test_the_known_escapes_of_a_script_block() -> None:
    written = script_text({"name": "</script><!-- ]]> & é"})
    assert written == (
        '{"name": "\\u003c/script\\u003e\\u003c!-- ]]\\u003e \\u0026 é"}'
    )


# --- The Person, whole -------------------------------------------------------


def source(anchor: str) -> Source:
    return Source("cv", 1, anchor)


def test_the_person_is_every_record_as_schema_org_reads_it() -> None:
    acme = RoleRecord(
        source("acme"),
        "Acme",
        Period(parse_date("2019-05"), parse_date("2023-07")),
        title="Engineer",
        location="London",
        url="https://acme.example/",
    )
    lab = RoleRecord(source("lab"), "Lab", Period(parse_date("2023-09"), None))
    facts = Facts(
        education=(
            EducationRecord(source("uni"), "A University", url="https://uni.example/"),
        ),
        awards=(AwardRecord(source("fellow"), "PSF Fellow"),),
    )
    details = Person(
        name="Ada",
        headline="Engineer",
        url="https://ada.example/",
        email="ada@example.org",
        location="London, UK",
        profiles=(Profile(network="GitHub", url="https://github.com/ada"),),
    )
    about = person(details, roles=[acme, lab], usages=[], facts=facts, site_url="x")
    assert about == {
        "@type": "Person",
        "name": "Ada",
        "description": "Engineer",
        "url": "https://ada.example/",
        "email": "ada@example.org",
        "address": "London, UK",
        "sameAs": ["https://github.com/ada"],
        "hasOccupation": [
            {
                "@type": "Role",
                "startDate": "2023-09",
                "worksFor": {"@type": "Organization", "name": "Lab"},
            },
            {
                "@type": "Role",
                "roleName": "Engineer",
                "startDate": "2019-05",
                "endDate": "2023-07",
                "worksFor": {
                    "@type": "Organization",
                    "name": "Acme",
                    "url": "https://acme.example/",
                    "location": "London",
                },
            },
        ],
        "alumniOf": [
            {
                "@type": "CollegeOrUniversity",
                "name": "A University",
                "url": "https://uni.example/",
            }
        ],
        "award": ["PSF Fellow"],
    }


def test_without_a_url_of_their_own_the_person_is_the_site() -> None:
    about = person(
        Person(name="Ada"),
        roles=[],
        usages=[],
        facts=Facts(),
        site_url="https://cv.example/",
    )
    assert about == {"@type": "Person", "name": "Ada", "url": "https://cv.example/"}


def test_a_person_without_a_headline_has_no_description() -> None:
    about = person(Person(name="Ada"), roles=[], usages=[], facts=Facts(), site_url="")
    assert about == {"@type": "Person", "name": "Ada"}


def test_a_phone_the_site_may_show_is_the_persons_telephone() -> None:
    public = Person(name="Ada", phone="+44 20 7946 0000", private=frozenset())
    about = person(public, roles=[], usages=[], facts=Facts(), site_url="")
    assert about["telephone"] == "+44 20 7946 0000"
    private = Person(name="Ada", phone="+44 20 7946 0000").published()
    about = person(private, roles=[], usages=[], facts=Facts(), site_url="")
    assert "telephone" not in about


def test_a_profile_page_is_dated_by_the_builds_today() -> None:
    page = profile_page(
        about={"@type": "Person"},
        page_url="https://cv.example/a.html",
        today=datetime.date(2026, 11, 25),
    )
    assert page == {
        "@context": "https://schema.org",
        "@type": "ProfilePage",
        "url": "https://cv.example/a.html",
        "dateModified": "2026-11-25",
        "mainEntity": {"@type": "Person"},
    }


def test_the_person_knows_about_each_skill_in_the_order_given() -> None:
    usages = [
        SkillUsage("Python", "Languages", None, (), 0, None, in_current_use=False),
        SkillUsage("Go", "Languages", None, (), 0, None, in_current_use=False),
    ]
    about = person(
        Person(name="Ada"), roles=[], usages=usages, facts=Facts(), site_url=""
    )
    assert about["knowsAbout"] == ["Python", "Go"]


def test_the_whole_person_is_on_one_page_and_named_by_id_on_the_others() -> None:
    about = {"@type": "Person", "name": "Ada"}
    whole = identified(about, "https://cv.example/#person")
    assert whole == {
        "@id": "https://cv.example/#person",
        "@type": "Person",
        "name": "Ada",
    }
    assert reference("https://cv.example/#person") == {
        "@id": "https://cv.example/#person"
    }
