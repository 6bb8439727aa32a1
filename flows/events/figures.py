"""Figures: documents and their sentences in; the numbers the texts state out (`Figure`), with magnitude words
applied (760 млн -> 760000000, "более тысячи" -> 1000), numbers in words read ("два дня", "екі", "six
aircraft", "двухдневный"), ranges read as their upper end ("2-3 мәртәбә" -> 3, up to), the unit (долларов ->
USD, % -> percent, гектар -> ha, else the noun counted: "35 объект" -> объект), a qualifier (about,
more_than, ...) and the period they refer to ("по итогам прошлого года" -> 2024, "первого полугодия 2025
года" -> 2025-H1).

A figure is a number with a unit, a magnitude word or a noun it counts. A number that is a date, a year, a
time, a rank ("2-ші", "12. Zirvesi"), a list index, a phone, a page counter or an article's age ("5 минут
назад") is none; nor is a number in words naming the parties of a relation ("двух стран", "the two leaders").
The magnitude factors and the units (with the signs and codes no one language has) live in
`flows/data/magnitudes.yaml` and `units.yaml`; each language's words, for them too, in
`flows/data/lang/<code>/figures.yaml`.
"""

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache

from pydantic import BaseModel, ConfigDict

from flows import rule_usage
from flows.datafiles import alternation, load_yaml
from flows.events.dates import Reference, document_reference, find_dates
from flows.events.lexicon import WORD_START, compile_words
from flows.lang_pack import LANG_DIR, figure_words, languages
from flows.metadata import month_word
from models.documents import Document, Sentence
from models.events import DateExpression, Figure


class Magnitude(BaseModel):
    """A magnitude word and its factor."""

    model_config = ConfigDict(extra="forbid")
    factor: int
    patterns: list[str]


class Magnitudes(BaseModel):
    """Schema of flows/data/magnitudes.yaml (the factors) and, gathered, every language's words for them."""

    model_config = ConfigDict(extra="forbid")
    version: int
    magnitudes: list[Magnitude]
    qualifiers: dict[str, list[str]] = {}
    qualifiers_after: dict[str, list[str]] = {}


class Unit(BaseModel):
    """A unit and the words for it."""

    model_config = ConfigDict(extra="forbid")
    unit: str
    patterns: list[str]


class Units(BaseModel):
    """Schema of flows/data/units.yaml (the units) and, gathered, every language's words for them."""

    model_config = ConfigDict(extra="forbid")
    version: int
    units: list[Unit]
    before_number: list[Unit]


NUMBER = (
    r"\d{1,3}(?:[ \u00a0]\d{3})+(?:[.,]\d+)?|\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?|\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?"
    r"|\d+(?:[.,]\d+)?"
)
DIGITS = rf"(?<![\w.,:/№#+-])(?:{NUMBER})(?!:\d|[.,]\d)"
"""A number written in digits, not glued to a word, a time or a path before it."""
YEARS = range(1900, 2101)
"""Numbers that, without a magnitude or a unit of money or measure, are years."""
COUNTED = frozenset({None, "years", "days", "months", "hours", "times"})
"""Units that leave a number that looks like a year a year ("2024 жыл", "1992")."""
_PHONE = re.compile(r"(?:\+\d|\(\d{3,}\))[\d \u00a0()-]{6,}\d")
_NOUN = re.compile(r"\s*-?(?P<noun>[^\W\d_][\w'’-]*)")


@dataclass(frozen=True)
class _Words:
    """The compiled words of one language."""

    language: str
    figure: re.Pattern[str]
    number_word: re.Pattern[str]
    numbers: list[tuple[re.Pattern[str], float]]
    number_sources: list[str]
    compound_units: list[tuple[re.Pattern[str], str]]
    ordinal: re.Pattern[str]
    half_year: list[re.Pattern[str]]
    not_figure: re.Pattern[str]
    reference: re.Pattern[str]
    multipliers: list[tuple[re.Pattern[str], float]]
    described_by: re.Pattern[str]


