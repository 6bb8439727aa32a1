"""Metadata: a cleaned `Document` in, the same document with `published` and `outlet` filled out.

The publication date comes from what the clean stage set aside (a date line under the title or in the
footer, a `date YYYY-MM-DD` marker, a date opening the first paragraph). The outlet comes from the text's
own attribution ("сообщает корреспондент «Хабар 24»", "деп хабарлайды zakon.kz", "Kazinform'un haberine
göre", "X reports"), a source it cites when that source is a news outlet, else from what the clean stage set
aside (a dateline's agency, the site name after the title, a web address). A candidate that is a date, a
place (Akorda, the Kremlin: a press service's seat), a person's name or a government body is no outlet.
The words of each language live in `flows/data/lang/<code>/documents.yaml`.
"""

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache

from flows import rule_usage
from flows.datafiles import alternation
from flows.lang_pack import document_words, languages, pack
from models.documents import Document

HEADER_CHARS = 300
"""How far into the text the header stands: outlet names only the header may carry are looked for there."""
MAX_OUTLET = 60
MAX_CAPTION = 100
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_DOMAIN = re.compile(r"^(?:https?://)?(?:www\.)?((?:[\w-]+\.)+[a-z]{2,})(?:/\S*)?$", re.IGNORECASE)
_TIME = re.compile(
    r"(?:(?<!\w)[^\W\d]{1,4}\.?\s+|(?<![^\W\d_])T|\b)\d{1,2}[:.]\d{2}(?::\d{2})?\b(?:\s*[ap]\.?m\b\.?)?"
    r"(?:\s*(?:[+-]\d{2}:?\d{2}|\b(?:gmt|utc)(?:\s*[+-]\d{1,2}(?::?\d{2})?)?\b))?",
    re.IGNORECASE,
)
"""A time of day, with a short word before it and its zone after it ("at 10:15 AM", "в 10:15", "saat 10:15",
"сағ. 10:15", "10:15:00 +0500", "2025-03-12T10:15:00+05:00", "10:15 GMT+5")."""


@dataclass(frozen=True)
class _Calendar:
    """Every language's month and weekday words compiled into date patterns."""

    dates: list[re.Pattern[str]]
    weekday: re.Pattern[str]
    label: re.Pattern[str]
    labels: re.Pattern[str]
    filler: re.Pattern[str]


def _month_groups() -> str:
    """One named group per month (m1..m12) matching that month's stem in any language."""
    stems: list[list[str]] = [[] for _ in range(12)]
    for language in languages():
        for index, stem in enumerate(document_words(language).months):
            stems[index].append(stem)
    return "|".join(f"(?P<m{i + 1}>{alternation(s)})" for i, s in enumerate(stems))


@cache
def _calendar() -> _Calendar:
    month = rf"(?<![\w-])(?:{_month_groups()})[^\W\d]*\.?"
    words = [document_words(language) for language in languages()]
    year_word = alternation([w for lang in words for w in lang.year_words]) or "$^"
    dates = [
        # "2025-03-12", "2025/03/12", "12.03.2025", "12/03/2025", "12-03-2025": one separator throughout
        r"(?<![\d.])(?P<year>\d{4})(?P<sep>[-/.])(?P<month>\d{1,2})(?P=sep)(?P<day>\d{1,2})(?!\d|\.\d)",
        r"(?<![\d.])(?P<day>\d{1,2})(?P<sep>[-./])(?P<month>\d{1,2})(?P=sep)(?P<year>\d{4})(?!\d)",
        rf"(?<!\d)(?P<day>\d{{1,2}})\s+{month},?\s+(?P<year>\d{{4}})(?!\d)",
        rf"{month}\s+(?P<day>\d{{1,2}}),?\s+(?P<year>\d{{4}})(?!\d)",
        rf"(?<!\d)(?P<year>\d{{4}})\s+(?:(?:{year_word})\s+)?(?P<day>\d{{1,2}})\s+{month}",
    ]
    weekday = alternation([w for lang in words for w in lang.weekdays])
    label = alternation([w for lang in words for w in lang.date_labels])
    return _Calendar(
        dates=[re.compile(d, re.IGNORECASE) for d in dates],
        weekday=re.compile(rf"(?<![\w-])(?:{weekday})(?!\w)", re.IGNORECASE),
        label=re.compile(rf"^\s*(?:{label})\s*:?\s*", re.IGNORECASE),
        labels=re.compile(rf"(?<![\w-])(?:{label})(?!\w)", re.IGNORECASE),
        filler=re.compile(rf"(?<![\w-])(?:{year_word})(?!\w)|[^\w]+", re.IGNORECASE),
    )


