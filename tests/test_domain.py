"""The cv domain (``domain.py``): records stored per document, forgotten and
merged per document, and the digest that says when they changed.

Its reads (skills, roles, facts) are tested through the views and outputs that
show them; these are its storage's own rules.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from docutils import nodes
from docutils.utils import new_document
from sphinx_cv import domain
from sphinx_cv.domain import (
    FACTS,
    PER_DOCUMENT,
    CVRecords,
    names_holding_years,
    written_out,
)
from sphinx_cv.model.nodes import years_placeholder
from sphinx_cv.snapshot import cv_snapshot

if TYPE_CHECKING:
    from sphinx.testing.util import SphinxTestApp


@pytest.mark.sphinx("html", testroot="basic", freshenv=True)
def test_merging_takes_only_the_documents_a_reader_was_given(
    app: SphinxTestApp,
) -> None:
    app.build()
    domain = app.env.domains["cv"]
    before = {key: dict(domain.data[key]) for key in ("roles", "skills")}
    # A forked reader's data holds every document it inherited; "skills" changed.
    forked = {
        "roles": {"experience/acme": [], "experience/initech": []},
        "skills": {"skills": [], "experience/acme": ["stale"]},
        "dependents": {"skills": True},
        "role_text_digests": {"experience/acme": "stale"},
        "copiers": {},
        "named_years": {},
        "highlight_tags": {},
        **{kind: {} for kind in FACTS},
        "records_digest": "ignored",
        "role_texts_digest": "ignored",
    }
    domain.merge_domaindata(["skills"], forked)
    assert domain.data["skills"]["skills"] == []
    assert "experience/acme" not in domain.data["skills"]
    assert domain.data["roles"] == before["roles"]
    assert domain.data["records_digest"] != "ignored"


@pytest.mark.sphinx("html", testroot="basic", freshenv=True)
def test_clearing_a_document_forgets_all_of_its_records(app: SphinxTestApp) -> None:
    app.build()
    domain = app.env.domains["cv"]
    assert "experience/acme" in domain.data["roles"]
    domain.clear_doc("experience/acme")
    assert "experience/acme" not in domain.data["roles"]
    assert all(role.source.docname != "experience/acme" for role in domain.all_roles())


@pytest.mark.sphinx("html", testroot="basic", freshenv=True)
def test_the_records_digest_changes_with_a_record_and_only_then(
    app: SphinxTestApp,
) -> None:
    app.build()
    domain = app.env.domains["cv"]
    before = domain.records_digest()
    assert before == domain.records_digest()
    domain.note_changes()
    assert not domain.note_changes().records  # nothing changed since
    domain.clear_doc("experience/acme")
    assert domain.records_digest() != before
    assert domain.note_changes().records


@pytest.mark.sphinx("html", testroot="basic", freshenv=True)
def test_note_written_with_says_whether_the_value_changed(app: SphinxTestApp) -> None:
    app.build()
    domain = app.env.domains["cv"]
    assert domain.note_written_with("the PDF link", "cv.pdf")
    assert not domain.note_written_with("the PDF link", "cv.pdf")
    assert domain.note_written_with("the PDF link", "")


@pytest.mark.sphinx("html", testroot="basic", freshenv=True)
def test_every_change_to_the_records_forgets_the_read_model(
    app: SphinxTestApp,
) -> None:
    app.build()
    domain = app.env.domains["cv"]
    # Made anew (as for each environment Sphinx loads), it knows of no snapshot
    # and of no builder: a snapshot made then holds only what is published.
    made_anew = CVRecords(app.env)
    assert made_anew.read_model is None
    assert made_anew.builder is None
    [skill, *_] = domain.data["skills"]["skills"]
    changes = {
        "a skill noted": lambda: domain.note_skill(skill),
        "another record noted": lambda: domain.note_highlight_tags(["recent"]),
        "a document cleared": lambda: domain.clear_doc("experience/acme"),
        "a reader's records merged": lambda: domain.merge_domaindata(
            [], {key: {} for key in PER_DOCUMENT}
        ),
    }
    for change, make in changes.items():
        snapshot = cv_snapshot(app.env)
        assert domain.read_model is snapshot
        make()
        assert domain.read_model is None, change


def test_a_node_is_written_out_as_its_name_and_attributes_each_text_and_an_end() -> (
    None
):
    parts: list[str] = []
    written_out(
        nodes.paragraph("", "", nodes.Text("a>"), nodes.emphasis("", "b")), parts
    )
    paragraph, text, emphasis, emphasised, *ends = parts
    assert paragraph.startswith("<paragraph {'ids': []")
    assert text == "'a>'"
    assert emphasis.startswith("<emphasis {")
    assert emphasised == "'b'"
    assert ends == [">", ">"]


def section(ident: str, title: nodes.title, *body: nodes.Element) -> nodes.section:
    written = nodes.section(ids=[ident])
    written += title
    written.extend(body)
    return written


def test_only_the_names_that_hold_years_are_noted() -> None:
    """A section whose text holds years, under a plain title, keeps its title."""
    years = years_placeholder(skill="python")
    named = nodes.title("", "Python, ", years_placeholder(skill="python"))
    document = new_document("page")
    document += section(
        "languages",
        nodes.title("", "Languages"),
        nodes.paragraph("", "Python for ", years),
        section("python", named),
    )
    found = names_holding_years(document)
    assert list(found) == ["python"]
    assert found["python"].astext() == named.astext()
    assert found["python"] is not named  # a copy, as it was read


def test_a_page_without_years_is_not_walked(monkeypatch: pytest.MonkeyPatch) -> None:
    """Most pages hold no years: the search starts from each one, and asks nothing
    of the page's other elements (a page of 900 roles has thousands)."""
    asked: list[nodes.Element] = []
    name_of = domain.name_of

    def counted(element: nodes.Element) -> nodes.Element | None:
        asked.append(element)
        return name_of(element)

    monkeypatch.setattr(domain, "name_of", counted)
    document = new_document("page")
    document += section("languages", nodes.title("", "Languages"))
    assert names_holding_years(document) == {}
    assert asked == []
    paragraph = nodes.paragraph("", "", years_placeholder(skill="python"))
    document += paragraph
    assert names_holding_years(document) == {}
    assert asked == [paragraph, document]  # its own ancestors, and no more
