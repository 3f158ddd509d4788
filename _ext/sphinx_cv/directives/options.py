"""Directive options read as text, so the extension, not the parser, judges them.

docutils and MyST-Parser both reject an unknown option with a warning of their own
(or an error), without type ``cv``. This spec accepts every name; each directive
then warns, with type ``cv``, about the names it does not know.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from docutils.parsers.rst import directives

Converter = Callable[[str], Any]


class EveryOption(dict[str, Converter]):
    """An option spec that reads any option as text."""

    def __missing__(self, _name: str) -> Converter:
        return directives.unchanged

    def __bool__(self) -> bool:
        # MyST-Parser reads a falsy spec as "no options", and ":name: value" lines
        # as content: a spec that accepts every name is never empty.
        return True

    @classmethod
    def known(cls, *names: str) -> EveryOption:
        return cls(dict.fromkeys(names, directives.unchanged))
