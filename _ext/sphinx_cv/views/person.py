"""``{cv:person}``: the CV's header, from ``cv_person`` and the derived skills."""

from __future__ import annotations

from typing import TYPE_CHECKING

from docutils import nodes
from sphinx.transforms.post_transforms import SphinxPostTransform

from sphinx_cv.config import names_the_person
from sphinx_cv.core.aggregate import top_skills
from sphinx_cv.core.urls import display_url
from sphinx_cv.i18n import _
from sphinx_cv.model.nodes import cv_header, person_placeholder
from sphinx_cv.model.pieces import SEPARATOR, joined
from sphinx_cv.views.base import PlaceholderTransform

if TYPE_CHECKING:
    from sphinx.config import Config

KEYWORDS = 8  # the longest-used skills, as the PDF's keywords


class PersonTransform(PlaceholderTransform):
    """Fills ``{cv:person}``: the headline, then the contact details and profiles.

    What the builder publishes (the site, ``resume.json``) gets the person
    without their private fields; a document sent to someone gets them all.
    """

    placeholder = person_placeholder

    def expand(self, node: nodes.Element) -> list[nodes.Node]:
        del node
        person = self.snapshot.person
        if person is None:
            return []
        document_kind = _("CV")
        details = person.contacts()
        contacts = [(contact.shown, contact.url) for contact in details]
        profiles = [
            (display_url(profile.url), profile.url) for profile in person.profiles
        ]
        header = cv_header(
            classes=["cv-person"],
            name=person.name,
            headline=person.headline,
            contacts=contacts,
            profiles=profiles,
            title=f"{person.name} \N{EM DASH} {document_kind}",
            keywords=[
                usage.name for usage in top_skills(self.snapshot.usages, KEYWORDS)
            ],
        )
        if person.headline:
            header += nodes.paragraph(
                person.headline, person.headline, classes=["cv-headline"]
            )
        if contacts or profiles:
            # One line, as a printed CV has it: where to reply, then where to look.
            links = nodes.paragraph(classes=["cv-profiles"])
            links += joined(
                [
                    *(
                        contact_node(contact.field, contact.shown, contact.url)
                        for contact in details
                    ),
                    *(
                        nodes.reference(shown, shown, refuri=url)
                        for shown, url in profiles
                    ),
                ],
                separator=SEPARATOR,
            )
            header += links
        for child in header.findall(nodes.paragraph):
            child["support_smartquotes"] = False  # data, shown as written
        return [header]


def contact_node(field: str, shown: str, url: str) -> nodes.Node:
    """A contact detail, linked when it has a link, with its field as a class."""
    classes = [f"cv-{field}"]
    if url:
        return nodes.reference(shown, shown, refuri=url, classes=classes)
    return nodes.inline(shown, shown, classes=classes)


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
    if not names_the_person(config):
        return
    if any(document.findall(person_placeholder)) or any(document.findall(cv_header)):
        return
    first_section = next(iter(document.findall(nodes.section)), None)
    if first_section is None:
        return
    placeholder = person_placeholder(docname=document.get("docname", ""))
    first_section.insert(1, placeholder)
