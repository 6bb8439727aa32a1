"""An event's date, place and sources: days stated without a year, the date that governs the trigger, "the
next day", the most specific place, and one event's reports (its stages, its undated twins) merging into one
row. Sentences written for the tests, one row per case."""

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from flows.events.dates import Reference, find_dates, with_year, yearless_dates, yearless_fits
from flows.events.stage import extract_events
from models.events import Event
from tests.conftest import make_document
from tests.events.conftest import make_corpus

TASHKENT = "place/geonames-1512569"
ANKARA = "place/geonames-323786"
ASTANA = "place/geonames-1526273"


def _events(*documents: tuple[str, str, str | None, str]) -> list[Event]:
    """Events of documents given as (text, language, published, doc_id)."""
    corpus = make_corpus(
        *(make_document(text, language, published, doc_id) for text, language, published, doc_id in documents)
    )
    return extract_events(corpus.documents, corpus.sentences, corpus.mentions, corpus.entities)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("kk", "АСТАНА, 15 қараша – Sputnik.", ["11-15"]),
        ("ru", "ТАШКЕНТ, 14 ноября – Sputnik.", ["11-14"]),
        ("ru", "Об этом сегодня, 22 декабря, сообщает пресс-служба.", ["12-22"]),
        ("en", "On November 27, the president arrived.", ["11-27"]),
        ("tr", "Cumhurbaşkanı 3 Kasım'da Astana'ya geldi.", ["11-03"]),
        ("tt", "Президент 3 октябрьдә Казанга килде.", ["10-03"]),
        ("kk", "Тоқаев мамыр айында Анкараға барды.", ["05"]),
        # A month in a year counted from the article's: the month, its year unknown.
        ("ru", "Визит состоялся в ноябре прошлого года.", ["11"]),
        ("en", "after the visit to Kazakhstan in November last year", ["11"]),
        # A year stated is not a day without a year.
        ("ru", "Встреча прошла 15 ноября 2025 года.", []),
        ("en", "The talks were held on 22 December 2022.", []),
    ],
)
def test_days_without_a_year(language: str, text: str, expected: list[str]) -> None:
    assert [value for _, value in yearless_dates(text, language)] == expected


@pytest.mark.parametrize(
    ("yearless", "span", "slack", "year"),
    [
        ("11-15", ("2025-11-01", "2025-11-15"), 0, 2025),
        ("11-16", ("2025-11-14", "2025-11-14"), 0, None),
        ("11-16", ("2025-11-14", "2025-11-14"), 3, 2025),
        ("05", ("2022-05-01", "2022-05-10"), 0, 2022),
        ("01-02", ("2024-12-20", "2025-01-05"), 0, 2025),
        ("02-29", ("2023-02-01", "2023-03-31"), 0, None),
    ],
)
def test_the_year_a_day_without_one_fits(
    yearless: str, span: tuple[str, str], slack: int, year: int | None
) -> None:
    assert yearless_fits(yearless, span, slack) == year


@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2099, 12, 31)), st.integers(0, 40))
def test_a_day_fits_any_span_holding_it_in_its_own_year(day: date, width: int) -> None:
    """Whatever the span around a day, the day without its year fits it in that year, and back with that year
    it is the day again."""
    span = ((day - timedelta(days=width)).isoformat(), (day + timedelta(days=width)).isoformat())
    yearless = day.isoformat()[5:]
    assert yearless_fits(yearless, span) == day.year
    assert with_year(yearless, day.year) == (day.isoformat(), "day", day.isoformat(), day.isoformat())


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Kassym-Jomart Tokayev arrived in Tashkent on an official visit for the first time since his "
            "re-election on November 20, 2022.",
            "en",
        ),
        (
            "Касым-Жомарт Токаев прибыл в Ташкент с официальным визитом впервые после переизбрания 20 ноября "
            "2022 года.",
            "ru",
        ),
    ],
)
def test_a_date_tied_to_another_happening_is_not_the_triggers(text: str, language: str) -> None:
    """ "Since his re-election on 20 November": the visit is counted from that date, not on it; the article
    states no day for the visit, so it is dated by the month of publication."""
    events = _events((text, language, "2022-12-22", "a"))
    assert [(e.type, e.date, e.date_precision, e.date_source) for e in events] == [
        ("visit", "2022-12", "month", "publication")
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Kasım-Jomart Tokayev 10 Ekim'de Ankara'ya geldi.\nErtesi gün Tokayev, Recep Tayyip Erdoğan ile görüştü.",
            "tr",
        ),
        (
            "Касым-Жомарт Токаев прибыл в Анкару 10 октября.\n"
            "На следующий день Токаев встретился с Реджепом Тайипом Эрдоганом.",
            "ru",
        ),
        (
            "Kassym-Jomart Tokayev arrived in Ankara on 10 October.\nThe next day Tokayev met Recep Tayyip Erdogan.",
            "en",
        ),
        (
            "Қасым-Жомарт Тоқаев 10 қазанда Анкараға келді.\nКелесі күні Тоқаев Режеп Тайып Ердоғанмен кездесті.",
            "kk",
        ),
    ],
)
def test_the_next_day_counts_from_the_day_before(text: str, language: str) -> None:
    """ "Ertesi gün", "на следующий день": the day after the day the sentence before states, not after the
    publication date."""
    meetings = [e for e in _events((text, language, "2022-10-20", "a")) if e.type == "meet"]
    assert [(e.date, e.date_precision) for e in meetings] == [("2022-10-11", "day")]


