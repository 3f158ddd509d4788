"""The extension's labels are translated by its own message catalog."""

from __future__ import annotations

import io
import re
import shutil
from typing import TYPE_CHECKING

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po
from support.builds import PROJECT_ROOT, article, warnings_of

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from babel.messages.catalog import Catalog
    from sphinx.testing.util import SphinxTestApp

LOCALES = PROJECT_ROOT / "_ext" / "sphinx_cv" / "locales"


@pytest.mark.sphinx(
    "html", testroot="basic", freshenv=True, confoverrides={"language": "de"}
)
def test_a_german_build_translates_every_label(app: SphinxTestApp) -> None:
    app.build()
    assert warnings_of(app) == []
    timeline = article(app.outdir, "index.html").find("ol", class_="cv-timeline")
    positions = [
        p.get_text(" ", strip=True) for p in timeline.find_all(class_="cv-position")
    ]
    assert positions[0] == "Senior Engineer · März 2021 – heute · 5 Jahre 9 Monate"
    assert positions[1] == "Engineer · Mai 2019 – Feb. 2021 · 1 Jahr 10 Monate"
    table = article(app.outdir, "skills.html").find("table", class_="cv-skills")
    headings = [th.get_text(strip=True) for th in table.find_all("th")]
    assert headings == ["Kenntnis", "Jahre", "Zuletzt genutzt", "Stellen"]
    assert "Kenntnisindex" in (app.outdir / "cv-skillindex.html").read_text("utf-8")


LANGUAGES = sorted(path.name for path in LOCALES.iterdir() if path.is_dir())


def test_there_is_a_catalog_for_each_language_the_issue_names() -> None:
    wanted = {"de", "fr", "es", "pt", "it", "nl", "pl", "ja", "zh_CN", "ar", "he"}
    assert wanted <= set(LANGUAGES)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_has_a_translation(language: str) -> None:
    template = read_po(io.BytesIO((LOCALES / "sphinx_cv.pot").read_bytes()))
    translated = read_po(
        io.BytesIO((LOCALES / f"{language}/LC_MESSAGES/sphinx_cv.po").read_bytes())
    )
    missing = [
        m.id
        for m in template
        if m.id and not (translated.get(m.id) and all(forms(translated[m.id].string)))
    ]
    assert missing == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_translation_keeps_its_placeholders(language: str) -> None:
    """A form without its %d, or a {name} lost, would stop the build that uses it."""
    translated = read_po(
        io.BytesIO((LOCALES / f"{language}/LC_MESSAGES/sphinx_cv.po").read_bytes())
    )
    for message in translated:
        if not message.id:
            continue
        source = message.id if isinstance(message.id, str) else message.id[0]
        wanted = sorted(re.findall(r"%d|\{\w+\}", source))
        for form in forms(message.string):
            assert sorted(re.findall(r"%d|\{\w+\}", form)) == wanted, (source, form)


def forms(string: object) -> list[str]:
    return [string] if isinstance(string, str) else list(string)  # type: ignore[call-overload]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_compiled_catalog_matches_its_source(language: str) -> None:
    folder = LOCALES / language / "LC_MESSAGES"
    source = read_po(io.BytesIO((folder / "sphinx_cv.po").read_bytes()))
    compiled = read_mo(io.BytesIO((folder / "sphinx_cv.mo").read_bytes()))
    assert messages(compiled) == messages(source), "run: make translations"


def messages(catalog: Catalog) -> dict[object, object]:
    """msgid to msgstr; plural ones as tuples, however the reader stored them."""

    def frozen(value: object) -> object:
        return value if isinstance(value, str) else tuple(value)  # type: ignore[call-overload]

    return {frozen(m.id): frozen(m.string) for m in catalog if m.id}


def test_the_template_lists_every_message_the_code_uses() -> None:
    keywords = {"_": None, "mark": None, "ngettext": (1, 2)}
    in_code = {
        message if isinstance(message, str) else message[0]
        for _, _, message, _, _ in extract_from_dir(
            PROJECT_ROOT / "_ext" / "sphinx_cv", keywords=keywords
        )
    }
    template = read_po(io.BytesIO((LOCALES / "sphinx_cv.pot").read_bytes()))
    in_template = {m.id if isinstance(m.id, str) else m.id[0] for m in template if m.id}
    assert in_code == in_template, "run: make translations"


@pytest.mark.parametrize(
    ("language", "dates"),
    [
        ("fr", ("mars 2021", "févr. 2021")),
        ("ja", ("2021年3月", "2021年2月")),
        ("pt_BR", ("mar. de 2021", "fev. de 2021")),
        ("xx", ("Mar 2021", "Feb 2021")),  # CLDR knows no "xx": English, as Sphinx's
    ],
)
def test_dates_are_written_as_cldr_writes_them_in_any_language(
    language: str,
    dates: tuple[str, str],
    make_app: Callable[..., SphinxTestApp],
    rootdir: Path,
    tmp_path: Path,
) -> None:
    shutil.copytree(rootdir / "test-basic", tmp_path / "src")
    app = make_app(
        "html",
        srcdir=tmp_path / "src",
        freshenv=True,
        confoverrides={"language": language},
    )
    app.build()
    timeline = article(app.outdir, "index.html").find("ol", class_="cv-timeline")
    positions = [
        p.get_text(" ", strip=True) for p in timeline.find_all(class_="cv-position")
    ]
    start, end = dates
    assert f" · {start} – " in positions[0]
    assert f" – {end} · " in positions[1]
