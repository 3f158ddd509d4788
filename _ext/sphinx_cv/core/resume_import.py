"""A JSON Resume read into the CV's records: the reverse of ``core/jsonresume.py``.

Plain data in, records out, and nothing written: ``starter/`` turns the result
into MyST pages. Accepts what people really write: schema versions 1.0 to 1.3
(and 0.x's ``company`` and ``website``), missing and empty fields, a location as
text or as an object, and dates as tools write them (``2010-1-1``, ``03/2019``,
``2019/03``, ``March 2019``; ``present``, ``now`` or ``current`` for an end).

Input that cannot be a résumé (the wrong type, a date that is not one) raises
``ResumeError`` once the whole document is read, naming every problem by its JSON
path: ``work[3].startDate``. A field the CV does not model is never dropped
silently, nor checked: each is named in ``ImportedCV.notes``.
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING, Any, TypeVar

from sphinx_cv.core.characters import (
    code_points,
    hidden_characters,
    without_hidden_characters,
)
from sphinx_cv.core.dates import CVDate, DateError, Period, parse_written_date
from sphinx_cv.core.labels import mark
from sphinx_cv.core.names import name_key, readable_stem
from sphinx_cv.core.person import EMAIL, PHONE
from sphinx_cv.core.records import (
    AwardRecord,
    EducationRecord,
    Facts,
    ProjectRecord,
    RoleRecord,
    RoleText,
    SkillRecord,
    Source,
)
from sphinx_cv.core.urls import is_safe_url

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

# Where the pages of an imported CV go: one page per role, the rest on the front.
FRONT_PAGE = "index"
ROLES_FOLDER = "experience"
SKILLS_PAGE = "skills/index"
PRESENT = "present"
# A role's page is named from its organisation, as long as an anchor may be.
LONGEST_PAGE_STEM = 120
# A group of skills that JSON Resume leaves without a name (the catalog's word).
NAMELESS_GROUP = mark("Other")
# The sections the CV shows as text only: their headings, which the starter
# writes in the project's language.
VOLUNTEERING = mark("Volunteering")
PUBLICATIONS = mark("Publications")
CERTIFICATES = mark("Certificates")
LANGUAGES = mark("Languages")
INTERESTS = mark("Interests")
# What an end date says for a role that has not ended.
ONGOING = frozenset({"", PRESENT, "now", "current", "ongoing", "today"})
# The keys sphinx_cv writes itself (core/jsonresume.py), which it reads back.
# The skills' figures are derived from the roles, so they are computed again.
DERIVED = "derived from the roles by sphinx_cv, so computed again"
LOCATION_PARTS = ("address", "city", "region", "postalCode", "countryCode")
Entry = TypeVar("Entry")
WHOLE = "the résumé"  # the path of the whole document, in a message


class ResumeError(ValueError):
    """Input that is not a résumé: every problem, each as "path: message".

    ``path`` names where the first is, as ``work[3].startDate``.
    """

    def __init__(self, path: str, message: str, *more: tuple[str, str]) -> None:
        self.problems = ((path, message), *more)
        self.lines = tuple(f"{where}: {why}" for where, why in self.problems)
        super().__init__("\n".join(self.lines))
        self.path = path


@dataclasses.dataclass(frozen=True)
class ImportedRole:
    """A role, what its page says, and the page it goes on."""

    record: RoleRecord
    text: RoleText


@dataclasses.dataclass(frozen=True)
class Prose:
    """A section the CV shows as text but does not model as data (volunteering)."""

    title: str
    items: tuple[Item, ...]


@dataclasses.dataclass(frozen=True)
class Item:
    """One entry of a prose section: a lead (bold, linked if ``url``), then text.

    Its dates are data, which the starter writes in the project's language: a
    ``start`` (with ``end``, or to the present), or an ``end`` (a date) alone.
    """

    lead: str
    url: str = ""
    detail: str = ""
    paragraphs: tuple[str, ...] = ()
    bullets: tuple[str, ...] = ()
    start: CVDate | None = None
    end: CVDate | None = None


@dataclasses.dataclass(frozen=True)
class ImportedCV:
    """Everything the starter project is written from."""

    person: dict[str, Any]
    facts: Facts
    roles: tuple[ImportedRole, ...] = ()
    skills: tuple[SkillRecord, ...] = ()
    prose: tuple[Prose, ...] = ()
    # One line per field left out or changed: "basics.phone: ...".
    notes: tuple[str, ...] = ()


def read_resume(
    data: object, *, name: str = "", nameless_group: str = NAMELESS_GROUP
) -> ImportedCV:
    """``data`` (parsed JSON) as records; ``name`` wins over ``basics.name``.

    ``nameless_group`` names a group of skills that has no name: "Other", in the
    project's language.
    """
    return _Reader(name, nameless_group).resume(data)


class _Reader:
    """Walks the document once, keeping each value's JSON path for messages."""

    def __init__(self, name: str, nameless_group: str) -> None:
        self.name = name
        self.nameless_group = nameless_group
        self.notes: list[str] = []
        self.problems: list[tuple[str, str]] = []
        self.page_names: set[str] = set()

    # -- the document ------------------------------------------------------

    def resume(self, data: object) -> ImportedCV:
        # A field may be null (absent); the whole document may not.
        if not isinstance(data, dict):
            raise ResumeError(WHOLE, wrong_type("an object", data))
        document: dict[str, Any] = data
        basics = self.mapping(document.get("basics"), "basics")
        person, summary = self.basics(basics)
        roles = tuple(self.each(document, "work", self.work))
        skills = self.skills(document.get("skills"))
        facts = Facts(
            summary=summary,
            education=tuple(self.each(document, "education", self.education)),
            projects=tuple(self.each(document, "projects", self.project)),
            awards=tuple(self.each(document, "awards", self.award)),
        )
        prose = tuple(
            section
            for section in (
                self.prose(document, "volunteer", VOLUNTEERING, self.volunteer),
                self.prose(document, "publications", PUBLICATIONS, self.publication),
                self.prose(document, "certificates", CERTIFICATES, self.certificate),
                self.prose(document, "languages", LANGUAGES, self.language),
                self.prose(document, "interests", INTERESTS, self.interest),
            )
            if section.items
        )
        if document.get("references"):
            self.list_of(document["references"], "references")
            self.note(
                "references",
                "left out: a referee's words and contact details are theirs, "
                "not for a public site",
            )
        if "meta" in document:
            self.mapping(document["meta"], "meta")
            self.note("meta", "written again by each build (lastModified is the date)")
        known = {"$schema", "basics", "work", "skills", "education", "projects"}
        known |= {"awards", "volunteer", "publications", "certificates", "languages"}
        known |= {"interests", "references", "meta"}
        self.unknown_keys(document, known, "")
        if self.problems:
            raise ResumeError(*self.problems[0], *self.problems[1:])
        return ImportedCV(
            person=person,
            facts=facts,
            roles=roles,
            skills=skills,
            prose=prose,
            notes=tuple(self.notes),
        )

    def basics(self, basics: dict[str, Any]) -> tuple[dict[str, Any], str]:
        person: dict[str, Any] = {}
        name = self.name or self.text(basics, "name", "basics")
        if not name and not self.refused("basics.name"):
            self.refuse("basics.name", "a CV needs one: add it, or use --name")
        person["name"] = name
        if headline := self.text(basics, "label", "basics"):
            person["headline"] = headline
        for key, form in (("email", EMAIL), ("phone", PHONE)):
            value = self.text(basics, key, "basics")
            if value and not form.fullmatch(value):
                self.note(f"basics.{key}", f"{value!r} is not one: left out")
            elif value:
                person[key] = value
        # 0.x named the person's site "website".
        if url := self.link(basics, "url", "basics") or self.link(
            basics, "website", "basics"
        ):
            person["url"] = url
        if location := self.location(basics.get("location"), "basics.location"):
            person["location"] = location
        profiles = [
            profile
            for index, entry in enumerate(
                self.list_of(basics.get("profiles"), "basics.profiles")
            )
            if (profile := self.profile(entry, f"basics.profiles[{index}]"))
        ]
        if profiles:
            person["profiles"] = profiles
        summary = "\n\n".join(self.paragraphs(basics, "summary", "basics"))
        if "phone" in person:
            self.note(
                "basics.phone",
                "private (cv_person's 'private' in conf.py): the PDF, Word and the "
                "text show it, the site never does",
            )
        self.unknown_keys(
            basics,
            {"name", "label", "email", "url", "website", "summary", "location"}
            | {"profiles", "phone"},
            "basics",
        )
        return person, summary

    def location(self, value: object, path: str) -> str:
        """The CV holds a place as one text: the schema's parts, joined."""
        if value is None:
            return ""
        if isinstance(value, str):
            return self.clean(value, path)
        if not isinstance(value, dict):
            self.refuse(path, wrong_type("a string or an object", value))
            return ""  # pragma: no mutate
        place: dict[str, Any] = value
        parts = [self.text(place, key, path) for key in LOCATION_PARTS]
        joined = ", ".join(part for part in parts if part)
        if any(parts[1:]):
            self.note(path, f"held as one text, {joined!r}, given back as its address")
        self.unknown_keys(place, set(LOCATION_PARTS), path)
        return joined

    def profile(self, value: object, path: str) -> dict[str, str]:
        entry = self.mapping(value, path)
        profile = {
            key: text
            for key in ("network", "username")
            if (text := self.text(entry, key, path))
        }
        url = self.link(entry, "url", path)
        self.unknown_keys(entry, {"network", "username", "url"}, path)
        if not url:
            self.note(
                path,
                "a profile needs a web link, for every output to show it: left out",
            )
            return {}
        return {**profile, "url": url}

    # -- roles -------------------------------------------------------------

    def work(self, entry: dict[str, Any], path: str) -> ImportedRole | None:
        org = self.text(entry, "name", path) or self.text(entry, "company", path)
        start = self.date(entry, "startDate", path)
        end = self.date(entry, "endDate", path, end=True)
        title = self.text(entry, "position", path)
        url = self.link(entry, "url", path) or self.link(entry, "website", path)
        location = self.location(entry.get("location"), f"{path}.location")
        summary = " ".join(self.paragraphs(entry, "summary", path))
        highlights = self.texts(entry, "highlights", path)
        skills = self.texts(entry, "x-skills", path)
        self.unknown_keys(
            entry,
            {"name", "company", "position", "url", "website", "location"}
            | {"startDate", "endDate", "summary", "highlights", "x-skills"},
            path,
        )
        if not org or start is None:
            if not self.refused(f"{path}.startDate"):
                missing = "name" if not org else "startDate"
                self.note(
                    f"{path}.{missing}",
                    "missing, and a role needs an organisation and a start: left out",
                )
            return None
        period = self.period(start, end, path)
        if period is None:
            return None
        with_commas = [skill for skill in skills if "," in skill]
        if with_commas:
            self.note(
                f"{path}.x-skills",
                f"a role's skills cannot hold a comma: {with_commas!r} left out",
            )
        # Named in the organisation's own script: "テックコーポ-2018-04.md".
        stem = readable_stem(org, LONGEST_PAGE_STEM) or "role"
        page = self.page_name(f"{ROLES_FOLDER}/{stem}-{start.isoformat()}")
        record = RoleRecord(
            source=Source(page, 0, ""),
            org=org,
            period=period,
            title=title,
            location=location,
            url=url,
            skills=tuple(skill for skill in skills if "," not in skill),
        )
        return ImportedRole(record, RoleText(summary, tuple(highlights)))

    def period(self, start: CVDate, end: CVDate | None, path: str) -> Period | None:
        try:
            return Period(start, end)
        except DateError as error:
            self.refuse(f"{path}.endDate", str(error))
            return None

    def page_name(self, wanted: str) -> str:
        name, number = wanted, 1
        while name.casefold() in self.page_names:
            number += 1
            name = f"{wanted}-{number}"
        self.page_names.add(name.casefold())
        return name

    # -- skills ------------------------------------------------------------

    def skills(self, value: object) -> tuple[SkillRecord, ...]:
        """Each keyword a skill in its group's category; a group alone, one skill."""
        records: dict[str, SkillRecord] = {}
        for index, entry in enumerate(self.list_of(value, "skills")):
            path = f"skills[{index}]"
            group = self.mapping(entry, path)
            category = self.text(group, "name", path)
            level = self.text(group, "level", path)
            keywords = self.texts(group, "keywords", path)
            if group.get("x-skills"):
                self.note(f"{path}.x-skills", DERIVED)
            self.unknown_keys(group, {"name", "level", "keywords", "x-skills"}, path)
            names = keywords or ([category] if category else [])
            if names and not category:
                category = self.nameless_group
                self.note(
                    f"{path}.name",
                    f"missing: the group is named {category!r} (rename it on "
                    "the skills page)",
                )
            for name in names:
                key = name_key(name)
                if key in records:
                    self.note(
                        path,
                        f"{name!r} is already a skill, in "
                        f"{records[key].category!r}: listed once",
                    )
                    continue
                records[key] = SkillRecord(
                    source=Source(SKILLS_PAGE, 0, ""),
                    name=name,
                    category=category,
                    level=level,
                )
        return tuple(records.values())

    # -- facts -------------------------------------------------------------

    def education(self, entry: dict[str, Any], path: str) -> EducationRecord | None:
        institution = self.text(entry, "institution", path)
        record = EducationRecord(
            source=Source(FRONT_PAGE, 0, ""),
            institution=institution,
            area=self.text(entry, "area", path),
            study_type=self.text(entry, "studyType", path),
            score=self.text(entry, "score", path),
            location=self.text(entry, "x-location", path),
            url=self.link(entry, "url", path),
            **self.study_dates(entry, path),
        )
        self.unmodelled(entry, path, ("courses",))
        self.unknown_keys(
            entry,
            {"institution", "area", "studyType", "score", "x-location", "url"}
            | {"startDate", "endDate", "courses"},
            path,
        )
        if not institution:
            self.note(
                f"{path}.institution", "missing, and a course needs one: left out"
            )
            return None
        return record

    def study_dates(self, entry: dict[str, Any], path: str) -> dict[str, CVDate]:
        start = self.date(entry, "startDate", path)
        end = self.date(entry, "endDate", path, end=True)
        if start is not None and self.period(start, end, path) is None:
            return {}
        return {key: date for key, date in (("start", start), ("end", end)) if date}

    def project(self, entry: dict[str, Any], path: str) -> ProjectRecord | None:
        name = self.text(entry, "name", path)
        record = ProjectRecord(
            source=Source(FRONT_PAGE, 0, ""),
            name=name,
            url=self.link(entry, "url", path),
            description=" ".join(self.paragraphs(entry, "description", path)),
        )
        others = ("highlights", "keywords", "roles", "entity", "type")
        self.unmodelled(entry, path, ("startDate", "endDate", *others))
        self.unknown_keys(
            entry, {"name", "url", "description", "startDate", "endDate", *others}, path
        )
        if not name:
            self.note(f"{path}.name", "missing, and a project needs one: left out")
            return None
        return record

    def award(self, entry: dict[str, Any], path: str) -> AwardRecord | None:
        title = self.text(entry, "title", path)
        record = AwardRecord(
            source=Source(FRONT_PAGE, 0, ""),
            title=title,
            awarder=self.text(entry, "awarder", path),
            summary=" ".join(self.paragraphs(entry, "summary", path)),
        )
        self.unmodelled(entry, path, ("date",))
        self.unknown_keys(entry, {"title", "awarder", "summary", "date"}, path)
        if not title:
            self.note(f"{path}.title", "missing, and an award needs one: left out")
            return None
        return record

    def unmodelled(
        self, entry: dict[str, Any], path: str, keys: tuple[str, ...]
    ) -> None:
        """Fields left out, named but never checked: what they hold cannot matter."""
        for key in keys:
            if entry.get(key) not in (None, "", [], {}):
                self.note(f"{path}.{key}", "sphinx_cv does not model it: left out")

    # -- what the CV shows as text only --------------------------------------

    def prose(
        self,
        document: dict[str, Any],
        key: str,
        title: str,
        item: Callable[[dict[str, Any], str], Item],
    ) -> Prose:
        items = tuple(self.each(document, key, item))
        if items:
            self.note(
                key,
                f"shown as text under {title!r} on the site and in the PDF; "
                "sphinx_cv does not model it, so resume.json leaves it out",
            )
        return Prose(title, items)

    def volunteer(self, entry: dict[str, Any], path: str) -> Item:
        organisation = self.text(entry, "organization", path)
        position = self.text(entry, "position", path)
        self.unknown_keys(
            entry,
            {"organization", "position", "url", "startDate", "endDate", "summary"}
            | {"highlights"},
            path,
        )
        start = self.date(entry, "startDate", path)
        end = self.date(entry, "endDate", path, end=True)
        return Item(
            lead=organisation or position,
            url=self.link(entry, "url", path),
            detail=position if organisation else "",
            paragraphs=tuple(self.paragraphs(entry, "summary", path)),
            bullets=tuple(self.texts(entry, "highlights", path)),
            start=start,
            end=end,
        )

    def publication(self, entry: dict[str, Any], path: str) -> Item:
        released = self.date(entry, "releaseDate", path)
        self.unknown_keys(
            entry, {"name", "publisher", "releaseDate", "url", "summary"}, path
        )
        return Item(
            lead=self.text(entry, "name", path),
            url=self.link(entry, "url", path),
            detail=self.text(entry, "publisher", path),
            paragraphs=tuple(self.paragraphs(entry, "summary", path)),
            end=released,
        )

    def certificate(self, entry: dict[str, Any], path: str) -> Item:
        issued = self.date(entry, "date", path)
        self.unknown_keys(entry, {"name", "date", "issuer", "url"}, path)
        return Item(
            lead=self.text(entry, "name", path),
            url=self.link(entry, "url", path),
            detail=self.text(entry, "issuer", path),
            end=issued,
        )

    def language(self, entry: dict[str, Any], path: str) -> Item:
        self.unknown_keys(entry, {"language", "fluency"}, path)
        return Item(
            lead=self.text(entry, "language", path),
            detail=self.text(entry, "fluency", path),
        )

    def interest(self, entry: dict[str, Any], path: str) -> Item:
        self.unknown_keys(entry, {"name", "keywords"}, path)
        return Item(
            lead=self.text(entry, "name", path),
            detail=", ".join(self.texts(entry, "keywords", path)),
        )

    # -- values, each checked where it is ----------------------------------

    def each(
        self,
        document: dict[str, Any],
        key: str,
        read: Callable[[dict[str, Any], str], Entry | None],
    ) -> Iterator[Entry]:
        for index, entry in enumerate(self.list_of(document.get(key), key)):
            path = f"{key}[{index}]"
            value = read(self.mapping(entry, path), path)
            if isinstance(value, Item) and not value.lead:
                self.note(path, "it names nothing to show: left out")
            elif value is not None:
                yield value

    def mapping(self, value: object, path: str) -> dict[str, Any]:
        if value is None:
            return {}
        if not isinstance(value, dict):
            self.refuse(path, wrong_type("an object", value))
            return {}
        return value

    def list_of(self, value: object, path: str) -> list[Any]:
        if value is None:
            return []
        if not isinstance(value, list):
            self.refuse(path, wrong_type("an array", value))
            return []
        return value

    def text(self, entry: dict[str, Any], key: str, path: str) -> str:
        """A field's text on one line; "" when absent, empty or null."""
        value = entry.get(key)
        if value is None:
            return ""
        if not isinstance(value, str):
            self.refuse(f"{path}.{key}", wrong_type("a string", value))
            return ""
        return self.clean(value, f"{path}.{key}")

    def clean(self, value: str, path: str) -> str:
        return " ".join(self.visible(value, path).split())

    def visible(self, value: str, path: str) -> str:
        hidden = hidden_characters(value)
        if hidden:
            codes = code_points(hidden)
            self.note(path, f"characters that cannot be seen ({codes}) are left out")
        if markup := markup_in(value):
            self.note(
                path,
                f"holds {markup}, which the CV shows as the characters written, "
                "not as markup: edit the page to say it in words",
            )
        return without_hidden_characters(value)

    def paragraphs(self, entry: dict[str, Any], key: str, path: str) -> list[str]:
        """A text's paragraphs (split at blank lines), each on one line."""
        value = entry.get(key)
        if value is None:
            return []
        if not isinstance(value, str):
            self.refuse(f"{path}.{key}", wrong_type("a string", value))
            return []
        text = self.visible(value, f"{path}.{key}").replace("\r\n", "\n")
        found = (" ".join(block.split()) for block in text.split("\n\n"))
        return [paragraph for paragraph in found if paragraph]

    def texts(self, entry: dict[str, Any], key: str, path: str) -> list[str]:
        values = self.list_of(entry.get(key), f"{path}.{key}")
        found = []
        for index, value in enumerate(values):
            if not isinstance(value, str):
                self.refuse(f"{path}.{key}[{index}]", wrong_type("a string", value))
                continue
            if text := self.clean(value, f"{path}.{key}[{index}]"):
                found.append(text)
        return found

    def link(self, entry: dict[str, Any], key: str, path: str) -> str:
        url = self.text(entry, key, path)
        if url and not is_safe_url(url):
            self.note(f"{path}.{key}", f"not a web or mail link: {url!r} left out")
            return ""
        return url

    def date(
        self, entry: dict[str, Any], key: str, path: str, *, end: bool = False
    ) -> CVDate | None:
        """A date; None when absent or empty, or for an end that has not come."""
        text = self.text(entry, key, path)
        if not text or (end and text.casefold() in ONGOING):
            return None
        try:
            return parse_written_date(text)
        except DateError as error:
            self.refuse(f"{path}.{key}", str(error))
            return None

    def unknown_keys(self, entry: dict[str, Any], known: set[str], path: str) -> None:
        for key, value in entry.items():
            if key not in known and value not in (None, "", [], {}):
                where = f"{path}.{key}" if path else key
                self.note(where, "sphinx_cv does not model it: left out")

    def note(self, path: str, message: str) -> None:
        self.notes.append(f"{path}: {message}")

    def refuse(self, path: str, message: str) -> None:
        """A problem no reader could get past; reported with every other one."""
        self.problems.append((path, message))

    def refused(self, path: str) -> bool:
        return any(where == path for where, _ in self.problems)


def wrong_type(wanted: str, value: object) -> str:
    return f"must be {wanted}, not {kind(value)}"


# Markup that a JSON Resume's text may hold, for themes that render it, and that
# the CV shows as written: HTML's tags and entities, and Markdown's emphasis,
# links, code and headings. "C++", "C#" and "a * b" are none of them.
MARKUP = (
    (
        "HTML",
        re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>|&(?:[A-Za-z]+|#\d+);"),
    ),
    (
        "Markdown",
        re.compile(
            r"\*\*\S[^*]*\*\*|__\S[^_]*__|\[[^\]]+\]\([^)\s]+\)|`[^`]+`"
            r"|^#{1,6}\s",
            re.MULTILINE,
        ),
    ),
)


def markup_in(text: str) -> str:
    """What kind of markup the text holds ("HTML", "Markdown"), or ""."""
    return next((kind for kind, form in MARKUP if form.search(text)), "")


def kind(value: object) -> str:
    """A JSON value's type as JSON names it."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    return "an object"
