"""The escaping test root's hostile text: what its pages and conf.py write."""

from __future__ import annotations

HOSTILE_ORG = "R&D <script>alert(1)</script> Ltd"
HOSTILE_TITLE = "Head of {y} & _x_ ~ ^ \\ \"quoted\" 'single'"
HOSTILE_LOCATION = (
    "100% $5 Zoë naïve cafe\u0301"  # a precomposed and a combining accent
)
HOSTILE_NAME = "Zoë Ünïcode-O'Brien & Co. 100% $5 {y} _x_ ~ ^ \\ #1"
HOSTILE_HEADLINE = "R&D <script>alert(3)</script> lead, naïve cafe\u0301"
SAFE_PROFILE = "https://github.com/z_o%20b#top"
HOSTILE_SKILLS = [
    "C#",
    "C++",
    "C",
    "F#",
    "R&D",
    "100%",
    "$5",
    "_x_",
    "{y}",
    "~",
    "^",
    "\\",
]

# The escaping test root's one warning: its second profile links javascript:,
# and is left out of every output.
ESCAPING_ROOT_WARNING = (
    "conf.py:cv_person: WARNING: a profile's 'url' must be an http, https or "
    "mailto link: 'javascript:alert(4)' [cv.config]"
)
