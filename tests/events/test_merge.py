"""Merging reports of one event across documents and languages into one `Event` row, and keeping different
events apart."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from flows.events.merge import Cluster, merge_reports
from flows.events.stage import extract_events
from models.entities import Entity
from models.events import ActorRole, Event, EventReport, Evidence
from tests.conftest import make_document
from tests.events.conftest import make_corpus

TOKAYEV = "person/kassym-jomart-tokayev"
MIRZIYOYEV = "person/shavkat-mirziyoyev"
JAPAROV = "person/sadyr-japarov"
ERDOGAN = "person/recep-tayyip-erdogan"

# One meeting, as three outlets in three languages report it; only the Russian one dates it in its text.
RU = ("Касым-Жомарт Токаев встретился с Шавкатом Мирзиёевым в Самарканде 11 апреля.\n"
      "Стороны обсудили торговлю и водные ресурсы.")  # fmt: skip
KK = (
    "Қасым-Жомарт Тоқаев Шавкат Мирзиёевпен Самарқандта кездесті.\nТараптар сауда мен су мәселесін талқылады."
)
TR = "Kasım-Jomart Tokayev, Şevket Mirziyoyev ile Semerkant'ta görüştü.\nİki lider ticareti ve su kaynaklarını ele aldı."


def _events(*documents: tuple[str, str, str | None, str]) -> list[Event]:
    """Events of documents given as (text, language, published, doc_id)."""
    corpus = make_corpus(
        *(make_document(text, language, published, doc_id) for text, language, published, doc_id in documents)
    )
    return extract_events(corpus.documents, corpus.sentences, corpus.mentions, corpus.entities)


def test_one_meeting_in_three_languages() -> None:
    events = _events(
        (RU, "ru", "2024-04-12", "a-ru"), (KK, "kk", "2024-04-12", "b-kk"), (TR, "tr", "2024-04-13", "c-tr")
    )
    assert len(events) == 1
    event = events[0]
    assert (event.type, event.cameo, event.plover_type) == ("meet", "040", "CONSULT")
    assert event.actors == [TOKAYEV, MIRZIYOYEV]
    assert event.reported_in == ["a-ru", "b-kk", "c-tr"]
    assert sorted(e.doc_id for e in event.evidence) == ["a-ru", "b-kk", "c-tr"]
    assert (event.date, event.date_precision, event.date_source) == ("2024-04-11", "day", "text")
    assert (event.date_start, event.date_end) == ("2024-04-11", "2024-04-11")
    # The Kazakh and Turkish reports state no date: the event's date is the Russian one's.
    assert event.date_inferred_from == "a-ru"
    assert event.status == "occurred"


@pytest.mark.parametrize("published", [None, "2024-04-12"])
def test_undated_report_takes_the_date_of_the_dated_one(published: str | None) -> None:
    """A document that gives no date of its own (none, or only its publication day) has the event's date
    inferred from the document that states it, and the event records which one."""
    events = _events((TR, "tr", published, "a-tr"), (RU, "ru", "2024-04-12", "b-ru"))
    assert [(e.type, e.reported_in, e.date, e.date_source, e.date_inferred_from) for e in events] == [
        ("meet", ["a-tr", "b-ru"], "2024-04-11", "text", "b-ru")
    ]


def test_dates_stated_everywhere_are_not_inferred() -> None:
    kk = "Қасым-Жомарт Тоқаев Шавкат Мирзиёевпен Самарқандта 11 сәуірде кездесті."
    events = _events((RU, "ru", "2024-04-12", "a-ru"), (kk, "kk", "2024-04-12", "b-kk"))
    assert [(e.reported_in, e.date, e.date_inferred_from) for e in events] == [
        (["a-ru", "b-kk"], "2024-04-11", None)
    ]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # The same two people on different dates.
        (
            (
                "Касым-Жомарт Токаев встретился с Шавкатом Мирзиёевым в Самарканде 11 апреля.",
                "ru",
                "2024-04-12",
            ),
            (
                "Касым-Жомарт Токаев встретился с Шавкатом Мирзиёевым в Ташкенте 20 сентября.",
                "ru",
                "2024-09-21",
            ),
        ),
        (
            ("Қасым-Жомарт Тоқаев Шавкат Мирзиёевпен 2024 жылғы 11 сәуірде кездесті.", "kk", "2024-04-12"),
            ("Kasım-Jomart Tokayev, Şevket Mirziyoyev ile 3 Ekim 2024'te görüştü.", "tr", "2024-10-04"),
        ),
        # Different people on the same day.
        (
            ("Касым-Жомарт Токаев встретился с Шавкатом Мирзиёевым 11 апреля.", "ru", "2024-04-12"),
            ("Касым-Жомарт Токаев встретился с Садыром Жапаровым 11 апреля.", "ru", "2024-04-12"),
        ),
        (
            ("Recep Tayyip Erdoğan, Şevket Mirziyoyev ile 11 Nisan'da görüştü.", "tr", "2024-04-12"),
            ("Recep Tayyip Erdoğan, Sadır Caparov ile 11 Nisan'da görüştü.", "tr", "2024-04-12"),
        ),
    ],
)
def test_different_meetings_stay_apart(first: tuple[str, str, str], second: tuple[str, str, str]) -> None:
    events = _events((*first, "a"), (*second, "b"))
    assert [(e.type, e.reported_in) for e in events] == [("meet", ["a"]), ("meet", ["b"])]
    assert len({e.event_id for e in events}) == 2
    assert {e.date_inferred_from for e in events} == {None}


def test_meetings_of_different_dates_within_one_document() -> None:
    text = (
        "Касым-Жомарт Токаев встретился с Шавкатом Мирзиёевым в Самарканде 11 апреля.\n"
        "Ранее, 20 февраля, Касым-Жомарт Токаев встретился с Шавкатом Мирзиёевым в Астане."
    )
    events = _events((text, "ru", "2024-04-12", "a"))
    assert [(e.type, e.date, e.reported_in) for e in events] == [
        ("meet", "2024-04-11", ["a"]),
        ("meet", "2024-02-20", ["a"]),
    ]


@pytest.mark.parametrize(
    ("body_date", "expected"),
    [
        # the title's meeting, dated by the month, is the one the text dates three days earlier
        ("9 апреля", [("2024-04-09", "text")]),
        # a meeting three weeks before publication is another one
        ("20 марта", [("2024-04", "publication"), ("2024-03-20", "text")]),
    ],
)
def test_headline_meeting_and_the_text_date(body_date: str, expected: list[tuple[str, str]]) -> None:
    corpus = make_corpus(
        make_document(
            f"Садыр Жапаров встретился с Шавкатом Мирзиёевым в Оше\n"
            f"Садыр Жапаров {body_date} встретился в Оше с Шавкатом Мирзиёевым.",
            "ru",
            "2024-04-12",
            "a",
            title="Садыр Жапаров встретился с Шавкатом Мирзиёевым в Оше",
        )
    )
    events = extract_events(corpus.documents, corpus.sentences, corpus.mentions, corpus.entities)
    assert [(e.date, e.date_source) for e in events if e.type == "meet"] == expected


@pytest.mark.parametrize(
    ("title", "body", "language"),
    [
        # the title names one side by office only: its meeting is the text's first meeting of the other side
        (
            "Олжас Бектенов губернатормен кездесті",
            "Премьер-министр Олжас Бектенов Омбы облысының губернаторы Виталий Хоценкомен кездесті.",
            "kk",
        ),
        (
            "Hakan Fidan Kazak mevkidaşıyla görüştü",
            "Dışişleri Bakanı Hakan Fidan, Murat Nurtleu ile Ankara'da görüştü.",
            "tr",
        ),
    ],
)
def test_the_title_and_its_meeting_are_one_event_of_the_month(title: str, body: str, language: str) -> None:
    """The text states no day: the meeting is dated by the month (the codebook: a day only when stated)."""
    corpus = make_corpus(make_document(f"{title}\n{body}", language, "2024-06-05", "a", title=title))
    events = extract_events(corpus.documents, corpus.sentences, corpus.mentions, corpus.entities)
    assert [(e.type, e.date, e.date_source) for e in events] == [("meet", "2024-06", "publication")]


def test_event_ids_are_stable() -> None:
    documents = ((RU, "ru", "2024-04-12", "a-ru"), (KK, "kk", "2024-04-12", "b-kk"))
    assert [e.event_id for e in _events(*documents)] == [e.event_id for e in _events(*documents)]


@pytest.mark.parametrize(
    ("text", "language", "published", "expected"),
    [
        # Undated meetings of a dated article: the month holding most of the week before publication.
        (
            "Касым-Жомарт Токаев встретился с Садыром Жапаровым.\n"
            "Садыра Жапарова в аэропорту встретил Шавкат Мирзиёев.\n"
            "Садыр Жапаров поблагодарил Касым-Жомарта Токаева за гостеприимство.",
            "ru",
            "2024-06-02",
            [("meet", "2024-05", "month"), ("meet", "2024-05", "month"), ("thank", "2024-05", "month")],
        ),
        # An undated article dates only what it states: its undated meeting takes a date only from another
        # report of it.
        (
            "28 марта в Бишкеке Садыр Жапаров провел заседание правительства.\n"
            "Касым-Жомарт Токаев встретился с Садыром Жапаровым.\n"
            "Касым-Жомарт Токаев посетит Бишкек 9 мая 2024 года.",
            "ru",
            None,
            [("meet", None, None), ("visit", "2024-05-09", "day")],
        ),
    ],
)
def test_undated_meetings_of_an_article(
    text: str, language: str, published: str | None, expected: list[tuple[str, str, str]]
) -> None:
    events = _events((text, language, published, "a"))
    assert [(e.type, e.date, e.date_precision) for e in events] == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Касым-Жомарт Токаев встретился с Садыром Жапаровым.\nНа днях Садыр Жапаров посетил Туркестан.",
            "ru",
        ),
        (
            "Kasım-Jomart Tokayev, Sadır Caparov ile görüştü.\nSadır Caparov geçenlerde Türkistan'ı ziyaret etti.",
            "tr",
        ),
    ],
)
def test_visit_with_a_time_of_its_own_is_not_part_of_the_meeting(text: str, language: str) -> None:
    """In an undated article "recently" cannot be resolved, but still sets the visit apart from the meeting."""
    events = _events((text, language, None, "a"))
    assert [e.type for e in events] == ["meet", "visit"]


def test_thanks_at_a_meeting_are_an_event_of_their_own_at_its_place_and_date() -> None:
    # The codebook codes thanks as their own type; said at the meeting, they take its date.
    text = (
        "25 мая Касым-Жомарт Токаев встретился с Садыром Жапаровым в Астане.\n"
        "Садыр Жапаров поблагодарил Касым-Жомарта Токаева за теплый прием в Казахстане."
    )
    events = _events((text, "ru", "2024-06-02", "a"))
    assert sorted((e.type, e.date) for e in events) == [("meet", "2024-05-25"), ("thank", "2024-05-25")]


def test_two_invitations_of_one_pair_in_one_article_keep_their_own_ids() -> None:
    text = (
        "Садыр Жапаров пригласил Шавката Мирзиёева на форум в Бишкеке.\n"
        "Шавкат Мирзиёев пригласил Садыра Жапарова на саммит в Ташкенте."
    )
    events = _events((text, "ru", "2024-06-01", "a-ru"))
    ids = [e.event_id for e in events if e.type == "invite"]
    assert len(ids) == 2 and len(set(ids)) == 2


def test_a_visit_folded_into_a_meeting_does_not_outvote_its_stated_place() -> None:
    """The meeting's own reports name the building; the visit that brought them to the city votes only
    where they name no place."""
    text = (
        "Касым-Жомарт Токаев принял Садыра Жапарова в Акорде.\n"
        "Садыр Жапаров, прибывший в Астану с визитом, встретился с Касым-Жомартом Токаевым."
    )
    events = _events((text, "ru", "2024-06-02", "a"))
    assert [(e.type, e.place_id) for e in events if e.type == "meet"] == [("meet", "place/akorda")]


# A dated report of a state visit, and undated articles that tell the arrival before the talks.
VISIT_EN = (
    "Kassym-Jomart Tokayev arrived in Tashkent on a state visit on 14 November.",
    "en",
    "2025-11-15",
    "a",
)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Қасым-Жомарт Тоқаев Ташкентке сапармен келді.\nҚасым-Жомарт Тоқаев Шавкат Мирзиёевпен кездесті.",
            "kk",
            [["a", "b"]],
        ),
        (
            "Kasım-Jomart Tokayev Taşkent'e geldi.\nKasım-Jomart Tokayev, Şevket Mirziyoyev ile görüştü.",
            "tr",
            [["a", "b"]],
        ),
        # an arrival in another city is another visit
        (
            "Қасым-Жомарт Тоқаев Бішкекке сапармен келді.\nҚасым-Жомарт Тоқаев Садыр Жапаровпен кездесті.",
            "kk",
            [["a"], ["b"]],
        ),
    ],
)
def test_an_undated_arrival_is_a_source_of_the_visit_to_its_city(
    text: str, language: str, expected: list[list[str]]
) -> None:
    """An undated article tells the arrival and the talks; another article dates the visit: one visit when
    both name the same city, two when they name different ones."""
    events = _events(VISIT_EN, (text, language, None, "b"))
    assert [e.reported_in for e in events if e.type == "visit"] == expected


@pytest.mark.parametrize(
    ("dated", "undated", "expected"),
    [
        # the thanks only the undated article reports are dated by the month its story is dated in elsewhere
        (
            VISIT_EN,
            (
                "Kasım-Jomart Tokayev Taşkent'e geldi.\nKasım-Jomart Tokayev, Şevket Mirziyoyev ile görüştü.\n"
                "Şevket Mirziyoyev, Kasım-Jomart Tokayev'e teşekkür etti.",
                "tr",
                None,
                "b",
            ),
            ("2025-11", "publication", "a"),
        ),
        (
            ("Касым-Жомарт Токаев встретился с Садыром Жапаровым в Бишкеке.", "ru", "2024-06-02", "a"),
            (
                "Қасым-Жомарт Тоқаев Садыр Жапаровпен Бішкекте кездесті.\n"
                "Садыр Жапаров Қасым-Жомарт Тоқаевқа алғыс айтты.",
                "kk",
                None,
                "b",
            ),
            ("2024-05", "publication", "a"),
        ),
        # a day stated without a year takes the year of the story's month
        (
            ("Касым-Жомарт Токаев встретился с Садыром Жапаровым в Бишкеке.", "ru", "2024-06-02", "a"),
            (
                "Қасым-Жомарт Тоқаев Садыр Жапаровпен Бішкекте кездесті.\n"
                "28 мамырда Садыр Жапаров Қасым-Жомарт Тоқаевқа хат жолдап, алғыс айтты.",
                "kk",
                None,
                "b",
            ),
            ("2024-05-28", "text", "a"),
        ),
        # the dated article tells another story: nothing dates the undated one
        (
            ("Касым-Жомарт Токаев встретился с Владимиром Путиным в Москве.", "ru", "2024-06-02", "a"),
            (
                "Қасым-Жомарт Тоқаев Садыр Жапаровпен Бішкекте кездесті.\n"
                "Садыр Жапаров Қасым-Жомарт Тоқаевқа алғыс айтты.",
                "kk",
                None,
                "b",
            ),
            (None, None, None),
        ),
    ],
)
def test_an_undated_article_is_dated_by_its_story(
    dated: tuple[str, str, str, str],
    undated: tuple[str, str, None, str],
    expected: tuple[str | None, str | None, str | None],
) -> None:
    events = _events(dated, undated)
    assert [(e.date, e.date_source, e.date_inferred_from) for e in events if e.type == "thank"] == [expected]


TALKS_ANNOUNCED = (
    "Kasım-Jomart Tokayev Taşkent'e geldi.\nKasım-Jomart Tokayev, Şevket Mirziyoyev ile görüşecek.",
    "tr",
    None,
    "b",
)


@pytest.mark.parametrize(
    ("held", "expected"),
    [
        # only announced: to come, and no day of its own
        (None, (["b"], None, "planned")),
        # another undated article tells the talks held: they took place, in the month of the story the two
        # articles share with the dated visit
        (
            (
                "Қасым-Жомарт Тоқаев Ташкентке келді.\nҚасым-Жомарт Тоқаев Шавкат Мирзиёевпен кездесті.",
                "kk",
                None,
                "c",
            ),
            (["b", "c"], "2025-11", "occurred"),
        ),
        (
            (
                "Касым-Жомарт Токаев прибыл в Ташкент.\nКасым-Жомарт Токаев провёл переговоры с Шавкатом Мирзиёевым.",
                "ru",
                None,
                "c",
            ),
            (["b", "c"], "2025-11", "occurred"),
        ),
    ],
)
def test_talks_one_article_announces_and_another_tells_held(
    held: tuple[str, str, None, str] | None, expected: tuple[list[str], str | None, str]
) -> None:
    events = _events(VISIT_EN, TALKS_ANNOUNCED, *([held] if held else []))
    assert [(e.reported_in, e.date, e.status) for e in events if e.type == "meet"] == [expected]


# Other names each article gives, none of them shared: only the day tells the two reports are of one event.
OTHERS_KK = "Владимир Путин, Реджеп Тайип Эрдоған, Ильхам Әлиев және Эмомали Рахмон Мәскеуде болды."
OTHERS_RU = "Садыр Жапаров, Сердар Бердымухамедов, Никол Пашинян и Александр Лукашенко были в Минске."


@pytest.mark.parametrize(
    ("kk", "ru", "expected"),
    [
        # the same day stated without a year: one meeting, whatever else the articles name
        (
            "15 қарашада Қасым-Жомарт Тоқаев Шавкат Мирзиёевпен кездесті.",
            "15 ноября Касым-Жомарт Токаев встретился с Шавкатом Мирзиёевым.",
            [("meet", ["a", "b"])],
        ),
        (
            "15 қарашада Қасым-Жомарт Тоқаев Шавкат Мирзиёевпен кездесті.",
            "20 ноября Касым-Жомарт Токаев встретился с Шавкатом Мирзиёевым.",
            [("meet", ["a"]), ("meet", ["b"])],
        ),
        # greetings recur on a holiday every year: the day alone does not make them one
        (
            "22 наурызда Қасым-Жомарт Тоқаев Шавкат Мирзиёевті Наурыз мерекесімен құттықтады.",
            "22 марта Касым-Жомарт Токаев поздравил Шавката Мирзиёева с праздником Наурыз.",
            [("congratulate", ["a"]), ("congratulate", ["b"])],
        ),
    ],
)
def test_undated_articles_stating_the_same_day(
    kk: str, ru: str, expected: list[tuple[str, list[str]]]
) -> None:
    events = _events((f"{kk}\n{OTHERS_KK}", "kk", None, "a"), (f"{ru}\n{OTHERS_RU}", "ru", None, "b"))
    assert [(e.type, e.reported_in) for e in events if e.type != "visit"] == expected


@pytest.mark.parametrize(
    ("dateline", "expected"),
    [
        ("9 ноября", [["a", "b"]]),
        # an article written in July reports another meeting than the one of November
        ("4 июля", [["a"], ["b"]]),
    ],
)
def test_an_undated_report_and_its_articles_dateline(dateline: str, expected: list[list[str]]) -> None:
    dated = ("Владимир Путин встретился с Касым-Жомартом Токаевым в Астане.", "ru", "2023-11-10", "a")
    undated = f"АСТАНА, {dateline} – Sputnik.\nВладимир Путин встретился с Касым-Жомартом Токаевым в Астане."
    events = _events(dated, (undated, "ru", None, "b"))
    assert [e.reported_in for e in events if e.type == "meet"] == expected


@pytest.mark.parametrize(
    ("recalled", "expected"),
    [
        # the article tells its news by the day and recalls an earlier visit by its year
        ("Путин в последний раз посещал Казахстан с государственным визитом в 2015.", ["2015", None]),
        ("Предыдущий государственный визит Путина в Казахстан был девять лет назад, в 2015.", ["2015", None]),
    ],
)
def test_an_undated_article_recalling_a_visit_by_its_year(recalled: str, expected: list[str | None]) -> None:
    text = f"27 ноября Владимир Путин прибыл в Казахстан с государственным визитом.\n{recalled}"
    events = _events((text, "ru", None, "a"))
    assert sorted((e.date for e in events if e.type == "visit"), key=str) == expected


def test_thanks_at_a_meeting_take_the_date_the_merge_gave_it() -> None:
    dated = (
        "15 ноября Касым-Жомарт Токаев встретился с Шавкатом Мирзиёевым в Ташкенте.",
        "ru",
        "2025-11-15",
        "a",
    )
    undated = (
        "Касым-Жомарт Токаев встретился с Шавкатом Мирзиёевым в Ташкенте.\n"
        "На встрече Токаев поблагодарил Мирзиёева за гостеприимство.",
        "ru",
        None,
        "b",
    )
    events = {e.type: e for e in _events(dated, undated)}
    assert (events["meet"].reported_in, events["meet"].date) == (["a", "b"], "2025-11-15")
    thanks = events["thank"]
    assert (thanks.date, thanks.date_precision, thanks.date_inferred_from) == ("2025-11-15", "day", "a")


@pytest.mark.parametrize(
    ("undated", "expected"),
    [
        # the article's visit is dated through the merge: so is its meeting of the day it states
        (
            "3 октября в ходе визита в Ташкент Касым-Жомарт Токаев встретился с Шавкатом Мирзиёевым.",
            "2025-10-03",
        ),
        (
            "3 октября Касым-Жомарт Токаев прибыл в Ташкент.\n3 октября он встретился с Шавкатом Мирзиёевым.",
            "2025-10-03",
        ),
    ],
)
def test_a_meeting_on_a_day_the_merge_dated_in_its_article(undated: str, expected: str) -> None:
    dated = ("Касым-Жомарт Токаев прибыл в Ташкент с визитом 3 октября.", "ru", "2025-10-03", "a")
    events = _events(dated, (undated, "ru", None, "b"))
    assert [e.date for e in events if e.type == "meet"] == [expected]


def test_an_undated_meeting_belongs_to_the_trip_its_article_reports() -> None:
    meet = "Касым-Жомарт Токаев встретился с Владимиром Путиным в Астане."
    earlier = (
        f"9 ноября Владимир Путин прибыл в Астану с официальным визитом.\n{meet}",
        "ru",
        "2023-11-09",
        "a",
    )
    later = ("Владимир Путин прибыл в Астану с государственным визитом 27 ноября.", "ru", "2024-11-27", "c")
    undated = (
        f"27 ноября Владимир Путин прибыл в Астану с государственным визитом.\n{meet}",
        "ru",
        None,
        "b",
    )
    events = _events(earlier, later, undated)
    assert sorted(e.reported_in for e in events if e.type == "visit") == [["a"], ["b", "c"]]
    assert sorted(e.reported_in for e in events if e.type == "meet") == [["a"], ["b"]]


@pytest.mark.parametrize(
    ("summit", "expected"),
    [
        ("the Conference on Interaction and Confidence Building Measures in Asia", [["a", "c"], ["b"]]),
        ("the Organization of Turkic States", [["a"], ["b", "c"]]),
    ],
)
def test_an_undated_visit_joins_the_trip_of_the_summit_its_article_names(
    summit: str, expected: list[list[str]]
) -> None:
    first = (
        "Recep Tayyip Erdogan arrived in Astana for the summit of the Conference on Interaction and Confidence"
        " Building Measures in Asia.\nMevlut Cavusoglu and Ibrahim Kalin accompanied him.",
        "en",
        "2022-10-12",
        "a",
    )
    second = (
        "Recep Tayyip Erdogan arrived in Astana for the summit of the Organization of Turkic States.\n"
        "Hakan Fidan and Omer Bolat accompanied him.",
        "en",
        "2023-11-03",
        "b",
    )
    undated = (
        f"Recep Tayyip Erdogan arrived in Astana, where he takes part in {summit}.\n"
        "Vladimir Putin, Ilham Aliyev and Shavkat Mirziyoyev are also expected.",
        "en",
        None,
        "c",
    )
    events = _events(first, second, undated)
    assert sorted(e.reported_in for e in events if e.type == "visit") == expected


# Reports built directly, for what must hold of any corpus: persons, and two cities far apart.
PERSONS = ["person/p1", "person/p2", "person/p3"]
CITIES = {"place/a": (51.17, 71.45), "place/b": (41.31, 69.28)}
ENTITIES = {p: Entity(entity_id=p, type="person", name=p, known=True) for p in PERSONS} | {
    c: Entity(entity_id=c, type="place", name=c, latitude=lat, longitude=lon, known=True)
    for c, (lat, lon) in CITIES.items()
}
DAYS = ["2023-11-03", "2023-11-04", "2024-11-03", None]


@st.composite
def _report(draw: st.DrawFn, doc_id: str, index: int) -> EventReport:
    kind = draw(st.sampled_from(["meet", "visit", "congratulate"]))
    actors = draw(st.permutations(PERSONS))[: 1 if kind == "visit" else 2]
    day = draw(st.sampled_from(DAYS))
    # an undated report may state a day without a year, or its article's dateline
    yearless = draw(st.sampled_from([None, "11-03", "11-04"])) if day is None else None
    dateline = draw(st.sampled_from([None, "11-03", "07-04"])) if day is None and not yearless else None
    text = f"{doc_id} {index} {kind} {day or ''}"
    return EventReport(
        doc_id=doc_id,
        type=kind,
        actors=[
            ActorRole(entity_id=a, role="agent" if i == 0 else "recipient") for i, a in enumerate(actors)
        ],
        place_id=draw(st.sampled_from([None, *CITIES])),
        place_rank=3,
        date=day,
        date_precision="day" if day else None,
        date_text=day,
        date_start=day,
        date_end=day,
        date_source="text" if day else None,
        yearless=yearless,
        dateline=dateline,
        evidence=Evidence(
            doc_id=doc_id, sentence_index=index, start=0, end=len(text), text=text, trigger=kind
        ),
    )


@st.composite
def _corpus(draw: st.DrawFn) -> list[EventReport]:
    documents = draw(st.integers(min_value=2, max_value=4))
    return [
        draw(_report(f"doc-{d}", i))
        for d in range(documents)
        for i in range(draw(st.integers(min_value=1, max_value=3)))
    ]


@settings(max_examples=60, deadline=None)
@given(reports=_corpus())
def test_reports_of_different_stated_days_are_never_one_event(reports: list[EventReport]) -> None:
    """Whatever the corpus, two reports stating different days in their own sentences never end in one
    event, and an event a report dates is dated."""
    doc_entities = {r.doc_id: {a.entity_id for a in r.actors} for r in reports}
    order = {d: i for i, d in enumerate(sorted(doc_entities))}
    stated = {(r.doc_id, r.evidence.sentence_index): r.date for r in reports}
    for event in merge_reports(reports, doc_entities, order, ENTITIES):
        days = {stated[(e.doc_id, e.sentence_index)] for e in event.evidence} - {None}
        assert len(days) <= 1
        assert event.date is not None or not days


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Владимир Путин прилетел в Астану 9 ноября.\n"
            "У трапа самолета Владимира Путина встречал Касым-Жомарт Токаев.",
            "ru",
            ("2023-11-09", "day"),
        ),
        (
            "Vladimir Putin arrived in Astana on 9 November.\nIt was an early arrival.\n"
            "At the airport, Kassym-Jomart Tokayev met Vladimir Putin.",
            "en",
            ("2023-11-09", "day"),
        ),
        # a welcome told far from the arrival is dated by its article only
        (
            "Vladimir Putin arrived in Astana on 9 November.\nIt was an early arrival.\nThe weather was cold.\n"
            "The city was quiet.\nAt the airport, Kassym-Jomart Tokayev met Vladimir Putin.",
            "en",
            ("2023-11", "month"),
        ),
    ],
)
def test_a_welcome_at_the_airport_is_on_the_day_of_the_arrival(
    text: str, language: str, expected: tuple[str, str]
) -> None:
    events = _events((text, language, "2023-11-10", "a"))
    assert [(e.date, e.date_precision) for e in events if e.type == "meet"] == [expected]


@pytest.mark.parametrize(
    ("undated", "expected"),
    [
        # the welcome at the airport of the trip both articles report: one event, whatever else they name
        (
            "Recep Tayyip Erdogan arrived in Astana, where he takes part in the Conference on Interaction and"
            " Confidence Building Measures in Asia.\nAt the airport, Kassym-Jomart Tokayev welcomed him.\n"
            "Vladimir Putin, Ilham Aliyev and Shavkat Mirziyoyev are also expected.",
            [["a", "b"]],
        ),
        # an article telling the welcome but no trip shares too little of the story to be the same welcome
        (
            "At the airport, Kassym-Jomart Tokayev welcomed Recep Tayyip Erdogan.\n"
            "Vladimir Putin, Ilham Aliyev and Shavkat Mirziyoyev are also expected.",
            [["a"], ["b"]],
        ),
    ],
)
def test_a_welcome_at_the_airport_joins_through_the_trip_both_articles_report(
    undated: str, expected: list[list[str]]
) -> None:
    dated = (
        "Recep Tayyip Erdogan arrived in Astana for the summit of the Conference on Interaction and Confidence"
        " Building Measures in Asia.\nKassym-Jomart Tokayev welcomed him at the airport.\n"
        "Mevlut Cavusoglu and Ibrahim Kalin accompanied him.",
        "en",
        "2022-10-12",
        "a",
    )
    events = _events(dated, (undated, "en", None, "b"))
    assert sorted(e.reported_in for e in events if e.type == "meet") == expected


def test_an_undated_welcome_stays_with_the_trip_its_article_reports() -> None:
    """Two undated articles of one visit, each telling its welcome at the airport, tell one welcome, not that
    of an earlier visit of the same people to the same city that another article tells."""
    earlier = (
        "9 ноября Владимир Путин прилетел в Астану.\nВ аэропорту его встретил Касым-Жомарт Токаев.",
        "ru",
        "2023-11-09",
        "a",
    )
    later = ("Владимир Путин прилетел в Астану с государственным визитом 27 ноября.", "ru", "2024-11-27", "c")
    first = (
        "27 ноября Владимир Путин прилетел в Астану.\nВ аэропорту его встретил Касым-Жомарт Токаев.",
        "ru",
        None,
        "b",
    )
    second = (
        "Vladimir Putin arrived in Astana on November 27.\nAt the airport, Kassym-Jomart Tokayev welcomed him.",
        "en",
        None,
        "d",
    )
    events = _events(earlier, later, first, second)
    assert sorted(e.reported_in for e in events if e.type == "visit") == [["a"], ["b", "c", "d"]]
    assert sorted(e.reported_in for e in events if e.type == "meet") == [["a"], ["b", "d"]]


TASHKENT = "place/geonames-1512569"


@pytest.mark.parametrize(
    "undated",
    [
        "Kasım Cömert Tokayev resmi bir ziyaret gerçekleştirdi.\n"
        "Tokayev, Taşkent'te Şevket Mirziyoyev ile ticareti ele aldı.",
        "Kazakistan Cumhurbaşkanı Kasım Cömert Tokayev resmi ziyaret için geldi.\n"
        "Taşkent'te Şevket Mirziyoyev ile ticareti ve enerjiyi konuştu.",
    ],
)
def test_an_unplaced_visit_joins_the_trip_to_the_city_its_article_names(undated: str) -> None:
    """Of the trips a dated article tells (the visit it reports, those it recalls), an undated article's
    visit naming no place is the one to the city the article names."""
    dated = (
        "Kassym-Jomart Tokayev arrived in Tashkent on an official visit at the invitation of Shavkat"
        " Mirziyoyev.\nBefore coming to Tashkent, he paid official visits to Russia and France.",
        "en",
        "2022-12-22",
        "a",
    )
    events = _events(dated, (undated, "tr", None, "b"))
    assert [e.place_id for e in events if e.type == "visit" and "b" in e.reported_in] == [TASHKENT]


URALSK = "place/geonames-608668"


@pytest.mark.parametrize(
    ("greeting", "expected"),
    [
        # the known persons both name are the story: one trip, though only one article says where
        ("Он передал привет от Минтимера Шаймиева.", ["a", "b"]),
        # half of them only: another trip of the same person that month
        ("Он передал привет от Касым-Жомарта Токаева.", ["a"]),
    ],
)
def test_trips_dated_alike_one_placed_nowhere_join_by_the_known_names(
    greeting: str, expected: list[str]
) -> None:
    placed = (
        "Рустам Минниханов посетил Уральск с рабочим визитом.\nОн передал привет от Минтимера Шаймиева.\n"
        "В поездке его сопровождали Ильдар Галимзянов и Марат Сабиров.",
        "ru",
        "2018-09-08",
        "a",
    )
    unplaced = (
        "С рабочим визитом прибыл Рустам Минниханов.\n"
        f"Вместе с ним прибыли министр Ильшат Гайнуллин и депутат Тимур Сулейманов.\n{greeting}",
        "ru",
        "2018-09-10",
        "b",
    )
    events = _events(placed, unplaced)
    assert [e.reported_in for e in events if e.type == "visit" and e.place_id == URALSK] == [expected]


@pytest.mark.parametrize(
    "dateline",
    [
        # the dateline stated in the meeting's sentence, or on a line of its own
        "Astana. July 4. KazTAG - Kassym-Jomart Tokayev met Vladimir Putin in Astana.",
        "ASTANA, July 4 - KazTAG.\nKassym-Jomart Tokayev met Vladimir Putin in Astana.",
    ],
)
def test_an_undated_article_recalls_the_visit_before_the_day_its_story_dates_it(dateline: str) -> None:
    """The undated article's meeting is the July one another article dates: the article is of that July, so
    the visit it recalls "in November last year" is that of the year before, not the visit announced for the
    November after it."""
    announced = (
        "Vladimir Putin will arrive in Kazakhstan on a state visit on November 27.\n"
        "In July, Vladimir Putin met Kassym-Jomart Tokayev in Astana.\n"
        "Sergey Lavrov and Murat Nurtleu prepared the visit.",
        "en",
        "2024-11-20",
        "a",
    )
    undated = (
        f"{dateline}\nTokayev said that after the visit of Vladimir Putin to Kazakhstan in November last year,"
        " cooperation grew.\nSergey Lavrov and Murat Nurtleu took part.",
        "en",
        None,
        "b",
    )
    earlier = (
        "Vladimir Putin arrived in Astana on an official visit on November 9.\n"
        "Dmitry Peskov, Yury Ushakov and Maria Zakharova accompanied him.",
        "en",
        "2023-11-09",
        "c",
    )
    events = _events(announced, undated, earlier)
    assert sorted((e.reported_in, e.date) for e in events if e.type == "visit") == [
        (["a"], "2024-11-27"),
        (["b", "c"], "2023-11-09"),
    ]
    assert [e.reported_in for e in events if e.type == "meet"] == [["a", "b"]]


@pytest.mark.parametrize(
    ("visit", "expected"),
    [
        # the article tells the visit as news: it is of the visit's month
        ("3 ноября Реджеп Тайип Эрдоган посетил Астану для участия в саммите.", ("2023-11", "month", "a")),
        # it announces the visit: written before it, in a month it does not tell, of its year only
        ("3 ноября Реджеп Тайип Эрдоган посетит Астану для участия в саммите.", ("2023", "year", "a")),
    ],
)
def test_an_undated_article_announcing_its_story_has_only_its_year(
    visit: str, expected: tuple[str, str, str]
) -> None:
    dated = (
        "Реджеп Тайип Эрдоган посетит Астану 3 ноября для участия в саммите Организации тюркских государств.",
        "ru",
        "2023-09-11",
        "a",
    )
    undated = (
        f"Касым-Жомарт Токаев провел телефонный разговор с Реджепом Тайипом Эрдоганом.\n{visit}",
        "ru",
        None,
        "b",
    )
    events = _events(dated, undated)
    assert [(e.date, e.date_precision, e.date_inferred_from) for e in events if e.type == "discuss"] == [
        expected
    ]


MINISTERS_MET = "Сергей Лавров встретился с Муратом Нуртлеу в Астане."


@pytest.mark.parametrize(
    ("meeting", "published", "expected"),
    [
        # the undated article's story is of November: the meeting another article dates in November
        (MINISTERS_MET, "2024-11-07", [["a", "b"]]),
        # a meeting of the same people in September is another one
        (MINISTERS_MET, "2024-09-10", [["a"], ["b"]]),
        # a council session of that November is another session than their talks
        (
            "Сергей Лавров и Мурат Нуртлеу приняли участие в заседании Совета министров иностранных дел в Астане.",
            "2024-11-07",
            [["a"], ["b"]],
        ),
    ],
)
def test_an_undated_meeting_is_the_one_of_its_storys_month(
    meeting: str, published: str, expected: list[list[str]]
) -> None:
    dated = (meeting, "ru", published, "a")
    undated = (
        "Сергей Лавров Мұрат Нұртілеумен кездесті.\n"
        "27 қарашада Владимир Путин Қазақстанға мемлекеттік сапармен келді.\n"
        "Бұл туралы Дмитрий Песков пен Мария Захарова да айтты.",
        "kk",
        None,
        "b",
    )
    visit = ("Vladimir Putin arrived in Astana on a state visit on 27 November.", "en", "2024-11-27", "c")
    events = _events(dated, undated, visit)
    assert sorted(e.reported_in for e in events if e.type == "meet") == expected


@pytest.mark.parametrize(
    ("region", "expected"),
    [
        # the region the dated article of the trip names: the same trip
        ("Батыс Қазақстан облысына", ["a", "b"]),
        # a region it does not name: another trip
        ("Ақтөбе облысына", ["b"]),
    ],
)
def test_an_undated_trip_to_the_region_the_trips_article_names(region: str, expected: list[str]) -> None:
    """The dated article places its trip nowhere but names the region; the undated one, sharing no other
    name, goes there: the same trip."""
    dated = (
        "Рустам Минниханов прибыл с рабочим визитом.\n"
        "Гостя встретил аким Западно-Казахстанской области Алтай Кульгинов.\n"
        "В поездке его сопровождали Ильдар Галимзянов и Марат Сабиров.",
        "ru",
        "2018-09-08",
        "a",
    )
    undated = (
        f"Рустам Минниханов {region} сапармен келді.\nЗенит зауыты мен Ақ Барыс корпорациясы әріптес болады.",
        "kk",
        None,
        "b",
    )
    events = _events(dated, undated)
    assert [e.reported_in for e in events if e.type == "visit" and "b" in e.reported_in] == [expected]


@pytest.mark.parametrize(
    ("arrival", "published", "month", "expected"),
    [
        # months before the story's November: that year's July
        (("27 қарашада", "27 November"), "2024-11-27", "Шілде айында", "2024-07"),
        # a November months after the story's July has not happened yet: the November before
        (("4 шілдеде", "4 July"), "2024-07-04", "Қараша айында", "2023-11"),
    ],
)
def test_an_undated_article_recalls_a_month_before_its_story(
    arrival: tuple[str, str], published: str, month: str, expected: str
) -> None:
    undated = (
        f"{arrival[0]} Владимир Путин Қазақстанға мемлекеттік сапармен келді.\n"
        f"{month} Қасым-Жомарт Тоқаев Владимир Путинмен Астанада кездесті.",
        "kk",
        None,
        "a",
    )
    dated = (f"Vladimir Putin arrived in Astana on a state visit on {arrival[1]}.", "en", published, "c")
    events = _events(undated, dated)
    assert [(e.date, e.date_precision) for e in events if e.type == "meet"] == [(expected, "month")]


@pytest.mark.parametrize(
    ("dateline", "expected"),
    [
        # written in the July the other undated article recalls the meeting in: the same meeting
        ("July 4", [["a", "b"]]),
        # written in March: another meeting
        ("March 4", [["a"], ["b"]]),
    ],
)
def test_an_undated_articles_dateline_in_the_month_another_recalls(
    dateline: str, expected: list[list[str]]
) -> None:
    recalling = (
        "Шілде айында Қасым-Жомарт Тоқаев Владимир Путинмен Астанада кездесті.\n"
        "Бұл туралы Сергей Лавров пен Мұрат Нұртілеу айтты.",
        "kk",
        None,
        "a",
    )
    written = (
        f"ASTANA, {dateline} - KazTAG.\nKassym-Jomart Tokayev met Vladimir Putin in Astana.\n"
        "Sergey Lavrov and Murat Nurtleu took part.\nDmitry Peskov and Yury Ushakov were also there.",
        "en",
        None,
        "b",
    )
    events = _events(recalling, written)
    assert sorted(e.reported_in for e in events if e.type == "meet") == expected


def test_undated_articles_dated_through_each_others_story() -> None:
    """An undated article recalls a July meeting; its November news dates it. Another undated article, written
    on July 4, tells that meeting: it is of that July, its thanks are of that July's month, and the visit it
    recalls "in November last year" is the one of the November before (not the one the first announces)."""
    recalling = (
        "27 қарашада Владимир Путин Қазақстанға мемлекеттік сапармен келді.\n"
        "Шілде айында Қасым-Жомарт Тоқаев Владимир Путинмен Астанада кездесті.\n"
        "Бұл туралы Сергей Лавров пен Мұрат Нұртілеу айтты.",
        "kk",
        None,
        "a",
    )
    written = (
        "ASTANA, July 4 - KazTAG.\nKassym-Jomart Tokayev met Vladimir Putin in Astana.\n"
        "Tokayev thanked Vladimir Putin for the support.\n"
        "Tokayev said that after the visit of Vladimir Putin to Kazakhstan in November last year, cooperation"
        " grew.\nSergey Lavrov and Murat Nurtleu took part.",
        "en",
        None,
        "b",
    )
    later = ("Vladimir Putin arrived in Astana on a state visit on 27 November.", "en", "2024-11-27", "c")
    earlier = (
        "Vladimir Putin arrived in Astana on an official visit on November 9.\n"
        "Dmitry Peskov, Yury Ushakov and Maria Zakharova accompanied him.",
        "en",
        "2023-11-09",
        "d",
    )
    events = _events(recalling, written, later, earlier)
    assert sorted((e.type, e.reported_in, e.date) for e in events) == [
        ("meet", ["a", "b"], "2024-07"),
        ("thank", ["b"], "2024-07"),
        ("visit", ["a", "c"], "2024-11-27"),
        ("visit", ["b", "d"], "2023-11-09"),
    ]


def _meeting(doc_id: str, actors: list[str]) -> EventReport:
    text = f"{doc_id} met"
    return EventReport(
        doc_id=doc_id,
        type="meet",
        actors=[
            ActorRole(entity_id=a, role="agent" if i == 0 else "recipient") for i, a in enumerate(actors)
        ],
        evidence=Evidence(doc_id=doc_id, sentence_index=0, start=0, end=len(text), text=text, trigger="met"),
    )


@pytest.mark.parametrize(
    ("named", "expected"),
    [
        # one of two reports names the counterpart too: the meeting is of both
        ([PERSONS[:2], PERSONS[:1]], PERSONS[:2]),
        # one of three only: a name the others do not confirm
        ([PERSONS[:2], PERSONS[:1], PERSONS[:1]], PERSONS[:1]),
        ([PERSONS[:1], PERSONS[1:2]], PERSONS[:2]),
    ],
)
def test_the_actors_at_least_half_the_reports_name(named: list[list[str]], expected: list[str]) -> None:
    cluster = Cluster([_meeting(f"doc-{i}", actors) for i, actors in enumerate(named)])
    assert cluster.actors() == expected


@pytest.mark.parametrize(
    ("arrival", "today", "language"),
    [
        (
            "Kassym-Jomart Tokayev arrived in Tashkent on a state visit on 14 November.",
            "Today Kassym-Jomart Tokayev and Shavkat Mirziyoyev held talks.\n"
            "Kassym-Jomart Tokayev is in Tashkent on a state visit.",
            "en",
        ),
        (
            "Касым-Жомарт Токаев 14 ноября прибыл в Ташкент с государственным визитом.",
            "Сегодня Касым-Жомарт Токаев и Шавкат Мирзиёев провели переговоры.\n"
            "Касым-Жомарт Токаев находится в Ташкенте с государственным визитом.",
            "ru",
        ),
    ],
)
def test_a_trip_told_today_is_the_one_that_arrived_a_day_before(
    arrival: str, today: str, language: str
) -> None:
    """The day an article telling the day's news gives its undated visit is a stage of the trip: the visit
    another article's arrival states a day before, dated by that first day."""
    events = _events((arrival, language, "2025-11-14", "a"), (today, language, "2025-11-15", "b"))
    assert [(e.reported_in, e.date) for e in events if e.type == "visit"] == [(["a", "b"], "2025-11-14")]


