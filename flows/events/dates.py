"""Dates: a text, its language and a reference date in; the date expressions it states out, each resolved to
an EDTF value with its precision and the first and last day it can mean.

Explicit dates in each language's formats (19.04.2021, 2020-01-31, "31 қаңтар", "12 ноября 2025 года",
"2020 жылдың 9 мамыр күні", "11 Şubat 2022"); dates without a year take the year that puts them nearest the
reference date; relative expressions ("в сентябре прошлого года", "биыл күзде", "на днях", "geçen yıl") are
resolved against it with the precision they carry. The words live in each language pack's dates.yaml
(flows/data/lang/<code>/).
"""

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from flows.events.lexicon import WORD_START
from flows.lang_pack import by_language, pack
from flows.lang_schema import DateWords
from flows.names.normalise import APOSTROPHES
from models.events import DateExpression

SEASON_MONTHS = {21: (3, 5), 22: (6, 8), 23: (9, 11), 24: (12, 2)}
"""EDTF level-1 season codes and their first and last months (northern hemisphere, meteorological)."""


@dataclass(frozen=True)
class Reference:
    """The date expressions are resolved against: a publication date (`day`) or only its year (`year`)."""

    day: date
    precision: str


@dataclass(frozen=True)
class _Piece:
    kind: str
    start: int
    end: int
    value: int | date | tuple[int, int]


@cache
def date_words(language: str) -> DateWords:
    """A language's date words (its dates.yaml); none for a language without the file."""
    found = pack(language)
    return found.dates if found is not None and found.dates is not None else DateWords(version=1)


def _any_language(words_of: Callable[[DateWords], list[str]]) -> str:
    """Every language's words of one kind as one alternation: they are tried in every text."""
    return "|".join(word for words in by_language(lambda p: p.dates).values() for word in words_of(words))


@cache
def _recent_words() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{_any_language(lambda w: list(w.recent))})(?!\w)", re.IGNORECASE)


def says_recent(text: str) -> bool:
    """Whether a date's words, in any language, say "recently", "the other day" (dates.yaml `recent`)."""
    return bool(_recent_words().search(text))


# A preposition right before a month word that is a date only after one ("в мае", "in May").
_PREPOSITION_BEFORE = re.compile(
    rf"(?:^|\s)({_any_language(lambda w: w.prepositions_before_month)})\s*$", re.IGNORECASE
)


def _word(pattern: str) -> re.Pattern[str]:
    return re.compile(WORD_START + "(?:" + pattern + r")\w*", re.IGNORECASE)


def _exact(pattern: str) -> re.Pattern[str]:
    return re.compile(WORD_START + "(?:" + pattern + r")(?!\w)", re.IGNORECASE)


