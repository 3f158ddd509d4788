"""The bad-input corpus: what a user may type into each directive, option and role.

Each case is one page of MyST. It either builds clean or warns, at the line given,
with the subtype given; and the text it names reaches every output exactly. The
pages are built together (``test_corpus.py``), so every name in a case is its own.
"""

from __future__ import annotations

import dataclasses

from support.builds import TODAY

LONG_WORDS = " ".join(f"word{number}" for number in range(1250))  # 10,000 characters
LONG_TOKEN = "x" * 10_000


def conf_py(name: str, *, with_sphinx_cv: bool = True) -> str:
    """A project of the extension alone (or of MyST alone), its PDF ``<name>.tex``."""
    extensions = ["myst_parser", "sphinx_cv"] if with_sphinx_cv else ["myst_parser"]
    return f"""\
extensions = {extensions!r}
myst_enable_extensions = ["colon_fence"]
html_theme = "furo"
cv_today = "{TODAY}"
cv_person = {{"name": "{name.title()} Person"}}
latex_documents = [("index", "{name}.tex", "", "", "howto")]
latex_table_style = ["booktabs"]
"""


@dataclasses.dataclass(frozen=True)
class Case:
    """One page: its MyST, the warnings it gives and the text every output shows.

    ``warns`` holds (line, type) pairs: the line counted from the first line of
    ``source``, the type as ``suppress_warnings`` names it. ``shows`` is text
    written in the page that HTML, the PDF, plain text and JSON Resume all carry,
    character for character; ``not_in`` names outputs that do not show it, and why.
    """

    name: str
    source: str
    warns: tuple[tuple[int, str], ...] = ()
    shows: tuple[str, ...] = ()
    not_in: frozenset[str] = frozenset()


def role(body: str = "Did the work.", **options: str) -> str:
    """A ``cv:role`` block: its options in the order given, then its body."""
    fields = {"start": "2020-01", **options}
    lines = [f":{name.replace('_', '-')}: {value}" for name, value in fields.items()]
    return "\n".join([":::{cv:role}", *lines, body, ":::", ""])


def skill(name: str, body: str = "", **options: str) -> str:
    lines = [
        f":{option.replace('_', '-')}: {value}" for option, value in options.items()
    ]
    return "\n".join([f":::{{cv:skill}} {name}", *lines, body, ":::", ""]).replace(
        "\n\n:::", "\n:::"
    )


def directive(kind: str, *lines: str) -> str:
    return "\n".join([f":::{{cv:{kind}}}", *lines, ":::", ""])


RTL = "شركة البرمجيات المحدودة"
HEBREW = "מהנדס תוכנה בכיר"
COMBINING = "Zoe\u0308 cafe\u0301 Z\u0335\u0321\u0348\u0305algo"
FAMILY_EMOJI = "Team 👩\u200d👩\u200d👧\u200d👦 and 👩🏽\u200d💻 and 🇬🇧"
LATEX_SPECIALS = r"C# $ % & ~ _ ^ \ { } 100% R&D \\ \relax"
SCRIPT = "</script><script>alert(1)</script>"
BUILT_CHARACTERS = "ĩ ǰ ⟨a⟩ ℗ ‰ № ℃ ẞ"
MATH_SYMBOLS = "\u2713 \u2714 \u2715 \u2716"  # check marks and crosses
JSON_SPECIALS = 'a "quoted" \\ back\\slash \\n \\u0000 \\" end'

