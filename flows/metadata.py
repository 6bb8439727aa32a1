"""Metadata: a cleaned `Document` in, the same document with `published` and `outlet` filled out.

The publication date comes from what the clean stage set aside (a date line under the title, a
`date YYYY-MM-DD` marker); the outlet from the text's own attribution ("сообщает корреспондент
«Хабар 24»", "деп хабарлайды zakon.kz", "MIA Kazinforma atıfta bulunan"), else from the site name
after the title.
"""

import re
from datetime import date
from functools import cache

import dateparser
from pydantic import BaseModel

from flows.datafiles import load_yaml
from models.documents import Document


class AttributionPattern(BaseModel):
    """One way a language names a text's source."""

    language: str
    pattern: str


class AttributionRules(BaseModel):
    """Schema of flows/data/attribution.yaml."""

    version: int
    patterns: list[AttributionPattern]
    outlet_suffixes: dict[str, list[str]]


@cache
def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    rules = load_yaml("attribution.yaml", AttributionRules)
    return [(p.language, re.compile(p.pattern)) for p in rules.patterns]


def parse_date(text: str) -> date | None:
    """A calendar date written in full (day, month and year) in any of the pipeline's languages."""
    iso = re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b", text)
    if iso:
        try:
            return date(int(iso[1]), int(iso[2]), int(iso[3]))
        except ValueError:
            return None
    parsed = dateparser.parse(
        text,
        settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"], "DATE_ORDER": "DMY"},
    )
    return parsed.date() if parsed else None


def published_date(document: Document) -> date | None:
    """The publication date stated by what the clean stage set aside."""
    for line in document.masthead:
        found = parse_date(line)
        if found:
            return found
    return None


def _tidy_outlet(name: str, language: str) -> str:
    name = name.strip(" «»\"'.,")
    if "«" in name:
        inner = re.search(r"«([^»]+)»", name)
        name = inner.group(1) if inner else name.replace("«", "")
    for suffix in load_yaml("attribution.yaml", AttributionRules).outlet_suffixes.get(language, []):
        if name.endswith(suffix) and len(name) - len(suffix) >= 3:
            name = name[: -len(suffix)]
            break
    return name.strip(" '")


def find_outlet(document: Document) -> str | None:
    """The outlet the text names as its source, or the site name after its title."""
    for language, pattern in _patterns():
        match = pattern.search(document.text)
        if match:
            return _tidy_outlet(match.group("outlet"), language)
    for line in document.masthead:
        if parse_date(line) or re.match(r"(?i)^(date|дата|tarih)\b", line):
            continue
        quoted = re.search(r"«([^»]+)»", line)
        return quoted.group(1) if quoted else line
    return None


def with_metadata(document: Document) -> Document:
    """The document with its publication date and outlet."""
    return document.model_copy(
        update={"published": published_date(document), "outlet": find_outlet(document)}
    )