@cache
def _scanners(language: str) -> tuple[tuple[str, re.Pattern[str], int], ...]:
    """(kind, pattern, value) for every kind of piece a date of the language is made of."""
    words = date_words(language)
    year_suffix = _any_language(lambda w: w.year_suffixes)
    day_suffix = _any_language(lambda w: w.day_suffixes)
    span_words = _any_language(lambda w: w.day_span_words)
    found: list[tuple[str, re.Pattern[str], int]] = [
        ("iso", re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)"), 0),
        ("dotted", re.compile(r"(?<![\d.])(\d{1,2})[./](\d{1,2})[./](\d{4})(?!\d)"), 0),
        (
            "year",
            re.compile(rf"(?<![\d.,])(1[89]\d\d|20\d\d)(?:-?(?:{year_suffix}))?(?![\d%])"),
            0,
        ),
        (
            "day",
            re.compile(
                rf"(?<![\d.,])([0-3]?\d)(?:-?(?:{day_suffix}))?"
                # a span of days is dated by its first ("10–11 марта", "10 и 11 наурыз", "March 10-11")
                rf"(?:(?:\s*[-–—]\s*|\s+(?:{span_words})\s+)[0-3]?\d(?:-?(?:{day_suffix}))?)?"
                r"(?!\d)(?![%.,]\d)"
            ),
            0,
        ),
    ]
    if words.months:
        # a span of months ("январь–сентябрь", "қаңтар-маусым"): before the months, to be found first
        any_month = "|".join(words.months)
        found.append(("month_range", _word(rf"(?:{any_month})\w*\s*[-–—]\s*(?:{any_month})"), 0))
    for index, pattern in enumerate(words.months, start=1):
        found.append(("month", _word(pattern), index))
    for kind, word in (
        ("month_word", words.month_word),
        ("year_word", words.year_word),
        ("day_word", words.day_word),
    ):
        if word:
            found.append((kind, _exact(word), 0))
    for code, pattern in words.seasons.items():
        found.append(("season", _exact(pattern), code))
    for kind, tables in (
        ("relyear", words.relative_years),
        ("relmod", words.relative_year_modifiers),
        ("relmonth", words.relative_months),
        ("relday", words.relative_days),
        ("recent", words.recent),
    ):
        for pattern, value in tables.items():
            found.append((kind, _exact(pattern), value))
    # before the weekdays: a piece of the same span found first is the one kept
    for index, pattern in enumerate(words.last_weekdays):
        found.append(("last_weekday", _exact(pattern), index))
    for index, pattern in enumerate(words.weekdays):
        found.append(("weekday", _exact(pattern), index))
    if words.year_case_endings:
        endings = "|".join(words.year_case_endings)
        apostrophes = "".join(APOSTROPHES)
        # read as the year's word: a year in a case ("2024'te") is a date as "2024 yılında" is
        found.append(
            ("year_word", re.compile(rf"(?<=\d{{4}})[{apostrophes}](?:{endings})(?!\w)", re.IGNORECASE), 0)
        )
    return tuple(found)


def _months_of_range(surface: str, language: str) -> tuple[int, int] | None:
    """The first and last month of a span of months ("январь–сентябрь" -> (1, 9)); None for one that runs
    backwards or is no span."""
    first, _, last = re.split(r"\s*([-–—])\s*", surface, maxsplit=1)
    months = [(pattern, index) for kind, pattern, index in _scanners(language) if kind == "month"]
    numbers = []
    for side in (first, last):
        number = next((index for pattern, index in months if pattern.fullmatch(side)), None)
        if number is not None:
            numbers.append(number)
    if len(numbers) != 2 or numbers[0] >= numbers[1]:
        return None
    return numbers[0], numbers[1]


def _pieces(text: str, language: str) -> list[_Piece]:
    """Every piece of a date in the text, longest first where two overlap."""
    candidates: list[_Piece] = []
    for kind, pattern, value in _scanners(language):
        for match in pattern.finditer(text):
            if kind in ("iso", "dotted"):
                parts = [int(g) for g in match.groups()]
                year, month, day = parts if kind == "iso" else (parts[2], parts[1], parts[0])
                try:
                    candidates.append(_Piece("full", match.start(), match.end(), date(year, month, day)))
                except ValueError:
                    continue
            elif kind in ("year", "day"):
                number = int(match.group(1))
                if kind == "day" and not 1 <= number <= 31:
                    continue
                candidates.append(_Piece(kind, match.start(), match.end(), number))
            elif kind == "month_range":
                months = _months_of_range(match.group(), language)
                if months is not None:
                    candidates.append(_Piece(kind, match.start(), match.end(), months))
            else:
                candidates.append(_Piece(kind, match.start(), match.end(), value))
    candidates.sort(key=lambda p: (p.start, -(p.end - p.start)))
    chosen: list[_Piece] = []
    for piece in candidates:
        if chosen and piece.start < chosen[-1].end:
            continue
        chosen.append(piece)
    return chosen


@cache
def _joins() -> re.Pattern[str]:
    """What may stand between the pieces of one date: spaces, commas, hyphens, or a joining word ("the 10th
    of March")."""
    joiners = _any_language(lambda w: w.date_joiners)
    return re.compile(r"[\s,\-–]*" + (rf"|\s+(?:{joiners})\s+" if joiners else ""), re.IGNORECASE)


