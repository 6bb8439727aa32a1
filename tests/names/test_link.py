"""Linking: which entity each mention names, within a document and across documents and languages."""

import unicodedata

import pytest

from flows.names.link import unlisted_id
from flows.names.stage import find_names

NAZARBAYEV = "person/nursultan-nazarbayev"
ASTANA = "place/geonames-1526273"
ALMATY = "place/geonames-1526384"


def _names(document_of, *texts: tuple[str, str]):
    documents, sentences = [], []
    for number, (language, text) in enumerate(texts):
        document, its_sentences = document_of(text, language, doc_id=f"d{number}")
        documents.append(document)
        sentences += its_sentences
    return find_names(documents, sentences)


def _linked(result) -> dict[str, tuple[str, str]]:
    return {m.surface: (m.type, m.entity_id) for m in result.mentions}


# The person Nursultan Nazarbayev and the city once named after him, in one sentence, in each language
PERSON_AND_CITY = [
    ("ru", "Нурсултан Назарбаев прилетел в Нур-Султан.", "Нурсултан Назарбаев", "Нур-Султан"),
    ("kk", "Нұрсұлтан Назарбаев Нұр-Сұлтанға келді.", "Нұрсұлтан Назарбаев", "Нұр-Сұлтанға"),
    (
        "tr",
        "Nur-Sultan'da zirve yapıldı, Nursultan Nazarbayev konuştu.",
        "Nursultan Nazarbayev",
        "Nur-Sultan'da",
    ),
    ("en", "Nursultan Nazarbayev flew to Nur-Sultan on Monday.", "Nursultan Nazarbayev", "Nur-Sultan"),
]


@pytest.mark.parametrize(("language", "text", "person", "city"), PERSON_AND_CITY)
def test_person_and_city_named_alike(document_of, language: str, text: str, person: str, city: str) -> None:
    linked = _linked(_names(document_of, (language, text)))
    assert linked == {person: ("person", NAZARBAYEV), city: ("place", ASTANA)}


# A person's name inside the name of what bears it (an airport) is a person, never the city; the airport's
# name, where it is found, is a mention of its own that holds the person's
NAMED_AFTER = [
    ("ru", "Самолёт приземлился в аэропорту имени Нурсултана Назарбаева.", "Нурсултана Назарбаева"),
    ("kk", "Біздің ұшақ Нұрсұлтан Назарбаев атындағы әуежайға қонды.", "Нұрсұлтан Назарбаев"),
    ("en", "The plane landed at Nursultan Nazarbayev International Airport.", "Nursultan Nazarbayev"),
]


@pytest.mark.parametrize(("language", "text", "person"), NAMED_AFTER)
def test_name_inside_an_airport_name_is_a_person(document_of, language: str, text: str, person: str) -> None:
    result = _names(document_of, (language, text))
    assert _linked(result)[person] == ("person", NAZARBAYEV)
    assert all(m.entity_id != ASTANA for m in result.mentions)
    others = [m for m in result.mentions if m.surface != person]
    assert all(m.type == "place" and person in m.surface for m in others)


# Given name and patronymic, no surname: the KB person with that father's name
PATRONYMIC = [
    ("ru", "Нурсултан Абишевич выступил на форуме.", "Нурсултан Абишевич", NAZARBAYEV),
    ("ru", "Нурсултаном Абишевичем было сказано многое.", "Нурсултаном Абишевичем", NAZARBAYEV),
    ("kk", "Нұрсұлтан Әбішұлы форумда сөз сөйледі.", "Нұрсұлтан Әбішұлы", NAZARBAYEV),
    ("ru", "Рустам Нургалиевич открыл форум в Казани.", "Рустам Нургалиевич", "person/rustam-minnikhanov"),
    ("ru", "Сергей Викторович прибыл в Ереван.", "Сергей Викторович", "person/sergey-lavrov"),
]


@pytest.mark.parametrize(("language", "text", "surface", "entity_id"), PATRONYMIC)
def test_given_name_and_patronymic(
    document_of, language: str, text: str, surface: str, entity_id: str
) -> None:
    linked = _linked(_names(document_of, (language, text)))
    assert linked[surface] == ("person", entity_id)