def _month_of(match: re.Match[str]) -> int:
    if match.groupdict().get("month"):
        return int(match["month"])
    return next(i for i in range(1, 13) if match[f"m{i}"])


def find_date(text: str) -> tuple[date, int, int] | None:
    """The first calendar date written in full (day, month and year) in any handled language, and where."""
    found = []
    for pattern in _calendar().dates:
        for match in pattern.finditer(text):
            try:
                day = date(int(match["year"]), _month_of(match), int(match["day"]))
            except ValueError:
                continue
            found.append((match.start(), match.end(), day))
            break
    if not found:
        return None
    start, end, day = min(found)
    return day, start, end


def parse_date(text: str) -> date | None:
    """A calendar date written in full (day, month and year) in any of the pipeline's languages."""
    found = find_date(text)
    return found[0] if found else None


def strip_date_label(line: str) -> str:
    """A header line without its label ("Güncelleme: 06.11.2024 18:45" -> "06.11.2024 18:45")."""
    return _calendar().label.sub("", line, count=1)


def is_date_line(line: str) -> bool:
    """Whether the line holds a full date and nothing else but labels, weekdays, times, more dates and
    punctuation ("12.03.2025 10:15 | Güncelleme: 12.03.2025 11:20")."""
    text = strip_date_label(line)
    found = find_date(text)
    if not found:
        return False
    _, start, end = found
    rest = text[:start] + " " + text[end:]
    for pattern in _calendar().dates:
        rest = pattern.sub(" ", rest)
    rest = _TIME.sub(" ", rest)
    rest = _calendar().weekday.sub(" ", rest)
    rest = _calendar().labels.sub(" ", rest)
    return not _calendar().filler.sub("", rest)


READING_DAYS = (0, -1)
"""The offsets of the relative days (dates.yaml's `relative_days`) a page shows beside a time for the day it
is read or stamped: today and yesterday."""


@cache
def _relative_day() -> re.Pattern[str]:
    words = [
        word
        for language in languages()
        if (found := pack(language)) is not None and found.dates is not None
        for word, offset in found.dates.relative_days.items()
        if offset in READING_DAYS
    ]
    return re.compile(rf"\s*(?:{alternation(words) or '$^'})(?!\w)", re.IGNORECASE)


def is_relative_day_line(line: str) -> bool:
    """Whether the line is the day a page is read and a time, nothing else ("Сегодня, 10:15", "Bugün
    10:15"): it names no publication day."""
    text = strip_date_label(line)
    day = _relative_day().match(text)
    if not day or not _TIME.search(text, day.end()):
        return False
    return not _calendar().filler.sub("", _TIME.sub(" ", text[day.end() :]))


def ends_with_date(line: str) -> bool:
    """Whether a short line ends with a full date after a comma, no full stop ("Name - Outlet, 11.09.2023"):
    a picture's caption or a page title carrying the publication date."""
    found = find_date(line)
    if not found or len(line) > MAX_CAPTION:
        return False
    _, start, end = found
    return not line[end:].strip(" .") and line[:start].rstrip().endswith(",")


def opens_with_weekday(line: str) -> bool:
    """Whether the line starts with a weekday's name ("пятница, 3 мая 2024 г."): a page's date of the day."""
    return bool(_calendar().weekday.match(line.strip()))


def published_date(document: Document) -> date | None:
    """The publication date stated by what the clean stage set aside."""
    for line in document.masthead:
        found = parse_date(line)
        if found:
            return found
    return None


@dataclass(frozen=True)
class _Attribution:
    language: str
    kind: str
    pattern: re.Pattern[str]
    source: str


@cache
def _attributions() -> list[_Attribution]:
    found = []
    for language in languages():
        table = document_words(language).attribution
        for kind in ("cited", "relay", "header"):
            for source in getattr(table, kind):
                found.append(_Attribution(language, kind, re.compile(source), source))
    rule_usage.register("attribution", [(a.language, a.source) for a in found])
    return found


