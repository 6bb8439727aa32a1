"""HTML: a page's markup in, its article as a person reads it out: the main text and what the page states
about it (`PageMetadata`: title, publication date, author, site name, canonical URL).

trafilatura finds the main text, leaving out the page's header, navigation, asides, forms, footer and
comments, and reads the metadata from the page's own tags (`og:` and `article:` properties, JSON-LD,
`<link rel="canonical">`, `<h1>`, `<title>`). The date comes only from that metadata and the URL, never
from the text, where a date is as likely an event's. Nothing is fetched or run: links, scripts and
images are not followed.
"""

import re
from datetime import date
from typing import cast

from trafilatura import bare_extraction
from trafilatura.settings import Document as TrafilaturaDocument

from models.documents import Document, PageMetadata

# lxml's HTML parser knows no DTD internal subset (`<!DOCTYPE html [ ... ]>`) and would read its `]>` as
# the page's first text; an XML declaration makes it refuse a decoded string. Neither says anything a
# reader needs.
_PROLOGUE = re.compile(
    r"\A\s*(<\?xml[^>]*\?>\s*)?(<!DOCTYPE[^\[>]*(\[.*?\])?\s*>)?", re.IGNORECASE | re.DOTALL
)
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def read_page(markup: str) -> tuple[str, PageMetadata]:
    """The page's main text (its title the first line) and its metadata; no text when it has no article."""
    extracted = bare_extraction(
        _PROLOGUE.sub("", markup, count=1),
        with_metadata=True,
        include_comments=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if extracted is None:
        return "", PageMetadata()
    extracted = cast(TrafilaturaDocument, extracted)  # a dict only when `as_dict` is asked for
    text = extracted.text or ""
    title = _plain(extracted.title)
    if title and not text.startswith(title):
        text = f"{title}\n{text}"
    url = extracted.url if extracted.url and re.match(r"https?://", extracted.url) else None
    return text, PageMetadata(
        title=title,
        published=_date(extracted.date),
        author=_plain(extracted.author),
        site_name=_plain(extracted.sitename),
        url=url,
    )


def with_page_metadata(document: Document, page: PageMetadata) -> Document:
    """The cleaned document with what its page states: title, author and URL; the date and the site's
    name go first in the masthead, where the metadata stage reads the publication date and the outlet."""
    stated = [line for line in (page.published and page.published.isoformat(), page.site_name) if line]
    return document.model_copy(
        update={
            "title": page.title or document.title,
            "author": page.author or document.author,
            "url": page.url,
            "masthead": stated + document.masthead,
        }
    )


def _plain(value: str | None) -> str | None:
    """The value with its spaces made single, or None when nothing is left."""
    return " ".join(value.split()) or None if value else None


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value and _ISO_DATE.fullmatch(value) else None
