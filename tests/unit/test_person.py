"""``cv_person`` checked: what every output may rely on, and a message for the rest."""

from __future__ import annotations

import pytest
from sphinx_cv.core.person import (
    Contact,
    Person,
    Profile,
    checked_person,
    checked_profiles,
    tel_uri,
)

GITHUB = {
    "network": "GitHub",
    "username": "tartley",
    "url": "https://github.com/tartley",
}


TARTLEY = Profile(
    url="https://github.com/tartley", network="GitHub", username="tartley"
)


def test_a_good_person_is_kept_whole() -> None:
    person = {
        "name": "Jonathan Hartley",
        "headline": "Software developer",
        "url": "https://example.org/",
        "email": "ada@example.org",
        "phone": "+44 20 7946 0000",
        "location": "London",
        "profiles": [GITHUB],
    }
    assert checked_person(person) == (
        Person(
            name="Jonathan Hartley",
            headline="Software developer",
            url="https://example.org/",
            email="ada@example.org",
            phone="+44 20 7946 0000",
            location="London",
            profiles=(TARTLEY,),
        ),
        [],
    )


def test_no_person_at_all_is_no_problem() -> None:
    assert checked_person({}) == (None, [])


def test_a_person_that_is_not_a_dict_is_left_out() -> None:
    kept, problems = checked_person("Ada")
    assert kept is None
    assert problems == [
        (
            "must be a dict of email, headline, location, name, phone, private, "
            "profiles, url, not 'Ada'"
        )
    ]


def test_the_phone_is_private_unless_the_author_says() -> None:
    ada = {"name": "Ada", "email": "ada@example.org", "phone": "+44 20 7946 0000"}
    person, _ = checked_person(ada)
    assert person is not None
    assert person.private_values() == ["+44 20 7946 0000"]
    assert person.published() == Person(
        name="Ada", email="ada@example.org", private=frozenset()
    )
    public, _ = checked_person({**ada, "private": []})
    assert public is not None
    assert public.published().phone == "+44 20 7946 0000"
    both, _ = checked_person({**ada, "private": ["email", "phone"]})
    assert both is not None
    assert both.published() == Person(name="Ada", private=frozenset())


def test_a_private_list_that_is_not_one_keeps_every_contact_private() -> None:
    person, problems = checked_person(
        {"name": "Ada", "email": "ada@example.org", "private": "phone"}
    )
    assert person is not None
    assert person.published().email == ""
    assert problems == [
        (
            "'private' must be a list of email, phone, location, url, not 'phone': "
            "every one of them is kept private"
        )
    ]


def test_the_fields_a_private_list_names_are_private_and_no_others() -> None:
    person, problems = checked_person({"name": "Ada", "private": ["url", "email"]})
    assert person is not None
    assert person.private == {"url", "email"}
    assert problems == []


@pytest.mark.parametrize(
    "private", [["phone", 3], ["phone", "fax"]], ids=["not text", "no such field"]
)
def test_a_private_list_naming_anything_but_contact_fields_keeps_all_private(
    private: list[object],
) -> None:
    person, problems = checked_person({"name": "Ada", "private": private})
    assert person is not None
    assert person.private == {"email", "phone", "location", "url"}
    assert len(problems) == 1


def test_every_contact_field_can_be_kept_off_the_site() -> None:
    person = Person(
        name="Ada",
        headline="Engineer",
        email="ada@example.org",
        phone="+44 20 7946 0000",
        location="London",
        url="https://ada.example/",
        profiles=(TARTLEY,),
        private=frozenset({"email", "phone", "location", "url"}),
    )
    assert person.published() == Person(
        name="Ada", headline="Engineer", profiles=(TARTLEY,), private=frozenset()
    )


def test_contacts_come_in_a_headers_order_each_with_its_link() -> None:
    person = Person(
        name="Ada",
        url="https://ada.example.org/",
        location="London, UK",
        phone="+44 (20) 7946-0000",
        email="ada@example.org",
    )
    assert person.contacts() == [
        Contact("email", "ada@example.org", "mailto:ada@example.org"),
        Contact("phone", "+44 (20) 7946-0000", "tel:+442079460000"),
        Contact("location", "London, UK", ""),
        Contact("url", "ada.example.org", "https://ada.example.org/"),
    ]


def test_an_email_or_phone_that_is_not_one_is_left_out() -> None:
    person, problems = checked_person(
        {"name": "Ada", "email": "ada at example", "phone": "call me"}
    )
    assert person == Person(name="Ada")
    assert problems == [
        "'email' must be an address, as ada@example.org: 'ada at example'",
        "'phone' must be a number, as +44 20 7946 0000: 'call me'",
    ]


def test_each_unusable_entry_is_left_out_with_its_own_message() -> None:
    kept, problems = checked_person(
        {
            "name": "  ",
            "headline": 3,
            "url": "javascript:alert(1)",
            "nickname": "Ada",
        }
    )
    assert kept is None
    assert problems == [
        "unknown key 'nickname'",
        "'name' must be a non-empty string",
        "'headline' must be a string",
        "'url' must be an http, https or mailto link: 'javascript:alert(1)'",
    ]


def test_a_profile_without_a_link_is_left_out() -> None:
    kept, problems = checked_person(
        {"name": "Ada", "profiles": [{"network": "GitHub"}, GITHUB]}
    )
    assert kept == Person(name="Ada", profiles=(TARTLEY,))
    assert problems == ["a profile's 'url' must be an http, https or mailto link: ''"]


def test_profiles_of_the_wrong_shape_are_left_out() -> None:
    shape = "'profiles' must be a list of {network, username, url} of strings"
    kept, problems = checked_person(
        {"name": "Ada", "profiles": [{"url": 4}, {"site": "x"}, "GitHub"]}
    )
    assert kept == Person(name="Ada")
    assert problems == [
        f"{shape}: {{'url': 4}}",
        f"{shape}: {{'site': 'x'}}",
        f"{shape}: 'GitHub'",
    ]
    assert checked_person({"name": "Ada", "profiles": "GitHub"}) == (
        Person(name="Ada"),
        [shape],
    )


def test_problems_with_the_profiles_come_after_the_others() -> None:
    kept, problems = checked_person(
        {"name": "Ada", "url": "ftp://ada.example/", "profiles": [{"network": "X"}]}
    )
    assert kept == Person(name="Ada")
    assert problems == [
        "'url' must be an http, https or mailto link: 'ftp://ada.example/'",
        "a profile's 'url' must be an http, https or mailto link: ''",
    ]


def test_a_profile_without_a_network_or_username_has_them_empty_not_missing() -> None:
    profiles, problems = checked_profiles([{"url": "https://example.org/zoe"}])
    assert profiles == (
        Profile(url="https://example.org/zoe", network="", username=""),
    )
    assert problems == []


@pytest.mark.parametrize(
    ("phone", "uri"),
    [
        ("+44 (20) 7946-0000", "tel:+442079460000"),
        ("+1 555 0100 x12", "tel:+15550100"),
        ("+1 555 0100 ext. 12", "tel:+15550100"),
        ("+1 555 0100 Ext. 12", "tel:+15550100"),
        ("+1 555 0100 X12 x3", "tel:+15550100"),
    ],
)
def test_a_phones_link_holds_its_number_without_the_extension(
    phone: str, uri: str
) -> None:
    assert tel_uri(phone) == uri
