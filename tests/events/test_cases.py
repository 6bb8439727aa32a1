"""Events on sentences written for these tests, in each language: who did what with whom, several events in one
sentence, the stages of one visit as one row, dates; and what merging must not depend on (input order, file
names, re-running)."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flows.events.stage import extract_events
from models.events import Event
from tests.conftest import make_document
from tests.events.conftest import Corpus, make_corpus

TOKAYEV = "person/kassym-jomart-tokayev"
MIRZIYOYEV = "person/shavkat-mirziyoyev"
JAPAROV = "person/sadyr-japarov"
ERDOGAN = "person/recep-tayyip-erdogan"
ALIYEV = "person/ilham-aliyev"
PUTIN = "person/vladimir-putin"


def _corpus(*documents: tuple[str, str, str | None, str]) -> Corpus:
    """Documents given as (text, language, published, doc_id), through the names stage."""
    return make_corpus(
        *(make_document(text, language, published, doc_id) for text, language, published, doc_id in documents)
    )


def _events(*documents: tuple[str, str, str | None, str]) -> list[Event]:
    corpus = _corpus(*documents)
    return extract_events(corpus.documents, corpus.sentences, corpus.mentions, corpus.entities)


# (language, text, type, actors in order): a visit's actor is its traveller, not the host or the one who invited.
TRAVELLERS = [
    ("ru", "Касым-Жомарт Токаев по приглашению Шавката Мирзиёева прибыл в Ташкент.", "visit", [TOKAYEV]),
    ("ru", "По приглашению Садыра Жапарова Ильхам Алиев посетил Бишкек.", "visit", [ALIYEV]),
    ("kk", "Қасым-Жомарт Тоқаев Шавкат Мирзиёевтің шақыруымен Ташкентке сапармен барды.", "visit", [TOKAYEV]),
    (
        "tr",
        "Kasım-Jomart Tokayev, Şevket Mirziyoyev'in daveti üzerine Taşkent'i ziyaret etti.",
        "visit",
        [TOKAYEV],
    ),
    (
        "tr",
        "Recep Tayyip Erdoğan, İlham Aliyev'in Ankara'ya yaptığı ziyareti değerlendirdi.",
        "visit",
        [ALIYEV],
    ),
    (
        "en",
        "At the invitation of Shavkat Mirziyoyev, Kassym-Jomart Tokayev arrived in Tashkent.",
        "visit",
        [TOKAYEV],
    ),
    # a companion ("talks with X") is not the traveller; a possessive names who made the visit
    ("ru", "Перед переговорами с Садыром Жапаровым Касым-Жомарт Токаев посетил музей.", "visit", [TOKAYEV]),
    ("kk", "Садыр Жапаровпен бірге Қасым-Жомарт Тоқаев Түркістанға сапармен барды.", "visit", [TOKAYEV]),
    ("en", "Kassym-Jomart Tokayev recalled Vladimir Putin's visit to Astana.", "visit", [PUTIN]),
    # two travellers coordinated ("X ile Y") keep the first
    ("tr", "Recep Tayyip Erdoğan ile İlham Aliyev Astana'ya geldi.", "visit", [ERDOGAN]),
]


@pytest.mark.parametrize(("language", "text", "event_type", "actors"), TRAVELLERS)
def test_the_traveller_is_the_actor_of_a_visit(
    language: str, text: str, event_type: str, actors: list[str]
) -> None:
    events = [e for e in _events((text, language, "2024-06-01", "a")) if e.type == event_type]
    assert [e.actors for e in events] == [actors]


# (language, text, expected (type, actors) rows): one row per conversation of a sentence reporting several.
SEVERAL = [
    ("ru", "Садыр Жапаров провел телефонные разговоры с Касым-Жомартом Токаевым, с Ильхамом Алиевым и с "
           "Владимиром Путиным.",
     [("discuss", [JAPAROV, TOKAYEV]), ("discuss", [JAPAROV, ALIYEV]), ("discuss", [JAPAROV, PUTIN])]),
    ("en", "Sadyr Japarov held telephone conversations with Kassym-Jomart Tokayev and Ilham Aliyev.",
     [("discuss", [JAPAROV, TOKAYEV]), ("discuss", [JAPAROV, ALIYEV])]),
    ("ru", "Садыр Жапаров провел телефонные разговоры с Касым-Жомартом Токаевым и Ильхамом Алиевым.\n"
           "Лидеры поздравили Садыра Жапарова с победой на выборах.",
     [("discuss", [JAPAROV, TOKAYEV]), ("discuss", [JAPAROV, ALIYEV]),
      ("congratulate", [TOKAYEV, JAPAROV]), ("congratulate", [ALIYEV, JAPAROV])]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), SEVERAL)
def test_one_row_per_conversation(language: str, text: str, expected: list[tuple[str, list[str]]]) -> None:
    events = _events((text, language, "2024-06-01", "a"))
    assert sorted((e.type, e.actors) for e in events) == sorted(expected)


# Documents reporting one trip at its stages (announced, arrived, talks held), in several languages.
STAGES = [
    [("Ильхам Алиев посетит Астану 12 марта.", "ru", "2024-03-10", "a"),
     ("İlham Aliyev 12 Mart'ta Astana'ya geldi.", "tr", "2024-03-12", "b")],
    [("Ильхам Әлиев Астанаға 12 наурызда ресми сапармен келеді.", "kk", "2024-03-11", "a"),
     ("Ильхам Алиев прибыл в Астану с официальным визитом.", "ru", "2024-03-12", "b"),
     ("Ilham Aliyev arrived in Astana on an official visit on March 12.", "en", "2024-03-13", "c")],
]  # fmt: skip


# Documents of one trip, one reporting the summit attended, the other the talks held where it was: two meetings.
SUMMIT_AND_TALKS = [
    [("Recep Tayyip Erdoğan ve Kasım-Jomart Tokayev Astana'daki zirveye katıldı.", "tr", "2024-03-12", "a"),
     ("Recep Tayyip Erdoğan, Akorda'da Kasım-Jomart Tokayev ile bir araya geldi.", "tr", "2024-03-12", "b")],
    [("Реджеп Тайип Эрдоган и Касым-Жомарт Токаев приняли участие в саммите в Астане.", "ru", "2024-03-12", "a"),
     ("Реджеп Тайип Эрдоган встретился с Касым-Жомартом Токаевым в Акорде.", "ru", "2024-03-12", "b")],
]  # fmt: skip


@pytest.mark.parametrize("documents", SUMMIT_AND_TALKS)
def test_talks_are_not_the_summit_another_document_reports(
    documents: list[tuple[str, str, str, str]],
) -> None:
    meetings = [e for e in _events(*documents) if e.type == "meet"]
    assert sorted(sorted(e.reported_in) for e in meetings) == [["a"], ["b"]]


@pytest.mark.parametrize("documents", STAGES)
def test_the_stages_of_one_visit_are_one_row(documents: list[tuple[str, str, str, str]]) -> None:
    visits = [e for e in _events(*documents) if e.type == "visit"]
    assert len(visits) == 1
    assert visits[0].actors == [ALIYEV]
    assert sorted(visits[0].reported_in) == sorted(d for *_, d in documents)
    assert (visits[0].date, visits[0].date_precision) == ("2024-03-12", "day")


# (documents, expected date and precision of the one meeting)
DATES = [
    # relative days against the publication date
    ([("Касым-Жомарт Токаев вчера встретился с Садыром Жапаровым.", "ru", "2024-05-20", "a")], ("2024-05-19", "day")),
    ([("Қасым-Жомарт Тоқаев кеше Садыр Жапаровпен кездесті.", "kk", "2024-05-20", "a")], ("2024-05-19", "day")),
    ([("Kasım-Jomart Tokayev dün Sadır Caparov ile görüştü.", "tr", "2024-05-20", "a")], ("2024-05-19", "day")),
    # a day and month with no year: the year of publication
    ([("Касым-Жомарт Токаев 3 мая встретился с Садыром Жапаровым.", "ru", "2024-05-06", "a")], ("2024-05-03", "day")),
    # no day stated: the month, never a day
    ([("Kassym-Jomart Tokayev met Sadyr Japarov.", "en", "2024-05-20", "a")], ("2024-05", "month")),
    # an undated report takes the date of the co-report that dates the event
    ([("Касым-Жомарт Токаев встретился с Садыром Жапаровым в Бишкеке.", "ru", None, "a"),
      ("Kasım-Jomart Tokayev, 3 Mayıs 2024'te Bişkek'te Sadır Caparov ile görüştü.", "tr", None, "b")],
     ("2024-05-03", "day")),
]  # fmt: skip


@pytest.mark.parametrize(("documents", "expected"), DATES)
def test_dates(documents: list[tuple[str, str, str | None, str]], expected: tuple[str, str]) -> None:
    meetings = [e for e in _events(*documents) if e.type == "meet"]
    assert [(e.date, e.date_precision) for e in meetings] == [expected]
    assert sorted(meetings[0].reported_in) == sorted(d for *_, d in documents)


CORPUS = [
    ("Касым-Жомарт Токаев встретился с Шавкатом Мирзиёевым в Ташкенте 11 апреля.", "ru", "2024-04-12", "a"),
    ("Қасым-Жомарт Тоқаев Шавкат Мирзиёевпен Ташкентте кездесті.", "kk", "2024-04-12", "b"),
    ("Ильхам Алиев посетит Астану 12 марта.", "ru", "2024-03-10", "c"),
    ("İlham Aliyev 12 Mart'ta Astana'ya geldi.", "tr", "2024-03-12", "d"),
    (
        "Садыр Жапаров провел телефонные разговоры с Касым-Жомартом Токаевым и Ильхамом Алиевым.",
        "ru",
        None,
        "e",
    ),
]


def _content(events: list[Event], name_of: dict[str, str]) -> set[tuple[object, ...]]:
    """Each event by what it holds, its documents named by their text (not their ids or file names)."""
    return {
        (
            e.event_id,
            e.type,
            tuple(e.actors),
            e.date,
            e.place_id,
            frozenset(name_of[d] for d in e.reported_in),
        )
        for e in events
    }


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(order=st.permutations(range(len(CORPUS))), prefix=st.sampled_from(["0000_", "x-", "zz"]))
def test_ids_do_not_depend_on_input_order_or_file_names(order: list[int], prefix: str) -> None:
    """Shuffled inputs under other file names give the same events with the same ids."""
    as_given = _corpus(*CORPUS)
    renamed = _corpus(
        *((text, lang, pub, prefix + doc) for text, lang, pub, doc in (CORPUS[i] for i in order))
    )
    first = extract_events(as_given.documents, as_given.sentences, as_given.mentions, as_given.entities)
    second = extract_events(renamed.documents, renamed.sentences, renamed.mentions, renamed.entities)
    assert _content(first, {d.doc_id: d.text for d in as_given.documents}) == _content(
        second, {d.doc_id: d.text for d in renamed.documents}
    )


def test_an_added_reprint_leaves_the_existing_ids() -> None:
    """A further document reporting an event already found joins it; no existing id changes."""
    before = {e.event_id for e in _events(*CORPUS)}
    reprint = (
        "Kassym-Jomart Tokayev met Shavkat Mirziyoyev in Tashkent.",
        "en",
        "2024-04-13",
        "0000_reprint",
    )
    after = _events(reprint, *CORPUS)
    assert before == {e.event_id for e in after}
    assert any("0000_reprint" in e.reported_in for e in after)


def test_running_again_changes_nothing() -> None:
    corpus = _corpus(*CORPUS)
    first = extract_events(corpus.documents, corpus.sentences, corpus.mentions, corpus.entities)
    second = extract_events(corpus.documents, corpus.sentences, corpus.mentions, corpus.entities)
    assert [e.model_dump() for e in first] == [e.model_dump() for e in second]


def test_confidence_grows_with_reporting_documents() -> None:
    one = [e for e in _events(CORPUS[0]) if e.type == "meet"]
    two = [e for e in _events(CORPUS[0], CORPUS[1]) if e.type == "meet"]
    assert 0 < one[0].confidence < two[0].confidence <= 1


# (language, text, expected (type, actors) rows): a group met, named by what it is; one named person makes it.
GROUPS = [
    ("ru", "Садыр Жапаров встретился с представителями казахской диаспоры в Бишкеке.", [("meet", [JAPAROV])]),
    ("kk", "Қасым-Жомарт Тоқаев татар қауымдастығының өкілдерімен кездесті.", [("meet", [TOKAYEV])]),
    ("en", "Ilham Aliyev met with representatives of the business community.", [("meet", [ALIYEV])]),
    ("ru", "Садыр Жапаров встретился в Бишкеке.", []),
]


@pytest.mark.parametrize(("language", "text", "expected"), GROUPS)
def test_a_meeting_with_a_group(language: str, text: str, expected: list[tuple[str, list[str]]]) -> None:
    events = _events((text, language, "2024-06-01", "a"))
    assert [(e.type, e.actors) for e in events] == expected


# (language, text, expected types): a telephone call beside what was said in it, and welcomes as meetings (an
# arrival beside it is the visit, a row of its own)
CALLS_AND_WELCOMES = [
    ("en", "Kassym-Jomart Tokayev held a telephone call with Recep Tayyip Erdogan, congratulating him on his victory.",
     ["congratulate", "discuss"]),
    ("en", "Recep Tayyip Erdogan was welcomed by Kassym-Jomart Tokayev upon arrival in Astana.", ["meet", "visit"]),
    ("kk", "Қасым-Жомарт Тоқаев Ильхам Әлиевті әуежайда күтіп алды.", ["meet"]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), CALLS_AND_WELCOMES)
def test_calls_and_welcomes(language: str, text: str, expected: list[str]) -> None:
    assert sorted(e.type for e in _events((text, language, "2024-06-01", "a"))) == expected


# (language, text, expected (type, actors, place) rows): a place named after a person is a place, and the person
# in its name meets no one.
NAMED_AFTER_A_PERSON = [
    ("tr", "Recep Tayyip Erdoğan'ı Nursultan Nazarbayev Uluslararası Havalimanı'nda Alikhan Smailov karşıladı.",
     [("meet", [ERDOGAN, "person/alikhan-smailov"], "place/nursultan-nazarbayev-international-airport")]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), NAMED_AFTER_A_PERSON)
def test_a_place_named_after_a_person(
    language: str, text: str, expected: list[tuple[str, list[str], str]]
) -> None:
    events = _events((text, language, "2024-06-01", "a"))
    assert [(e.type, e.actors, e.place_id) for e in events] == expected