def _groups(text: str, pieces: list[_Piece]) -> list[list[_Piece]]:
    """Runs of pieces separated only by spaces, commas, hyphens or a joining word."""
    groups: list[list[_Piece]] = []
    for piece in pieces:
        if groups and _joins().fullmatch(text[groups[-1][-1].end : piece.start]):
            groups[-1].append(piece)
        else:
            groups.append([piece])
    return groups


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _expression(
    text: str, group: list[_Piece], value: str, precision: str, first: date, last: date, relative: bool
) -> DateExpression:
    if precision != "day":
        # A number after a month, season or year that is not its day belongs to what follows ("2023 елда 40").
        while len(group) > 1 and group[-1].kind == "day":
            group = group[:-1]
        # a year's case ending after a month or day is the whole date's ("Eylül 2022'de"), not of its surface
        if precision != "year" and text[group[-1].start] in APOSTROPHES:
            group = group[:-1]
    if precision == "year":
        # "this", "last" only move a month or season: after a year it begins what follows ("2023'ten bu yana")
        while len(group) > 1 and group[-1].kind == "relmod":
            group = group[:-1]
    start, end = group[0].start, group[-1].end
    return DateExpression(
        surface=text[start:end],
        start=start,
        end=end,
        value=value,
        precision=precision,
        first_day=first.isoformat(),
        last_day=last.isoformat(),
        relative=relative,
    )


def _day_or_month(
    text: str, group: list[_Piece], year: int, month: int, day: int | None, relative: bool
) -> DateExpression | None:
    """The day, or the whole month when no day is given; None for a day the month lacks (31 June)."""
    if day is not None:
        try:
            exact = date(year, month, day)
        except ValueError:
            return None
        return _expression(text, group, exact.isoformat(), "day", exact, exact, relative)
    return _expression(
        text,
        group,
        f"{year:04d}-{month:02d}",
        "month",
        date(year, month, 1),
        _month_end(year, month),
        relative,
    )


PAST_SLACK_DAYS = 7
"""How many days after the reference date a day told in the past may still be (a publication date stamped
before the day its news tells)."""


def _nearest_year(month: int, day: int | None, reference: Reference, behind: bool = False) -> int:
    """The year that puts the month (and day) nearest the reference date; `behind`: nearest among the years
    that do not put it after the reference (but for `PAST_SLACK_DAYS`).

    The reference's own year when only its year is known.
    """
    if reference.precision != "day":
        return reference.day.year
    years: tuple[int, ...] = (reference.day.year - 1, reference.day.year, reference.day.year + 1)
    if behind:
        latest = reference.day + timedelta(days=PAST_SLACK_DAYS)
        years = tuple(
            y for y in years if date(y, month, min(day or 1, calendar.monthrange(y, month)[1])) <= latest
        )

    def distance(year: int) -> int:
        probe = date(year, month, min(day or 15, calendar.monthrange(year, month)[1]))
        return abs((probe - reference.day).days)

    return min(years, key=distance)


def _season_year(code: int, reference: Reference) -> int:
    """The year of a season named without one: the reference's, or the year before when the season that
    began then is still going on at the reference date (winter, in January or February)."""
    if reference.precision == "day":
        first, last = _season(reference.day.year - 1, code)
        if first <= reference.day <= last:
            return reference.day.year - 1
    return reference.day.year


def _season(year: int, code: int) -> tuple[date, date]:
    first_month, last_month = SEASON_MONTHS[code]
    last_year = year + 1 if last_month < first_month else year
    return date(year, first_month, 1), _month_end(last_year, last_month)


def window(reference: date, days: int) -> tuple[str, str, date, date]:
    """A span of `days` days ending at `reference`.

    Out: its month (the one holding most of it), precision, first and last day.
    """
    first = reference - timedelta(days=days)
    counts: dict[tuple[int, int], int] = {}
    for offset in range(days + 1):
        day = first + timedelta(days=offset)
        counts[(day.year, day.month)] = counts.get((day.year, day.month), 0) + 1
    year, month = max(counts, key=lambda key: (counts[key], key))
    return f"{year:04d}-{month:02d}", "month", first, reference


_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?)]|$)")