@dataclass(frozen=True)
class _Shared:
    magnitudes: list[tuple[re.Pattern[str], int]]
    magnitude_sources: list[str]
    units: list[tuple[re.Pattern[str], str]]
    unit_sources: list[str]
    prefixes: list[tuple[re.Pattern[str], str]]
    qualifiers: list[tuple[re.Pattern[str], str]]


def _gathered(tables: list[dict[str, list[str]]]) -> dict[str, list[str]]:
    """Key -> the words of every table under it, in table order."""
    found: dict[str, list[str]] = {}
    for table in tables:
        for key, words in table.items():
            found.setdefault(key, []).extend(words)
    return found


@cache
def _tables() -> tuple[Magnitudes, Units]:
    """The shared magnitude factors and units, each with every language's words before its shared ones."""
    magnitudes = load_yaml("magnitudes.yaml", Magnitudes)
    units = load_yaml("units.yaml", Units)
    packs = [figure_words(language) for language in languages()]
    for language, words in zip(languages(), packs, strict=True):
        unknown = sorted(
            ({str(f) for f in words.magnitudes} - {str(m.factor) for m in magnitudes.magnitudes})
            | (set(words.units) - {u.unit for u in units.units})
            | (set(words.units_before_number) - {u.unit for u in units.before_number})
        )
        if unknown:
            raise ValueError(
                f"{LANG_DIR / language / 'figures.yaml'}: {', '.join(unknown)}: neither a factor of"
                " magnitudes.yaml nor a unit of units.yaml"
            )
    factors = _gathered([{str(f): w for f, w in words.magnitudes.items()} for words in packs])
    named = _gathered([words.units for words in packs])
    before = _gathered([words.units_before_number for words in packs])
    return (
        Magnitudes(
            version=magnitudes.version,
            magnitudes=[
                Magnitude(factor=m.factor, patterns=factors.get(str(m.factor), []) + m.patterns)
                for m in magnitudes.magnitudes
            ],
            qualifiers=_gathered([words.qualifiers for words in packs]),
            qualifiers_after=_gathered([words.qualifiers_after for words in packs]),
        ),
        Units(
            version=units.version,
            units=[Unit(unit=u.unit, patterns=named.get(u.unit, []) + u.patterns) for u in units.units],
            before_number=[
                Unit(unit=u.unit, patterns=before.get(u.unit, []) + u.patterns) for u in units.before_number
            ],
        ),
    )


@cache
def _shared() -> _Shared:
    magnitudes, units = _tables()
    unit_sources = [f"{u.unit}: {p}" for u in units.units for p in u.patterns]
    magnitude_sources = [f"{m.factor}: {p}" for m in magnitudes.magnitudes for p in m.patterns]
    rule_usage.register("units", [("", u) for u in unit_sources])
    rule_usage.register("magnitudes", [("", m) for m in magnitude_sources])
    return _Shared(
        magnitudes=[(compile_words([p]), m.factor) for m in magnitudes.magnitudes for p in m.patterns],
        magnitude_sources=magnitude_sources,
        unit_sources=unit_sources,
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
    )


def _words_of(words: list[str]) -> str:
    return alternation(words) or "$^"


