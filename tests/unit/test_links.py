"""A link's address as the cv domain mends it for a site of one page."""

from __future__ import annotations

import pytest
from docutils import nodes
from sphinx_cv.links import last_fragment_only


@pytest.mark.parametrize(
    ("refuri", "mended"),
    [
        ("#document-experience/acme#cv-role-acme", "#cv-role-acme"),
        ("#cv-role-acme", "#cv-role-acme"),
        ("experience/acme.html#cv-role-acme", "experience/acme.html#cv-role-acme"),
    ],
)
def test_a_link_within_one_page_keeps_only_its_anchor(refuri: str, mended: str) -> None:
    reference = nodes.reference("", "Acme", refuri=refuri)
    assert last_fragment_only(reference)["refuri"] == mended


def test_a_link_to_an_id_on_its_own_page_is_left_as_it_is() -> None:
    reference = nodes.reference("", "Acme", refid="cv-role-acme")
    assert last_fragment_only(reference)["refid"] == "cv-role-acme"
    assert "refuri" not in reference