def _bare_year(text: str, group: list[_Piece]) -> bool:
    """A year without its word that is still a date: after a preposition that makes a month one, ending the
    clause ("was nine years ago, in 2015."; "In 2015, he ..."), in an article of any date (a year needs no
    reference). A number before a word may count anything ("в 1900 километрах")."""
    if len(group) != 1 or group[0].kind != "year":
        return False
    start, end = group[0].start, group[0].end
    return bool(_PREPOSITION_BEFORE.search(text, max(0, start - 40), start) and _CLAUSE_END.match(text, end))


@cache
def _day_owning_month_words() -> re.Pattern[str] | None:
    """Every language's month word in the genitive that the day it owns follows ("айының", "ayının")."""
    words = _any_language(lambda w: [w.day_owning_month_word] if w.day_owning_month_word else [])
    return re.compile(words, re.IGNORECASE) if words else None


def _day_past_month_word(text: str, group: list[_Piece]) -> bool:
    """Whether the day of a group follows its month and the month's word in the genitive, its ending glued
    on ("наурыз айының 10-ы", "Mart ayının 10'unda"; not "Mart ayında 15'ten fazla")."""
    kinds = [p.kind for p in group]
    at = kinds.index("day")
    if at < 2 or kinds[at - 2 : at] != ["month", "month_word"]:
        return False
    word, day = group[at - 1], group[at]
    owning = _day_owning_month_words()
    return (
        owning is not None
        and owning.fullmatch(text[word.start : word.end]) is not None
        and text[day.end : day.end + 1] in ("-", *APOSTROPHES)
    )


def _a_name_more_likely(
    text: str, group: list[_Piece], kinds: dict[str, int | date | tuple[int, int]], day: object
) -> bool:
    """Whether a month word that is also a name ("Қазан", "Kasım") is that name, though a relative year beside
    it would make it a month ("былтыр күзде Қазанға барды", "Geçen yıl Kasım-Jomart Tokayev"): no day, year
    number or month word names it, and it is capitalised without the apostrophe of a suffixed month
    ("geçen yıl Kasım'da")."""
    if "month_word" in kinds or day is not None or "year" in kinds:
        return False
    month = next(piece for piece in group if piece.kind == "month")
    return text[month.start].isupper() and text[month.end : month.end + 1] not in APOSTROPHES