@cache
def _words(language: str) -> _Words:
    """The figure pattern and word tables of one language (one without a folder has no number words)."""
    magnitudes, units = _tables()
    own = figure_words(language) if language in languages() else None
    number_words = [n.pattern for n in own.numbers] if own else []
    compounds = [n.pattern for n in own.compounds] if own else []
    compound_units = list(own.compound_units.values()) if own else []
    joiners = _words_of(own.range_joiners if own else ["-", "–"])
    if own:
        rule_usage.register(
            f"figures.{language}", [(language, n.pattern) for n in own.numbers + own.compounds]
        )
    magnitude = _words_of([p for m in magnitudes.magnitudes for p in m.patterns])
    unit = _words_of([p for u in units.units for p in u.patterns])
    prefix = _words_of([p for u in units.before_number for p in u.patterns])
    before = _words_of([p for ps in magnitudes.qualifiers.values() for p in ps])
    after = _words_of([p for ps in magnitudes.qualifiers_after.values() for p in ps])
    word = rf"{WORD_START}(?:{_words_of(number_words)})(?!\w)"
    figure = re.compile(
        rf"(?:{WORD_START}(?P<before>{before})\s+)?"
        rf"(?:(?:(?P<prefix>{prefix})\s*)?(?P<number>{DIGITS})(?P<suffix>[-'’][^\W\d_]+)?"
        rf"(?:(?:\s*[-–]\s*|\s+(?:{joiners})\s+)(?P<upper>(?:{NUMBER})(?!:\d|[.,]\d)))?"
        # "$3bn", "5млн": a magnitude word may be glued to the digits
        rf"\s*(?:(?P<magnitude>(?:{WORD_START}|(?<=\d))(?:{magnitude}))\s*)?"
        # "бес жүз", "two thousand five hundred": a number of several words is one (its magnitude joins after)
        rf"|(?P<word>{word}(?:\s+{word})*)(?:\s*(?:{joiners})\s*(?P<upper_word>{word}(?:\s+{word})*))?"
        rf"(?:\s+(?P<word_magnitude>{WORD_START}(?:{magnitude})))?(?:\s*-(?=[^\W\d_])|\s+)"
        rf"|(?P<compound>{WORD_START}(?:{_words_of(compounds)}))(?=(?:{_words_of(compound_units)}))"
        rf"|(?P<bare>{WORD_START}(?:{magnitude}))\s*)"
        rf"(?:(?P<between>{WORD_START}(?:{after}))\s+)?"
        rf"(?P<unit>(?:%|(?:{WORD_START}|(?<=\d))(?:{unit})|(?<=\w)(?:{_words_of(compound_units)})))?"
        rf"(?:\w*\s+(?P<after>{WORD_START}(?:{after})))?",
        re.IGNORECASE,
    )
    entries = own.numbers + own.compounds if own else []
    return _Words(
        language=language,
        figure=figure,
        number_word=re.compile(word, re.IGNORECASE),
        numbers=[(re.compile(n.pattern, re.IGNORECASE), n.value) for n in entries],
        number_sources=[n.pattern for n in entries],
        compound_units=[
            (re.compile(p, re.IGNORECASE), u) for u, p in (own.compound_units.items() if own else [])
        ],
        ordinal=re.compile(_words_of(own.ordinals if own else []), re.IGNORECASE),
        half_year=[re.compile(WORD_START + p, re.IGNORECASE) for p in (own.half_year if own else [])],
        not_figure=re.compile(rf"\s*(?:{_words_of(own.not_figures if own else [])})(?!\w)", re.IGNORECASE),
        reference=re.compile(
            rf"\s*-?(?:[^\W\d_]+\s+)?(?:{_words_of(own.references if own else [])})(?!\w)", re.IGNORECASE
        ),
        described_by=re.compile(_words_of(own.described_by if own else []), re.IGNORECASE),
        multipliers=[
            (re.compile(rf"{WORD_START}(?:{p})(?!\w)", re.IGNORECASE), value)
            for value, ps in (own.multipliers.items() if own else [])
            for p in ps
        ],
    )


