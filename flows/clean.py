"""Clean: a decoded `Article` in, a `Document` with clean text and an offset map out.

Drops boilerplate (a repeated title, the site's name after the title, calls to subscribe, a date line
or marker, the byline, which is kept as `author`), joins hard line breaks inside sentences, and
normalises Unicode (NFC, quotes, dashes, spaces) without changing a name's letters. Every run of the
clean text copied from the raw text is recorded, so any clean offset maps back to the raw text.
"""

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from pydantic import BaseModel, ConfigDict

from flows import rule_usage
from flows.datafiles import load_yaml
from flows.html import with_page_metadata
from flows.lang_pack import by_language, conjunctions
from flows.metadata import (
    ends_with_date,
    is_date_line,
    is_relative_day_line,
    opens_with_weekday,
    strip_date_label,
)
from models.documents import Article, Document, OffsetSegment


class CleaningRules(BaseModel):
    """Schema of flows/data/cleaning.yaml."""

    model_config = ConfigDict(extra="forbid")
    version: int
    boilerplate: list[str]
    byline_labels: list[str]
    bare_byline: str
    title_separators: list[str]
    url_line: str
    leading_date_marker: str
    dateline: str
    site_lines: list[str]


@dataclass(frozen=True)
class _Compiled:
    boilerplate: list[re.Pattern[str]]
    byline_labels: list[re.Pattern[str]]
    bare_byline: re.Pattern[str]
    title_separators: list[str]
    url_line: re.Pattern[str]
    leading_date_marker: re.Pattern[str]
    dateline: re.Pattern[str]
    site_lines: list[re.Pattern[str]]


@cache
def rules() -> _Compiled:
    raw = load_yaml("cleaning.yaml", CleaningRules)
    # every language's boilerplate is tried on every line: a page's chrome is not always in the article's
    # language
    boilerplate = [("", p) for p in raw.boilerplate] + [
        (code, p)
        for code, words in by_language(lambda pack: pack.cleaning).items()
        for p in words.boilerplate
    ]
    rule_usage.register("boilerplate", boilerplate)
    return _Compiled(
        boilerplate=[re.compile(p, re.IGNORECASE) for _, p in boilerplate],
        byline_labels=[re.compile(p, re.IGNORECASE) for p in raw.byline_labels],
        bare_byline=re.compile(raw.bare_byline),
        title_separators=raw.title_separators,
        url_line=re.compile(raw.url_line, re.IGNORECASE),
        leading_date_marker=re.compile(raw.leading_date_marker, re.IGNORECASE),
        dateline=re.compile(raw.dateline),
        site_lines=[re.compile(p, re.IGNORECASE) for p in raw.site_lines],
    )


# One-to-one character substitutions: the offset map stays aligned through them.
_CHAR_MAP = str.maketrans(
    {
        **dict.fromkeys(
            "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t",
            " ",
        ),
        **dict.fromkeys("\u2010\u2011", "-"),
        **dict.fromkeys("\u2012\u2013\u2014\u2015\u2212", "–"),
        **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033", '"'),
        # Apostrophes stay as typed (Mirziyoyev’in): they are letters of a name's surface, and the stages
        # match both kinds.
        **dict.fromkeys("\u2018\u201a\u201b\u2032", "'"),
    }
)
# Characters that carry nothing visible and split words (zero-width space, soft hyphen, BOM).
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\u00ad\ufeff]")
_TERMINAL = ".!?…:;»\"')"
# How many lines at the top may hold the title, the site's name and the date.
HEADER_LINES = 4
# How many lines at the top may come before the dateline opening the first paragraph (captions, a lead).
DATELINE_LINES = 8
# How many lines at the end may hold the site's name and the date.
FOOTER_LINES = 3


@dataclass(frozen=True)
class Line:
    """A stripped non-empty line of the raw text and where it starts there."""

    start: int
    text: str
    trailing_space: bool
    blank_before: bool


