"""A summary shortened for a link preview: whole words, and an ellipsis if cut."""

from __future__ import annotations

from sphinx_cv.core.preview import short_description


def test_a_short_first_paragraph_is_whole() -> None:
    assert short_description("One line.\n\nAnother.", 200) == "One line."


def test_lines_of_a_paragraph_join_with_spaces() -> None:
    assert short_description("One\nparagraph   here.", 200) == "One paragraph here."


def test_a_long_paragraph_is_cut_between_words() -> None:
    text = "I create products that work, are well tested, and cheap to extend."
    cut = short_description(text, 30)
    assert cut == "I create products that work,\N{HORIZONTAL ELLIPSIS}"


def test_a_word_is_never_cut_in_two() -> None:
    text = "I create products that work, are well tested, and cheap to extend."
    assert (
        short_description(text, 31)
        == "I create products that work,\N{HORIZONTAL ELLIPSIS}"
    )


def test_a_paragraph_of_exactly_the_limit_is_whole() -> None:
    assert short_description("Five.", 5) == "Five."


def test_one_long_word_is_cut_inside_it() -> None:
    assert short_description("x" * 50, 10) == "x" * 9 + "\N{HORIZONTAL ELLIPSIS}"


def test_nothing_gives_nothing() -> None:
    assert short_description("  \n\n ", 200) == ""


def test_a_word_that_ends_just_inside_the_limit_is_kept() -> None:
    # Cut at 29, the room ends in the space after "work,": that word fits.
    text = "I create products that work, are well tested, and cheap to extend."
    assert (
        short_description(text, 29)
        == "I create products that work,\N{HORIZONTAL ELLIPSIS}"
    )
