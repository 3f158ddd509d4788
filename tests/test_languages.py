"""A starter in any of the extension's languages: every word it writes is that
language's, and every date is written as CLDR writes it there.

``sphinx-cv new --language X`` and ``sphinx-cv import --language X`` are built to
text, and the words compared with the English starter's.
"""

from __future__ import annotations

import dataclasses
import json
import re
import unicodedata
from typing import TYPE_CHECKING

import docx
import pymupdf
import pytest
from sphinx_cv.cli import main
from sphinx_cv.language import languages
from sphinx_cv.starter.project import example, files
from sphinx_cv.starter.words import Words
from support.builds import TODAY, built_app, built_pdf
from support.reading import READERS

if TYPE_CHECKING:
    from pathlib import Path

NAME = "Zoë Okafor"
# Names, not words: the same in every language.
NAMES = {"Zoë", "Okafor", "Python", "PDF", "Word", "JSON", "Resume", "CV"}
# The example role's text names its files, which keep their names.
PATHS = {"experience", "index", "md", "skills"}
# Each language's own words that are spelled as English ones are: "a" and "do"
# are Portuguese, "Organisation" German, "team" and "best" Dutch.
HOMOGRAPHS = {
    "de": {"Jan", "Organisation", "in"},
    "fr": {"a", "document", "organisation", "page", "site"},
    "es": {"a"},
    "pt": {"a", "do", "site"},
    "it": {"a", "in"},
    "nl": {"best", "document", "in", "of", "s", "site", "team"},
    "pl": {"do"},
    "ja": set(),
    "zh_CN": set(),
    "ar": set(),
    "he": set(),
}
LANGUAGES = list(HOMOGRAPHS)


def words_of_a_new_cv(language: str, where: Path) -> set[str]:
    """The words of the starter, written as ``new`` writes it, built to text."""
    project = where / language
    written = files(example(NAME, Words(language)), language=language, version="1")
    for relative, text in written.items():
        (project / relative).parent.mkdir(parents=True, exist_ok=True)
        (project / relative).write_text(text, encoding="utf-8")
    app, warnings = built_app(
        "text", project, where / f"build-{language}", confoverrides={"cv_today": TODAY}
    )
    assert warnings == ""
    text = " ".join(path.read_text() for path in sorted(app.outdir.rglob("*.txt")))
    return set(re.findall(r"[^\W\d_]+", text))