# A surname alone, after the full name earlier in the document, is that person (listed or not)
SURNAME_LATER = [
    ("ru", "Хакан Фидан прибыл в Москву.\nФидан встретился с коллегами.", "Хакан Фидан", "Фидан"),
    (
        "ru",
        "Бахыт Султанов открыл выставку.\nСултановым было сказано, что выставка продлится неделю.",
        "Бахыт Султанов",
        "Султановым",
    ),
    (
        "kk",
        "Ербол Қарашөкеев Таразда болды.\nҚарашөкеевке сұрақтар қойылды.",
        "Ербол Қарашөкеев",
        "Қарашөкеевке",
    ),
    (
        "tr",
        "Bahıt Sultanov Ankara'ya geldi.\nSultanov'un ziyareti iki gün sürecek.",
        "Bahıt Sultanov",
        "Sultanov'un",
    ),
    (
        "ru",
        "Нурсултан Назарбаев посетил Нур-Султан.\nНазарбаеву показали новый парк.",
        "Нурсултан Назарбаев",
        "Назарбаеву",
    ),
]


@pytest.mark.parametrize(("language", "text", "full", "alone"), SURNAME_LATER)
def test_surname_alone_is_the_person_named_in_full(
    document_of, language: str, text: str, full: str, alone: str
) -> None:
    linked = _linked(_names(document_of, (language, text)))
    assert linked[full][0] == linked[alone][0] == "person"
    assert linked[alone][1] == linked[full][1]


# One person no list knows, written in two scripts or languages in two documents: one entity
ACROSS_DOCUMENTS = [
    (
        ("ru", "Бахыт Султанов открыл выставку в Астане."),
        ("kk", "Бахыт Сұлтанов Астанада көрме ашты."),
        "Бахыт Султанов",
        "Бахыт Сұлтанов",
    ),
    (
        ("ru", "Бахыт Султанов открыл выставку."),
        ("tr", "Bahıt Sultanov sergiyi açtı."),
        "Бахыт Султанов",
        "Bahıt Sultanov",
    ),
    (
        ("en", "Bakhyt Sultanov opened the fair."),
        ("kk", "Көрмені Бахыт Сұлтанов ашты."),
        "Bakhyt Sultanov",
        "Бахыт Сұлтанов",
    ),
    (
        ("ru", "Вице-премьер Узбекистана Джамшид Ходжаев прибыл в Самарканд."),
        ("en", "Uzbek Deputy Prime Minister Jamshid Khodjaev arrived in Samarkand."),
        "Джамшид Ходжаев",
        "Jamshid Khodjaev",
    ),
    (
        ("ru", "Бахыт Султанов встретился с Таалайбеком Ибраевым в Оше."),
        ("tr", "Bahıt Sultanov, Taalaybek İbrayev ile Oş'ta görüştü."),
        "Таалайбеком Ибраевым",
        "Taalaybek İbrayev",
    ),
    (
        ("ru", "Мэр Елабуги Ильдар Халиков открыл мост."),
        ("tt", "Алабуга мэры Илдар Халиков Казанда булды."),
        "Ильдар Халиков",
        "Илдар Халиков",
    ),
    (
        ("ru", "Бауыржан Жолдасбеков посетил Тараз."),
        ("kk", "Бауыржан Жолдасбеков Таразда болды."),
        "Бауыржан Жолдасбеков",
        "Бауыржан Жолдасбеков",
    ),
]


@pytest.mark.parametrize(("first", "second", "surface_one", "surface_two"), ACROSS_DOCUMENTS)
def test_unlisted_person_in_two_scripts_is_one_entity(
    document_of, first: tuple[str, str], second: tuple[str, str], surface_one: str, surface_two: str
) -> None:
    result = _names(document_of, first, second)
    one = next(m for m in result.mentions if m.doc_id == "d0" and m.surface == surface_one)
    two = next(m for m in result.mentions if m.doc_id == "d1" and m.surface == surface_two)
    assert one.type == two.type == "person"
    assert one.entity_id == two.entity_id
    assert one.key == two.key
    entity = next(e for e in result.entities if e.entity_id == one.entity_id)
    assert not entity.known
    assert {one.base, two.base} <= {a.name for a in entity.aliases}
    assert all("LATIN" in unicodedata.name(ch) for ch in entity.name if ch.isalpha())


def test_unlisted_id_is_stable_and_typed() -> None:
    assert unlisted_id("person", "bahit sultanuv") == unlisted_id("person", "bahit sultanuv")
    assert unlisted_id("person", "bahit sultanuv").startswith("person/bahit-sultanuv-")
    assert unlisted_id("person", "bahit sultanuv") != unlisted_id("organization", "bahit sultanuv")


