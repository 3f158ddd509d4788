"""What every cv directive shares: options as text, and warnings at its line."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from sphinx.util.docutils import SphinxDirective

from sphinx_cv.core.text import is_safe_url, split_list
from sphinx_cv.diagnostics import Problem, warn
from sphinx_cv.options import EveryOption

if TYPE_CHECKING:
    from sphinx_cv.domain import CVDomain


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
    def domain(self) -> CVDomain:
        return cast("CVDomain", self.env.domains["cv"])

    def warn(self, problem: Problem, message: str) -> None:
        warn(problem, f"{self.name}: {message}", self.location)

    def warn_about_unknown_options(self) -> None:
        for name in sorted(set(self.options) - set(self.option_spec)):
            known = (
                ", ".join(f":{option}:" for option in sorted(self.option_spec))
                or "none"
            )
            self.warn(
                Problem.UNKNOWN_OPTION, f"unknown option :{name}: (known: {known})"
            )

    def text_option(self, name: str) -> str:
        """The option's text with its spacing normalised; "" when absent."""
        return " ".join(str(self.options.get(name) or "").split())

    def list_option(self, name: str) -> tuple[str, ...]:
        return tuple(split_list(str(self.options.get(name) or "")))

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
        if text.isdigit() and int(text) >= 1:
            return int(text)
        self.warn(
            Problem.BAD_OPTION, f":{name}: must be a whole number >= 1, not {text!r}"
        )
        return None
