"""File names from people's and organisations' names: ``core/names.py``."""

from __future__ import annotations

import pytest
from sphinx_cv.core.names import DIGEST_LENGTH, readable_stem


@pytest.mark.parametrize(
    ("name", "stem"),
    [
        ("Zoë Okafor", "zoe-okafor"),
        ("田中花子", "田中花子"),
        ("5 ㎏ Ltd", "5-kg-ltd"),  # one character, two letters
        ("Ⅻ Labs", "xii-labs"),
        ("ab \u0301c", "ab-c"),  # a mark after a separator marks nothing
        ("कि", "कि"),  # a vowel sign after its letter
        ("-- Acme! --", "acme"),
        ("!?", ""),
    ],
)
def test_a_stem_is_readable_in_the_names_own_script(name: str, stem: str) -> None:
    assert readable_stem(name, 40) == stem


def test_a_stem_of_exactly_the_longest_length_is_kept_whole() -> None:
    assert readable_stem("a" * 20, 20) == "a" * 20


def test_a_longer_stem_keeps_its_start_and_a_digest_to_the_longest_length() -> None:
    stem = readable_stem("b" * 30, 20)
    start, _, digest = stem.rpartition("-")
    assert len(stem) == 20
    assert start == "b" * (20 - DIGEST_LENGTH - 1)
    assert len(digest) == DIGEST_LENGTH
    assert readable_stem("b" * 31, 20) != stem


def test_a_stem_cut_after_a_separator_has_no_separator_before_its_digest() -> None:
    stem = readable_stem("abcdefghij klmnopqrstuvwxyz", 20)
    assert stem.startswith("abcdefghij-")
    assert "--" not in stem
    assert len(stem) == 20 - 1