# Same surname as a listed person, another given name: another person, listed or not
NOT_THE_KB_PERSON = [
    ("ru", "Акылбек Жапаров и Садыр Жапаров провели встречу.", "Акылбек Жапаров", "person/akylbek-japarov"),
    ("kk", "Ақылбек Жапаровпен кездесу өтті.", "Ақылбек Жапаровпен", "person/akylbek-japarov"),
    ("en", "Akylbek Japarov chaired the cabinet meeting.", "Akylbek Japarov", "person/akylbek-japarov"),
    ("ru", "Улан Жапаров и Садыр Жапаров провели встречу.", "Улан Жапаров", "person/ulan-japaruv-"),
    ("tr", "Ulan Caparov toplantıya başkanlık etti.", "Ulan Caparov", "person/ulan-japaruv-"),
]


@pytest.mark.parametrize(("language", "text", "surface", "entity_id"), NOT_THE_KB_PERSON)
def test_other_given_name_is_another_person(
    document_of, language: str, text: str, surface: str, entity_id: str
) -> None:
    linked = _linked(_names(document_of, (language, text)))
    assert linked[surface][0] == "person"
    assert linked[surface][1] != "person/sadyr-japarov"
    assert linked[surface][1].startswith(entity_id)


# Former names and other names of one place
PLACE_NAMES = [
    ("en", "Summit in Nur-Sultan, formerly Akmola.", {"Nur-Sultan": ASTANA, "Akmola": ASTANA}),
    (
        "ru",
        "В 1995 году Акмола и Алма-Ата были крупнейшими городами.",
        {"Акмола": ASTANA, "Алма-Ата": ALMATY},
    ),
    ("ru", "Целиноград переименовали в Акмолу.", {"Целиноград": ASTANA, "Акмолу": ASTANA}),
    ("tr", "Nur-Sultan'da ve Almatı'da toplantılar yapıldı.", {"Nur-Sultan'da": ASTANA, "Almatı'da": ALMATY}),
    ("kk", "Ақмола мен Нұр-Сұлтан бір қала.", {"Ақмола": ASTANA, "Нұр-Сұлтан": ASTANA}),
]


@pytest.mark.parametrize(("language", "text", "expected"), PLACE_NAMES)
def test_former_names_are_the_place(document_of, language: str, text: str, expected: dict[str, str]) -> None:
    result = _names(document_of, (language, text))
    assert {m.surface: m.entity_id for m in result.mentions} == expected
    astana = next((e for e in result.entities if e.entity_id == ASTANA), None)
    if astana is not None:
        assert astana.name == "Astana"
        assert {"Nur-Sultan", "Akmola"} <= {a.name for a in astana.aliases}


def test_one_entity_for_every_spelling_in_a_batch(document_of) -> None:
    result = _names(
        document_of,
        ("ru", "Ильхамом Алиевым подписан указ."),
        ("tr", "İlham Aliyev Bakü'de konuştu."),
        ("kk", "Ильхам Әлиевпен кездесу болды."),
        ("en", "Ilham Aliyev met Nikol Pashinyan."),
    )
    aliyev = [m for m in result.mentions if m.entity_id == "person/ilham-aliyev"]
    assert [m.doc_id for m in aliyev] == ["d0", "d1", "d2", "d3"]
    entity = next(e for e in result.entities if e.entity_id == "person/ilham-aliyev")
    assert entity.known and entity.name == "Ilham Aliyev"


# A surname alone, inflected, that one KB person bears: that person, with no full name in the document
KB_SURNAME_ALONE = [
    ("ru", "По словам Бектенова, бюджет утверждён.", "Бектенова", "person/olzhas-bektenov"),
    ("kk", "Бектеновтің айтуынша, жоспар орындалды.", "Бектеновтің", "person/olzhas-bektenov"),
    ("ru", "Встреча с Пашиняном прошла в Ереване.", "Пашиняном", "person/nikol-pashinyan"),
    ("tr", "Bakan Fidan'ın açıklaması dün geldi.", "Fidan'ın", "person/hakan-fidan"),
    ("en", "Officials said Lukashenko would attend.", "Lukashenko", "person/alexander-lukashenko"),
    ("ru", "Матвиенко прибыла в Минск.", "Матвиенко", "person/valentina-matviyenko"),
    # A KB surname opening a sentence is the person, not a place one of whose alternate names folds to it
    ("ru", "Путин прибыл в Минск.", "Путин", "person/vladimir-putin"),
    ("kk", "Путин Ташкентке барды.", "Путин", "person/vladimir-putin"),
    ("en", "Putin arrived in Minsk on Friday.", "Putin", "person/vladimir-putin"),
]


