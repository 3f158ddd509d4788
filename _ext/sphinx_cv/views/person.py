"""``{cv:person}``: the CV's header, from ``cv_person`` and the derived skills."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from docutils import nodes
from sphinx.transforms.post_transforms import SphinxPostTransform

from sphinx_cv.core.aggregate import top_skills
from sphinx_cv.core.urls import display_url, is_safe_url
from sphinx_cv.i18n import _
from sphinx_cv.model.nodes import cv_person, person_placeholder
from sphinx_cv.model.pieces import SEPARATOR, joined
from sphinx_cv.views.base import PlaceholderTransform

if TYPE_CHECKING:
    from sphinx.config import Config

KEYWORDS = 8  # the longest-used skills, as the PDF's keywords


class PersonTransform(PlaceholderTransform):
    """Fills ``{cv:person}``: the headline and profiles, linked and shown as text."""

    placeholder = person_placeholder

    def expand(self, node: nodes.Element) -> list[nodes.Node]:
        del node
        person: dict[str, Any] = self.config.cv_person or {}
        name = text_of(person.get("name"))
        if not name:
            return []
        headline = text_of(person.get("headline"))
        document_kind = _("CV")
        profiles = [
            (display_url(url), url)
            for url in (text_of(p.get("url")) for p in dicts(person.get("profiles")))
            if url and is_safe_url(url)
        ]
        header = cv_person(
            classes=["cv-person"],
            name=name,
            headline=headline,
            profiles=profiles,
            title=f"{name} \N{EM DASH} {document_kind}",
            keywords=[
                usage.name
                for usage in top_skills(self.domain.skill_usages(self.today), KEYWORDS)
            ],
        )
        if headline:
            header += nodes.paragraph(headline, headline, classes=["cv-headline"])
        if profiles:
            links = nodes.paragraph(classes=["cv-profiles"])
            links += joined(
                [nodes.reference(shown, shown, refuri=url) for shown, url in profiles],
                separator=SEPARATOR,
            )
            header += links
        for child in header.findall(nodes.paragraph):
            child["support_smartquotes"] = False  # data, shown as written
        return [header]


def text_of(value: object) -> str:
    """A configured value as one line of text; "" for anything that is not text."""
    return " ".join(value.split()) if isinstance(value, str) else ""


def dicts(value: object) -> list[dict[str, Any]]:
    if not isinstance(value, list):
        return []
    return [item for item in value if isinstance(item, dict)]


class PrintedHeader(SphinxPostTransform):
    """A printed CV opens with its header, whether or not its page asks for one.

    LaTeX prints the root document's first title as the document title, which the
    CV layout does not show, so the header from ``cv_person`` goes right under it.
    (The Word document adds it itself, whichever builder writes it.)
    """

    default_priority = 3  # before the placeholder is filled, at 5
    formats = ("latex",)

    def run(self, **kwargs: object) -> None:
        del kwargs
        add_printed_header(self.document, self.config)


def add_printed_header(document: nodes.document, config: Config) -> None:
    """The header's placeholder under the first title, unless it has one."""
    if not config.cv_person:
        return
    if any(document.findall(person_placeholder)) or any(document.findall(cv_person)):
        return
    first_section = next(iter(document.findall(nodes.section)), None)
    if first_section is None:
        return
    placeholder = person_placeholder(docname=document.get("docname", ""))
    first_section.insert(1, placeholder)
