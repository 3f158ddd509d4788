"""JSON Resumes for the importer's tests: the shapes people write, and the round trip.

``normalised`` is the README's statement of what ``sphinx-cv import`` then
``make jsonresume`` gives back, written out on its own from the README, not from
the importer's code.
"""

from __future__ import annotations

import json
from typing import Any

from support.builds import PROJECT_ROOT

SAMPLES = PROJECT_ROOT / "tests" / "data" / "jsonresume-samples"
HOSTILE = [
    "*not emphasis* and **not strong** and _not either_",
    "# not a heading",
    "`not code` and ``{cv:skill}`Python` `` either",
    "{cv:skill}`Python` is not a role",
    "::: not a fence",
    ":org: not an option",
    '<script>alert("not run")</script> & &amp; not an entity',
    "- not a bullet",
    "1. not a numbered item",
    "2) nor this",
    "[not a link](https://example.com) nor ![an image](x.png)",
    "| not | a | table |",
    "$not maths$ and \\ a backslash and a trailing one\\",
    "% not a comment",
    "(not-a-target)=",
    "---",
    "+++ not a block break",
    "> not a quote",
    "=== not a heading's underline",
    "~~~ not a fence either",
    "a \"quote\", an 'apostrophe' and # a hash: kept as written",
]
WORLD = {
    "arabic": "مهندسة برمجيات في القاهرة",
    "hebrew": "חברת תוכנה בירושלים",
    "chinese": "软件工程师",
    "hindi": "सॉफ़्टवेयर इंजीनियर",
    "greek": "Μηχανικός λογισμικού",
    "combining": "Zoë Ñuñez, cafe\u0301",
    "emoji": "Builds 🚀 rockets",
}


def role(name: str, start: str, end: str = "", **fields: object) -> dict[str, Any]:
    return {"name": name, "startDate": start, "endDate": end, **fields}


def sample(name: str) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(
        (SAMPLES / f"{name}.resume.json").read_text(encoding="utf-8")
    )
    return loaded


def shapes() -> dict[str, dict[str, Any]]:
    """Every shape the tests import, by name: at least the issue's eight."""
    return {
        "empty": {},
        "only-education": {
            "basics": {"name": "Ada Lovelace"},
            "education": [
                {"institution": "University of London", "area": "Mathematics"}
            ],
        },
        "forty-roles": {
            "basics": {"name": "Ada Lovelace"},
            "work": [
                role(
                    f"Organisation {number}",
                    f"{1980 + number}-03",
                    f"{1981 + number}-02",
                )
                for number in range(40)
            ],
        },
        "two-positions-at-one-employer": {
            "basics": {"name": "Ada Lovelace"},
            "work": [
                role("Analytical Engines", "2019-01", "2021-06", position="Engineer"),
                role("Analytical Engines", "2021-07", position="Lead engineer"),
            ],
        },
        "a-current-role": {
            "basics": {"name": "Ada Lovelace"},
            "work": [
                role("Now Ltd", "2024-02", summary="What I do now."),
                {"name": "Then Ltd", "startDate": "2020", "endDate": "2024-01-31"},
            ],
        },
        "beyond-latin": {
            "basics": {
                "name": "ليلى حداد",
                "label": WORLD["arabic"],
                "summary": "\n\n".join(WORLD.values()),
                "location": {"city": "القاهرة", "countryCode": "EG"},
            },
            "work": [
                role(
                    WORLD["hebrew"],
                    "2021-05",
                    position=WORLD["chinese"],
                    location=WORLD["greek"],
                    summary=WORLD["hindi"],
                    highlights=[WORLD["combining"], WORLD["emoji"], WORLD["arabic"]],
                )
            ],
            "skills": [
                {"name": WORLD["greek"], "keywords": [WORLD["chinese"], "Python"]}
            ],
        },
        "hostile": {
            "basics": {
                "name": "Ada *Lovelace*",
                "label": HOSTILE[6],
                "summary": "\n\n".join(HOSTILE),
            },
            "work": [
                role(
                    text,
                    f"20{10 + number:02d}-01",
                    f"20{10 + number:02d}-12",
                    position=text,
                    location=text,
                    summary=text,
                    highlights=HOSTILE,
                )
                for number, text in enumerate(HOSTILE[:4])
            ],
            "education": [
                {"institution": text, "area": text, "studyType": text, "score": text}
                for text in HOSTILE[4:7]
            ],
            "projects": [{"name": text, "description": text} for text in HOSTILE[7:10]],
            "awards": [
                {"title": text, "awarder": text, "summary": text}
                for text in HOSTILE[10:13]
            ],
            "skills": [{"name": HOSTILE[13], "keywords": HOSTILE[14:]}],
        },
        "every-field": {
            "$schema": "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json",
            "basics": {
                "name": "Ada Lovelace",
                "label": "Engineer",
                "email": "ada@example.org",
                "url": "https://ada.example/",
                "summary": "First paragraph.\n\nSecond   paragraph,\nwrapped.",
                "location": {"address": "12 St James's Square", "city": "London"},
                "profiles": [
                    {
                        "network": "GitHub",
                        "username": "ada",
                        "url": "https://github.com/ada",
                    }
                ],
            },
            "work": [
                role(
                    "Analytical Engines",
                    "2019-01-15",
                    "2021",
                    position="Engineer",
                    url="https://engines.example/",
                    location="London",
                    summary="Built   engines.",
                    highlights=["Designed the mill.", "Wrote the first program."],
                )
            ],
            "education": [
                {
                    "institution": "University of London",
                    "url": "https://london.ac.uk/",
                    "area": "Mathematics",
                    "studyType": "Private study",
                    "score": "With distinction",
                    "x-location": "London",
                }
            ],
            "awards": [
                {"title": "Fellow", "awarder": "The Society", "summary": "For notes."}
            ],
            "projects": [
                {
                    "name": "Notes",
                    "url": "https://notes.example/",
                    "description": "Note G.",
                }
            ],
            "skills": [
                {
                    "name": "Mathematics",
                    "level": "Master",
                    "keywords": ["Analysis", "Algebra"],
                },
                {"name": "Poetry"},
            ],
            "meta": {"lastModified": "2020-01-01"},
        },
        "schema-1.0-names": {
            "basics": {"name": "Ada Lovelace", "website": "https://old.example/"},
            "work": [
                {
                    "company": "Old Style Ltd",
                    "website": "https://old.example/",
                    "startDate": "2015-06",
                    "endDate": "present",
                }
            ],
            "x-theme": "elegant",
        },
    }