@pytest.mark.parametrize(("language", "text", "surface", "entity_id"), KB_SURNAME_ALONE)
def test_kb_surname_alone(document_of, language: str, text: str, surface: str, entity_id: str) -> None:
    assert _linked(_names(document_of, (language, text)))[surface] == ("person", entity_id)


# One document's inflections of one person's name link to one entity; other people stay apart
SAME_PERSON_IN_ONE_DOCUMENT = [
    (
        "ru",
        "Роман Коноплев приехал в Москву. Позже Романа Коноплева видели в Твери.",
        ["Роман Коноплев", "Романа Коноплева"],
    ),
    (
        "ru",
        "Вчера Юрген Клинсман дал интервью. Журналисты спросили Клинсмана о команде.",
        ["Юрген Клинсман", "Клинсмана"],
    ),
    ("ru", "Иса Ямадаев вернулся домой. Позже Ису встретили друзья.", ["Иса Ямадаев", "Ису"]),
]


@pytest.mark.parametrize(("language", "text", "surfaces"), SAME_PERSON_IN_ONE_DOCUMENT)
def test_inflections_of_one_name_are_one_person(
    document_of, language: str, text: str, surfaces: list[str]
) -> None:
    linked = _linked(_names(document_of, (language, text)))
    assert {linked[s][0] for s in surfaces} == {"person"}
    assert len({linked[s][1] for s in surfaces}) == 1


def test_two_people_of_one_document_stay_apart(document_of) -> None:
    linked = _linked(
        _names(document_of, ("ru", "Роман Коноплев и Андрей Санников выступили. Санникова поддержали."))
    )
    assert linked["Роман Коноплев"][1] != linked["Андрей Санников"][1]
    assert linked["Санникова"][1] == linked["Андрей Санников"][1]


# One unlisted person written two ways in two documents: one entity (a given name cut in one language and
# not the other; a surname's letters spelt two ways)
NEAR_SPELLINGS = [
    (("ru", "Дарига Назарбаева прибыла в Казань."), ("tt", "Дарига Назарбаева Казанда булды."), "Дарига"),
    (("ru", "Нихат Зейбекджи прибыл в Казань."), ("tt", "Ниһат Зейбекчи Казанда булды."), "Ни"),
]


@pytest.mark.parametrize(("first", "second", "opening"), NEAR_SPELLINGS)
def test_near_spellings_across_documents_are_one_person(
    document_of, first: tuple[str, str], second: tuple[str, str], opening: str
) -> None:
    result = _names(document_of, first, second)
    people = {
        m.doc_id: m.entity_id for m in result.mentions if m.type == "person" and m.surface.startswith(opening)
    }
    assert set(people) == {"d0", "d1"}
    assert people["d0"] == people["d1"]


# A KB person's given name with a surname spelt or cut otherwise, or the middle one of two given names
NEAR_KB_PERSON = [
    ("kk", "Шавкат Мирзиеевтің сапары басталды.", "Шавкат Мирзиеевтің", "person/shavkat-mirziyoyev"),
    ("ru", "Тайип Эрдоган прибыл в Астану.", "Тайип Эрдоган", "person/recep-tayyip-erdogan"),
]


@pytest.mark.parametrize(("language", "text", "surface", "entity_id"), NEAR_KB_PERSON)
def test_near_spelling_of_a_kb_person(
    document_of, language: str, text: str, surface: str, entity_id: str
) -> None:
    assert _linked(_names(document_of, (language, text)))[surface] == ("person", entity_id)


# KB names whose every word inflects, and a country's acronym
KB_NAMES_INFLECTED = [
    (
        "ru",
        "Саммит Организации тюркских государств прошёл в Астане.",
        "Организации тюркских государств",
        "organization/organization-of-turkic-states",
    ),
    (
        "ru",
        "Заседание Высшего Евразийского экономического совета прошло в Минске.",
        "Высшего Евразийского экономического совета",
        "organization/supreme-eurasian-economic-council",
    ),
    ("ru", "Делегация РК прибыла в Москву.", "РК", "place/geonames-1522867"),
]


@pytest.mark.parametrize(("language", "text", "surface", "entity_id"), KB_NAMES_INFLECTED)
def test_kb_names_inflected_and_acronyms(
    document_of, language: str, text: str, surface: str, entity_id: str
) -> None:
    assert _linked(_names(document_of, (language, text)))[surface][1] == entity_id
