"""A starter CV project, as file texts: for ``sphinx-cv new`` and ``sphinx-cv import``.

Nothing here touches the disk; ``cli.py`` writes what ``files`` returns, so that
bad input writes nothing.
"""

from __future__ import annotations

import dataclasses
import json
from importlib import resources
from typing import TYPE_CHECKING

from sphinx_cv.core.dates import CVDate, Period
from sphinx_cv.core.labels import mark
from sphinx_cv.core.names import readable_stem
from sphinx_cv.core.person import PRIVATE_BY_DEFAULT
from sphinx_cv.core.records import (
    EducationRecord,
    Facts,
    RoleRecord,
    RoleText,
    SkillRecord,
    Source,
)
from sphinx_cv.core.resume_import import (
    FRONT_PAGE,
    SKILLS_PAGE,
    ImportedCV,
    ImportedRole,
)
from sphinx_cv.core.scripts import needs_unicode_fonts
from sphinx_cv.starter import pages
from sphinx_cv.starter.words import Words

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping

# The distribution this package is, and the files copied as they are.
DISTRIBUTION = "sphinx-cv"
COPIED = {
    "Makefile": "Makefile",
    ".gitignore": "gitignore",
    ".readthedocs.yaml": "readthedocs.yaml",
    "tests/test_build.py": "tests/test_build.py",
    "_templates/page.html": "templates-page.html",
}


def files(cv: ImportedCV, *, language: str, version: str) -> dict[str, str]:
    """Every file of the project, by its path relative to the project's folder."""
    words = Words(language)
    written = {
        "conf.py": conf_py(cv.person, language, latex_engine(cv)),
        "index.md": pages.front_page(cv, words),
        "cv.md": pages.pdf_page(cv, words),
        "experience/index.md": pages.experience_index(cv.roles, words),
        "skills/index.md": pages.skills_page(cv.skills, words),
        "requirements.txt": requirements(version),
        "README.md": readme(cv.person["name"]),
    }
    for role in cv.roles:
        written[f"{role.record.source.docname}.md"] = pages.role_page(role)
    folder = resources.files("sphinx_cv.starter") / "files"
    for target, source in COPIED.items():
        written[target] = (folder / source).read_text(encoding="utf-8")
    return written


# The example CV's text, in the project's language.
HEADLINE = mark("What you do, in a line")
SUMMARY = mark(
    "A paragraph or two on who you are and what you do best. The site shows it on "
    "the front page; the PDF, the Word document and JSON Resume begin with it."
)
UNIVERSITY = mark("Example University")
DEGREE = mark("Bachelor of Science")
SUBJECT = mark("Your subject")
ORGANISATION = mark("Example Organisation")
TITLE = mark("Your title")
ROLE_SUMMARY = mark(
    "What the organisation does, and what your team did in it. Each role has its "
    "own page under experience/: copy this one for the next, and list it in "
    "experience/index.md."
)
HIGHLIGHTS = (
    mark("Something you did, and what came of it."),
    mark("The skills in :skills: above give each skill its years."),
)
PROGRAMMING_LANGUAGES = mark("Programming languages")
# The example's page, named in every language alike: a file name is no word of
# the CV.
EXAMPLE_ROLE_PAGE = "experience/example-organisation"


def example(name: str, words: Words) -> ImportedCV:
    """``sphinx-cv new``'s CV: the person's name, and one of everything to edit."""
    return ImportedCV(
        person={"name": name, "headline": words(HEADLINE)},
        facts=Facts(
            summary=words(SUMMARY),
            education=(
                EducationRecord(
                    source=Source(FRONT_PAGE, 0, ""),
                    institution=words(UNIVERSITY),
                    study_type=words(DEGREE),
                    area=words(SUBJECT),
                ),
            ),
        ),
        roles=(
            ImportedRole(
                RoleRecord(
                    source=Source(EXAMPLE_ROLE_PAGE, 0, ""),
                    org=words(ORGANISATION),
                    period=Period(CVDate(2020, 1)),
                    title=words(TITLE),
                    skills=("Python",),
                ),
                RoleText(
                    summary=words(ROLE_SUMMARY),
                    highlights=tuple(words(highlight) for highlight in HIGHLIGHTS),
                ),
            ),
        ),
        skills=(
            SkillRecord(
                source=Source(SKILLS_PAGE, 0, ""),
                name="Python",
                category=words(PROGRAMMING_LANGUAGES),
            ),
        ),
    )


