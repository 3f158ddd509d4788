"""How profile links read when printed."""

from __future__ import annotations

import pytest
from sphinx_cv.core.urls import display_url


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("https://github.com/tartley", "github.com/tartley"),
        ("https://www.linkedin.com/in/someone/", "linkedin.com/in/someone"),
        ("http://example.org", "example.org"),
        ("mailto:ada@example.org", "ada@example.org"),
        ("mailto:ada@example.org?subject=Your%20CV", "ada@example.org"),
        ("https://ctan.org/pkg/TeX/", "ctan.org/pkg/TeX"),
        ("https://example.org/a?b=c#d", "example.org/a?b=c#d"),
    ],
)
def test_a_printed_link_drops_what_a_reader_need_not_type(url: str, shown: str) -> None:
    assert display_url(url) == shown
