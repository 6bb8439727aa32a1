"""Stated figures: value with its magnitude word applied, unit, qualifier and the period they refer to, from
own sentences in kk, ru, tr (and tt, en)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from flows.events.figures import parse_number
from flows.events.stage import extract_figures
from tests.conftest import make_document

PUBLISHED = "2024-06-01"

# (language, sentence, surface, value, unit, qualifier, period)
CASES = [
    ("ru", "Товарооборот Казахстана и Узбекистана в 2023 году составил около 4,5 млрд долларов.",
     "около 4,5 млрд долларов", 4.5e9, "USD", "about", "2023"),
    ("ru", "По итогам первого полугодия 2024 года инвестиции выросли более чем на 12%.",
     "более чем на 12%", 12, "percent", "more_than", "2024-H1"),
    ("ru", "В прошлом году Россия поставила свыше 300 тыс. тонн зерна.",
     "свыше 300 тыс. тонн", 300_000, "t", "more_than", "2023"),
    ("ru", "На строительство моста выделено до 15 млрд рублей.",
     "до 15 млрд рублей", 15e9, "RUB", "up_to", None),
    ("ru", "Бюджет проекта составит 250 млн тенге.", "250 млн тенге", 250e6, "KZT", None, None),
    ("ru", "Цены на муку снизились почти на 3 процента.", "почти на 3 процента", 3, "percent", "about", None),
    ("ru", "В мае 2024 года 15 тонн груза доставили в Актау.", "15 тонн", 15, "t", None, "2024-05"),
    ("ru", "В форуме участвовали 1 200 студентов.", "1 200 студентов", 1200, "people", None, None),
    ("kk", "Былтыр екі ел арасындағы тауар айналымы 3,2 млрд долларға жетті.",
     "3,2 млрд долларға", 3.2e9, "USD", None, "2023"),
    ("kk", "2023 жылы экспорт 7 пайызға өсті.", "7 пайызға", 7, "percent", None, "2023"),
    ("kk", "Форумға 500-ден астам адам қатысты.", "500-ден астам адам", 500, "people", "more_than", None),
    ("kk", "Жобаға 40 мың тонна астық жіберілді.", "40 мың тонна", 40_000, "t", None, None),
    ("kk", "Зауыттың құны шамамен 120 млрд теңге.", "шамамен 120 млрд теңге", 120e9, "KZT", "about", None),
    ("kk", "2024 жылдың бірінші жартысында инвестиция 5 млрд долларға жетті.",
     "5 млрд долларға", 5e9, "USD", None, "2024-H1"),
    ("tr", "İki ülke arasındaki ticaret hacmi geçen yıl 5 milyar doları aştı.",
     "5 milyar doları", 5e9, "USD", None, "2023"),
    ("tr", "2023 yılında ihracat yüzde 8 arttı.", "yüzde 8", 8, "percent", None, "2023"),
    ("tr", "Enflasyon %8 seviyesine geriledi.", "%8", 8, "percent", None, None),
    ("tr", "Yatırım tutarı yaklaşık 200 milyon dolar olacak.",
     "yaklaşık 200 milyon dolar", 200e6, "USD", "about", None),
    ("tr", "Zirveye 3 binden fazla kişi katıldı.", "3 binden fazla kişi", 3000, "people", "more_than", None),
    ("tr", "2024 yılının ilk yarısında 1,2 milyar TL yatırım yapıldı.",
     "1,2 milyar TL", 1.2e9, "TRY", None, "2024-H1"),
    ("tt", "Татарстан 2023 елда 40 мең тонна ашлык җибәрде.", "40 мең тонна", 40_000, "t", None, "2023"),
    ("en", "Trade reached about $2.5 billion last year.", "about $2.5 billion", 2.5e9, "USD", "about", None),
]  # fmt: skip


@pytest.mark.parametrize(("language", "sentence", "surface", "value", "unit", "qualifier", "period"), CASES)
def test_figure(
    language: str,
    sentence: str,
    surface: str,
    value: float,
    unit: str | None,
    qualifier: str | None,
    period: str | None,
) -> None:
    document, sentences = make_document(sentence, language, PUBLISHED)
    figures = extract_figures([document], sentences)
    assert [(f.surface, f.value, f.unit, f.qualifier, f.period) for f in figures] == [
        (surface, pytest.approx(value), unit, qualifier, period)
    ]
    figure = figures[0]
    assert document.text[figure.start : figure.end] == figure.surface
    assert figure.sentence_index == 0 and figure.doc_id == document.doc_id


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("ru", "Мирзиёев прибыл в Астану 5 марта 2024 года."),
        ("kk", "Тоқаев 2024 жылғы 12 қыркүйекте Бакуге барды."),
        ("tr", "Erdoğan 3 Ekim 2024'te Astana'ya geldi."),
        ("ru", "Это уже 3-я встреча лидеров."),
    ],
)
def test_no_figure(language: str, sentence: str) -> None:
    """Dates and bare numbers without a unit or magnitude word are not figures."""
    document, sentences = make_document(sentence, language, PUBLISHED)
    assert extract_figures([document], sentences) == []


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("4,5", "ru", 4.5),
        ("1 200", "kk", 1200),
        ("1.200", "tr", 1200),
        ("1,200", "en", 1200),
        ("2.5", "en", 2.5),
        ("12\u00a0500,75", "ru", 12500.75),
    ],
)
def test_parse_number(text: str, language: str, value: float) -> None:
    assert parse_number(text, language) == pytest.approx(value)


@given(
    picks=st.lists(st.sampled_from([(c[0], c[1]) for c in CASES if c[0] == "ru"]), min_size=1, max_size=5),
)
def test_figures_point_into_the_text(picks: list[tuple[str, str]]) -> None:
    """In a document of several lines, each figure's offsets point at its surface in its own sentence."""
    document, sentences = make_document("\n".join(s for _, s in picks), "ru", PUBLISHED)
    figures = extract_figures([document], sentences)
    assert len(figures) == len(picks)
    for figure in figures:
        sentence = sentences[figure.sentence_index]
        assert sentence.start <= figure.start < figure.end <= sentence.end
        assert document.text[figure.start : figure.end] == figure.surface
