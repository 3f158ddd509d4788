"""Reading JSON Resume in tests: the schema, the seed's work entries, every string."""

from __future__ import annotations

from typing import TYPE_CHECKING

from support.builds import PROJECT_ROOT

if TYPE_CHECKING:
    from collections.abc import Iterator

SCHEMA = PROJECT_ROOT / "tests" / "data" / "jsonresume-schema-1.3.1.json"
# (organisation, position, start, end, number of highlights), newest first
WORK = [
    ("Lambda", None, "2023-09", None, 3),
    ("Canonical", None, "2019-05", "2023-07", 1),
    ("IBM Cloud", None, "2017-07", "2019-05", 2),
    (
        "Able.ag, Antidote.me, Made.com, BATS Trading, Rangespan",
        "Contracts",
        "2011-06",
        "2017-06",
        3,
    ),
    ("Resolver Systems", None, "2006-09", "2011-05", 1),
    ("GIS consulting", None, "2003-08", "2006-09", 2),
]


def strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)