CASES: tuple[Case, ...] = (
    # Dates: impossible, reversed, out of range, or words.
    Case("month-13", role(org="Month Ltd", start="2023-13"), ((1, "cv.date"),)),
    Case("february-30", role(org="Feb Ltd", start="2023-02-30"), ((1, "cv.date"),)),
    Case("february-29", role(org="Leap Ltd", start="2023-02-29"), ((1, "cv.date"),)),
    Case(
        "leap-day",
        role(org="Leap Day Ltd", start="2024-02-29"),
        shows=("Leap Day Ltd",),
    ),
    Case("year-zero", role(org="Zero Ltd", start="0000"), ((1, "cv.date"),)),
    Case(
        "reversed",
        role(org="Reversed Ltd", start="2017-06", end="2011-06"),
        ((1, "cv.date-order"),),
    ),
    Case("words", role(org="Words Ltd", start="June 2011"), ((1, "cv.date"),)),
    Case("end-words", role(org="Soon Ltd", end="soonish"), ((1, "cv.date"),)),
    Case(
        "present-case",
        role(org="Present Ltd", end="PRESENT"),
        shows=("Present Ltd",),
    ),
    Case(
        "time-of-day",
        role(org="Clock Ltd", start="2020-01-01T09:00"),
        ((1, "cv.date"),),
    ),
    Case("last-used-words", skill("Snobol", last_used="soon"), ((1, "cv.date"),)),
    Case("last-used-empty", skill("Icon", last_used=""), ((1, "cv.bad-option"),)),
    Case("years-negative", skill("Pascal", years="-3"), ((1, "cv.bad-option"),)),
    Case("years-words", skill("Modula", years="many"), ((1, "cv.bad-option"),)),
    Case("years-huge", skill("Ada", years="9" * 40), ((1, "cv.bad-option"),)),
    Case("years-superscript", skill("Simula", years="²"), ((1, "cv.bad-option"),)),
    Case(
        "limit-superscript", directive("timeline", ":limit: ¹"), ((1, "cv.bad-option"),)
    ),
    Case("since-words", directive("timeline", ":since: yesterday"), ((1, "cv.date"),)),
    # Dates that say nothing: after today, no role can be that recent.
    Case("since-after-today", directive("timeline", ":since: 2999"), ((1, "cv.date"),)),
    Case(
        "since-next-month",
        directive("timeline", ":full:", ":since: 2026-12"),
        ((1, "cv.date"),),
    ),
    Case(
        "since-tomorrow",
        directive("timeline", ":since: 2026-11-26", ":tags: anything"),
        ((1, "cv.date"),),
    ),
    Case(
        "tags-select-nothing",
        directive("timeline", ":tags: no-role-has-this"),
        ((1, "cv.empty-view"),),
    ),
    Case("limit-zero", directive("timeline", ":limit: 0"), ((1, "cv.bad-option"),)),
    Case(
        "limit-words", directive("timeline", ":limit: three"), ((1, "cv.bad-option"),)
    ),
    # Empty, blank and very long values.
    Case("org-empty", role(org=""), ((1, "cv.empty-name"),)),
    Case("org-missing", role(title="Orgless"), ((1, "cv.missing-option"),)),
    Case("start-empty", role(org="Startless Ltd", start=""), ((1, "cv.empty-name"),)),
    Case("org-blank", role(org="\u3000\u00a0 "), ((1, "cv.empty-name"),)),
    Case("title-blank", role(org="Untitled Ltd", title="   "), shows=("Untitled Ltd",)),
    Case("body-empty", role("", org="Bodiless Ltd"), shows=("Bodiless Ltd",)),
    Case("skill-unnamed", skill(""), ((1, "cv.empty-name"),)),
    Case(
        "skills-blank",
        role(org="Blank Skills Ltd", skills=" , ,"),
        shows=("Blank Skills Ltd",),
    ),
    Case("org-long", role(org=LONG_WORDS), shows=(LONG_WORDS,)),
    Case(
        "location-long-token",
        role(org="Long Token Ltd", location=LONG_TOKEN),
        shows=(LONG_TOKEN,),
        # Plain text breaks it into lines of 70 characters, as it wraps any line.
        not_in=frozenset({"text"}),
    ),
    Case("body-long", role(LONG_WORDS, org="Long Body Ltd"), shows=(LONG_WORDS,)),
    # What TeX would print otherwise: its input ligatures and conventions, and a
    # word wider than the page.
    Case(
        "tex-ligatures",
        role(
            org="Ligature Ltd",
            title="a,,b c<<d e>>f g!`h i?`j",
            location="k``l m''n o--p q---r",
        ),
        shows=("a,,b c<<d e>>f g!`h i?`j", "k``l m''n o--p q---r"),
    ),
    Case(
        "ligatures-in-a-body",
        role("Quoted ,,so,, here.", org="Body Ligature Ltd"),
        shows=("Quoted ,,so,, here.",),
    ),
    Case(
        "title-long-token",
        role(org="After The Title Ltd", title="w" * 6_000),
        shows=("w" * 6_000, "After The Title Ltd"),
        not_in=frozenset({"text"}),  # broken into lines, as any long word
    ),
    Case(
        "skill-long-token",
        role(org="Long Skill Token Ltd", skills="q" * 3_000),
        shows=("q" * 3_000,),
        not_in=frozenset({"text"}),
    ),
    # Sizes that cost more than once: a view that repeats a value for each of
    # its rows, a pattern that backtracks over a run without a space.
    Case(
        "long-token-many-skills",
        role(
            org="Z" * 2_000,
            skills=", ".join(f"Zskill{number}" for number in range(50)),
        ),
    ),
    Case(
        "long-token-beyond-ascii",
        role("é" * 3_000, org="Accented Token Ltd"),
        shows=("Accented Token Ltd", "é" * 3_000),
        not_in=frozenset({"text", "pdf"}),  # broken into lines, as any long word
    ),
    Case(
        "long-title-many-skills",
        role(
            org="Titled Long Ltd",
            title=LONG_WORDS[:3000],
            skills=", ".join(f"Tskill{number}" for number in range(20)),
        ),
        shows=("Titled Long Ltd",),
    ),
    Case(
        "skill-long",
        role(org="Long Skill Ltd", skills=LONG_WORDS[:2000]),
        shows=(LONG_WORDS[:2000],),
    ),
    # Unicode: other scripts, combining marks, emoji, invisible and control characters.
    Case("right-to-left", role(org=RTL, title=HEBREW), shows=(RTL, HEBREW)),
    Case(
        "combining-marks",
        role(org="Combining Ltd", location=COMBINING),
        shows=(COMBINING,),
    ),
    Case("emoji", role(org="Emoji Ltd", title=FAMILY_EMOJI), shows=(FAMILY_EMOJI,)),
    Case(
        "emoji-skill",
        role(org="Emoji Skill Ltd", skills="🐍 Python-ish"),
        shows=("🐍 Python-ish",),
    ),
    Case(
        "cjk",
        role(org="株式会社テスト", location="東京"),
        shows=("株式会社テスト", "東京"),
    ),
    Case("astral", role(org="𝐁𝐨𝐥𝐝 𝔉𝔯𝔞𝔨𝔱𝔲𝔯 Ltd"), shows=("𝐁𝐨𝐥𝐝 𝔉𝔯𝔞𝔨𝔱𝔲𝔯 Ltd",)),
    Case("cyrillic-greek", role(org="Яндекс Ωmega"), shows=("Яндекс Ωmega",)),
    Case(
        "bidi-override",
        role(org="Override \u202egnp.exe\u202c Ltd"),
        ((1, "cv.hidden-characters"),),
        shows=("Override gnp.exe Ltd",),
    ),
    Case(
        "control-characters",
        role(org="Bell\x07 Tab\x1b[31m Ltd", title="Back\x08space"),
        ((1, "cv.hidden-characters"), (1, "cv.hidden-characters")),
        shows=("Bell Tab[31m Ltd", "Backspace"),
    ),
    Case(
        "control-in-body",
        role("A bell\x07 and a\ufdd0 noncharacter", org="Body Bell Ltd"),
        ((1, "cv.hidden-characters"),),
        shows=("A bell and a noncharacter",),
    ),
    Case(
        "zero-width",
        role(org="Zero\u200bWidth Ltd", skills="Zero\u200dJoin"),
        shows=("Zero\u200bWidth Ltd",),
    ),
    # pdflatex builds these from an accent and a letter, or prints a glyph that
    # text extractors read as another character: they must still read back.
    Case(
        "built-characters",
        role(BUILT_CHARACTERS, org="Ștefan Țăran SRL", location="Ģirts, Rīga"),
        shows=(BUILT_CHARACTERS, "Ștefan Țăran SRL", "Ģirts, Rīga"),
    ),
    # Sphinx sets these in math (texescape): they must still read back as typed.
    Case(
        "math-symbols",
        role(f"Done {MATH_SYMBOLS}.", org="Ticks Ltd", location=MATH_SYMBOLS),
        shows=(MATH_SYMBOLS, f"Done {MATH_SYMBOLS}."),
    ),
    # Characters special to LaTeX, HTML, JSON, YAML and templates, in every field.
    Case(
        "latex-specials",
        role(
            LATEX_SPECIALS,
            org=LATEX_SPECIALS,
            title=LATEX_SPECIALS,
            location=LATEX_SPECIALS,
        ),
        shows=(LATEX_SPECIALS,),
    ),
    Case(
        "latex-input",
        role(
            r"\input{/etc/passwd}",
            org=r"\input{/etc/passwd} Ltd",
            title=r"\write18{rm -rf /}",
        ),
        shows=(r"\input{/etc/passwd} Ltd", r"\write18{rm -rf /}"),
    ),
    Case(
        "latex-percent",
        role("100% of it % and more", org="100% Ltd", location="50%"),
        shows=("100% Ltd", "100% of it % and more"),
    ),
    Case(
        "latex-catcodes",
        role(org=r"\catcode`\^^M=13 \makeatletter\@gobble Ltd", title="^^5c^^5c"),
        shows=(r"\catcode`\^^M=13 \makeatletter\@gobble Ltd", "^^5c^^5c"),
    ),
    Case(
        "html-script",
        role(
            SCRIPT, org=SCRIPT, title=SCRIPT, location=SCRIPT, skills="Script</script>"
        ),
        ((1, "cv.raw-html"),),
        shows=(SCRIPT, "Script</script>"),
    ),
    Case(
        "html-attributes",
        role(org='x"><img src=x onerror=alert(1)>', title="x' onmouseover='alert(1)"),
        shows=('x"><img src=x onerror=alert(1)>', "x' onmouseover='alert(1)"),
    ),
    Case(
        "html-entities",
        role(org="AT&amp;T &lt;b&gt; &#60;", location="&nbsp;"),
        shows=("AT&amp;T &lt;b&gt; &#60;", "&nbsp;"),
    ),
    Case(
        "html-comment", role(org="<!-- hidden --> Ltd"), shows=("<!-- hidden --> Ltd",)
    ),
    Case(
        "json-specials",
        role(org=JSON_SPECIALS, title=JSON_SPECIALS),
        shows=(JSON_SPECIALS,),
    ),
    Case(
        "yaml-specials",
        role(org="key: value - item [a, b] {a: b} &anchor *alias !tag | > @ ?"),
        shows=("key: value - item [a, b] {a: b} &anchor *alias !tag | > @ ?",),
    ),
    Case(
        "templates",
        role("{{ config }} {% raw %}", org="{{ 7*7 }} Ltd", title="${HOME} $(id)"),
        shows=("{{ 7*7 }} Ltd", "${HOME} $(id)", "{{ config }} {% raw %}"),
    ),
    Case(
        "backtick",
        role(org="Tick `code` Ltd", title="a ``b`` c"),
        shows=("Tick `code` Ltd", "a ``b`` c"),
    ),
    Case(
        "markup-in-option",
        role(org="**Bold** _it_ {cv:skill}`x` Ltd"),
        shows=("**Bold** _it_ {cv:skill}`x` Ltd",),
    ),
    Case(
        "hash-comment",
        role(org="Hash Ltd #1 for tags"),
        ((1, "cv.option-comment"), (3, "myst.directive_comments")),
        shows=("Hash Ltd",),
    ),
    Case(
        "leading-quote",
        role(org='"Quoted" Ltd'),
        # MyST cannot read the options at all, so the role has neither.
        (
            (1, "cv.missing-option"),
            (1, "cv.missing-option"),
            (3, "myst.directive_option"),
        ),
    ),
    Case("hash-quoted", role(org='"Quoted #1 Ltd"'), shows=("Quoted #1 Ltd",)),
    Case("hash-no-space", role(org="C#/F# Ltd", skills="C#, F#"), shows=("C#/F# Ltd",)),
    # URLs: only http, https and mailto are links.
    Case(
        "url-javascript",
        role(org="Js Ltd", url="javascript:alert(1)"),
        ((1, "cv.bad-option"),),
    ),
    Case(
        "url-javascript-disguised",
        role(org="Disguised Ltd", url=" JaVaScRiPt:alert(1)"),
        ((1, "cv.bad-option"),),
    ),
    Case(
        "url-data",
        role(org="Data Ltd", url="data:text/html,<script>alert(1)</script>"),
        ((1, "cv.bad-option"),),
    ),
    Case(
        "url-vbscript",
        role(org="Vb Ltd", url="vbscript:msgbox(1)"),
        ((1, "cv.bad-option"),),
    ),
    Case(
        "url-as-text",
        role(org="javascript:alert(1)", title="data:text/html,x"),
        shows=("javascript:alert(1)", "data:text/html,x"),
    ),
    Case(
        "url-education",
        directive(
            "education", ":institution: Js University", ":url: javascript:alert(1)"
        ),
        ((1, "cv.bad-option"),),
    ),
    Case(
        "url-project",
        directive(
            "project", ":name: Js Project", ":url: javascript:alert(1)", "A project."
        ),
        ((1, "cv.bad-option"),),
    ),
    Case(
        "url-safe-odd",
        role(org="Odd Url Ltd", url="https://example.org/a_b%20c#x?y=<z>&q='\"'"),
        shows=("Odd Url Ltd",),
    ),
    # Names: duplicates, unknowns, and variants of one name.
    Case(
        "duplicate-skill",
        skill("Erlang") + "\n" + skill("Erlang"),
        ((4, "cv.duplicate-skill"),),
    ),
    Case(
        "case-variant",
        skill("Haskell") + "\n" + skill("HASKELL"),
        ((4, "cv.duplicate-skill"),),
    ),
    Case(
        "spacing-variant",
        skill("Visual Basic") + "\n" + skill("Visual   Basic"),
        ((4, "cv.duplicate-skill"),),
    ),
    Case(
        "variant-reference",
        skill("Ocaml") + "\nUses {cv:skill}`OCAML` and {cv:skill}`o  caml`.\n",
        ((4, "cv.unknown-skill"),),
    ),
    Case("unknown-skill", "Knows {cv:skill}`Intercal`.\n", ((1, "cv.unknown-skill"),)),
    Case("unknown-org", "Worked at {cv:org}`Nowhere Ltd`.\n", ((1, "cv.unknown-org"),)),
    Case("unknown-years", "{cv:years}`Brainfuck` years.\n", ((1, "cv.unknown-skill"),)),
    # The inline roles in a title, which Sphinx copies into the contents as it reads.
    Case(
        "years-in-a-title",
        "## Zig for {cv:years}`Zig` years\n\n"
        + role(org="Zig Title Ltd", skills="Zig", start="2020-01", end="2022-01"),
        shows=("Zig for 2 years",),
        not_in=frozenset({"json"}),
    ),
    Case(
        "unknown-years-in-a-title",
        "## Oberon for {cv:years}`Oberon` years\n",
        ((1, "cv.unknown-skill"),),
        shows=("Oberon for ? years",),
        not_in=frozenset({"json"}),
    ),
    Case(
        "every-inline-in-a-title",
        "## {cv:years}`Nim` years of {cv:skill}`Nim` at {cv:org}`Nim Title Ltd`\n\n"
        + role(org="Nim Title Ltd", skills="Nim", start="2021-01", end="2024-01"),
        shows=("3 years of Nim at Nim Title Ltd",),
        not_in=frozenset({"json"}),
    ),
    Case(
        "role-reference-hostile",
        role(org="Ref <b> & Co") + "\nSee {cv:org}`Ref <b> & Co`.\n",
        shows=("Ref <b> & Co",),
    ),
    Case(
        "same-role-twice",
        role(org="Twice Ltd") + "\n" + role(org="Twice Ltd"),
        shows=("Twice Ltd",),
    ),
    # Unknown, repeated and misused options.
    Case(
        "role-unknown-option",
        role(org="Colour Ltd", colour="red"),
        ((1, "cv.unknown-option"),),
    ),
    Case(
        "skill-unknown-option",
        skill("Forth", colour="red"),
        ((1, "cv.unknown-option"),),
    ),
    Case(
        "timeline-unknown-option",
        directive("timeline", ":colour: red"),
        ((1, "cv.unknown-option"),),
    ),
    Case(
        "skills-unknown-option",
        directive("skills", ":colour: red"),
        ((1, "cv.unknown-option"),),
    ),
    Case(
        "summary-unknown-option",
        directive("summary", ":colour: red", "A summary."),
        ((1, "cv.unknown-option"),),
    ),
    Case(
        "award-unknown-option",
        directive("award", ":title: Colour Award", ":colour: red"),
        ((1, "cv.unknown-option"),),
    ),
    Case(
        "flag-with-value", directive("skills", ":compact: yes"), ((1, "cv.bad-option"),)
    ),
    Case(
        "option-twice",
        role(org="First Ltd").replace(
            ":org: First Ltd", ":org: First Ltd\n:org: Second Ltd"
        ),
        shows=("Second Ltd",),
    ),
    # Nesting: a role inside a role, a timeline inside a role.
    Case(
        "role-in-role",
        "::::{cv:role}\n:org: Outer Ltd\n:start: 2020-01\n"
        + role(org="Inner Ltd")
        + "::::\n",
        ((4, "cv.nested"),),
        shows=("Outer Ltd",),
    ),
    Case(
        "timeline-in-role",
        "::::{cv:role}\n:org: Host Ltd\n:start: 2020-01\n"
        + directive("timeline")
        + "::::\n",
        ((4, "cv.nested"),),
        shows=("Host Ltd",),
    ),
    Case(
        "skills-in-role",
        "::::{cv:role}\n:org: Table Host Ltd\n:start: 2020-01\n"
        + directive("skills")
        + "::::\n",
        ((4, "cv.nested"),),
        shows=("Table Host Ltd",),
    ),
    Case(
        "skill-in-role",
        "::::{cv:role}\n:org: Skill Host Ltd\n:start: 2020-01\n"
        + skill("Prolog")
        + "::::\n",
        ((4, "cv.nested"),),
        shows=("Skill Host Ltd",),
    ),
    # Views where some writers cannot nest them: a table in a table's cell.
    Case(
        "skills-in-a-table",
        "```{list-table}\n* - Cell Table Skills\n  - :::{cv:skills}\n    :::\n```\n",
        shows=("Cell Table Skills",),
        not_in=frozenset({"json"}),
    ),
    Case(
        "skills-of-a-category-in-a-table",
        role(org="Cell Category Ltd", skills="Pony")
        + skill("Pony", category="Cell Languages")
        + "\n```{list-table}\n* - :::{cv:skills}\n    :category: Cell Languages\n"
        "    :::\n```\n",
        shows=("Cell Category Ltd",),
    ),
    Case(
        "full-timeline-in-a-table",
        "```{list-table}\n* - Timed\n  - :::{cv:timeline}\n    :full:\n"
        "    :limit: 2\n    :::\n```\n",
        shows=("Timed",),
        not_in=frozenset({"json"}),
    ),
    Case(
        "views-in-a-list",
        "- Listed Views\n\n  :::{cv:skills}\n  :::\n\n  :::{cv:timeline}\n"
        "  :full:\n  :limit: 2\n  :::\n",
        shows=("Listed Views",),
        not_in=frozenset({"json"}),
    ),
    Case(
        "views-in-an-admonition",
        "::::{note}\nAdmonished Views\n\n:::{cv:skills}\n:::\n\n"
        ":::{cv:timeline}\n:full:\n:::\n::::\n",
        shows=("Admonished Views",),
        not_in=frozenset({"json"}),
    ),
    # The facts' directives.
    Case(
        "education-missing",
        directive("education", ":area: Nothing"),
        ((1, "cv.missing-option"),),
    ),
    Case(
        "education-hostile",
        directive(
            "education",
            f":institution: {SCRIPT} {LATEX_SPECIALS}",
            f":area: {RTL}",
            f":score: {FAMILY_EMOJI}",
        ),
        shows=(f"{SCRIPT} {LATEX_SPECIALS}", RTL, FAMILY_EMOJI),
    ),
    Case(
        "project-missing",
        directive("project", "A project."),
        ((1, "cv.missing-option"),),
    ),
    Case("award-empty", directive("award", ":title:"), ((1, "cv.empty-name"),)),
    Case(
        "award-hostile",
        directive("award", f":title: {JSON_SPECIALS}", f":awarder: {SCRIPT}"),
        shows=(JSON_SPECIALS,),
    ),
)


