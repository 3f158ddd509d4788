# One of every record, for the snapshot's own tests.
extensions = ["myst_parser", "sphinx_cv"]
myst_enable_extensions = ["colon_fence"]
cv_today = "2026-11-25"
cv_person = {
    "name": "Ada Example",
    "headline": "Engineer",
    "email": "ada@example.org",
    "phone": "+44 20 7946 0000",
}