def collapsed(text: str) -> str:
    return " ".join(text.split())


ONGOING = {"", "present", "now", "current", "ongoing", "today"}


def one_place(location: str | dict[str, str] | None) -> str:
    """A location as text, or an object's parts joined by ", "."""
    if isinstance(location, str):
        return collapsed(location)
    parts = [
        collapsed((location or {}).get(key) or "")
        for key in ("address", "city", "region", "postalCode", "countryCode")
    ]
    return ", ".join(part for part in parts if part)


def normalised(resume: dict[str, Any]) -> dict[str, Any]:  # noqa: C901, PLR0912 - the README's rules, one by one
    """What the README says the round trip gives back, for ``resume``."""
    out: dict[str, Any] = {}
    basics = resume.get("basics", {})
    given: dict[str, Any] = {}
    for key in ("name", "label", "email", "url"):
        if collapsed(basics.get(key) or ""):
            given[key] = collapsed(basics[key])
    # 0.x's name for the url; the phone is private, so resume.json leaves it out.
    if "url" not in given and collapsed(basics.get("website") or ""):
        given["url"] = collapsed(basics["website"])
    paragraphs = [
        collapsed(block) for block in (basics.get("summary") or "").split("\n\n")
    ]
    if any(paragraphs):
        given["summary"] = "\n\n".join(block for block in paragraphs if block)
    if place := one_place(basics.get("location")):
        given["location"] = {"address": place}
    profiles = [
        {
            key: profile[key]
            for key in ("network", "username", "url")
            if profile.get(key)
        }
        for profile in basics.get("profiles") or []
        if profile.get("url")
    ]
    if profiles:
        given["profiles"] = profiles
    out["basics"] = given
    work = []
    for entry in resume.get("work") or []:
        name = entry.get("name") or entry.get("company")
        if not name or not entry.get("startDate"):
            continue
        kept = {
            "name": collapsed(name),
            "position": collapsed(entry.get("position") or ""),
            "url": entry.get("url") or entry.get("website") or "",
            "location": one_place(entry.get("location")),
            "startDate": entry["startDate"],
            "endDate": ""
            if (entry.get("endDate") or "").casefold() in ONGOING
            else entry["endDate"],
            "summary": collapsed(entry.get("summary") or ""),
            "highlights": [
                collapsed(text)
                for text in entry.get("highlights") or []
                if collapsed(text)
            ],
        }
        work.append({key: value for key, value in kept.items() if value})
    if work:
        out["work"] = newest_first(work)
    for section, keys in (
        (
            "education",
            (
                "institution",
                "url",
                "area",
                "studyType",
                "score",
                "x-location",
                "startDate",
                "endDate",
            ),
        ),
        ("awards", ("title", "awarder", "summary")),
        ("projects", ("name", "url", "description")),
    ):
        entries = [
            {
                key: collapsed(entry[key])
                for key in keys
                if collapsed(entry.get(key) or "")
            }
            for entry in resume.get(section) or []
        ]
        if entries:
            out[section] = entries
    skills, seen = [], set()
    for group in resume.get("skills") or []:
        keywords = [
            word for word in group.get("keywords") or [group.get("name")] if word
        ]
        fresh = [word for word in keywords if word.casefold() not in seen]
        seen.update(word.casefold() for word in fresh)
        if fresh:
            kept = {"name": group.get("name") or "", "keywords": sorted(fresh)}
            if group.get("level"):
                kept["level"] = group["level"]
            skills.append(kept)
    if skills:
        out["skills"] = skills
    return out


def newest_first(work: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """By start, latest first; among equal starts the current, then the later end."""

    def padded(date: str, last: str) -> str:
        return date + last[len(date) :]

    return sorted(
        work,
        key=lambda entry: (
            padded(entry["startDate"], "-01-01"),
            "endDate" not in entry,
            padded(entry.get("endDate", entry["startDate"]), "-12-31"),
        ),
        reverse=True,
    )


def given_back(built: dict[str, Any]) -> dict[str, Any]:
    """The built resume.json less what each build writes anew or derives."""
    out = {key: value for key, value in built.items() if key not in {"$schema", "meta"}}
    out["basics"] = built.get("basics", {})
    if "skills" in out:
        out["skills"] = [
            {
                **{key: value for key, value in group.items() if key != "x-skills"},
                "keywords": sorted(group["keywords"]),
            }
            for group in out["skills"]
        ]
    return out
