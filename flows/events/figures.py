"""Figures: documents and their sentences in; the numbers the texts state out (`Figure`), with magnitude words
applied (760 млн -> 760000000, "более тысячи" -> 1000), the unit (долларов -> USD, % -> percent, студентов ->
people), a qualifier (about, more_than, ...) and the period they refer to ("по итогам прошлого года" -> 2024,
"первого полугодия 2025 года" -> 2025-H1).

Only numbers with a unit or a magnitude word count as figures: bare numbers are mostly dates and ordinals.
The words live in `flows/data/magnitudes.yaml` and `units.yaml`.
"""

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from pydantic import BaseModel, ConfigDict

from flows.datafiles import alternation, load_yaml
from flows.events.dates import document_reference, find_dates
from flows.events.lexicon import WORD_START, compile_words
from models.documents import Document, Sentence
from models.events import Figure


class Magnitude(BaseModel):
    """A magnitude word and its factor."""

    model_config = ConfigDict(extra="forbid")
    factor: int
    patterns: list[str]


class Magnitudes(BaseModel):
    """Schema of flows/data/magnitudes.yaml."""

    model_config = ConfigDict(extra="forbid")
    version: int
    magnitudes: list[Magnitude]
    qualifiers: dict[str, list[str]]
    qualifiers_after: dict[str, list[str]]


class Unit(BaseModel):
    """A unit and the words for it."""

    model_config = ConfigDict(extra="forbid")
    unit: str
    patterns: list[str]


class Units(BaseModel):
    """Schema of flows/data/units.yaml."""

    model_config = ConfigDict(extra="forbid")
    version: int
    units: list[Unit]
    before_number: list[Unit]
    periods: dict[str, dict[str, list[str]]]


@dataclass(frozen=True)
class _Lexicon:
    figure: re.Pattern[str]
    magnitudes: list[tuple[re.Pattern[str], int]]
    units: list[tuple[re.Pattern[str], str]]
    prefixes: list[tuple[re.Pattern[str], str]]
    qualifiers: list[tuple[re.Pattern[str], str]]
    half_year: dict[str, re.Pattern[str]]


@cache
def _lexicon() -> _Lexicon:
    magnitudes = load_yaml("magnitudes.yaml", Magnitudes)
    units = load_yaml("units.yaml", Units)
    magnitude = alternation([p for m in magnitudes.magnitudes for p in m.patterns])
    unit = alternation([p for u in units.units for p in u.patterns])
    prefix = alternation([p for u in units.before_number for p in u.patterns])
    before = alternation([p for ps in magnitudes.qualifiers.values() for p in ps])
    after = alternation([p for ps in magnitudes.qualifiers_after.values() for p in ps])
    number = r"\d{1,3}(?:[\s\u00a0]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
    figure = re.compile(
        rf"(?:{WORD_START}(?P<before>{before})\s+)?"
        rf"(?:(?:(?P<prefix>{prefix})\s*)?(?P<number>(?<![\w.,]){number})(?:[-'’][^\W\d_]+)?"
        rf"\s*(?:(?P<magnitude>{WORD_START}(?:{magnitude}))\s*)?"
        rf"|(?P<bare>{WORD_START}(?:{magnitude}))\s*)"
        rf"(?:(?P<between>{WORD_START}(?:{after}))\s+)?"
        rf"(?P<unit>(?:%|{WORD_START}(?:{unit})))?"
        rf"(?:\w*\s+(?P<after>{WORD_START}(?:{after})))?",
        re.IGNORECASE,
    )
    return _Lexicon(
        figure=figure,
        magnitudes=[(compile_words(m.patterns), m.factor) for m in magnitudes.magnitudes],
        units=[
            (re.compile(r"%") if u.unit == "percent" and p == "%" else compile_words([p]), u.unit)
            for u in units.units
            for p in u.patterns
        ],
        prefixes=[(re.compile(p, re.IGNORECASE), u.unit) for u in units.before_number for p in u.patterns],
        qualifiers=[
            (compile_words(ps), name)
            for table in (magnitudes.qualifiers, magnitudes.qualifiers_after)
            for name, ps in table.items()
        ],
        half_year={lang: compile_words(ps) for lang, ps in units.periods["half_year"].items()},
    )


def parse_number(text: str, language: str) -> float:
    """A written number: spaces group thousands; a comma (English: a dot) marks decimals, unless three digits
    follow it in a language that groups thousands with it."""
    digits = re.sub(r"[\s\u00a0]", "", text)
    thousands = "," if language == "en" else "."
    decimal = "." if language == "en" else ","
    if re.fullmatch(rf"\d{{1,3}}(\{thousands}\d{{3}})+", digits):
        digits = digits.replace(thousands, "")
    return float(digits.replace(decimal, ".").replace(",", ""))


def _classify(word: str | None, table: Sequence[tuple[re.Pattern[str], object]]) -> object | None:
    if not word:
        return None
    return next((value for pattern, value in table if pattern.fullmatch(word.strip())), None)


def _period(sentence: Sentence, document: Document, position: int) -> str | None:
    """The period a figure refers to: a half-year, or the date expression before it in the sentence."""
    language = sentence.language if sentence.language in _lexicon().half_year else document.language
    reference = document_reference(document.published, document.text, language)
    dates = [d for d in find_dates(sentence.text, language, reference) if d.end <= position]
    if not dates:
        return None
    nearest = dates[-1]
    half = _lexicon().half_year.get(language)
    # The half-year is named next to the year: before it ("первого полугодия 2025 года") or after it
    # ("2025 yılının ilk yarısında", "2025 жылдың бірінші жартысында"), never past the figure.
    around = sentence.text[max(0, nearest.start - 40) : min(position, nearest.end + 40)]
    match = half.search(around) if half else None
    if match and nearest.precision == "year":
        second = re.match(r"(втор|екінші|ikinci|икенче|second)", match.group(), re.IGNORECASE)
        return f"{nearest.value[:4]}-H{2 if second else 1}"
    return nearest.value


def sentence_figures(document: Document, sentence: Sentence) -> list[Figure]:
    """The figures one sentence states."""
    lexicon = _lexicon()
    language = sentence.language
    dates = find_dates(sentence.text, language, None)
    found = []
    for match in lexicon.figure.finditer(sentence.text):
        if not (
            match.group("magnitude") or match.group("unit") or match.group("bare") or match.group("prefix")
        ):
            continue
        if match.group("bare") and not (match.group("before") or match.group("unit")):
            continue
        if match.group("number") and any(d.start <= match.start("number") < d.end for d in dates):
            continue
        value = parse_number(match.group("number"), language) if match.group("number") else 1.0
        factor = _classify(match.group("magnitude") or match.group("bare"), lexicon.magnitudes)
        value *= factor if isinstance(factor, int) else 1
        unit = _classify(match.group("unit"), lexicon.units) or _classify(
            match.group("prefix"), lexicon.prefixes
        )
        qualifier = _classify(
            match.group("before") or match.group("between") or match.group("after"), lexicon.qualifiers
        )
        start, end = sentence.start + match.start(), sentence.start + match.end()
        surface = document.text[start:end].rstrip()
        end = start + len(surface)
        found.append(
            Figure(
                figure_id="figure/"
                + hashlib.sha1(f"{document.doc_id}|{start}|{end}".encode()).hexdigest()[:16],
                doc_id=document.doc_id,
                value=value,
                unit=unit if isinstance(unit, str) else None,
                qualifier=qualifier if isinstance(qualifier, str) else None,
                period=_period(sentence, document, match.start()),
                surface=surface,
                start=start,
                end=end,
                sentence_index=sentence.index,
            )
        )
    return found