@pytest.mark.parametrize(
    ("undated", "language", "published"),
    [
        # A dateline without a year picks the event its article reports.
        (
            "ТАШКЕНТ, 15 қараша – Sputnik.\nҚасым-Жомарт Тоқаев Шавкат Мирзиёевпен Ташкентте кездесті.",
            "kk",
            None,
        ),
        # A day stated without a year, in an article whose year is not known.
        ("Тоқаев пен Мирзиёев 15 қарашада Ташкентте кездесті.", "kk", None),
        ("ТАШКЕНТ, 15 ноября – Sputnik.\nКасым-Жомарт Токаев встретился с Шавкатом Мирзиёевым.", "ru", None),
        ("Kassym-Jomart Tokayev and Shavkat Mirziyoyev met in Tashkent on November 15.", "en", None),
    ],
)
def test_an_undated_report_joins_the_event_its_day_fits(undated: str, language: str, published: None) -> None:
    """Two meetings of one pair in one city, years apart: the report stating no year joins the one whose days
    its day without a year fits, and takes its date."""
    events = _events(
        (
            "Касым-Жомарт Токаев встретился с Шавкатом Мирзиёевым в Ташкенте 15 ноября.",
            "ru",
            "2025-11-16",
            "a",
        ),
        (
            "Kassym-Jomart Tokayev met Shavkat Mirziyoyev in Tashkent on 22 December 2022.",
            "en",
            "2022-12-23",
            "b",
        ),
        (undated, language, published, "c"),
    )
    assert sorted((e.reported_in, e.date, e.date_precision) for e in events) == [
        (["a", "c"], "2025-11-15", "day"),
        (["b"], "2022-12-22", "day"),
    ]


@pytest.mark.parametrize(
    "stages",
    [
        [
            ("Касым-Жомарт Токаев 14 ноября посетит Ташкент с государственным визитом.", "ru", "2025-11-12"),
            (
                "ТАШКЕНТ, 14 қараша – Sputnik.\nҚасым-Жомарт Тоқаев Ташкентке мемлекеттік сапармен келді.",
                "kk",
                None,
            ),
            (
                "Kassym-Jomart Tokayev arrived in Tashkent on a state visit on November 14.",
                "en",
                "2025-11-15",
            ),
        ],
        [
            ("Kassym-Jomart Tokayev will pay a state visit to Tashkent on November 14.", "en", "2025-11-10"),
            ("Касым-Жомарт Токаев прибыл в Ташкент с государственным визитом.", "ru", "2025-11-14"),
        ],
    ],
)
def test_the_stages_of_one_visit_are_one_row(stages: list[tuple[str, str, str | None]]) -> None:
    """Announced, arrived, under way, in several languages and with or without a year: one visit, every
    document a source, dated by its first day."""
    ids = [f"d{i}" for i in range(len(stages))]
    events = _events(
        *((text, language, published, f"d{i}") for i, (text, language, published) in enumerate(stages))
    )
    visits = [e for e in events if e.type == "visit"]
    assert [(v.reported_in, v.date, v.place_id) for v in visits] == [(ids, "2025-11-14", TASHKENT)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "ASTANA, 11 September.\nTurkish Foreign Minister Hakan Fidan arrived in Kazakhstan on an official visit.",
            "en",
        ),
        (
            "АСТАНА.\nМинистр иностранных дел Турции Хакан Фидан прибыл в Казахстан с официальным визитом.",
            "ru",
        ),
    ],
)
def test_a_visit_to_a_country_is_placed_in_the_city_its_article_names(text: str, language: str) -> None:
    """The most specific place: "arrived in Kazakhstan" in an article datelined Astana is in Astana."""
    visits = [e for e in _events((text, language, "2023-09-11", "a")) if e.type == "visit"]
    assert [v.place_id for v in visits] == [ASTANA]


