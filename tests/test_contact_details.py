"""A stranger's contact details: in every document they send, and the private ones
never on the site.

A JSON Resume with an email, a phone, a location and a web site is imported with
the command and built as its author would: the PDF, Word and the text show all
four; the site, its structured data and its downloads show all but the phone,
which no file of the built site holds in any form.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING
from urllib.parse import unquote

import docx
import pytest
from bs4 import BeautifulSoup
from sphinx_cv.cli import main
from support.builds import PROJECT_ROOT, TODAY, built_app
from support.pdfs import Pdf

if TYPE_CHECKING:
    from pathlib import Path

EMAIL = "zoe.okafor@example.org"
PHONE = "+44 20 7946 0958"
PHONE_DIGITS = "442079460958"
LOCATION = "Leeds, West Yorkshire, GB"
WEBSITE = "https://zoe.example.org/"
RESUME = {
    "basics": {
        "name": "Zoë Okafor",
        "label": "Data engineer",
        "email": EMAIL,
        "phone": PHONE,
        "url": WEBSITE,
        "location": {"city": "Leeds", "region": "West Yorkshire", "countryCode": "GB"},
        "profiles": [{"network": "GitHub", "url": "https://github.com/zoe-example"}],
    },
    "work": [
        {
            "name": "Northwind",
            "position": "Engineer",
            "startDate": "2019-3",
            "endDate": "present",
            "highlights": ["Built the pipelines."],
        }
    ],
}


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    where = tmp_path_factory.mktemp("stranger")
    source = where / "resume.json"
    source.write_text(json.dumps(RESUME, ensure_ascii=False), encoding="utf-8")
    assert main(["import", str(source), str(where / "cv")]) == 0
    return where / "cv"


def build(project: Path, builder: str, out: Path, **overrides: object) -> Path:
    app, warnings = built_app(
        builder,
        project,
        out,
        confoverrides={"cv_today": TODAY, **overrides},
    )
    assert warnings == ""
    return app.outdir


@pytest.fixture(scope="module")
def site(project: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(project, "html", tmp_path_factory.mktemp("site"))


def test_the_text_shows_every_contact_detail_in_one_line(
    project: Path, tmp_path: Path
) -> None:
    text = (build(project, "text", tmp_path) / "cv.txt").read_text(encoding="utf-8")
    # One paragraph, which the text builder wraps at 70 characters.
    line = " ".join(
        next(block for block in text.split("\n\n") if EMAIL in block).split()
    )
    assert line.split(" · ")[:4] == [EMAIL, PHONE, LOCATION, "zoe.example.org"]


def test_word_shows_every_contact_detail_with_mail_and_tel_links(
    project: Path, tmp_path: Path
) -> None:
    outdir = build(project, "docx", tmp_path)
    document = docx.Document(str(next(outdir.glob("*.docx"))))
    text = "\n".join(paragraph.text for paragraph in document.paragraphs)
    for detail in (EMAIL, PHONE, LOCATION, "zoe.example.org"):
        assert detail in text
    targets = {
        relation.target_ref
        for relation in document.part.rels.values()
        if relation.is_external
    }
    assert {f"mailto:{EMAIL}", f"tel:+{PHONE_DIGITS}", WEBSITE} <= targets


def test_the_pdf_shows_every_contact_detail_with_mail_and_tel_links(
    project: Path, tmp_path: Path
) -> None:
    outdir = build(project, "latex", tmp_path, cv_make_pdf=True)
    pdf = next(outdir.glob("*.pdf"))
    for detail in (EMAIL, PHONE, LOCATION, "zoe.example.org"):
        assert detail in Pdf(pdf).flat
    # A detail breaks at the separators around it, never inside it.
    assert any(LOCATION in line for line in Pdf(pdf).text.splitlines())
    tex = next(outdir.glob("*.tex")).read_text(encoding="utf-8")
    assert rf"\sphinxhref{{mailto:{EMAIL}}}" in tex
    assert rf"\sphinxhref{{tel:+{PHONE_DIGITS}}}" in tex
    # Built to be sent, it is no PDF for the site.
    assert not pdf.with_name(pdf.name + ".public").exists()


def test_the_site_shows_every_contact_detail_but_the_private_phone(
    site: Path,
) -> None:
    soup = BeautifulSoup((site / "index.html").read_text(encoding="utf-8"), "lxml")
    header = soup.find(class_="cv-person")
    assert header is not None
    email = header.find("a", class_="u-email")
    # docutils cloaks the address from harvesters as entities and %40, which
    # every browser and mail program reads back.
    assert unquote(email["href"]) == f"mailto:{EMAIL}"
    assert email.get_text() == EMAIL
    assert header.find(class_="cv-location").get_text() == LOCATION
    assert header.find("a", href=WEBSITE) is not None
    assert "tel:" not in str(header)


def every_form_of(value: str) -> list[str]:
    """The value as any file of a site could hold it: as written, as digits,
    escaped for JSON, HTML or a URL."""
    return [
        value,
        PHONE_DIGITS,
        value.replace(" ", "%20"),
        value.replace(" ", "\\u0020"),
    ]


def files_holding_the_phone(site: Path) -> list[Path]:
    """Every file of the site that holds the phone in any form; a .docx read."""
    holding = []
    for path in (path for path in site.rglob("*") if path.is_file()):
        data = path.read_bytes()
        if path.suffix == ".docx":  # a zip: its text and its links, read back
            word = docx.Document(str(path))
            data = "\n".join(p.text for p in word.paragraphs).encode()
            data += " ".join(r.target_ref for r in word.part.rels.values()).encode()
        if any(form.encode() in data for form in every_form_of(PHONE)):
            holding.append(path)
    return holding


def test_no_file_of_the_built_site_holds_the_phone(site: Path) -> None:
    names = {path.name for path in site.rglob("*")}
    assert {"resume.json", "searchindex.js", "zoe-okafor-cv.docx"} <= names
    assert files_holding_the_phone(site) == []


def test_the_sites_resume_json_and_structured_data_have_all_but_the_phone(
    site: Path,
) -> None:
    resume = json.loads((site / "resume.json").read_text(encoding="utf-8"))
    assert resume["basics"]["email"] == EMAIL
    assert resume["basics"]["url"] == WEBSITE
    assert resume["basics"]["location"] == {"address": LOCATION}
    assert "phone" not in resume["basics"]
    soup = BeautifulSoup((site / "index.html").read_text(encoding="utf-8"), "lxml")
    script = soup.find("script", type="application/ld+json")
    assert script is not None
    person = json.loads(script.get_text())["mainEntity"]
    assert (person["email"], person["address"]) == (EMAIL, LOCATION)
    assert "telephone" not in person


def test_a_phone_its_author_makes_public_is_on_the_site(
    project: Path, tmp_path: Path
) -> None:
    person = {
        "name": "Zoë Okafor",
        "email": EMAIL,
        "phone": PHONE,
        "private": [],
    }
    site = build(project, "html", tmp_path, cv_person=person)
    page = (site / "index.html").read_text(encoding="utf-8")
    assert f'href="tel:+{PHONE_DIGITS}"' in page


def test_a_site_offers_no_pdf_that_shows_a_private_field(
    project: Path, tmp_path: Path
) -> None:
    private = build(project, "latex", tmp_path / "private", cv_make_pdf=True)
    pdf = next(private.glob("*.pdf"))
    site = build(project, "html", tmp_path / "site", cv_pdf=str(pdf))
    assert not list(site.glob("*.pdf"))
    public = build(
        project, "latex", tmp_path / "public", cv_make_pdf=True, cv_public=True
    )
    public_pdf = next(public.glob("*.pdf"))
    assert public_pdf.with_name(public_pdf.name + ".public").is_file()
    site = build(project, "html", tmp_path / "site2", cv_pdf=str(public_pdf))
    assert [path.name for path in site.glob("*.pdf")] == [public_pdf.name]
    assert PHONE_DIGITS.encode() not in (site / public_pdf.name).read_bytes()


def test_on_read_the_docs_every_build_is_public(
    project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("READTHEDOCS", "True")
    text = (build(project, "text", tmp_path) / "cv.txt").read_text(encoding="utf-8")
    assert EMAIL in text
    assert PHONE not in text


def test_this_sites_every_extension_keeps_a_private_phone_off_it(
    tmp_path: Path,
) -> None:
    """Sharing cards, the sitemap, the search index: the real site, with a phone."""
    person = {
        "name": "Jonathan Hartley",
        "headline": "Software developer",
        "phone": PHONE,
        "profiles": [{"network": "GitHub", "url": "https://github.com/tartley"}],
    }
    app, _ = built_app(
        "html",
        PROJECT_ROOT,
        tmp_path,
        confoverrides={"cv_today": TODAY, "cv_person": person},
    )
    assert (app.outdir / "sitemap.xml").is_file()
    assert 'property="og:description"' in (app.outdir / "index.html").read_text()
    assert files_holding_the_phone(app.outdir) == []