def parse_number(text: str, language: str) -> float:
    """A written number: spaces group thousands; a comma (English: a dot) marks decimals, unless three digits
    follow it in a language that groups thousands with it; a mark repeated between groups of three digits
    groups thousands in any language ("1.200.000", "1,200,000")."""
    digits = re.sub(r"[\s\u00a0]", "", text)
    repeated = re.fullmatch(r"\d{1,3}([.,])\d{3}(?:\1\d{3})+(?:[.,]\d+)?", digits)
    if repeated:
        grouping = repeated.group(1)
        whole, _, fraction = digits.partition("," if grouping == "." else ".")
        return float(whole.replace(grouping, "") + (f".{fraction}" if fraction else ""))
    thousands = "," if language == "en" else "."
    decimal = "." if language == "en" else ","
    if re.fullmatch(rf"\d{{1,3}}(\{thousands}\d{{3}})+", digits):
        digits = digits.replace(thousands, "")
    return float(digits.replace(decimal, ".").replace(",", ""))


def _classify(
    word: str | None,
    table: Sequence[tuple[re.Pattern[str], object]],
    usage: tuple[str, list[str]] | None = None,
) -> object | None:
    """The value of the first entry of the table the word matches; `usage` (table name, each entry as
    written) reports the hit."""
    if not word:
        return None
    for index, (pattern, value) in enumerate(table):
        if pattern.fullmatch(word.strip()):
            if usage:
                rule_usage.fired(usage[0], usage[1][index])
            return value
    return None


def _number_value(word: str, words: _Words) -> float:
    """The value of a number word, or of the number stem a compound starts with (a whole word first:
    "пятьсот" is no "пять")."""
    entries = list(zip(words.numbers, words.number_sources, strict=True))
    for match in (re.Pattern.fullmatch, re.Pattern.match):
        for (pattern, value), source in entries:
            if match(pattern, word):
                rule_usage.fired(f"figures.{words.language}", source)
                return float(value)
    raise ValueError(f"{word!r} is no number word of {words.language}")


def _words_value(words_text: str, words: _Words) -> float:
    """The value of a number of one or more words: a hundred multiplies what comes before it, the rest add
    ("бес жүз" -> 500, "екі жүз елу" -> 250, "twenty five" -> 25)."""
    value = 0.0
    for token in words.number_word.finditer(words_text):
        number = _number_value(token.group(), words)
        value = value * number if number == 100 and 0 < value < 100 else value + number
    return value or _number_value(words_text, words)


@lru_cache(maxsize=64)
def _reference(published: date | None, text: str, language: str) -> Reference | None:
    """The document's reference date, worked out once per document (not once per figure)."""
    return document_reference(published, text, language)


def _period(sentence: Sentence, dates: list[DateExpression], position: int) -> str | None:
    """The period a figure refers to: a half-year, or the date expression before it in the sentence, else the
    first one after it ("grew by 45% in the first half of 2025", "4,8% по итогам 2024 года")."""
    before = [d for d in dates if d.end <= position]
    after = [d for d in dates if d.start >= position]
    if not (before or after):
        return None
    nearest = before[-1] if before else after[0]
    # The half-year is named next to the year: before it ("первого полугодия 2025 года") or after it
    # ("2025 yılının ilk yarısında", "2025 жылдың бірінші жартысында"), never on the figure's other side.
    low = max(0 if before else position, nearest.start - 40)
    around = sentence.text[low : min(position, nearest.end + 40) if before else nearest.end + 40]
    language = sentence.language if sentence.language in languages() else None
    for pattern in _words(language).half_year if language else []:
        match = pattern.search(around)
        if match and nearest.precision == "year":
            return f"{nearest.value[:4]}-H{2 if match.group('second') else 1}"
    return nearest.value