@pytest.mark.parametrize(
    ("told", "language", "published", "expected"),
    [
        # the day of the trip lies in the days the news of a trip can mean: one trip, dated by the day
        (
            "Сегодня Рустам Минниханов посетил мечеть Уральска.",
            "ru",
            "2018-09-08",
            [(["a", "b"], "2018-09-08")],
        ),
        (
            "Today Rustam Minnikhanov visited a mosque in Uralsk.",
            "en",
            "2018-09-08",
            [(["a", "b"], "2018-09-08")],
        ),
        # a day after the news was published is another trip
        (
            "Сегодня Рустам Минниханов посетил мечеть Уральска.",
            "ru",
            "2018-09-12",
            [(["a"], "2018-09-12"), (["b"], "2018-09")],
        ),
    ],
)
def test_a_trip_on_a_day_of_the_news_of_the_trip(
    told: str, language: str, published: str, expected: list[tuple[list[str], str]]
) -> None:
    news = (
        "Президент Республики Татарстан Рустам Минниханов посетил историческую мечеть.\n"
        "В Казахстане живут татары.",
        "ru",
        "2018-09-10",
        "b",
    )
    events = _events((told, language, published, "a"), news)
    assert [(e.reported_in, e.date) for e in events if e.type == "visit"] == expected


