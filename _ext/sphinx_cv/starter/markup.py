"""Text written into MyST so that it reads back as the same text, never as markup.

An imported résumé is someone else's text: ``*``, ``#``, backticks, ``{``, ``:::``,
``<script>``, or a line that starts with ``- `` or ``1. `` must arrive as those
characters. CommonMark lets a backslash escape any ASCII punctuation, so the
characters that can begin markup anywhere are escaped everywhere, and those that
begin it only at a line's start (lists, headings, fences, a directive's options,
a MyST comment or target) are escaped there. Every paragraph is written on one
line, so a line's start is the text's start.
"""

from __future__ import annotations

import json
import re
from urllib.parse import quote

# Emphasis, code, links, raw HTML and entities, roles, tables, maths, strikeout.
_ANYWHERE = frozenset("\\`*_[]<>{}&|$~")
# Bullets, headings, quotes, setext lines, directive options, MyST comments and
# targets, block breaks.
_AT_LINE_START = frozenset("-+=#>:%(!")
_ORDERED_ITEM = re.compile(r"([0-9]{1,9})([.)])")
# An option written bare must be read back as written: no quote, comment, flow
# or anchor syntax, and no space at either end.
_BARE_OPTION = re.compile(r"[^\W_][^:#'\"\\{}\[\]&*!|>%@`]*(?<! )")


def text(value: str) -> str:
    """One line of text, escaped for a MyST paragraph or list item."""
    escaped = "".join(f"\\{char}" if char in _ANYWHERE else char for char in value)
    if escaped[:1] in _AT_LINE_START:
        return f"\\{escaped}"
    if match := _ORDERED_ITEM.match(escaped):
        return f"{match[1]}\\{escaped[len(match[1]) :]}"
    return escaped


def option(value: str) -> str:
    """A directive option's value: bare when MyST reads it back unchanged.

    Otherwise quoted: MyST reads options as YAML, whose double-quoted strings take
    JSON's escapes.
    """
    if _BARE_OPTION.fullmatch(value):
        return value
    return json.dumps(value, ensure_ascii=False)


def link(words: str, url: str) -> str:
    """A Markdown link whose target survives any character in the URL."""
    target = quote(url, safe=":/?#@!$&'()*+,;=%~-._")
    return f"[{text(words)}](<{target}>)"
