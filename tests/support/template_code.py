"""Jinja's compiled templates, kept for every Sphinx app of the session.

Sphinx gives each app Jinja environments of its own (the HTML theme's, the LaTeX
templates'), and each compiled every template it rendered afresh: furo's pages
were half the time of a small test root's HTML build, and a LaTeX build compiled
eight templates. The suite builds about 480 apps.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Any

import jinja2
import pytest

if TYPE_CHECKING:
    from collections.abc import Iterator

# What an environment compiles with, beside the template's own source: the same
# source compiles to other code under other delimiters (Sphinx's LaTeX templates
# use <%= %>), extensions, whitespace rules, or a sandbox's intercepted operators.
COMPILED_WITH = (
    "block_start_string",
    "block_end_string",
    "variable_start_string",
    "variable_end_string",
    "comment_start_string",
    "comment_end_string",
    "line_statement_prefix",
    "line_comment_prefix",
    "trim_blocks",
    "lstrip_blocks",
    "newline_sequence",
    "keep_trailing_newline",
    "optimized",
    "autoescape",
    "finalize",
    "is_async",
    "intercepted_binops",
    "intercepted_unops",
)


def settings_of(environment: jinja2.Environment) -> str:
    settings = [repr(getattr(environment, name, None)) for name in COMPILED_WITH]
    kind = type(environment)
    return "|".join(
        [f"{kind.__module__}.{kind.__qualname__}", *settings, *environment.extensions]
    )


class SharedTemplateCode(jinja2.BytecodeCache):
    """Each template's code, by its name, its file and its environment's settings.

    Jinja checks the source's checksum before it uses the code: a template whose
    file changed between builds is compiled again.
    """

    def __init__(self) -> None:
        self.code: dict[str, bytes] = {}
        self.compiled = 0

    def get_bucket(
        self,
        environment: jinja2.Environment,
        name: str,
        filename: str | None,
        source: str,
    ) -> jinja2.bccache.Bucket:
        return super().get_bucket(
            environment, f"{name}|{settings_of(environment)}", filename, source
        )

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        code = self.code.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self.compiled += 1
        self.code[bucket.key] = bucket.bytecode_to_string()


@contextlib.contextmanager
def shared_by_every_environment(
    shared: SharedTemplateCode,
) -> Iterator[SharedTemplateCode]:
    """Every Jinja environment made meanwhile keeps its code in ``shared``, but one
    given a cache of its own. Jinja's public way in is the environment's
    argument, which Sphinx does not pass: its environments are made for us."""
    original = jinja2.Environment.__init__

    def init(self: jinja2.Environment, *args: Any, **options: Any) -> None:  # noqa: ANN401 - Jinja's own
        options["bytecode_cache"] = options.get("bytecode_cache") or shared
        original(self, *args, **options)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(jinja2.Environment, "__init__", init)
        yield shared
