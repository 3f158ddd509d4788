"""A project or an award whose text does not name it is shown under its name.

An imported JSON Resume's project says "A teaching implementation of Raft" and
its award "Recognized for the paper": the name is data, in ``:name:`` and
``:title:``, and a reader of the page, the PDF or the Word document needs it too.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import pytest
from support.builds import built_app

if TYPE_CHECKING:
    from pathlib import Path

PAGE = """\
# Ada Lovelace

:::{cv:project}
:name: raft-lab
:url: https://example.org/raft-lab
A teaching implementation of Raft.
:::

:::{cv:project}
:name: Notes
Wrote the Notes, on the engine.
:::

:::{cv:award}
:title: Best Paper Award
:awarder: USENIX OSDI
Recognized for the paper.
:::
"""
CONF = """\
extensions = ["myst_parser", "sphinx_cv"]
myst_enable_extensions = ["colon_fence"]
"""


@pytest.fixture
def project(tmp_path: Path) -> Path:
    source = tmp_path / "source"
    source.mkdir()
    (source / "conf.py").write_text(CONF)
    (source / "index.md").write_text(PAGE)
    return source


@pytest.mark.parametrize(
    ("builder", "page", "leads"),
    [
        ("text", "index.txt", ["raft-lab: A", "Best Paper Award (USENIX OSDI): Rec"]),
        (
            "html",
            "index.html",
            [
                (
                    '<a class="reference external" href="https://example.org/'
                    'raft-lab"><strong>raft-lab</strong></a>: A'
                ),
                "<strong>Best Paper Award</strong><span> (USENIX OSDI)</span>: Rec",
            ],
        ),
        (
            "latex",
            "projectnamenotset.tex",
            [
                r"\sphinxstylestrong{raft\sphinxhyphen{}lab}}: A",
                r"\sphinxstylestrong{Best Paper Award} (USENIX OSDI): Rec",
            ],
        ),
    ],
)
def test_the_name_leads_the_text_that_does_not_say_it(
    builder: str, page: str, leads: list[str], project: Path, tmp_path: Path
) -> None:
    app, warnings = built_app(builder, project, tmp_path / "build")
    assert warnings == ""
    shown = " ".join((app.outdir / page).read_text().split())
    for lead in leads:
        assert lead in shown
    assert shown.count("Notes") == 1


def test_the_data_keeps_the_text_as_written(project: Path, tmp_path: Path) -> None:
    app, _ = built_app("jsonresume", project, tmp_path / "build")
    resume = json.loads((app.outdir / "resume.json").read_text())
    assert [item["description"] for item in resume["projects"]] == [
        "A teaching implementation of Raft.",
        "Wrote the Notes, on the engine.",
    ]
    assert resume["awards"][0]["summary"] == "Recognized for the paper."
