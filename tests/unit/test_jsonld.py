"""JSON-LD's one escaping rule: no string can end the script element it sits in."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st
from sphinx_cv.core.jsonld import script_text


@given(st.text())
def test_any_text_reads_back_exactly_and_cannot_end_the_script(text: str) -> None:
    written = script_text({"name": text})
    assert "<" not in written
    assert ">" not in written
    assert "&" not in written
    assert json.loads(written) == {"name": text}


def test_the_known_escapes_of_a_script_block() -> None:
    written = script_text({"name": "</script><!-- ]]> & é"})
    assert written == (
        '{"name": "\\u003c/script\\u003e\\u003c!-- ]]\\u003e \\u0026 é"}'
    )
