"""Office phrases of the language packs' titles.yaml (flows/names/titles.py): sentences written for these tests
-> the phrases that name a person by office, and the offices each stands for.

Each row is one sentence and every office phrase found in it. A phrase with its holder's staff after it (the
head of state's press secretary, the Presidency's spokesman) names no holder: it is not found. Where the staff
comes first (пресс-секретарь президента), the words before the phrase say so (`deputy_words`).
"""

import re

import pytest

from flows.events.lexicon import deputy_words
from flows.names.titles import title_file

KZ, GENERIC = (
    ("president_of_kazakhstan",),
    ("president_of_kazakhstan", "president_of_russia", "president_of_turkey"),
)


def _phrases(language: str, text: str) -> list[tuple[str, tuple[str, ...]]]:
    found = []
    for office in title_file().offices:
        if office.lang != language:
            continue
        for match in re.finditer(r"(?<![\w-])(?:" + office.pattern + ")", text, re.IGNORECASE):
            if not any(match.start() < e and s < match.end() for s, e, _ in found):
                found.append((match.start(), match.end(), tuple(office.offices)))
    return [(text[s:e], offices) for s, e, offices in sorted(found)]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("kk", "Мемлекет басшысы шетелдік қонақтарды қабылдады.", [("Мемлекет басшысы", KZ)]),
        ("kk", "Мемлекет басшысының сапары аяқталды.", [("Мемлекет басшысының", KZ)]),
        # The holder's staff: the press secretary, the adviser, the administration
        ("kk", "Бұл туралы мемлекет басшысының баспасөз хатшысы жазды.", []),
        ("kk", "Жиынға Президенттің кеңесшісі қатысты.", []),
        ("kk", "Президент Әкімшілігі мәлімдеме жасады.", []),
        ("tr", "Cumhurbaşkanı Yardımcısı törene katıldı.", []),
        ("tr", "Cumhurbaşkanlığı Sözcüsü açıklama yaptı.", []),
        # The Presidency is a body, not the President
        ("tr", "Heyet Cumhurbaşkanlığı Külliyesi’ne geçti.", []),
        ("tr", "Cumhurbaşkanı açıklama yaptı.", [("Cumhurbaşkanı", GENERIC)]),
        ("ru", "Президент Казахстана выступил на форуме.", [("Президент Казахстана", KZ)]),
        ("en", "The Kazakh President's spokesman said so.", []),
        ("en", "Kazakhstan's President opened the forum.", [("Kazakhstan's President", KZ)]),
    ],
)
def test_office_phrases(language: str, text: str, expected: list[tuple[str, tuple[str, ...]]]) -> None:
    assert _phrases(language, text) == expected


@pytest.mark.parametrize(
    ("before", "staff"),
    [
        ("Об этом сообщил пресс-секретарь ", True),
        ("Советник ", True),
        ("The spokesman for the ", True),
        ("An adviser to the ", True),
        # a staff word further back is another clause's
        ("Пресс-секретарь Песков сказал, что ", False),
        ("Kremlin spokesman Dmitry Peskov said the ", False),
        ("Об этом сообщил ", False),
        ("The talks were held by the ", False),
    ],
)
def test_staff_before_an_office_phrase(before: str, staff: bool) -> None:
    assert bool(deputy_words().search(before)) is staff