def latex_engine(cv: ImportedCV) -> str:
    """pdflatex, the quicker, unless the CV's text needs LuaLaTeX's Unicode fonts."""
    if any(needs_unicode_fonts(text) for text in texts_of(cv)):
        return "lualatex"
    return "pdflatex"


def texts_of(value: object) -> Iterator[str]:
    """Every text a CV's records hold, however deep."""
    if isinstance(value, str):
        yield value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from texts_of(getattr(value, field.name))
    elif isinstance(value, dict):
        for item in value.values():
            yield from texts_of(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from texts_of(item)


def conf_py(person: Mapping[str, object], language: str, engine: str) -> str:
    name = str(person["name"])
    stem = file_stem(name)
    # Said in conf.py, not left to the default, so the author sees the choice.
    person = {**person, "private": sorted(PRIVATE_BY_DEFAULT)}
    # The name only as a JSON string: in a docstring, a backslash or three
    # quotes of a name would be Python.
    return f'''"""Sphinx configuration of a CV made with sphinx_cv: see README.md."""

project = {json.dumps(name, ensure_ascii=False)}
author = project
copyright = project  # noqa: A001 - Sphinx's own name for this setting

extensions = ["myst_parser", "sphinx_cv"]
myst_enable_extensions = ["colon_fence"]

root_doc = "index"
exclude_patterns = ["_build", ".venv", ".pytest_cache", "tests", "README.md"]
language = {json.dumps(language)}
# Text arrives as written: no straight quotes turned curly.
smartquotes = False

# The CV's person: name, headline, email, phone, location, url and profiles
# ({{"network": ..., "username": ..., "url": ...}}). The contact details named in
# "private" are shown in the PDFs, Word and the text, which you send, and never
# on the site (its pages, structured data and downloads).
cv_person = {json.dumps(person, ensure_ascii=False, indent=4)}

html_theme = "furo"
html_title = project
# The footer names you, without "Made with" credits (_templates/page.html).
html_show_sphinx = False
templates_path = ["_templates"]

# The PDF and the Word document: cv.md, in a printed CV's order. Two pages, or
# one with `make onepage`: a longer PDF is made, with a warning
# (`make latexpdf PDFOPTS=-W` stops it instead).
latex_engine = "{engine}"
latex_documents = [("cv", "{stem}.tex", project, author, "howto")]
onepage = tags.has("onepage")  # noqa: F821 - Sphinx provides tags to conf.py
latex_elements = {{"pointsize": "10pt" if onepage else "11pt"}}
latex_table_style = ["booktabs"]
cv_page_limit = 1 if onepage else 2
# The site offers the PDF once `make latexpdf` has built it, if it shows no
# private field: `make latexpdf PUBLIC=1` builds one for the site.
cv_pdf = "_build/latex/{stem}.pdf"

# The CV in another language, from the same pages (README.md): a catalog per
# page in locale/, which `make translate LANGUAGE=de` starts and refreshes.
locale_dirs = ["locale/"]
gettext_compact = False
gettext_location = False
# The sites of the complete translations, which every page links to, page for
# page: {{"de": "https://example.org/de/"}}.
cv_translations: dict[str, str] = {{}}

# The PDFs' and Word's design: "classic" (serif) or "modern" (sans-serif).
cv_design = "classic"
'''


# File systems allow 255 bytes a name: the stem leaves room for ".pdf.public"
# and for a folder's temporary files, in a script of three bytes a character.
LONGEST_STEM = 80


def file_stem(name: str) -> str:
    """The PDF's and the Word document's name, from the person's.

    "Dr. Ada Lovelace" gives "dr-ada-lovelace-cv", "田中花子" "田中花子-cv"; a
    name with no letter or digit gives "cv". A long one keeps its start and a
    digest of the whole, as the anchors do (``core/names.py``).
    """
    stem = readable_stem(name, LONGEST_STEM - len("-cv"))
    return f"{stem}-cv" if stem else "cv"


def requirements(version: str) -> str:
    return f"""# The CV's Python packages: sphinx-cv brings Sphinx, MyST-Parser and
# python-docx.
{DISTRIBUTION}=={version}
furo>=2024.8.6
pytest>=8
# make translate: the CV's catalogs in another language.
sphinx-intl>=2.2
"""


def readme(name: str) -> str:
    return f"""# {name}'s CV

A CV as a Sphinx project, made with sphinx_cv (the package `{DISTRIBUTION}`): one
source for a website, a PDF, a Word document, JSON Resume and plain text.

- `make html` builds the website into `_build/html`; `make latexpdf` the PDF.
- `make onepage`, `make docx`, `make jsonresume` and `make text` build the rest.
- `make livepdf` rebuilds the PDF on every save, and shows it on
  http://127.0.0.1:8001/.
- `make test` checks that the CV builds without a warning.
- **Applying for a job**: write `applications/acme.md` (the employer, the role,
  the date, the job's description as `job:`, and the cover letter after the
  fields; see sphinx-cv's README), then `make application NAME=acme` builds the
  tailored CV, the letter and a match report of what the job names against your
  skills, into `_build/applications/acme/`. `.gitignore` keeps applications out
  of the repository: they are private.
- A PDF longer than `cv_page_limit` is made, with a warning; `make latexpdf
  PDFOPTS=-W` makes any warning stop it instead.
- **Designs**: `cv_design = "modern"` in `conf.py` (or `make latexpdf
  DESIGN=modern` to try it) sets the PDFs and Word in a sans-serif design;
  `"classic"` is the default.
- **Another language**: `make translate LANGUAGE=de` writes a catalog per page
  into `locale/de/LC_MESSAGES/`; translate its empty `msgstr ""` entries, then
  `make html LANGUAGE=de` and `make latexpdf LANGUAGE=de` build into `_build/de/`.
  Dates, durations and skills are records, written in German by the extension.
  A text not translated yet, or changed in the source since (`make translate`
  marks it fuzzy), reads in the source's language, and the build counts it in a
  `cv.translation` warning. List a complete translation's site in
  `cv_translations` (`conf.py`) to link each page to its own in it.

Each target creates `.venv` from `requirements.txt` the first time; the PDF needs
TeX Live, which `make latexpdf` installs with apt-get when it is missing.
`{DISTRIBUTION}` is not on PyPI yet: pip finds its wheel where `PIP_FIND_LINKS`
points (`PIP_FIND_LINKS=/path/to/dist make html`, the folder `make dist` fills in
sphinx-cv's repository). Read the Docs installs `requirements.txt` too.

**Privacy.** The contact details named in `"private"` in `cv_person` (the phone,
unless you change it) appear only in what you send (the PDFs, Word, the text),
never on the site: not its pages, search index, structured data, `resume.json`,
nor the PDF and Word document it offers. `make latexpdf PUBLIC=1` builds the PDF
the site may offer.

- `index.md`: the front page, with the person (from `cv_person` in `conf.py`), the
  summary and the facts (projects, awards, education).
- `experience/`: a page per role, each a `{{cv:role}}` directive.
- `skills/index.md`: the skills, by category; their years come from the roles.
- `cv.md`: the PDF's and the Word document's order.
"""