def _resolve(
    text: str,
    group: list[_Piece],
    language: str,
    reference: Reference | None,
    ahead: bool = False,
    behind: bool = False,
) -> DateExpression | None:
    kinds = {p.kind: p.value for p in group}
    if "full" in kinds:
        full = kinds["full"]
        assert isinstance(full, date)
        return _expression(text, group, full.isoformat(), "day", full, full, False)
    year = kinds.get("year")
    offset = kinds.get("relyear", kinds.get("relmod"))
    if year is None and offset is not None and reference is not None:
        assert isinstance(offset, int)
        year = reference.day.year + offset
    month, day = kinds.get("month"), kinds.get("day")
    kind_order = [p.kind for p in group]
    # The day of a month is written next to it ("5 марта", "March 5", "5 наурыз"), or past the month's word
    # with its ending glued on ("наурыз айының 10-ы", "Mart ayının 10'unda"); a number further on ("в мае
    # 2024 года 15 тонн", "наурыз айында 15 тонна") is not.
    if (
        month is not None
        and day is not None
        and "day" in kind_order
        and abs(kind_order.index("day") - kind_order.index("month")) != 1
        and not _day_past_month_word(text, group)
    ):
        day = None
    if month is not None:
        assert isinstance(month, int)
        ambiguous = month in date_words(language).ambiguous_months
        named = "month_word" in kinds or day is not None or year is not None
        if ambiguous and _a_name_more_likely(text, group, kinds, day):
            return None
        # only the words just before the date: searching all the text before it is quadratic
        preposition = _PREPOSITION_BEFORE.search(text, max(0, group[0].start - 40), group[0].start)
        if not named and (ambiguous or not preposition):
            return None
        relative = year is None or offset is not None
        if year is None:
            if reference is None:
                return None
            year = _nearest_year(month, day if isinstance(day, int) else None, reference, behind)
        assert isinstance(year, int)
        assert day is None or isinstance(day, int)
        return _day_or_month(text, group, year, month, day, relative)
    if "month_range" in kinds:
        # "За январь–сентябрь", "қаңтар-маусым айларында": the months of a period, from the first month's
        # first day to the last month's last, valued as its first month (the period the figures stage reads).
        span = kinds["month_range"]
        assert isinstance(span, tuple)
        relative = year is None or offset is not None
        if year is None:
            if reference is None:
                return None
            # a period's figures are told once it is nearly over: the last such span whose last month has
            # begun by the reference ("январь–сентябрь" in October is this year's, in March last year's)
            year = reference.day.year - (date(reference.day.year, span[1], 1) > reference.day)
        assert isinstance(year, int)
        return _expression(
            text,
            group,
            f"{year:04d}-{span[0]:02d}",
            "month",
            date(year, span[0], 1),
            _month_end(year, span[1]),
            relative,
        )
    if "season" in kinds:
        code = kinds["season"]
        assert isinstance(code, int)
        relative = "year" not in kinds
        if year is None:
            if reference is None:
                return None
            year = _season_year(code, reference)
        assert isinstance(year, int)
        first, last = _season(year, code)
        return _expression(text, group, f"{year:04d}-{code}", "season", first, last, relative)
    if year is not None and ("year_word" in kinds or "relyear" in kinds or _bare_year(text, group)):
        assert isinstance(year, int)
        return _expression(
            text, group, f"{year:04d}", "year", date(year, 1, 1), date(year, 12, 31), "year" not in kinds
        )
    if reference is None or reference.precision != "day":
        return None
    if "relmonth" in kinds:
        months = kinds["relmonth"]
        assert isinstance(months, int)
        index = reference.day.year * 12 + reference.day.month - 1 + months
        year, month = divmod(index, 12)
        month += 1
        return _day_or_month(text, group, year, month, day if isinstance(day, int) else None, True)
    if "relday" in kinds:
        days = kinds["relday"]
        assert isinstance(days, int)
        exact = reference.day + timedelta(days=days)
        return _expression(text, group, exact.isoformat(), "day", exact, exact, True)
    if "weekday" in kinds:
        # "On Wednesday": the last such day up to the reference date (news tells what happened this week); in
        # what is planned ("will attend the summit on Thursday"), the next such day from it.
        weekday = kinds["weekday"]
        assert isinstance(weekday, int)
        if ahead:
            exact = reference.day + timedelta(days=(weekday - reference.day.weekday()) % 7)
        else:
            exact = reference.day - timedelta(days=(reference.day.weekday() - weekday) % 7)
        return _expression(text, group, exact.isoformat(), "day", exact, exact, True)
    if "last_weekday" in kinds:
        # "В прошлую среду" written on a Wednesday is the Wednesday a week before.
        weekday = kinds["last_weekday"]
        assert isinstance(weekday, int)
        exact = reference.day - timedelta(days=(reference.day.weekday() - weekday - 1) % 7 + 1)
        return _expression(text, group, exact.isoformat(), "day", exact, exact, True)
    if "recent" in kinds:
        span = kinds["recent"]
        assert isinstance(span, int)
        value, precision, first, last = window(reference.day, span)
        return _expression(text, group, value, precision, first, last, True)
    return None


def find_dates(
    text: str, language: str, reference: Reference | None, ahead: bool = False, behind: bool = False
) -> list[DateExpression]:
    """The date expressions of a text, resolved against the reference (None: only dates that state a year);
    `ahead`: the text tells what is planned, its weekdays are the next ones from the reference; `behind`: it
    tells what has happened, its days without a year are not weeks after the reference."""
    found = []
    for group in _groups(text, _pieces(text, language)):
        # "на 2024–2025 годы", "2025-2026 dönemi": a span of years is the period a plan covers, not a date.
        kinds = [piece.kind for piece in group]
        if kinds.count("year") > 1 and set(kinds) <= {"year", "year_word"}:
            continue
        resolved = _resolve_run(text, group, language, reference, ahead, behind)
        if resolved is not None:
            found.append(resolved)
    return found


