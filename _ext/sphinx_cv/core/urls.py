"""Links: which are safe to show, and how a printed CV shows them."""

from __future__ import annotations

from urllib.parse import urlsplit


def display_url(url: str) -> str:
    """A link as printed beside its name: "github.com/tartley", with no scheme."""
    parts = urlsplit(url.strip())
    if parts.scheme == "mailto":
        return parts.path
    host = parts.netloc.removeprefix("www.")
    path = parts.path.rstrip("/")
    query = f"?{parts.query}" if parts.query else ""
    fragment = f"#{parts.fragment}" if parts.fragment else ""
    return f"{host}{path}{query}{fragment}"


SAFE_URL_SCHEMES = frozenset({"http", "https", "mailto"})


def is_safe_url(url: str) -> bool:
    """Only web and mail links: never ``javascript:`` or a local file."""
    return urlsplit(url.strip()).scheme.casefold() in SAFE_URL_SCHEMES


def is_contact_link(url: str) -> bool:
    """A web or mail link, or a ``tel:`` one that a phone number is given."""
    return is_safe_url(url) or urlsplit(url.strip()).scheme.casefold() == "tel"