def _is_no_figure(
    sentence: Sentence, match: re.Match[str], words: _Words, dates: list[DateExpression]
) -> bool:
    """Whether a number matched in the sentence is a date, a year, a rank, an index, a phone or a counter."""
    text = sentence.text
    start = match.start("number") if match.group("number") else match.start()
    # "10 ile 15 Mart arasında": a range that ends in a date is one
    ends = [start] + ([match.start("upper")] if match.group("upper") else [])
    if any(d.start <= end < d.end for d in dates for end in ends):
        return True
    if any(p.start() <= start < p.end() for p in _PHONE.finditer(text)):
        return True
    if match.group("number"):
        after_number = text[match.end("number") :]
        if words.ordinal.pattern != "$^" and words.ordinal.match(after_number):
            return True
        # "1. Перейти к содержанию", "2) ...": an item's number opening the sentence
        if not text[:start].strip() and re.match(r"[.)]\s", after_number):
            return True
    counted = match.group("number") or match.group("word")
    if not counted:
        return False
    last = next(name for name in ("upper", "number", "upper_word", "word") if match.group(name))
    after = match.end(last)
    next_word = _NOUN.match(text, after)
    if match.group("upper") and next_word and month_word().match(next_word.group("noun")):
        return True  # "10 ile 15 Mart arasında": a span of days
    return bool(words.not_figure.match(text[after:]))


def _counted_noun(text: str, match: re.Match[str], words: _Words, shared: _Shared) -> tuple[str, int] | None:
    """The noun a number counts ("35 объект", "six aircraft", "две ассоциации") as a unit, and where it ends;
    None when the word after the number is no counted noun."""
    counted = _NOUN.match(text, match.end())
    if counted and words.described_by.fullmatch(counted.group("noun")):
        described = _NOUN.match(text, counted.end())  # "100 Turkish companies": the noun after its adjective
        if described and described.group("noun")[0].islower():
            counted = described
    # a word in lower case, apart from the digits ("330Министр" is glued)
    if not counted or not counted.group("noun")[0].islower():
        return None
    if match.group("number") and re.match(r"[^\W\d_]", text[match.end("number") :]):
        return None
    if (match.group("word") or match.group("compound")) and words.reference.match(text, match.end()):
        return None
    if words.number_word.fullmatch(counted.group("noun")):
        return None  # "екі мың бес жүз": the words after a magnitude go on with the number
    if month_word().match(counted.group("noun")):
        return None  # "3 ноября", "16 қарашада" with no year: a date
    noun = counted.group("noun").lower().strip("'’-")
    unit = _classify(noun, shared.units, ("units", shared.unit_sources))
    return (unit if isinstance(unit, str) else noun), counted.end()


def sentence_figures(document: Document, sentence: Sentence) -> list[Figure]:
    """The figures one sentence states."""
    language = sentence.language
    words = _words(language)
    shared = _shared()
    reference = _reference(document.published, document.text, language)
    dates = find_dates(sentence.text, language, None)
    periods = find_dates(sentence.text, language, reference)
    found: list[tuple[Figure, int]] = []
    for match in words.figure.finditer(sentence.text):
        groups = match.groupdict()
        number_word = groups["word"] or groups["compound"]
        if not (groups["number"] or number_word or groups["bare"]):
            continue
        if groups["bare"] and not (groups["before"] or groups["unit"]):
            continue
        if _is_no_figure(sentence, match, words, dates):
            continue
        magnitude = groups["magnitude"] or groups["word_magnitude"] or groups["bare"]
        unit = _classify(groups["unit"], shared.units, ("units", shared.unit_sources)) or _classify(
            groups["prefix"], shared.prefixes
        )
        if groups["compound"]:
            unit = _classify(groups["unit"], words.compound_units)
        elif groups["suffix"] and not unit:
            # "100-летием", "5-жылдық": a unit's stem after the hyphen
            unit = _classify(groups["suffix"].lstrip("-'’"), words.compound_units) or _classify(
                groups["suffix"].lstrip("-'’"), shared.units, ("units", shared.unit_sources)
            )
        end = match.end()
        if not (unit or groups["prefix"]):
            counted = _counted_noun(sentence.text, match, words, shared)
            # "100'den fazla Türk şirketi", "50дән артык": a qualifier after the digits binds them
            bound = groups["number"] and (groups["between"] or groups["after"])
            if counted is None and not (magnitude or bound):
                continue
            if counted is not None:
                unit, end = counted
        upper = groups["upper"] or groups["upper_word"]
        if groups["number"]:
            value = parse_number(upper or groups["number"], language)
        elif number_word:
            value = _words_value(groups["upper_word"] or number_word, words)
        else:
            value = 1.0
        # "in 2015", "2024 жыл", "2025–2027 годы": years; "2000 студентов", "2024 млн" are figures
        lower = parse_number(groups["number"], language) if groups["number"] else None
        if lower in YEARS and not magnitude and (groups["unit"] is None or unit in COUNTED):
            continue
        factor = _classify(magnitude, shared.magnitudes, ("magnitudes", shared.magnitude_sources))
        value *= factor if isinstance(factor, int) else 1
        qualifier = _classify(groups["before"] or groups["between"] or groups["after"], shared.qualifiers)
        if upper and not qualifier:
            qualifier = "up_to"
        start = sentence.start + match.start()
        surface = document.text[start : sentence.start + end].rstrip()
        end = start + len(surface)
        found.append(
            (
                Figure(
                    figure_id=_figure_id(document.doc_id, start, end),
                    doc_id=document.doc_id,
                    value=value,
                    unit=unit if isinstance(unit, str) else None,
                    qualifier=qualifier if isinstance(qualifier, str) else None,
                    period=_period(sentence, periods, match.start()),
                    surface=surface,
                    start=start,
                    end=end,
                    sentence_index=sentence.index,
                ),
                factor if isinstance(factor, int) else 1,
            )
        )
    found.extend(_multiplied(document, sentence, words, [f for f, _ in found], periods))
    return _joined(document, sorted(found, key=lambda pair: pair[0].start))


