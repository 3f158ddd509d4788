"""Which skills a job description names: whole words and phrases, nothing guessed."""

from __future__ import annotations

import re

import pytest
from sphinx_cv.core.matching import (
    Term,
    mentions,
    parse_vocabulary,
    spelling_pattern,
    vocabulary,
)

GO = Term("Go", ("Golang",))
C = Term("C")
CPP = Term("C++")
CSHARP = Term("C#")
JAVA = Term("Java")
R = Term("R")
DOTNET = Term(".Net")
WEB_APIS = Term("Web APIs")
TDD = Term("Test-Driven Development", ("TDD",))
POSTGRES = Term("PostgreSQL", ("Postgres",))
SQL = Term("SQL")
TERMS = (GO, C, CPP, CSHARP, JAVA, R, DOTNET, WEB_APIS, TDD, POSTGRES, SQL)


def named(text: str, terms: tuple[Term, ...] = TERMS) -> list[str]:
    return [mention.term.name for mention in mentions(text, terms)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Good engineers go far; we are going places.", []),
        ("Experience with Go and gRPC.", ["Go"]),
        ("We write Golang services.", ["Go"]),
        ("Our CI/CD runs on every commit.", []),
        ("C, C++ and C# are all welcome.", ["C", "C++", "C#"]),
        ("Systems work in C/C++.", ["C", "C++"]),
        ("Modern C++ only.", ["C++"]),
        ("Services in C# and F#.", ["C#"]),
        ("Front end in JavaScript; no Java here.", ["Java"]),
        ("JavaScript and TypeScript only.", []),
        ("R&D budget; statistics in R.", ["R"]),
        ("Our R&D team.", []),
        ("Reliability, resilience, Redis.", []),
        ("ASP.NET is not .NET Framework? It is .Net.", [".Net"]),
        ("Design web APIs and a web API gateway.", ["Web APIs"]),
        ("test driven development (TDD) is how we work", ["Test-Driven Development"]),
        ("Postgres and PostgreSQL, and some SQL.", ["PostgreSQL", "SQL"]),
        ("Python-based, SQL-heavy.", ["SQL"]),
    ],
)
def test_whole_words_and_phrases_only(text: str, expected: list[str]) -> None:
    assert sorted(named(text)) == sorted(expected)


def test_each_mention_says_how_the_text_wrote_it() -> None:
    found = {
        mention.term.name: mention.written
        for mention in mentions("Postgres, POSTGRESQL and postgres.", TERMS)
    }
    assert found == {"PostgreSQL": ("Postgres", "POSTGRESQL", "postgres")}


def test_mentions_come_in_the_order_the_text_names_them() -> None:
    assert named("SQL first, then Go, then C#.") == ["SQL", "Go", "C#"]


def test_short_names_keep_their_case_longer_ones_fold_it() -> None:
    assert named("go to market with c and r") == []
    assert named("java, JAVA and Java") == ["Java"]


def test_plurals_are_found_both_ways() -> None:
    containers = Term("Container")
    assert named("We ship containers.", (containers,)) == ["Container"]
    assert named("One web API.", (WEB_APIS,)) == ["Web APIs"]


def test_the_same_text_gives_the_same_mentions() -> None:
    text = "Go, Java, C++ and Postgres; TDD."
    assert mentions(text, TERMS) == mentions(text, TERMS)


def test_the_shipped_vocabulary_reads_and_has_no_name_twice() -> None:
    terms = vocabulary()
    names = [term.name.casefold() for term in terms]
    assert len(terms) >= 100
    assert len(names) == len(set(names))
    assert Term("Kubernetes", ("K8s",)) in terms
    assert {"Java", "JavaScript", "Go", "Rust"} <= {term.name for term in terms}


def test_a_name_that_is_also_a_word_keeps_its_case() -> None:
    terms = tuple(term for term in vocabulary() if term.name in {"Swift", "Helm"})
    assert len(terms) == 2
    assert named("A swift delivery, at the helm.", terms) == []
    assert named("iOS apps in Swift; charts with Helm.", terms) == ["Swift", "Helm"]


# --- the functions behind the cached patterns, called afresh ------------------------
# term_pattern and vocabulary are cached for a process: these call what they are
# made of directly, so that each rule is checked whatever was cached before.


@pytest.mark.parametrize(
    ("spelling", "pattern"),
    [
        ("Go", "Go"),
        ("C++", r"C\+\+"),
        ("Python", "Python(?:es|s)?"),
        ("API", "API(?:es|s)?"),  # three characters: folded, and plural
        ("Web 2a", r"Web[\s\-]+2a(?:es|s)?"),  # ends in a letter
        ("Web APIs", r"Web[\s\-]+API(?:es|s)?"),
        (
            " Test-Driven  Development ",
            r"Test[\s\-]+Driven[\s\-]+Development(?:es|s)?",
        ),
        ("Node.js", r"Node\.j(?:es|s)?"),  # a name ending in "s": with or without
        ("SQL 2", r"SQL[\s\-]+2"),
    ],
)
def test_a_spelling_becomes_its_pattern(spelling: str, pattern: str) -> None:
    assert spelling_pattern(spelling) == pattern


@pytest.mark.parametrize(
    ("spelling", "text"),
    [
        ("Web API", "Web APIs"),
        ("Web API", "Web-API"),
        ("Web API", "Web \t API"),
        ("Containers", "Container"),
        ("Node.js", "Node.js"),
    ],
)
def test_a_spelling_matches_its_plurals_and_spacings(spelling: str, text: str) -> None:
    assert re.fullmatch(spelling_pattern(spelling), text)


@pytest.mark.parametrize(
    ("spelling", "text"),
    [
        ("Web API", "web-API"),  # the case is term_pattern's to fold
        ("Web API", "WebAPI"),
        ("Go", "Gos"),
        ("C++", "C"),
        ("Node.js", "Nodexjs"),
    ],
)
def test_a_spelling_matches_nothing_else(spelling: str, text: str) -> None:
    assert not re.fullmatch(spelling_pattern(spelling), text)


def test_a_vocabulary_reads_names_aliases_cases_and_comments() -> None:
    text = """\
# a comment line
   # an indented one

Go | Golang
=Swift
C#
 Node.js | NodeJS, , Node  |
=Rust | rust-lang
"""
    assert parse_vocabulary(text) == [
        Term("Go", ("Golang",)),
        Term("Swift", keeps_case=True),
        Term("C#"),
        Term("Node.js", ("NodeJS", "Node  |")),
        Term("Rust", ("rust-lang",), keeps_case=True),
    ]