class Code(str):
    """A value written into ``conf.py`` as this Python, not as its ``repr``.

    Python will not ``repr`` an integer of more than 4,300 digits.
    """

    __slots__ = ()


@dataclasses.dataclass(frozen=True)
class ConfigCase:
    """A ``conf.py`` value of the wrong type or shape, and the warnings it gives.

    ``warns`` holds the start of each message after "conf.py:<value>: WARNING: ".
    ``environ`` sets variables of the build's environment.
    """

    name: str
    overrides: dict[str, object]
    warns: tuple[str, ...]
    environ: tuple[tuple[str, str], ...] = ()


CONFIG_CASES: tuple[ConfigCase, ...] = (
    ConfigCase("today-int", {"cv_today": 2026}, ("cv_today: 2026 is not text",)),
    ConfigCase(
        "today-list", {"cv_today": ["2026"]}, ("cv_today: ['2026'] is not text",)
    ),
    ConfigCase(
        "today-words", {"cv_today": "tomorrow"}, ("cv_today: 'tomorrow' is not a date",)
    ),
    ConfigCase(
        "today-impossible",
        {"cv_today": "2026-02-30"},
        ("cv_today: '2026-02-30' is not a date that exists",),
    ),
    ConfigCase(
        "person-list", {"cv_person": ["Jonathan"]}, ("cv_person: must be a dict",)
    ),
    ConfigCase(
        "person-string", {"cv_person": "Jonathan"}, ("cv_person: must be a dict",)
    ),
    ConfigCase(
        "name-int",
        {"cv_person": {"name": 42}},
        ("cv_person: 'name' must be a non-empty string",),
    ),
    ConfigCase(
        "name-blank",
        {"cv_person": {"name": " \t"}},
        ("cv_person: 'name' must be a non-empty string",),
    ),
    ConfigCase(
        "headline-list",
        {"cv_person": {"name": "A", "headline": ["x"]}},
        ("cv_person: 'headline' must be a string",),
    ),
    ConfigCase(
        "url-javascript",
        {"cv_person": {"name": "A", "url": "javascript:alert(1)"}},
        ("cv_person: 'url' must be an http, https or mailto link",),
    ),
    ConfigCase(
        "profiles-dict",
        {"cv_person": {"name": "A", "profiles": {"network": "GitHub"}}},
        ("cv_person: 'profiles' must be a list",),
    ),
    ConfigCase(
        "profile-url-int",
        {"cv_person": {"name": "A", "profiles": [{"network": "GitHub", "url": 7}]}},
        ("cv_person: 'profiles' must be a list",),
    ),
    ConfigCase(
        "profile-script",
        {
            "cv_person": {
                "name": "A</script>",
                "profiles": [{"network": "<b>", "url": "javascript:x"}],
            }
        },
        ("cv_person: a profile's 'url' must be an http, https or mailto link",),
    ),
    ConfigCase(
        "unknown-key",
        {"cv_person": {"name": "A", "nom": "B"}},
        ("cv_person: unknown key 'nom'",),
    ),
    # Any shape at any depth: keys that are not text, None, numbers too large to
    # print, nested lists where text belongs.
    ConfigCase(
        "person-keys-not-text",
        {"cv_person": {"name": "Zoe", 1: "a", None: "b", "nick": "c"}},
        (
            "cv_person: unknown key 'nick'",
            "cv_person: unknown key 1",
            "cv_person: unknown key None",
        ),
    ),
    ConfigCase(
        "person-nested-lists",
        {"cv_person": {"name": [["Zoe"]], "profiles": [[{"url": [[1]]}]]}},
        (
            "cv_person: 'name' must be a non-empty string",
            (
                "cv_person: 'profiles' must be a list of {network, username, url} "
                "of strings: [{'url': [[1]]}]"
            ),
        ),
    ),
    ConfigCase(
        "today-too-large-to-print",
        {"cv_today": Code("10**5000")},
        ("cv_today: a number of 5001 digits is not text",),
    ),
    ConfigCase(
        "person-too-large-to-print",
        {"cv_person": Code('{"name": "Zoe", "url": 10**5000}')},
        (
            (
                "cv_person: 'url' must be an http, https or mailto link: a number "
                "of 5001 digits"
            ),
        ),
    ),
    ConfigCase("pdf-number", {"cv_pdf": 5}, ("cv_pdf: 5 is not text",)),
    ConfigCase("pdf-list", {"cv_pdf": ["cv.pdf"]}, ("cv_pdf: ['cv.pdf'] is not text",)),
    ConfigCase("pdf-none", {"cv_pdf": None}, ("cv_pdf: None is not text",)),
    ConfigCase("pdf-name-too-long", {"cv_pdf": "x" * 5000}, ()),
    ConfigCase("pdf-nul", {"cv_pdf": "cv\x00.pdf"}, ()),
    ConfigCase(
        "page-limit-text",
        {"cv_page_limit": "two"},
        ("cv_page_limit: 'two' is not a number of pages",),
    ),
    ConfigCase(
        "page-limit-negative",
        {"cv_page_limit": -1},
        ("cv_page_limit: -1 is not a number of pages",),
    ),
    ConfigCase(
        "page-limit-huge",
        {"cv_page_limit": Code("10**5000")},
        ("cv_page_limit: a number of 5001 digits is not a number of pages",),
    ),
    # SOURCE_DATE_EPOCH, which cv_today defaults to, of any value.
    ConfigCase(
        "epoch-negative",
        {},
        ("cv_today: SOURCE_DATE_EPOCH '-86400' is not a whole number of seconds",),
        (("SOURCE_DATE_EPOCH", "-86400"),),
    ),
    ConfigCase(
        "epoch-past-9999",
        {},
        ("cv_today: SOURCE_DATE_EPOCH '253402300800' is after the year 9999",),
        (("SOURCE_DATE_EPOCH", "253402300800"),),
    ),
    ConfigCase(
        "epoch-huge",
        {},
        ("cv_today: SOURCE_DATE_EPOCH '" + "9" * 78 + "… is after the year 9999",),
        (("SOURCE_DATE_EPOCH", "9" * 400),),
    ),
    ConfigCase(
        "epoch-float",
        {},
        ("cv_today: SOURCE_DATE_EPOCH '1.5' is not a whole number of seconds",),
        (("SOURCE_DATE_EPOCH", "1.5"),),
    ),
    ConfigCase(
        "epoch-words",
        {},
        ("cv_today: SOURCE_DATE_EPOCH 'soon' is not a whole number of seconds",),
        (("SOURCE_DATE_EPOCH", "soon"),),
    ),
)
