"""Which skills a job description names, found as whole words and phrases.

No guessing: a name is found only where the text writes it, or one of its
other spellings, whole. "Go" is not in "good", "C" not in "CI/CD", "Java" not in
"JavaScript", and "C++" and "C#" are names of their own. Case is folded, except
in names of one or two characters ("Go", "C", "R"), which are also words or
letters of other things ("go", "c."). A phrase matches across a space or a
hyphen ("test driven development"), and a name across a simple plural ("web
API" finds "Web APIs", "containers" finds "Container").
"""

from __future__ import annotations

import dataclasses
import functools
import re
from importlib import resources
from typing import TYPE_CHECKING

from sphinx_cv.core.names import name_key

if TYPE_CHECKING:
    from collections.abc import Iterable

# Longer names than this fold their case.
SHORTEST_FOLDED = 3
# Neither before a name (a word, or "ASP" of "ASP.NET") nor after it ("C" of
# "C++", "R" of "R&D", "Java" of "JavaScript").
BEFORE = r"(?<![\w+#.&])"
AFTER = r"(?![\w+#&])"
BETWEEN_WORDS = r"[\s\-]+"
VOCABULARY = "technologies.txt"


@dataclasses.dataclass(frozen=True)
class Term:
    """A name to look for, and the other ways it is written."""

    name: str
    aliases: tuple[str, ...] = ()
    # Every spelling matched with its case: the name is also an English word.
    keeps_case: bool = False

    @property
    def key(self) -> str:
        return name_key(self.name)

    @property
    def spellings(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclasses.dataclass(frozen=True)
class Mention:
    """A term a text names, and each way it was written there, in order."""

    term: Term
    written: tuple[str, ...]
    first_at: int
    # Where each mention is in the text: (start, end).
    spans: tuple[tuple[int, int], ...] = ()


def spelling_pattern(spelling: str) -> str:
    """A spelling as a regular expression.

    Its words apart by spaces or hyphens, and, for a name of more than two
    characters, a plural ending on or off.
    """
    words = [word for word in re.split(BETWEEN_WORDS, spelling.strip()) if word]
    last = words[-1]
    if len(spelling) >= SHORTEST_FOLDED and last[-1:].isalpha():
        if last.endswith("s"):
            words[-1] = re.escape(last[:-1]) + "(?:es|s)?"
        else:
            words[-1] = re.escape(last) + "(?:es|s)?"
        words[:-1] = [re.escape(word) for word in words[:-1]]
        return BETWEEN_WORDS.join(words)
    return BETWEEN_WORDS.join(re.escape(word) for word in words)


@functools.cache
def term_pattern(term: Term) -> re.Pattern[str]:
    """Every spelling of the term: folded spellings, then those kept in case."""
    folded = [
        spelling
        for spelling in term.spellings
        if len(spelling.strip()) >= SHORTEST_FOLDED and not term.keeps_case
    ]
    kept = [spelling for spelling in term.spellings if spelling not in folded]
    # Longest first: "Postgres" is not taken for the start of "PostgreSQL".
    alternatives = [
        f"(?i:{spelling_pattern(spelling)})"
        for spelling in sorted(folded, key=len, reverse=True)
    ] + [spelling_pattern(spelling) for spelling in sorted(kept, key=len, reverse=True)]
    return re.compile(f"{BEFORE}(?:{'|'.join(alternatives)}){AFTER}")


def mentions(text: str, terms: Iterable[Term]) -> list[Mention]:
    """Each term the text names, in the order it first names them."""
    found = []
    for term in terms:
        matches = list(term_pattern(term).finditer(text))
        if matches:
            found.append(
                Mention(
                    term=term,
                    written=tuple(dict.fromkeys(match.group() for match in matches)),
                    first_at=matches[0].start(),
                    spans=tuple(match.span() for match in matches),
                )
            )
    return sorted(found, key=lambda mention: (mention.first_at, mention.term.key))


def parse_vocabulary(text: str) -> list[Term]:
    """One term a line, "Name | alias, alias"; "=Name" keeps its case.

    A line that starts with "#" is a comment: only a whole line, since "#" is
    also in names ("C#", "F#").
    """
    terms = []
    for line in text.splitlines():
        content = "" if line.lstrip().startswith("#") else line.strip()
        if not content:
            continue
        name, _, aliases = content.partition("|")
        name = name.strip()
        terms.append(
            Term(
                name.removeprefix("="),
                tuple(alias.strip() for alias in aliases.split(",") if alias.strip()),
                keeps_case=name.startswith("="),
            )
        )
    return terms


@functools.cache
def vocabulary() -> tuple[Term, ...]:
    """The technologies this package knows beside a CV's own skills."""
    data = resources.files("sphinx_cv.core") / "data" / VOCABULARY
    return tuple(parse_vocabulary(data.read_text(encoding="utf-8")))
