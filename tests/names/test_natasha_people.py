"""natasha's Russian NER finds the people the patterns miss, and nothing the patterns already found."""

import pytest

from flows.names.natasha_people import with_russian_people
from flows.names.recognise import recognise

# language, sentence, the spans natasha adds (surface, base)
ROWS = [
    (
        "ru",
        "Президент провёл переговоры с премьер-министром Японии Фумио Кисидой в Астане.",
        [("Фумио Кисидой", "Фумио Кисида")],
    ),
    (
        "ru",
        "В Астане канцлер Германии Олаф Шольц встретился с Касым-Жомартом Токаевым.",
        [("Олаф Шольц", "Олаф Шольц")],
    ),
    # every name here is found by the patterns: natasha adds nothing
    ("ru", "Раис Татарстана Рустам Минниханов встретился с Касым-Жомартом Токаевым.", []),
    # natasha reads Russian only
    ("kk", "Премьер-министр Жапонияның премьер-министрі Фумио Кисидамен кездесті.", []),
]


@pytest.mark.parametrize(("language", "sentence", "added"), ROWS)
def test_people_the_patterns_miss(
    document_of, language: str, sentence: str, added: list[tuple[str, str]]
) -> None:
    document, sentences = document_of(sentence, language)
    found = recognise(document, sentences)
    merged = with_russian_people(document, sentences, found)
    extra = [c for c in merged if c.method == "natasha"]
    assert [(document.text[c.start : c.end], c.base) for c in extra] == added
    assert all(c.type == "person" for c in extra)
    assert [c for c in merged if c.method != "natasha"] == found