def _multiplied(
    document: Document, sentence: Sentence, words: _Words, found: list[Figure], periods: list[DateExpression]
) -> list[tuple[Figure, int]]:
    """The figures of times a word states with no number ("вдвое", "twofold", "doubled"), where no figure
    read already stands."""
    figures: list[tuple[Figure, int]] = []
    for pattern, value in words.multipliers:
        for match in pattern.finditer(sentence.text):
            start, end = sentence.start + match.start(), sentence.start + match.end()
            if any(f.start < end and start < f.end for f in found):
                continue
            figure = Figure(
                figure_id=_figure_id(document.doc_id, start, end),
                doc_id=document.doc_id,
                value=value,
                unit="times",
                period=_period(sentence, periods, match.start()),
                surface=match.group(),
                start=start,
                end=end,
                sentence_index=sentence.index,
            )
            figures.append((figure, 1))
    return figures


def _figure_id(doc_id: str, start: int, end: int) -> str:
    """A figure's stable id, from its document and offsets."""
    return "figure/" + hashlib.sha1(f"{doc_id}|{start}|{end}".encode()).hexdigest()[:16]


def _joined(document: Document, found: list[tuple[Figure, int]]) -> list[Figure]:
    """The figures, a number of several magnitudes read as one ("3 milyar 200 milyon dolar", "1 млрд 200 млн
    долларов" -> 3.2e9, 1.2e9): a figure with a magnitude and no unit joins a smaller one right after it."""
    joined: list[tuple[Figure, int]] = []
    for figure, factor in found:
        if joined:
            head, head_factor = joined[-1]
            between = document.text[head.end : figure.start]
            if (
                head.unit is None
                and head_factor > 1
                and factor < head_factor
                and figure.value < head_factor
                and not between.strip()
            ):
                surface = document.text[head.start : figure.end]
                joined[-1] = (
                    head.model_copy(
                        update={
                            "value": head.value + figure.value,
                            "unit": figure.unit,
                            "qualifier": head.qualifier or figure.qualifier,
                            "figure_id": _figure_id(document.doc_id, head.start, figure.end),
                            "surface": surface,
                            "end": figure.end,
                        }
                    ),
                    factor,
                )
                continue
        joined.append((figure, factor))
    return [figure for figure, _ in joined]