@pytest.mark.parametrize(
    ("undated", "language", "expected"),
    [
        # an undated article telling its news as the day it is written on: the day its story's trip is dated
        (
            "Kasım Cömert Tokayev, resmi ziyaret için geldiği Taşkent'te Şevket Mirziyoyev ile bir araya geldi.\n"
            "Bugün imzalayacakları anlaşmanın tarihi bir belge olduğunu kaydetti.",
            "tr",
            ("2022-12-22", "day"),
        ),
        (
            "Касым-Жомарт Токаев, прибывший в Ташкент с визитом, встретился с Шавкатом Мирзиёевым.\n"
            "Сегодня мы подписываем исторический договор, - сказал Шавкат Мирзиёев.",
            "ru",
            ("2022-12-22", "day"),
        ),
        # one not telling the day: the month of its story
        (
            "Kasım Cömert Tokayev, resmi ziyaret için geldiği Taşkent'te Şevket Mirziyoyev ile bir araya geldi.\n"
            "İki ülke arasındaki ticaret büyüyor.",
            "tr",
            ("2022-12", "month"),
        ),
    ],
)
def test_an_undated_article_telling_the_day_is_of_the_day_its_story_dates(
    undated: str, language: str, expected: tuple[str, str]
) -> None:
    dated = (
        "Kassym-Jomart Tokayev arrived in Tashkent on a state visit on 22 December at the invitation of Shavkat"
        " Mirziyoyev.",
        "en",
        "2022-12-22",
        "a",
    )
    events = _events(dated, (undated, language, None, "b"))
    assert [(e.date, e.date_precision) for e in events if e.type == "meet" and "b" in e.reported_in] == [
        expected
    ]
