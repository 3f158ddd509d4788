"""Values from ``conf.py`` and the environment, as a warning quotes them."""

from __future__ import annotations

import math

LONGEST = 80  # characters of a value a message quotes; a value can be any size


def described(value: object) -> str:
    """``repr(value)``, shortened; a number too large for ``repr`` by its size.

    Python refuses to print an integer of more than 4,300 digits (CVE-2020-10735),
    so a message about one must not try.
    """
    if isinstance(value, int) and not isinstance(value, bool) and value:
        digits = math.floor(math.log10(abs(value))) + 1
        if digits > LONGEST:
            return f"a number of {digits} digits"
    try:
        text = repr(value)
    except ValueError:  # a number too large to print, somewhere inside
        return f"a {type(value).__name__} too large to show"
    return text if len(text) <= LONGEST else text[: LONGEST - 1] + "…"