class _Builder:
    """Builds the clean text while recording which runs were copied from the raw text."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.segments: list[OffsetSegment] = []

    def copy(self, raw_start: int, text: str) -> None:
        """Append raw text (already substituted one-to-one), normalising it further where needed."""
        for piece_start, piece in _normalised_pieces(raw_start, text):
            if piece_start is None:
                self._append(piece)
                continue
            last = self.segments[-1] if self.segments else None
            if (
                last
                and last.clean_start + last.length == self.length
                and last.raw_start + last.length == piece_start
            ):
                last.length += len(piece)
            else:
                self.segments.append(
                    OffsetSegment(clean_start=self.length, raw_start=piece_start, length=len(piece))
                )
            self._append(piece)

    def insert(self, text: str) -> None:
        """Append text that has no counterpart in the raw text (a joiner)."""
        self._append(text)

    def _append(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def text(self) -> str:
        return "".join(self.parts)


def _normalised_pieces(raw_start: int, text: str) -> list[tuple[int | None, str]]:
    """The line in pieces: (raw offset, text) where aligned, (None, text) where normalising changed length."""
    pieces: list[tuple[int | None, str]] = []
    position = 0
    for match in re.finditer(r"  +|[\u200b\u200c\u200d\u2060\u00ad\ufeff]", text):
        pieces.append((raw_start + position, text[position : match.start()]))
        if match.group().startswith(" "):
            pieces.append((raw_start + match.start(), " "))
        position = match.end()
    pieces.append((raw_start + position, text[position:]))
    result: list[tuple[int | None, str]] = []
    for start, piece in pieces:
        if not piece:
            continue
        if start is None or unicodedata.is_normalized("NFC", piece):
            result.append((start, piece))
        else:
            result.append((None, unicodedata.normalize("NFC", piece)))
    return result


def raw_lines(raw: str) -> list[Line]:
    """The non-empty lines of the raw text, stripped, with their offsets."""
    lines: list[Line] = []
    blank = False
    offset = 0
    for segment in raw.splitlines(keepends=True):
        start, offset = offset, offset + len(segment)
        content = segment.rstrip("\r\n")
        stripped = content.strip()
        if not stripped:
            blank = bool(lines)
            continue
        lead = len(content) - len(content.lstrip())
        trailing = content != content.rstrip()
        lines.append(Line(start=start + lead, text=stripped, trailing_space=trailing, blank_before=blank))
        blank = False
    return lines


def _is_boilerplate(text: str) -> bool:
    for pattern in rules().boilerplate:
        if pattern.search(text):
            rule_usage.fired("boilerplate", pattern.pattern)
            return True
    return False


def _is_date_bar(text: str) -> bool:
    """Whether the line is a date line, once the boilerplate between its separators is left out
    ("12 мая 2025 | 10:15 | 1234 просмотров")."""
    pieces = re.split(r"\s+[|•·/]\s+", text)
    return is_date_line(text) or is_date_line(" ".join(p for p in pieces if not _is_boilerplate(p)))


def _joins(previous: Line, following: Line) -> bool:
    """Whether a line break between the two lines falls inside a sentence."""
    if previous.text.endswith(tuple(_TERMINAL)):
        return False
    first = following.text[0]
    if first.islower():
        return True
    return previous.trailing_space and not following.blank_before and len(previous.text) > 40


def _labelled_byline(text: str) -> str | None:
    """The name a byline label introduces, when the rest of the line is a name (capitalised words, no digits,
    no full stop at the end): "By the end of the year, ..." is none."""
    for pattern in rules().byline_labels:
        match = pattern.match(text)
        if match:
            author = match.group("author").strip()
            words = re.split(r"[\s,]+", author)
            if (
                len(words) <= 6
                and all(w[0].isupper() for w in words if w not in conjunctions())
                and not re.search(r"\d|[.!?]$", author)
            ):
                return author
    return None


def _byline(text: str) -> str | None:
    for pattern in rules().byline_labels:
        match = pattern.match(text)
        if match:
            return match.group("author").strip()
    match = rules().bare_byline.match(text)
    if match and all(word[0].isupper() for word in text.split()) and not any(c.isdigit() for c in text):
        return text
    return None


def _take_opening(
    lines: list[Line], pattern: re.Pattern[str], depth: int = HEADER_LINES, cut: bool = True
) -> re.Match[str] | None:
    """The match of the pattern opening one of the first `depth` lines, cut from the front of that line
    unless `cut` is false."""
    for index, line in enumerate(lines[:depth]):
        match = pattern.match(line.text)
        if match and not cut:
            return match
        if match:
            rest = line.text[match.end() :]
            lines[index] = Line(line.start + match.end(), rest, line.trailing_space, line.blank_before)
            return match
    return None


def _site_name(text: str) -> str | None:
    for pattern in rules().site_lines:
        match = pattern.match(text)
        if match:
            return match.group("outlet").strip()
    return None


def _drop_site_lines(lines: list[Line], masthead: list[str]) -> list[Line]:
    """Move a line that only names the source (under the title, or the last line) to the masthead."""
    if len(lines) < 3:
        return lines
    places = sorted(
        {*range(1, min(HEADER_LINES, len(lines) - 1)), *range(max(1, len(lines) - FOOTER_LINES), len(lines))}
    )
    drop = set()
    for index in places:
        name = _site_name(lines[index].text)
        if name:
            masthead.append(name)
            drop.add(index)
    return [line for index, line in enumerate(lines) if index not in drop]


def _split_title(lines: list[Line], masthead: list[str]) -> list[Line]:
    """Drop a title line repeated by the next line, keeping a site name after it in the masthead."""
    if len(lines) < 2:
        return lines
    first, second = lines[0].text, lines[1].text
    if first == second:
        return lines[1:]
    for separator in rules().title_separators:
        if first.startswith(second + separator.rstrip()) and len(first) > len(second):
            masthead.append(first[len(second) :].strip(" -–—|:"))
            return lines[1:]
        # The bare title first, then the page title with the site's name after it.
        if second.startswith(first + separator.rstrip()) and len(second) > len(first):
            masthead.append(second[len(first) :].strip(" -–—|:"))
            return lines[:1] + lines[2:]
    return lines


def clean_article(article: Article) -> Document:
    """The cleaned document of an article; metadata fields other than title, author and URL stay empty
    (an HTML page's date and site name go to the masthead, for the metadata stage)."""
    raw = article.raw_text.translate(_CHAR_MAP)
    masthead: list[str] = []
    lines = raw_lines(raw)

    # A text file may name its address in a header line of its own.
    url_line = _take_opening(lines, rules().url_line)

    # A date marker opens the text or one of the lines under the title; a line that holds more dates, times
    # and labels after it ("12.03.2025 | 10:15") is left whole, for the date lines below.
    marker = _take_opening(lines, rules().leading_date_marker, cut=False)
    if marker and not (marker.string[marker.end() :].strip() and is_date_line(marker.string)):
        _take_opening(lines, rules().leading_date_marker)
        masthead.append(marker.group(0).strip())
    # A dateline opens the first paragraph ("ASTANA, 3 July 2024 (Kazinform) -"): its date and outlet go to
    # the masthead; the text keeps it, for the names it holds.
    dateline = _take_opening(lines, rules().dateline, DATELINE_LINES, cut=False)
    if dateline:
        masthead.extend(part.strip() for part in dateline.groupdict().values() if part)

    # "Сегодня, 10:15": the day the page is read, no publication day
    lines = [
        line
        for line in lines
        if line.text and not _is_boilerplate(line.text) and not is_relative_day_line(line.text)
    ]
    lines = _split_title(lines, masthead)
    lines = _drop_site_lines(lines, masthead)
    for index, line in [*enumerate(lines[:HEADER_LINES]), *list(enumerate(lines))[-FOOTER_LINES:]]:
        if _is_date_bar(line.text):
            # A weekday's date above everything else is the page's date of the day, not the article's.
            if not (index == 0 and opens_with_weekday(line.text)):
                masthead.append(strip_date_label(line.text))
            del lines[index]
            break
        if ends_with_date(line.text):
            # a caption with the page's date: the masthead gets the date, the text keeps the names
            masthead.append(line.text)
            break

    author = None
    if len(lines) > 1:
        author = _byline(lines[-1].text)
        if author:
            lines = lines[:-1]
    if author is None:
        # "By John Smith", "Автор: Иван Петров" under the title: a label and a name, nothing else
        for index, line in enumerate(lines[1:HEADER_LINES], start=1):
            author = _labelled_byline(line.text)
            if author:
                del lines[index]
                break
    title = None
    headline = len(lines) > 1 and not lines[0].text.endswith(tuple(_TERMINAL)) and len(lines[0].text) < 250
    if headline and not _joins(lines[0], lines[1]):
        title = unicodedata.normalize("NFC", lines[0].text)

    builder = _Builder()
    for index, line in enumerate(lines):
        if index:
            previous = lines[index - 1]
            if _joins(previous, line):
                builder.insert(" ")
            else:
                builder.insert("\n\n" if line.blank_before else "\n")
        builder.copy(line.start, line.text)
    document = Document(
        doc_id=article.doc_id,
        source=article.source,
        content_hash=article.content_hash,
        title=title,
        text=builder.text(),
        offset_map=builder.segments,
        author=author,
        url=url_line.group("url") if url_line else None,
        masthead=masthead,
    )
    return with_page_metadata(document, article.page) if article.page else document


def raw_offset(document: Document, clean_offset: int) -> int | None:
    """The raw-text offset of a clean-text offset, or None where the clean character was inserted."""
    for segment in document.offset_map:
        if segment.clean_start <= clean_offset < segment.clean_start + segment.length:
            return segment.raw_start + clean_offset - segment.clean_start
    return None
