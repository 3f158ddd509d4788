"""What every cv directive shares: options as text, and warnings at its line."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from docutils import nodes
from sphinx.util.docutils import SphinxDirective

from sphinx_cv.core.characters import (
    code_points,
    hidden_characters,
    without_hidden_characters,
)
from sphinx_cv.core.fields import split_list, whole_number
from sphinx_cv.core.urls import is_safe_url
from sphinx_cv.diagnostics import Problem, warn
from sphinx_cv.directives.options import EveryOption
from sphinx_cv.domain import cv_domain

if TYPE_CHECKING:
    from sphinx_cv.domain import CVRecords

# A line of a MyST directive's options block, and a comment in its value.
OPTION_LINE = re.compile(r"^:(?P<name>[\w-]+):(?:[ \t]+(?P<value>.*))?$")
COMMENT = re.compile(r"(?:^|\s)#")
# In the environment's per-document scratch data while a role's body is read.
INSIDE_ROLE = "cv_inside_role_at_line"


class CVDirective(SphinxDirective):
    """A directive whose unknown options are warned about, not fatal."""

    option_spec = EveryOption.known()

    @property
    def docname(self) -> str:
        return self.env.current_document.docname

    @property
    def location(self) -> tuple[str, int]:
        return (self.docname, self.lineno)

    @property
    def domain(self) -> CVRecords:
        return cv_domain(self.env)

    def warn(self, problem: Problem, message: str) -> None:
        warn(problem, f"{self.name}: {message}", self.location)

    def refused_inside_role(self) -> bool:
        """Whether this directive is in a role's body, where it has no meaning.

        A role's body is the role's own text, which the timelines copy: a role, a
        skill or a view of the whole CV inside it would be shown again in each copy.
        """
        outer_line = self.env.temp_data.get(INSIDE_ROLE)
        if outer_line is None:
            return False
        self.warn(
            Problem.NESTED,
            f"is inside the cv:role at line {outer_line}, and is left out: "
            "end the role first",
        )
        return True

    def parse_role_body(self) -> list[nodes.Node]:
        """The body of a role, noting it is one while it is read."""
        self.env.temp_data[INSIDE_ROLE] = self.lineno
        try:
            return self.parse_body()
        finally:
            del self.env.temp_data[INSIDE_ROLE]

    def parse_body(self) -> list[nodes.Node]:
        """The directive's body, with any raw HTML in it shown as the text it is.

        The body is also the PDF's, the plain text's and the JSON's, where HTML
        means nothing: written as text, it reads the same in each of them, and
        ``<script>`` reaches no browser.
        """
        if not self.content:  # most skills: no parser to start for nothing
            return []
        body = self.parse_content_to_nodes()
        raw_html = [
            raw
            for node in body
            for raw in node.findall(nodes.raw)
            if "html" in raw.get("format", "").split()
        ]
        for raw in raw_html:
            text = nodes.Text(raw.astext())
            shown = text if isinstance(raw.parent, nodes.TextElement) else None
            raw.replace_self(shown or nodes.paragraph("", "", text))
        if raw_html:
            self.warn(
                Problem.RAW_HTML,
                "HTML in the body is shown as text, as the PDF and JSON show it",
            )
        self.leave_out_hidden_characters(body)
        return body

    def leave_out_hidden_characters(self, body: list[nodes.Node]) -> None:
        texts = [text for node in body for text in node.findall(nodes.Text)]
        written = "".join(texts)
        if not hidden_characters(written):
            return
        self.hidden_characters_left_out("the body", written)
        for text in texts:
            kept = without_hidden_characters(text)
            if kept != text and text.parent is not None:
                text.parent.replace(text, nodes.Text(kept))

    def check_options(self) -> None:
        """Warn about options this directive does not know, and lost comments."""
        for name in sorted(set(self.options) - set(self.option_spec)):
            known = (
                ", ".join(f":{option}:" for option in sorted(self.option_spec))
                or "none"
            )
            self.warn(
                Problem.UNKNOWN_OPTION, f"unknown option :{name}: (known: {known})"
            )
        for name in self.options_cut_at_a_comment():
            self.warn(
                Problem.OPTION_COMMENT,
                f":{name}: ends at ' #', which MyST reads as a comment: "
                "put the value in quotes to keep the rest",
            )

    def options_cut_at_a_comment(self) -> list[str]:
        """The options whose written value has a ``#`` comment MyST dropped.

        "Ltd #1" is read as "Ltd": the rest is gone without a trace on the page.
        """
        cut = []
        for line in self.block_text.splitlines()[1:]:
            written = OPTION_LINE.match(line)
            if written is None:
                break
            name, value = written["name"], written["value"] or ""
            quoted = value.startswith(("'", '"'))
            if name in self.options and not quoted and COMMENT.search(value):
                cut.append(name)
        return cut

    def hidden_characters_left_out(self, where: str, text: str) -> str:
        """``text`` without the characters no reader sees, with a warning if any."""
        hidden = hidden_characters(text)
        if not hidden:
            return text
        codes = code_points(hidden)
        self.warn(
            Problem.HIDDEN_CHARACTERS,
            f"{where} has characters that cannot be seen ({codes}): they are left out",
        )
        return without_hidden_characters(text)

    def written_option(self, name: str) -> str:
        """The option as written, less hidden characters: warned about once."""
        if name not in self.written_options:
            self.written_options[name] = self.hidden_characters_left_out(
                f":{name}:", str(self.options.get(name) or "")
            )
        return self.written_options[name]

    @functools.cached_property
    def written_options(self) -> dict[str, str]:
        return {}

    def text_option(self, name: str) -> str:
        """The option's text with its spacing normalised; "" when absent."""
        return " ".join(self.written_option(name).split())

    def list_option(self, name: str) -> tuple[str, ...]:
        return tuple(split_list(self.written_option(name)))

    def required(self, name: str) -> str:
        value = self.text_option(name)
        if name not in self.options:
            self.warn(Problem.MISSING_OPTION, f"the :{name}: option is required")
        elif not value:
            self.warn(Problem.EMPTY_NAME, f"the :{name}: option is empty")
        return value

    def safe_url(self) -> str:
        url = self.text_option("url")
        if url and not is_safe_url(url):
            self.warn(
                Problem.BAD_OPTION, f":url: must be http, https or mailto: {url!r}"
            )
            return ""
        return url

    def flag_option(self, name: str) -> bool:
        """Whether a flag is given; a value given with it is warned about."""
        if self.text_option(name):
            self.warn(
                Problem.BAD_OPTION,
                f":{name}: takes no value, not {self.text_option(name)!r}",
            )
        return name in self.options

    def count_option(self, name: str) -> int | None:
        """A whole number of at least 1, or None (with a warning) when it is not."""
        text = self.text_option(name)
        if not text:
            return None
        number = whole_number(text)
        if number is not None and number >= 1:
            return number
        self.warn(
            Problem.BAD_OPTION, f":{name}: must be a whole number >= 1, not {text!r}"
        )
        return None


def words(*elements: nodes.Node) -> str:
    """What the elements say, emphasis and links flattened, on one line."""
    return " ".join(" ".join(element.astext().split()) for element in elements)