def _resolve_run(
    text: str, group: list[_Piece], language: str, reference: Reference | None, ahead: bool, behind: bool
) -> DateExpression | None:
    """The date a run of pieces reads as: the whole run, else the run less its first pieces (it may end in
    one: "9 ... 12 ноября"), else the run less its last piece (it may be followed by a word that only looks
    like a month: "Geçen ay Kasım-Jomart Tokayev", a first name)."""
    for start in range(len(group)):
        resolved = _resolve(text, group[start:], language, reference, ahead, behind)
        if resolved is not None:
            return resolved
    return _resolve_run(text, group[:-1], language, reference, ahead, behind) if len(group) > 1 else None


def document_reference(published: date | None, text: str, language: str) -> Reference | None:
    """What a document's relative dates are resolved against: its publication date, else the year its
    explicit days and months name most often (a text about "9 May 2020" and "31 January" is from 2020). A year
    named alone is no such sign: it is what the text looks back or ahead to ("the census of 2009", "until
    2025")."""
    if published is not None:
        return Reference(published, "day")
    years: dict[int, int] = {}
    for expression in find_dates(text, language, None):
        if not expression.relative and expression.precision in ("day", "month"):
            year = int(expression.value[:4])
            years[year] = years.get(year, 0) + 1
    if not years:
        return None
    year = max(years, key=lambda y: (years[y], y))
    return Reference(date(year, 7, 1), "year")


PROBE_YEAR = 1604
"""A leap year no news is from: what a date without a year is resolved in, to tell it from one that states its
year (or a relative one, "last November", that moves it)."""


def yearless_dates(text: str, language: str) -> list[tuple[DateExpression, str]]:
    """The days and months a text states without a year ("15 қараша", "ТАШКЕНТ, 14 ноября", "in May",
    "November last year"), each with its month and day as `MM-DD` (or `MM` for a month, and for a month in a
    year counted from the article's): in an article whose year is not known, what the other reports of its
    events date."""
    found = []
    for expression in find_dates(text, language, Reference(date(PROBE_YEAR, 7, 1), "year")):
        if expression.precision not in ("day", "month") or not expression.relative:
            continue
        if expression.value.startswith(f"{PROBE_YEAR}-"):
            found.append((expression, expression.value[5:]))
        elif int(expression.value[:4]) in (PROBE_YEAR - 1, PROBE_YEAR + 1):
            # "В ноябре прошлого года": the month is known, its year is one the article's own year moves.
            found.append((expression, expression.value[5:7]))
    return found


def yearless_fits(yearless: str, span: tuple[str, str], slack_days: int = 0) -> int | None:
    """The year that puts a day or month without a year (`MM-DD`, `MM`) inside a span of days (widened by
    `slack_days` on either side), or None when no year does."""
    first, last = date.fromisoformat(span[0]), date.fromisoformat(span[1])
    first, last = first - timedelta(days=slack_days), last + timedelta(days=slack_days)
    month = int(yearless[:2])
    for year in range(first.year, last.year + 1):
        if len(yearless) > 2:
            day = int(yearless[3:5])
            if day > calendar.monthrange(year, month)[1]:
                continue
            start = end = date(year, month, day)
        else:
            start, end = date(year, month, 1), _month_end(year, month)
        if start <= last and first <= end:
            return year
    return None


def with_year(yearless: str, year: int) -> tuple[str, str, str, str]:
    """A day or month without a year (`MM-DD`, `MM`) in the given year: its value, precision, first and last
    day."""
    month = int(yearless[:2])
    if len(yearless) > 2:
        day = date(year, month, int(yearless[3:5]))
        return day.isoformat(), "day", day.isoformat(), day.isoformat()
    return (
        f"{year:04d}-{month:02d}",
        "month",
        date(year, month, 1).isoformat(),
        _month_end(year, month).isoformat(),
    )


def sequel_days(text: str, language: str, start: int = 0, end: int | None = None) -> int | None:
    """The days a "next day" expression ("ertesi gün", "на следующий день") in the text, or between `start`
    and `end`, counts on: from the day the sentences before state, or from a date before it in the sentence
    ("arrived on 10 March and the next day met ..."); None when there is none."""
    for pattern, offset in date_words(language).sequel_days.items():
        if _exact(pattern).search(text, start, len(text) if end is None else end):
            return offset
    return None