def test_a_city_of_another_country_is_another_visit() -> None:
    """A visit to Tashkent and one to Russia in one article are two trips, whatever their dates."""
    text = "Kassym-Jomart Tokayev arrived in Tashkent on an official visit.\nKassym-Jomart Tokayev visited Russia."
    visits = [e for e in _events((text, "en", "2022-12-22", "a")) if e.type == "visit"]
    assert sorted(str(v.place_id) for v in visits) == sorted([TASHKENT, "place/geonames-2017370"])


@pytest.mark.parametrize(
    ("language", "text", "published", "expected"),
    [
        (
            "en",
            "Erdogan was welcomed by Tokayev upon arrival in the capital Astana on Wednesday.",
            "2022-10-12",
            "2022-10-12",
        ),
        ("en", "The talks took place on Monday.", "2022-10-12", "2022-10-10"),
        ("ru", "Путин прибыл в Астану в среду.", "2022-10-14", "2022-10-12"),
        ("ru", "Во вторник президенты провели переговоры.", "2022-10-14", "2022-10-11"),
        ("kk", "Ердоған сәрсенбі күні Астанаға келді.", "2022-10-13", "2022-10-12"),
        ("tr", "Erdoğan çarşamba günü Astana'ya geldi.", "2022-10-16", "2022-10-12"),
        ("tt", "Президент чәршәмбе көнне Казанга килде.", "2022-10-12", "2022-10-12"),
    ],
)
def test_a_weekday_is_the_last_such_day_up_to_publication(
    language: str, text: str, published: str, expected: str
) -> None:
    found = find_dates(text, language, Reference(date.fromisoformat(published), "day"))
    assert [(d.value, d.precision) for d in found] == [(expected, "day")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Среди прочего стороны обсудили охрану окружающей среды."),
        ("tr", "Pazar payı arttı."),
        ("kk", "Жұма мешітінде кездесу болды."),
    ],
)
def test_words_that_only_look_like_a_weekday(language: str, text: str) -> None:
    assert find_dates(text, language, Reference(date(2022, 10, 12), "day")) == []


ALMATY = "place/geonames-1526384"


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # The sentence before names the same occasion, dated and placed: the session is that one.
        (
            "Алматы қаласында 31 қаңтар күні Еуразиялық Үкіметаралық Кеңес отырысы өтті.\n"
            "Михаил Мишустин Үкіметаралық Кеңестің отырысына қатысты.",
            "kk",
            ("2020-01-31", "day", ALMATY),
        ),
        (
            "31 января в Алматы прошло заседание Евразийского межправительственного совета.\n"
            "Михаил Мишустин принял участие в заседании Евразийского межправительственного совета.",
            "ru",
            ("2020-01-31", "day", ALMATY),
        ),
        # A sentence before that names another occasion lends neither its day nor its place.
        (
            "31 января в Алматы прошёл форум регионов.\n"
            "Михаил Мишустин принял участие в заседании Евразийского межправительственного совета.",
            "ru",
            ("2020-01", "month", None),
        ),
    ],
)
def test_an_occasion_the_sentence_before_names_is_dated_and_placed_there(
    text: str, language: str, expected: tuple[str, str, str | None]
) -> None:
    meetings = [e for e in _events((text, language, "2020-02-01", "a")) if e.type == "meet"]
    assert [(e.date, e.date_precision, e.place_id) for e in meetings] == [expected]


@pytest.mark.parametrize(
    ("text", "language", "place"),
    [
        # The countries of the signatories' office are not where they signed.
        (
            "Президенты Узбекистана и Казахстана Шавкат Мирзиёев и Касым-Жомарт Токаев подписали Договор о "
            "союзнических отношениях.",
            "ru",
            None,
        ),
        (
            "Президенты Узбекистана и Казахстана Шавкат Мирзиёев и Касым-Жомарт Токаев подписали в Ташкенте "
            "Договор о союзнических отношениях.",
            "ru",
            TASHKENT,
        ),
        ("Тоқаев пен Мирзиёев Ташкентте келісімге қол қойды.", "kk", TASHKENT),
        # In verb-final Kazakh a place after the verb is of the next clause.
        ("Тоқаев пен Мирзиёев келісімге қол қойды, кейін Астанаға оралды.", "kk", None),
    ],
)
def test_an_act_not_located_by_type_takes_a_place_on_its_languages_side_only(
    text: str, language: str, place: str | None
) -> None:
    signings = [e for e in _events((text, language, "2022-12-22", "a")) if e.type == "sign"]
    assert [e.place_id for e in signings] == [place]
