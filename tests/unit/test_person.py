"""``cv_person`` checked: what every output may rely on, and a message for the rest."""

from __future__ import annotations

from sphinx_cv.core.person import checked_person

GITHUB = {
    "network": "GitHub",
    "username": "tartley",
    "url": "https://github.com/tartley",
}


def test_a_good_person_is_kept_whole() -> None:
    person = {
        "name": "Jonathan Hartley",
        "headline": "Software developer",
        "url": "https://example.org/",
        "email": "ada@example.org",
        "location": "London",
        "profiles": [GITHUB],
    }
    assert checked_person(person) == (person, [])


def test_no_person_at_all_is_no_problem() -> None:
    assert checked_person({}) == ({}, [])


def test_a_person_that_is_not_a_dict_is_left_out() -> None:
    kept, problems = checked_person("Ada")
    assert kept == {}
    assert problems == [
        "must be a dict of email, headline, location, name, profiles, url, not 'Ada'"
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
    assert kept == {}
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
    assert kept == {"name": "Ada", "profiles": [GITHUB]}
    assert problems == ["a profile's 'url' must be an http, https or mailto link: ''"]


def test_profiles_of_the_wrong_shape_are_left_out() -> None:
    shape = "'profiles' must be a list of {network, username, url} of strings"
    kept, problems = checked_person(
        {"name": "Ada", "profiles": [{"url": 4}, {"site": "x"}, "GitHub"]}
    )
    assert kept == {"name": "Ada", "profiles": []}
    assert problems == [
        f"{shape}: {{'url': 4}}",
        f"{shape}: {{'site': 'x'}}",
        f"{shape}: 'GitHub'",
    ]
    assert checked_person({"name": "Ada", "profiles": "GitHub"}) == (
        {"name": "Ada", "profiles": []},
        [shape],
    )


def test_problems_with_the_profiles_come_after_the_others() -> None:
    kept, problems = checked_person(
        {"name": "Ada", "url": "ftp://ada.example/", "profiles": [{"network": "X"}]}
    )
    assert kept == {"name": "Ada", "profiles": []}
    assert problems == [
        "'url' must be an http, https or mailto link: 'ftp://ada.example/'",
        "a profile's 'url' must be an http, https or mailto link: ''",
    ]