@cache
def _earlier_stages(language: str) -> re.Pattern[str] | None:
    pattern = date_words(language).earlier_stages
    return _exact(pattern) if pattern else None


def earlier_stage(text: str, language: str, trigger_start: int, trigger_end: int) -> bool:
    """Whether the trigger at the offsets tells a stage of the tour before the trip its article reports:
    words for it before the trigger ("Before coming to Tashkent, he made official visits to Russia and
    France"), or after it in its clause ("visited Moscow before coming to Tashkent"), not in another clause
    ("arrived in Tashkent; before coming, he had visited Moscow")."""
    pattern = _earlier_stages(language)
    if pattern is None:
        return False
    return any(
        found.end() <= trigger_start
        or (found.start() >= trigger_end and not re.search(r"[,;:.]", text[trigger_end : found.start()]))
        for found in pattern.finditer(text)
    )


@cache
def _anchor(language: str) -> re.Pattern[str] | None:
    pattern = date_words(language).anchors
    return _exact(pattern) if pattern else None


def governs(
    text: str, language: str, expression: DateExpression, trigger_start: int, trigger_end: int
) -> bool:
    """Whether a date of the sentence is the trigger's: no word between them ties it to another happening the
    trigger is counted from ("arrived ... for the first time since his re-election on November 20"), nor
    does one open the clause the date is in, set off from the trigger ("Since his election on 20 November,
    he has met ...")."""
    anchor = _anchor(language)
    if anchor is None:
        return True
    if expression.end > trigger_start:
        return not anchor.search(text[trigger_end : expression.start])
    # after the date, a tying word only in the date's own clause ("20 қарашадан бері"; not "On 10 March,
    # after the talks, they signed")
    set_off = _CLAUSE_BREAK.search(text, expression.end, trigger_start)
    if anchor.search(text, expression.end, set_off.start() if set_off else trigger_start):
        return False
    if set_off is None:
        return True
    opening = max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, expression.start)), default=0)
    return not anchor.search(text, opening, expression.start)


# What sets a clause off from the rest of its sentence.
_CLAUSE_BREAK = re.compile(r"[,;:—]")


@cache
def _past_forms(language: str) -> re.Pattern[str] | None:
    forms = date_words(language).past_forms
    return re.compile("|".join(forms), re.IGNORECASE) if forms else None


def told_in_past(words: list[str], language: str) -> bool:
    """Whether one of the words (a trigger's, the one after it) is a verb told in the past (dates.yaml
    `past_forms`: "прошла", "кездесті", "görüştü", "met")."""
    pattern = _past_forms(language)
    return bool(pattern and any(pattern.fullmatch(word) for word in words))


@cache
def _today(language: str) -> re.Pattern[str] | None:
    words = [pattern for pattern, offset in date_words(language).relative_days.items() if offset == 0]
    return _exact("|".join(words)) if words else None


@cache
def _first_person(language: str) -> re.Pattern[str] | None:
    words = date_words(language).first_person
    return _exact("|".join(words)) if words else None


def says_today(text: str, language: str) -> re.Match[str] | None:
    """The word of a sentence that names the day it is written on ("today", "сегодня", "bugün"), if any."""
    pattern = _today(language)
    return pattern.search(text) if pattern else None


def in_first_person(text: str, language: str) -> bool:
    """Whether a sentence speaks in the first person (dates.yaml `first_person`: "мы", "I", "bekliyoruz")."""
    pattern = _first_person(language)
    return bool(pattern and pattern.search(text))


@cache
def _sidelines(language: str) -> re.Pattern[str] | None:
    pattern = date_words(language).sidelines
    return _exact(pattern) if pattern else None


def sidelines(text: str, language: str) -> re.Match[str] | None:
    """The words of a sentence that put its event on the sidelines of an occasion ("on the sidelines of the
    summit", "саммит кулуарында"), if any."""
    pattern = _sidelines(language)
    return pattern.search(text) if pattern else None