@cache
def _official() -> list[tuple[re.Pattern[str], str]]:
    words = [w for language in languages() for w in document_words(language).official_sources]
    rule_usage.register("official_sources", [("", w) for w in words])
    return [(re.compile(rf"(?<![\w-])(?:{w})", re.IGNORECASE), w) for w in words]


@cache
def _news_agency() -> re.Pattern[str]:
    words = [w for language in languages() for w in document_words(language).news_agencies]
    return re.compile(alternation(words) or "$^", re.IGNORECASE)


@cache
def month_word() -> re.Pattern[str]:
    """A month's name in any handled language, at a word start."""
    return re.compile(rf"(?<![\w-])(?:{_month_groups()})", re.IGNORECASE)


def _tidy(name: str, language: str) -> tuple[str, bool]:
    """The outlet's name without quotes and case endings, and whether the text quoted it."""
    name = name.strip(" «»\"'.,:;")
    quoted = "«" in name or "»" in name
    inner = re.search(r"«([^»]+)»", name)
    if inner:
        name = inner.group(1)
    name = name.replace("«", "").replace("»", "")
    for suffix in document_words(language).outlet_suffixes:
        if name.endswith(suffix) and len(name) - len(suffix) >= 3:
            name = name[: -len(suffix)]
            break
    return name.strip(" '’"), quoted


def _is_place_or_person(name: str) -> bool:
    """Whether the name is a known place (a press service's seat) or a person's name, in any language."""
    from flows.names.gazetteer import place_index
    from flows.names.knowledge import name_index
    from flows.names.normalise import base_form, name_key

    domain = _DOMAIN.match(name)
    if domain:
        name = domain.group(1).split(".")[-2]
    people = name_index()
    words = name.split()
    for language in languages():
        if name_key(base_form(name, language), language) in place_index():
            return True
        keys = [name_key(base_form(word, language), language) for word in words]
        if any(key in people.surnames for key in keys):
            return True
        if len(words) > 1 and any(key in people.given_names for key in keys):
            return True
    return False


def is_outlet(name: str, quoted: bool = False) -> bool:
    """Whether a name a text gives as its source can be a news outlet: not a date, not a government body and,
    unless quoted as a title or a news agency's name, not a place or a person."""
    if not re.search(r"[^\W\d_]", name) or len(name) > MAX_OUTLET:
        return False
    if _YEAR.search(name) or (month_word().search(name) and re.search(r"\d", name)):
        return False
    for pattern, source in _official():
        if pattern.search(name):
            rule_usage.fired("official_sources", source)
            return False
    return quoted or bool(_news_agency().fullmatch(name)) or not _is_place_or_person(name)


def _text_candidates(document: Document) -> Iterator[tuple[str, bool]]:
    """Outlet names the text's attribution phrases give: cited sources first, then relaying outlets, each in
    text order."""
    matches: dict[str, list[tuple[int, str, bool, str]]] = {"cited": [], "relay": [], "header": []}
    for rule in _attributions():
        text = document.text[:HEADER_CHARS] if rule.kind == "header" else document.text
        for match in rule.pattern.finditer(text):
            name, quoted = _tidy(match.group("outlet"), rule.language)
            matches[rule.kind].append((match.start(), name, quoted, rule.source))
    for kind in ("cited", "relay", "header"):
        for _, name, quoted, source in sorted(matches[kind]):
            rule_usage.fired("attribution", source)
            yield name, quoted


def _masthead_candidates(document: Document) -> Iterator[tuple[str, bool]]:
    for line in document.masthead:
        if parse_date(line) or (_calendar().label.match(line) and re.search(r"\d", line)):
            continue
        quoted = re.search(r"«([^»]+)»", line)
        yield (quoted.group(1), True) if quoted else (line.strip(), False)


def find_outlet(document: Document) -> str | None:
    """The outlet the text names as its source, or the one the clean stage set aside."""
    for name, quoted in [*_text_candidates(document), *_masthead_candidates(document)]:
        if is_outlet(name, quoted):
            address = _DOMAIN.match(name)
            return address.group(1) if address else name
    return None


def with_metadata(document: Document) -> Document:
    """The document with its publication date and outlet."""
    return document.model_copy(
        update={"published": published_date(document), "outlet": find_outlet(document)}
    )
