"""How dates, durations and years read, in words a message catalog can translate."""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING, Protocol
from urllib.parse import urlsplit

if TYPE_CHECKING:
    from .dates import CVDate, Month


class Labels(Protocol):
    """The words the CV's own labels use; the Sphinx layer supplies translated ones."""

    @property
    def present(self) -> str: ...

    @property
    def under_a_year(self) -> str: ...

    def month_abbreviation(self, month: int) -> str: ...

    def years(self, count: int) -> str: ...

    def months(self, count: int) -> str: ...


MONTHS_PER_YEAR = 12

_ENGLISH_MONTHS = [
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
]


class EnglishLabels:
    """The English labels, which are also the message catalog's source strings."""

    present = "present"
    under_a_year = "< 1"

    def month_abbreviation(self, month: int) -> str:
        return _ENGLISH_MONTHS[month - 1]

    def years(self, count: int) -> str:
        return f"{count} yr" if count == 1 else f"{count} yrs"

    def months(self, count: int) -> str:
        return f"{count} mo" if count == 1 else f"{count} mos"


def format_month(month: Month, labels: Labels) -> str:
    return f"{labels.month_abbreviation(month.month)} {month.year}"


def format_date(date: CVDate, labels: Labels) -> str:
    """A CV shows months: a day is shown as its month, a year alone as the year."""
    if date.month is None:
        return str(date.year)
    return f"{labels.month_abbreviation(date.month)} {date.year}"


def format_duration(months: int, labels: Labels) -> str:
    """``39`` reads "3 yrs 3 mos"; ``12`` reads "1 yr"; ``0`` reads "0 mos"."""
    years, remainder = divmod(max(months, 0), MONTHS_PER_YEAR)
    parts = []
    if years:
        parts.append(labels.years(years))
    if remainder or not years:
        parts.append(labels.months(remainder))
    return " ".join(parts)


def format_years(months: int, labels: Labels) -> str:
    """Whole years, rounded down; under a year reads "< 1"."""
    years = months // MONTHS_PER_YEAR
    return str(years) if years else labels.under_a_year


_SPELLED_SYMBOLS = {
    "#": "sharp",
    "+": "plus",
    "&": "and",
    "@": "at",
    ".": "dot",
    "/": "slash",
    "%": "percent",
    "*": "star",
}


def slug(text: str) -> str:
    """An ASCII anchor that keeps apart names docutils would merge: C, C# and C++."""
    pieces = []
    for char in unicodedata.normalize("NFKD", text.strip()).casefold():
        if unicodedata.combining(char):
            continue
        if char.isascii() and char.isalnum():
            pieces.append(char)
        elif char in _SPELLED_SYMBOLS:
            pieces.append(f"-{_SPELLED_SYMBOLS[char]}-")
        elif char.isalnum():
            pieces.append(f"-u{ord(char):x}-")
        else:
            pieces.append("-")
    return re.sub(r"-+", "-", "".join(pieces)).strip("-")


def name_key(name: str) -> str:
    """Names match whatever their case and runs of spaces: "c  sharp" is "C Sharp"."""
    return " ".join(name.split()).casefold()


def whole_number(text: str) -> int | None:
    """The number if ``text`` is ASCII digits only, else None.

    ``str.isdigit`` also accepts "²" and "٣", which ``int`` then refuses.
    """
    return int(text) if re.fullmatch(r"[0-9]+", text) else None


# Embeddings, overrides and isolates make a reader see other text than the data
# holds (the "Trojan Source" trick); the marks (U+200E, U+200F) only nudge.
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_NONCHARACTER_BLOCK = range(0xFDD0, 0xFDEF + 1)
_LAST_TWO_OF_A_PLANE = 0xFFFE
_WHITE_SPACE_CONTROLS = frozenset("\t\n\r\f\v")


def hidden_characters(text: str) -> str:
    """The characters of ``text`` no reader can see but that change what is shown.

    Control characters (a terminal's escape, a bell) are invisible or garbage in
    HTML and invalid in XML, noncharacters are Unicode's for a program's own use,
    and bidirectional controls reorder the text around them. White space is not
    counted: fields' spacing is normalised anyway.
    """
    return "".join(
        char
        for char in text
        if char in _BIDI_CONTROLS
        or (unicodedata.category(char) == "Cc" and char not in _WHITE_SPACE_CONTROLS)
        or _is_noncharacter(char)
    )


def without_hidden_characters(text: str) -> str:
    hidden = hidden_characters(text)
    return "".join(char for char in text if char not in hidden)


def _is_noncharacter(char: str) -> bool:
    """U+FDD0..U+FDEF and the last two of each plane: never for interchange."""
    code = ord(char)
    return code in _NONCHARACTER_BLOCK or code & 0xFFFE == _LAST_TWO_OF_A_PLANE


def split_list(text: str) -> list[str]:
    """A comma-separated option as a list, blanks dropped and spacing normalised."""
    return [" ".join(item.split()) for item in text.split(",") if item.strip()]


def display_url(url: str) -> str:
    """A link as printed beside its name: "github.com/tartley", with no scheme."""
    parts = urlsplit(url.strip())
    if parts.scheme == "mailto":
        return parts.path
    host = parts.netloc.removeprefix("www.")
    path = parts.path.rstrip("/")
    query = f"?{parts.query}" if parts.query else ""
    fragment = f"#{parts.fragment}" if parts.fragment else ""
    return f"{host}{path}{query}{fragment}"


SAFE_URL_SCHEMES = frozenset({"http", "https", "mailto"})


def is_safe_url(url: str) -> bool:
    """Only web and mail links: never ``javascript:`` or a local file."""
    return urlsplit(url.strip()).scheme.casefold() in SAFE_URL_SCHEMES


ELLIPSIS = "\N{HORIZONTAL ELLIPSIS}"


def short_description(text: str, limit: int) -> str:
    """The first paragraph on one line, cut between words to ``limit`` characters."""
    paragraphs = [" ".join(part.split()) for part in text.split("\n\n")]
    first = next((paragraph for paragraph in paragraphs if paragraph), "")
    if len(first) <= limit:
        return first
    room = first[: limit - len(ELLIPSIS) + 1]
    # Spaces are single and inside: what is left of the last one ends in a word.
    cut = room.rsplit(" ", 1)[0] if " " in room else room[:-1]
    return cut + ELLIPSIS
