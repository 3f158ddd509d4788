"""Any text at all, typed into a role's fields, reaches every builder exactly.

The corpus (``test_corpus.py``) holds the inputs we thought of; hypothesis makes
up the rest. Each example is a page of roles whose organisation, title, location
and body are arbitrary text, built by every builder the CV ships. A value is
written in YAML's single quotes, as an author would write one that starts with a
quote or holds " #", so that MyST reads it back as typed.
"""

from __future__ import annotations

import json
import os
import re
import unicodedata
from typing import TYPE_CHECKING

import html5lib
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from sphinx_cv.core.characters import without_hidden_characters
from support.builds import article, build_and_warn
from support.corpus import conf_py
from support.pdfs import Pdf, pdflatex_once, shows_nothing

if TYPE_CHECKING:
    import pytest

BUILDERS = ("html", "text", "man", "texinfo", "jsonresume", "latex")
CONF_PY = conf_py("any")
LOCATED = re.compile(r"^index\.md:\d+: WARNING: .+ \[(cv|myst)\.[\w-]+\]$")

# One line of any characters but surrogates, which no UTF-8 file can hold, and
# NUL, which MyST's options reader takes for the end of the text.
field_text = st.text(
    st.characters(
        exclude_categories=("Cs",),
        exclude_characters="\x00\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029",
    ),
    min_size=1,
    max_size=40,
)


def quoted(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def as_shown(value: str) -> str:
    """What a field shows: hidden characters left out, spacing normalised."""
    return " ".join(without_hidden_characters(value).split())


def page_of_roles(fields: list[tuple[str, str, str, str]]) -> str:
    blocks = ["# Any text", ""]
    for number, (org, title, location, body) in enumerate(fields):
        blocks += [
            ":::{cv:role}",
            f":org: {quoted(org)}",
            f":title: {quoted(title)}",
            f":location: {quoted(location)}",
            f":start: 20{10 + number}-01",
            # A body line starting with ":" would continue the options otherwise.
            "",
            body if body.strip() else "Body.",
            ":::",
            "",
        ]
    blocks += [":::{cv:timeline}", ":full:", ":::", "", ":::{cv:skills}", ":::", ""]
    return "\n".join(blocks)


@settings(
    # A few examples on every run; ANY_TEXT_EXAMPLES=500 for a long search.
    max_examples=int(os.environ.get("ANY_TEXT_EXAMPLES", "10")),
    # Shrinking an example of six builds takes minutes: a failure is reported as
    # found, with the seed to run it again.
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    fields=st.lists(
        st.tuples(field_text, field_text, field_text, field_text),
        min_size=3,
        max_size=3,
    )
)
def test_any_text_in_a_roles_fields_reaches_every_builder(
    fields: list[tuple[str, str, str, str]], tmp_path_factory: pytest.TempPathFactory
) -> None:
    where = tmp_path_factory.mktemp("any-text")
    srcdir = where / "src"
    srcdir.mkdir()
    (srcdir / "conf.py").write_text(CONF_PY, encoding="utf-8")
    (srcdir / "index.md").write_text(page_of_roles(fields), encoding="utf-8")
    # A role with no organisation shows its body only: its fields wait for a fix.
    shown = [
        as_shown(text)
        for org, title, location, _ in fields
        if as_shown(org)
        for text in (org, title, location)
    ]
    outputs = {}
    for builder in BUILDERS:
        # The first builder reads the page; the others reuse its reading.
        outdir, warnings = build_and_warn(
            builder, srcdir, where / "build", freshenv=builder == BUILDERS[0]
        )
        outputs[builder] = outdir
        for warning in warnings:
            assert LOCATED.match(warning), warning

    html = (outputs["html"] / "index.html").read_bytes()
    parser = html5lib.HTMLParser(strict=False)
    parser.parse(html)
    assert parser.errors == []
    page_text = article(outputs["html"], "index.html").get_text()
    resume = json.loads((outputs["jsonresume"] / "resume.json").read_text("utf-8"))
    resume_text = json.dumps(resume, ensure_ascii=False)
    plain = " ".join((outputs["text"] / "index.txt").read_text("utf-8").split())
    pdflatex_once(outputs["latex"])
    pdf = Pdf(outputs["latex"] / "any.pdf")
    assert pdf.pages >= 1
    for text in filter(None, shown):
        assert text in page_text
        assert json.dumps(text, ensure_ascii=False)[1:-1] in resume_text
        assert " ".join(text.split()) in plain
    # Compatibility forms compared as their plain ones: pdflatex sets "²" from
    # a font's superscript glyph, which text extractors may read back as "2".
    pdf_characters = set(unicodedata.normalize("NFKC", pdf.raw_text))
    for text in filter(None, shown):
        visible = {
            char
            for char in unicodedata.normalize("NFKC", text)
            if not shows_nothing(char)
        }
        assert visible <= pdf_characters, visible - pdf_characters