@pytest.fixture(scope="module")
def english_words(tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    return words_of_a_new_cv("en", tmp_path_factory.mktemp("english"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_new_cv_has_no_english_word(
    language: str, english_words: set[str], tmp_path: Path
) -> None:
    english = english_words - NAMES - PATHS - HOMOGRAPHS[language]
    assert "Experience" in english  # the comparison has words to compare
    assert sorted(words_of_a_new_cv(language, tmp_path) & english) == []


def test_an_imported_cvs_headings_and_dates_are_in_its_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    resume = {
        "basics": {"name": NAME, "summary": "Builds things."},
        "work": [{"name": "Northwind", "startDate": "2019-03", "endDate": "2021-02"}],
        "volunteer": [{"organization": "Dojo", "startDate": "2012-01"}],
        "skills": [{"keywords": ["Python"]}],
    }
    source = tmp_path / "resume.json"
    source.write_text(json.dumps(resume), encoding="utf-8")
    project = tmp_path / "cv"
    assert main(["import", str(source), str(project), "--language", "fr"]) == 0
    capsys.readouterr()
    app, warnings = built_app(
        "text", project, tmp_path / "build", confoverrides={"cv_today": TODAY}
    )
    assert warnings == ""
    text = " ".join((app.outdir / "cv.txt").read_text().split())
    for heading in ("Profil", "Expérience", "Bénévolat", "Compétences"):
        assert heading in text
    assert "Dojo (janv. 2012 – aujourd’hui)" in text
    assert "mars 2019 – févr. 2021 · 2 ans" in text
    assert "Autres:" in text  # the nameless group of skills


# A starter whose name is written in its language's script, as well as its words.
NAMES_IN_SCRIPT = {"ja": "田中花子"}
# LuaTeX's own /ID digests the folder it writes to; pdfTeX's does not.
EPOCH = "1795132800"


def printed(project: Path, builddir: Path) -> Path:
    """``project``'s PDF, built at a fixed date into ``builddir``."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOURCE_DATE_EPOCH", EPOCH)
        return built_pdf(project, builddir)


@dataclasses.dataclass
class Starters:
    """Each language's new CV, written and built to its PDF once for the tests
    that read it."""

    folders: pytest.TempPathFactory
    projects: dict[str, Path] = dataclasses.field(default_factory=dict)
    pdfs: dict[str, Path] = dataclasses.field(default_factory=dict)

    def project(self, language: str) -> Path:
        self.pdf(language)
        return self.projects[language]

    def pdf(self, language: str) -> Path:
        if language not in self.pdfs:
            where = self.folders.mktemp(f"starter-{language}")
            project = where / "cv"
            name = NAMES_IN_SCRIPT.get(language, NAME)
            new = ["new", str(project), "--name", name, "--language", language]
            assert main(new) == 0
            self.projects[language] = project
            self.pdfs[language] = printed(project, where / "build")
        return self.pdfs[language]


@pytest.fixture(scope="module")
def starters(tmp_path_factory: pytest.TempPathFactory) -> Starters:
    return Starters(tmp_path_factory)


def test_a_cv_in_another_script_has_files_named_in_it(
    starters: Starters, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    resume = {
        "basics": {"name": "田中花子"},
        "work": [{"name": "テックコーポ", "startDate": "2018-04"}],
    }
    source = tmp_path / "resume.json"
    source.write_text(json.dumps(resume, ensure_ascii=False), encoding="utf-8")
    project = tmp_path / "cv"
    assert main(["import", str(source), str(project)]) == 0
    capsys.readouterr()
    assert (project / "experience" / "テックコーポ-2018-04.md").is_file()
    _app, warnings = built_app(
        "html", project, tmp_path / "build", confoverrides={"cv_today": TODAY}
    )
    assert warnings == ""
    assert (tmp_path / "build" / "html" / "田中花子-cv.docx").is_file()
    assert starters.pdf("ja").name == "田中花子-cv.pdf"


def test_a_cv_in_another_script_prints_the_same_bytes_in_any_folder(
    starters: Starters, tmp_path: Path
) -> None:
    here = starters.pdf("ja")
    elsewhere = printed(starters.project("ja"), tmp_path / "elsewhere" / "deeper")
    assert here.parent != elsewhere.parent
    assert b"/ID [" in here.read_bytes()
    assert here.read_bytes() == elsewhere.read_bytes()


@pytest.mark.parametrize("language", ["en", *LANGUAGES])
def test_every_language_a_starter_is_offered_in_builds_its_pdf(
    language: str, starters: Starters
) -> None:
    assert language in languages()
    assert starters.pdf(language).stat().st_size > 0


# Han is written in each of these languages with forms of its own: the PDF sets it
# in the Noto CJK font of the CV's language, as Word does.
HAN_FONTS = {"ja": "NotoSerifCJKjp", "zh_CN": "NotoSerifCJKsc"}


@pytest.mark.parametrize("language", HAN_FONTS)
def test_a_pdf_sets_han_in_the_forms_of_the_cvs_language(
    language: str, starters: Starters
) -> None:
    fonts = pymupdf.open(starters.pdf(language)).get_page_fonts(0)
    cjk = {name.partition("+")[2].partition("-")[0] for *_, name, _, _ in fonts}
    assert {name for name in cjk if "CJK" in name} == {HAN_FONTS[language]}


WORLD_NAMES = {
    "japanese": ("田中花子", "テックコーポで決済システムを設計した。", "ja"),
    "chinese": ("王小明", "在数据平台团队负责搜索服务。", "zh_CN"),
    "korean": ("김민준", "검색 서비스를 설계하고 운영했다.", "ko"),
    "arabic": ("ليلى حداد", "صممت نظام الدفع بلغة Python.", "ar"),
    "hebrew": ("נועה כהן", "תכננתי את מערכת התשלומים ב־Python.", "he"),
    "hindi": ("अनन्या शर्मा", "भुगतान प्रणाली का डिज़ाइन किया।", "hi"),
}
EXPECTED_FONTS = {
    "japanese": ("eastAsia", "Noto Serif CJK JP"),
    "chinese": ("eastAsia", "Noto Serif CJK SC"),
    "korean": ("eastAsia", "Noto Serif CJK KR"),
    "arabic": ("cs", "Noto Naskh Arabic"),
    "hebrew": ("cs", "Noto Serif Hebrew"),
    "hindi": ("cs", "Noto Serif Devanagari"),
}
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@pytest.mark.parametrize("script", WORLD_NAMES)
def test_word_sets_each_runs_script_font_and_direction(
    script: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    name, highlight, language = WORLD_NAMES[script]
    resume = {
        "basics": {"name": name},
        "work": [{"name": "Acme", "startDate": "2019-03", "highlights": [highlight]}],
    }
    source = tmp_path / "resume.json"
    source.write_text(json.dumps(resume, ensure_ascii=False), encoding="utf-8")
    assert main(["import", str(source), str(tmp_path / "cv")]) == 0
    capsys.readouterr()
    app, warnings = built_app(
        "docx",
        tmp_path / "cv",
        tmp_path / "build",
        confoverrides={"cv_today": TODAY, "language": language},
    )
    assert warnings == ""
    word = docx.Document(str(next(app.outdir.glob("*.docx"))))
    attribute, font = EXPECTED_FONTS[script]
    right_to_left = script in {"arabic", "hebrew"}
    for text in (name, highlight):
        paragraph = next(p for p in word.paragraphs if text in p.text)
        runs = [run for run in paragraph.runs if not run.text.isascii()]
        assert runs
        for run in runs:
            fonts = run._r.rPr.find(f"{W}rFonts")  # noqa: SLF001 - the XML itself
            assert fonts is not None
            assert fonts.get(f"{W}{attribute}") == font
            assert (run._r.rPr.find(f"{W}rtl") is not None) == right_to_left  # noqa: SLF001
        properties = paragraph._p.pPr  # noqa: SLF001
        bidi = properties is not None and properties.find(f"{W}bidi") is not None
        assert bidi == right_to_left


def test_a_right_to_left_cvs_word_paragraphs_all_run_right_to_left(
    tmp_path: Path,
) -> None:
    resume = {
        "basics": {"name": "سارة أحمد"},
        "work": [
            {"name": "شركة الدفع", "startDate": "2019-03", "highlights": ["Python."]}
        ],
    }
    source = tmp_path / "resume.json"
    source.write_text(json.dumps(resume, ensure_ascii=False), encoding="utf-8")
    assert main(["import", str(source), str(tmp_path / "cv"), "--language", "ar"]) == 0
    app, warnings = built_app(
        "docx", tmp_path / "cv", tmp_path / "build", confoverrides={"cv_today": TODAY}
    )
    assert warnings == ""
    word = docx.Document(str(next(app.outdir.glob("*.docx"))))
    written = [paragraph for paragraph in word.paragraphs if paragraph.text.strip()]
    assert any(paragraph.text == "Python." for paragraph in written)
    for paragraph in written:
        properties = paragraph._p.pPr  # noqa: SLF001 - the XML itself
        assert properties is not None, paragraph.text
        assert properties.find(f"{W}bidi") is not None, paragraph.text


def test_a_latin_cvs_runs_name_no_script_font(tmp_path: Path) -> None:
    project = tmp_path / "cv"
    assert main(["new", str(project), "--name", "Zoë Okafor"]) == 0
    app, _ = built_app("docx", project, tmp_path / "build")
    body = docx.Document(str(next(app.outdir.glob("*.docx")))).element.xml
    assert "Zoë Okafor" in body
    for element in ("w:eastAsia", "w:cs=", "w:rtl", "w:bidi"):
        assert element not in body


# -- every script in the PDF -------------------------------------------------------

SCRIPTS = {
    "japanese": ("田中花子", "決済システムを設計した。"),
    "chinese": ("王小明", "负责搜索服务的设计。"),
    "korean": ("김민준", "결제 시스템을 설계했다."),
    "greek": ("Ελένη Παπαδοπούλου", "Σχεδίασα το σύστημα πληρωμών."),
    "russian": ("Анна Иванова", "Разработала платёжную систему."),
    "hindi": ("अनन्या शर्मा", "भुगतान प्रणाली बनाई।"),
    "vietnamese": ("Nguyễn Thị Minh Khai", "Thiết kế hệ thống thanh toán."),
    "arabic": ("سارة أحمد", "صممت نظام الدفع الجديد."),
    "hebrew": ("דנה כהן", "תכננה את מערכת התשלומים."),
}
# Poppler marks a right-to-left run it read with Unicode's embedding controls:
# formatting, not text, and no reader of the text sees them.
BIDI_CONTROLS = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e"))


def pdf_readers(pdf: Path) -> dict[str, str]:
    """What make ats's four readers read: each one's text, on one line."""
    return {
        reader: unicodedata.normalize("NFC", " ".join(read(pdf).split())).translate(
            BIDI_CONTROLS
        )
        for reader, read in READERS.items()
    }


def imported_and_built(
    where: Path, resume: dict[str, object], language: str = "en"
) -> tuple[Path, str]:
    source = where / "resume.json"
    source.write_text(json.dumps(resume, ensure_ascii=False), encoding="utf-8")
    project = where / "cv"
    assert main(["import", str(source), str(project), "--language", language]) == 0
    assert 'latex_engine = "lualatex"' in (project / "conf.py").read_text()
    app, warnings = built_app(
        "latex",
        project,
        where / "build",
        confoverrides={"cv_today": TODAY, "cv_make_pdf": True},
    )
    return next(app.outdir.glob("*.pdf")), warnings


@pytest.fixture(scope="module")
def every_script_pdf(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[Path, dict[str, str]]:
    """One CV with a role in each script, imported and built as its PDF: LuaLaTeX
    is slow to load the CJK fonts, so every script shares one run."""
    resume = {
        "basics": {"name": SCRIPTS["japanese"][0]},
        "work": [
            {"name": name, "startDate": f"{2000 + index}-03", "highlights": [line]}
            for index, (name, line) in enumerate(SCRIPTS.values())
        ],
    }
    pdf, warnings = imported_and_built(tmp_path_factory.mktemp("every-script"), resume)
    assert warnings == ""
    return pdf, pdf_readers(pdf)


NOTDEF = 0  # the glyph a font draws for a character it lacks: a box


def test_every_script_prints_with_a_glyph(
    every_script_pdf: tuple[Path, dict[str, str]],
) -> None:
    pdf, _ = every_script_pdf
    log = pdf.with_suffix(".log").read_text(encoding="utf-8", errors="replace")
    assert "Missing character" not in log  # no glyph left out
    with pymupdf.open(pdf) as document:
        drawn = [
            glyph
            for page in document
            for span in page.get_texttrace()
            for _, glyph, *_ in span["chars"]
        ]
    assert len(drawn) > sum(len("".join(texts)) for texts in SCRIPTS.values())
    assert NOTDEF not in drawn


def test_the_pdf_loads_the_fonts_of_its_scripts_and_no_other(
    every_script_pdf: tuple[Path, dict[str, str]],
) -> None:
    pdf, _ = every_script_pdf
    tex = pdf.with_suffix(".tex").read_text(encoding="utf-8")
    for font in (
        "Noto Serif",
        "Noto Serif Devanagari",
        "Noto Serif CJK JP",
        "Noto Sans Arabic",
        "Noto Serif Hebrew",
    ):
        assert f'"{font}:mode=harf;"' in tex
    assert "Noto Serif Thai" not in tex
    assert "Noto Serif Bengali" not in tex


# What a reader still reads otherwise, each pinned so that a change shows:
# - Devanagari's reph (the "र्" drawn over "मा") is one glyph after the letters
#   it precedes in the text; pypdf and pdfminer.six read glyphs, not the
#   ActualText that luaotfload gives the cluster, and read the reph as U+FFFD.
# - pdftotext orders a line by the page's main direction: on this left-to-right
#   page, a right-to-left sentence's full stop, drawn at its left, comes first.
KNOWN_MISREADS = {
    ("hindi", "pypdf"): ("अनन्या शमा\ufffd", "भुगतान प्रणाली बनाई।"),
    ("hindi", "pdfminer.six"): ("अनन्या शमा\ufffd", "भुगतान प्रणाली बनाई।"),
    ("arabic", "pdftotext"): ("سارة أحمد", ".صممت نظام الدفع الجديد"),
    ("hebrew", "pdftotext"): ("דנה כהן", ".תכננה את מערכת התשלומים"),
}


@pytest.mark.parametrize("script", SCRIPTS)
def test_each_reader_reads_each_script_back_as_written(
    script: str, every_script_pdf: tuple[Path, dict[str, str]]
) -> None:
    _, read = every_script_pdf
    assert set(read) == set(READERS)
    for reader, text in read.items():
        name, highlight = KNOWN_MISREADS.get((script, reader), SCRIPTS[script])
        assert name in text, reader
        assert highlight in text, reader


def test_a_known_misread_is_only_what_the_reader_reads(
    every_script_pdf: tuple[Path, dict[str, str]],
) -> None:
    _, read = every_script_pdf
    for (script, reader), misread in KNOWN_MISREADS.items():
        assert misread != SCRIPTS[script]
        assert SCRIPTS[script][1] not in read[reader] or (
            SCRIPTS[script][0] not in read[reader]
        ), (script, reader)


def test_a_character_no_font_has_is_named_where_it_is(tmp_path: Path) -> None:
    hieroglyph = "\N{EGYPTIAN HIEROGLYPH A001}"
    resume = {
        "basics": {"name": "Ελένη Παπαδοπούλου"},
        "work": [{"name": "Museum", "startDate": "2020-01", "summary": hieroglyph}],
    }
    _, warnings = imported_and_built(tmp_path, resume)
    assert "U+13000" in warnings
    assert hieroglyph in warnings
    assert "[cv.script]" in warnings
    assert re.search(r"experience/.*\.md:\d+: WARNING", warnings), warnings


def test_a_latin_cv_keeps_pdflatex(tmp_path: Path) -> None:
    project = tmp_path / "cv"
    assert main(["new", str(project), "--name", "Zoë Ñuñez", "--language", "pl"]) == 0
    assert 'latex_engine = "pdflatex"' in (project / "conf.py").read_text()


def test_a_character_pdflatex_frames_is_named_with_the_engine_that_sets_it(
    tmp_path: Path,
) -> None:
    resume = {
        "basics": {"name": "Zoë Okafor"},
        "work": [{"name": "Shop", "startDate": "2020-01", "summary": "Built ⌘ keys."}],
    }
    source = tmp_path / "resume.json"
    source.write_text(json.dumps(resume, ensure_ascii=False), encoding="utf-8")
    assert main(["import", str(source), str(tmp_path / "cv")]) == 0
    _, warnings = built_app(
        "latex",
        tmp_path / "cv",
        tmp_path / "build",
        confoverrides={"cv_today": TODAY, "cv_make_pdf": True},
    )
    assert "⌘ (U+2318 PLACE OF INTEREST SIGN)" in warnings
    assert 'latex_engine = "lualatex"' in warnings
    assert re.search(r"experience/.*\.md:\d+: WARNING: .*\[cv\.script\]", warnings)


# A CV in a right-to-left language: the page itself runs right to left.
RIGHT_TO_LEFT_CVS = {
    "ar": (
        "سارة أحمد",
        "صممت نظام الدفع الجديد.",
        "عملت مع Python و Django لمدة 5 سنوات.",
    ),
    "he": (
        "דנה כהן",
        "תכננה את מערכת התשלומים.",
        "עבדה עם Python ו־Django במשך 5 שנים.",
    ),
}


@pytest.mark.parametrize("language", RIGHT_TO_LEFT_CVS)
def test_a_right_to_left_cv_reads_back_in_every_reader(
    language: str, tmp_path: Path
) -> None:
    name, highlight, mixed = RIGHT_TO_LEFT_CVS[language]
    resume = {
        "basics": {"name": name},
        "work": [
            {"name": name, "startDate": "2019-03", "highlights": [highlight, mixed]}
        ],
        "skills": [{"name": name, "keywords": ["Python", "PostgreSQL 16"]}],
    }
    pdf, warnings = imported_and_built(tmp_path, resume, language)
    assert warnings == ""
    tex = next(pdf.parent.glob("*.tex")).read_text(encoding="utf-8")
    assert r"\pardir TRT" in tex  # the page, not only its lines
    for reader, text in pdf_readers(pdf).items():
        assert name in text, reader
        assert highlight in text, reader
        assert "Python" in text, reader  # never "nohtyP"
        assert "PostgreSQL 16" in text, reader


@pytest.mark.parametrize("language", ["en", *LANGUAGES])
def test_the_footer_numbers_its_pages_in_every_language(
    language: str, starters: Starters
) -> None:
    """Its words from the catalog, the page and the pages LaTeX's (sphinxcv.sty)."""
    tex = starters.pdf(language).with_suffix(".tex").read_text(encoding="utf-8")
    found = re.search(r"\\renewcommand\\cvpageof\[2\]\{(.*)\}\n", tex)
    assert found is not None
    footer = found[1]
    assert footer.count("#1") == footer.count("#2") == 1
    assert footer.index("#1") < footer.index("#2")  # as written, in every script
