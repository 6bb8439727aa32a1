"""The knowledge base: it loads and validates, names are indexed, offices have holders by date."""

import re
from datetime import date

import pytest

from flows.names.knowledge import (
    PersonName,
    kb_entity,
    knowledge_base,
    known_entities,
    name_index,
    office_holder,
    offices,
    person_name,
)
from flows.names.normalise import name_key


def test_kb_loads_and_ids_are_well_formed() -> None:
    entries = knowledge_base().entities
    assert len(entries) == len(known_entities()) > 40
    for entry in entries:
        assert re.fullmatch(r"(person|organization)/[a-z0-9-]+", entry.id)
        assert entry.id.split("/")[0] == entry.type
        assert entry.names.get("en"), entry.id
        assert all(names for names in entry.names.values())
        if entry.wikidata is not None:
            assert re.fullmatch(r"Q[1-9]\d*", entry.wikidata)


def test_roles_are_dated_in_order() -> None:
    for entry in knowledge_base().entities:
        for role in entry.roles:
            assert re.fullmatch(r"[a-z_]+", role.office)
            for value in (role.start, role.end):
                assert value is None or re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value)
            if role.start and role.end:
                assert role.start <= role.end, (entry.id, role)
    assert offices() == sorted(set(offices()))


def test_kb_entity_has_every_name_as_an_alias() -> None:
    entity = kb_entity("person/shavkat-mirziyoyev")
    assert entity.known and entity.type == "person" and entity.name == "Shavkat Mirziyoyev"
    assert {("Шавкат Мирзиёев", "ru"), ("Şevket Mirziyoyev", "tr")} <= {
        (a.name, a.language) for a in entity.aliases
    }
    assert kb_entity("person/vladimir-putin").wikidata == "Q7747"


HOLDERS = [
    ("head_of_tatarstan", date(2005, 6, 1), "person/mintimer-shaimiev"),
    ("head_of_tatarstan", date(2015, 6, 1), "person/rustam-minnikhanov"),
    # the office was renamed from President to Rais in 2023: one office, one holder across the change
    ("head_of_tatarstan", date(2022, 12, 31), "person/rustam-minnikhanov"),
    ("head_of_tatarstan", date(2024, 3, 1), "person/rustam-minnikhanov"),
    ("head_of_tatarstan", date(1985, 1, 1), None),
    ("akim_of_almaty", date(2023, 5, 1), "person/yerbolat-dossayev"),
    ("akim_of_almaty", date(2025, 6, 1), "person/darkhan-satybaldy"),
    ("foreign_minister_of_kazakhstan", date(2021, 1, 1), "person/mukhtar-tileuberdi"),
    ("foreign_minister_of_kazakhstan", date(2024, 1, 1), "person/murat-nurtleu"),
    ("foreign_minister_of_kazakhstan", date(2005, 1, 1), "person/kassym-jomart-tokayev"),
    ("foreign_minister_of_turkey", date(2020, 1, 1), "person/mevlut-cavusoglu"),
    ("foreign_minister_of_turkey", date(2024, 1, 1), "person/hakan-fidan"),
    ("prime_minister_of_kazakhstan", date(2023, 1, 1), "person/alikhan-smailov"),
    ("prime_minister_of_kazakhstan", date(2024, 3, 1), "person/olzhas-bektenov"),
    ("president_of_turkmenistan", date(2020, 1, 1), "person/gurbanguly-berdimuhamedow"),
    ("president_of_turkmenistan", date(2023, 1, 1), "person/serdar-berdimuhamedow"),
    ("prime_minister_of_russia", date(2010, 1, 1), "person/vladimir-putin"),
    ("prime_minister_of_russia", date(2015, 1, 1), "person/dmitry-medvedev"),
    ("mayor_of_tashkent", date(2024, 1, 1), None),
]


@pytest.mark.parametrize(("office", "on", "holder"), HOLDERS)
def test_office_holder_on_a_day(office: str, on: date, holder: str | None) -> None:
    assert office_holder(office, on) == holder


@pytest.mark.parametrize(
    ("office", "holder"),
    [
        ("head_of_tatarstan", "person/rustam-minnikhanov"),
        ("president_of_turkmenistan", "person/serdar-berdimuhamedow"),
        ("akim_of_almaty", "person/darkhan-satybaldy"),
    ],
)
def test_latest_holder_without_a_date(office: str, holder: str) -> None:
    assert office_holder(office) == holder


PERSON_NAMES = [
    (["Нурсултан", "Абишевич", "Назарбаев"], "ru", PersonName("nursultan", "abish", "nazarbaiv")),
    (["Нұрсұлтан", "Әбішұлы"], "kk", PersonName("nursultan", "abish", "")),
    (["Shavkat", "Mirziyoyev"], "en", PersonName("shavkat", "", name_key("Mirziyoyev", "en"))),
    (["Recep", "Tayyip", "Erdoğan"], "tr", PersonName("rijip taip", "", "irdugan")),
]


@pytest.mark.parametrize(("tokens", "language", "expected"), PERSON_NAMES)
def test_person_name_parts(tokens: list[str], language: str, expected: PersonName) -> None:
    assert person_name(tokens, language) == expected


@pytest.mark.parametrize(
    ("given", "patronymic_or_surname", "kind", "person"),
    [
        ("Нурсултан", "Абиш", "patronymic", "person/nursultan-nazarbayev"),
        ("Рустам", "Нургали", "patronymic", "person/rustam-minnikhanov"),
        ("Hakan", "Fidan", "surname", "person/hakan-fidan"),
        ("Ерлан", "Қошанов", "surname", "person/yerlan-koshanov"),
        ("Садыр", "Жапаров", "surname", "person/sadyr-japarov"),
    ],
)
def test_name_index_finds_kb_people(given: str, patronymic_or_surname: str, kind: str, person: str) -> None:
    index = name_index()
    key = (name_key(given, "ru"), name_key(patronymic_or_surname, "ru"))
    table = index.given_patronymic if kind == "patronymic" else index.given_surname
    assert table[key] == person


def test_acronyms_only_where_the_kb_writes_only_capitals() -> None:
    index = name_index()
    assert {name_key("THY", "tr"), name_key("ОДКБ", "ru"), name_key("ЕАЭС", "ru")} <= index.acronyms
    assert name_key("KAMAZ", "en") not in index.acronyms  # also written Kamaz
    assert all(index.phrases[k].startswith("organization/") for k in index.acronyms)
