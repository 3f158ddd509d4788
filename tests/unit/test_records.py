"""The records' own rules: which declaration counts, which summary is the CV's."""

from __future__ import annotations

from sphinx_cv.core.records import (
    AwardRecord,
    EducationRecord,
    Facts,
    ProjectRecord,
    SkillRecord,
    Source,
    SummaryRecord,
    first_declarations,
    whole_cv_facts,
)


def test_a_skill_declared_twice_is_its_first_declaration_whatever_its_case() -> None:
    first = SkillRecord(Source("skills", 1, "go"), "Go", "Languages")
    again = SkillRecord(Source("skills", 9, "go"), "GO", "Tools")
    other = SkillRecord(Source("skills", 5, "c"), "C")
    assert first_declarations([first, other, again]) == {"go": first, "c": other}


def summary(docname: str, text: str) -> SummaryRecord:
    return SummaryRecord(Source(docname, 1, "summary"), text)


def test_the_cvs_summary_is_its_root_documents_and_its_facts_are_all_given() -> None:
    course = EducationRecord(Source("cv", 2, "uni"), "Uni")
    project = ProjectRecord(Source("cv", 3, "tool"), "Tool")
    award = AwardRecord(Source("cv", 4, "fellow"), "Fellow")
    facts = whole_cv_facts(
        [summary("about", "Elsewhere."), summary("index", "Builds things.")],
        education=iter([course]),
        projects=iter([project]),
        awards=iter([award]),
        root_doc="index",
    )
    assert facts == Facts(
        summary="Builds things.",
        education=(course,),
        projects=(project,),
        awards=(award,),
    )


def test_without_one_on_the_root_document_the_summary_is_the_first_anywhere() -> None:
    summaries = [summary("about", "First."), summary("more", "Second.")]
    facts = whole_cv_facts(
        summaries, education=[], projects=[], awards=[], root_doc="index"
    )
    assert facts.summary == "First."


def test_a_cv_with_no_summary_has_an_empty_one() -> None:
    facts = whole_cv_facts([], education=[], projects=[], awards=[], root_doc="index")
    assert facts == Facts()
