from datetime import date

import pytest

from flows.metadata import find_outlet, parse_date, published_date
from models.documents import Document
from tests.conftest import seed_document


def document(text: str, masthead: list[str] | None = None) -> Document:
    return Document(doc_id="doc-0", source="t.txt", content_hash="0", text=text, masthead=masthead or [])


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Об этом заявил министр, сообщает корреспондент «Хабар 24».", "Хабар 24"),
        ("Делегация прибыла в Казань, пишет ИА «Татар-информ».", "Татар-информ"),
        ("Глава региона провёл совещание, передает Tengrinews.kz.", "Tengrinews.kz"),
        ("Об этом сообщает агентство «Казинформ» со ссылкой на Акорду.", "Казинформ"),
        ("Министр сапармен келді, деп хабарлайды zakon.kz Ақордаға сілтеме жасап.", "zakon.kz"),
        ("Премьер-министр кездесу өткізді, деп хабарлайды «Egemen Qazaqstan».", "Egemen Qazaqstan"),
        ("MIA Kazinforma atıfta bulunan GBNewse göre, bakan görüştü.", "Kazinform"),
        ("Anadolu Ajansına atıfta bulunan habere göre bakan Ankara'ya geldi.", "Anadolu Ajansı"),
        ("Kazinform'un haberine göre, iki lider işbirliğini ele aldı.", "Kazinform"),
        ("Bakan, Trend ajansının bildirdiğine göre Bakü'ye gitti.", "Trend"),
        ("The minister arrived in Astana, reports Reuters.", "Reuters"),
        ("The leaders discussed trade, Kazinform reports.", "Kazinform"),
        ("The minister arrived in Astana on Monday.", None),
    ],
)
def test_outlet_named_in_the_text(text: str, outlet: str | None) -> None:
    assert find_outlet(document(text)) == outlet


def test_outlet_from_the_site_name_after_the_title() -> None:
    assert (
        find_outlet(document("Текст без ссылки на источник.", ["«Qazaqstan» Ұлттық телеарнасы"]))
        == "Qazaqstan"
    )


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("19.04.2021", date(2021, 4, 19)),
        ("date 2025-11-01", date(2025, 11, 1)),
        ("2023-02-30", None),
        ("19 апреля 2021", date(2021, 4, 19)),
        ("11 Şubat 2022", date(2022, 2, 11)),
        ("31 қаңтар 2020", date(2020, 1, 31)),
        ("апрель", None),
    ],
)
def test_parse_date(line: str, expected: date | None) -> None:
    assert parse_date(line) == expected


def test_seed_metadata(seed_documents) -> None:  # type: ignore[no-untyped-def]
    documents, _ = seed_documents
    expected = {
        "000": (date(2021, 4, 19), "Qazaqstan"),
        "001": (None, "Хабар 24"),
        "002": (None, "Kazinform"),
        "003": (None, "zakon.kz"),
        "004": (date(2025, 11, 1), "Татар-информ"),
    }
    for number, (published, outlet) in expected.items():
        doc = seed_document(documents, number)
        assert (published_date(doc), doc.outlet) == (published, outlet), number
