"""Outlets and publication dates, from sentences and page layouts written for the tests in each language."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from flows.clean import clean_article
from flows.metadata import find_outlet, is_date_line, is_outlet, parse_date, published_date, with_metadata
from models.documents import Document
from tests.conftest import seed_document, text_article


def document(text: str, masthead: list[str] | None = None) -> Document:
    return Document(doc_id="doc-0", source="t.txt", content_hash="0", text=text, masthead=masthead or [])


def prepared(raw: str) -> Document:
    """The article cleaned and given its metadata, as the prepare stage does."""
    return with_metadata(clean_article(text_article(raw)))


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        # the outlet that relays the text
        ("Об этом заявил министр, сообщает корреспондент «Хабар 24».", "Хабар 24"),
        ("Делегация прибыла в Казань, пишет ИА «Татар-информ».", "Татар-информ"),
        ("Глава региона провёл совещание, передает Tengrinews.kz.", "Tengrinews.kz"),
        ("Аким встретился с инвесторами, передает корреспондент МИА «Казинформ».", "Казинформ"),
        ("Министр сапармен келді, деп хабарлайды zakon.kz Ақордаға сілтеме жасап.", "zakon.kz"),
        ("Премьер-министр кездесу өткізді, деп хабарлайды «Egemen Qazaqstan».", "Egemen Qazaqstan"),
        ("Әкім жаңа мектепті аралады, деп жазады Orda.kz.", "Orda.kz"),
        ("Министр Казанга килде, дип хәбәр итә «Интертат».", "Интертат"),
        ("Kazinform'un haberine göre, iki lider işbirliğini ele aldı.", "Kazinform"),
        ("Bakan, Trend ajansının bildirdiğine göre Bakü'ye gitti.", "Trend"),
        ("The minister arrived in Astana, reports Reuters.", "Reuters"),
        ("The leaders discussed trade, Kazinform reports.", "Kazinform"),
        ("Ранее «Деловой квартал» писал, что завод откроют весной.", "Деловой квартал"),
        ("Министр сапармен келді. Бұл туралы Kazinform агенттігі хабарлайды.", "Kazinform"),
        ("Министр Казанга килде. Бу хакта «Татар-информ» хәбәр итә.", "Татар-информ"),
        ("Министр Казанга килде, дип яза «Интертат».", "Интертат"),
        ("Bakan Astana'ya gitti. Bu bilgiyi AA muhabiri aktardı.", "AA"),
        ("Bakan Astana'ya gitti, Kazinform'un aktardığına göre.", "Kazinform"),
        ("AA muhabirinin haberine göre bakan Astana'ya gitti.", "AA"),
        ("The president held a meeting, Kazinform news agency reports.", "Kazinform"),
        ("The president held a meeting, Kazinform correspondent reports.", "Kazinform"),
        ("The president held a meeting, as reported by Kazinform.", "Kazinform"),
        # a ministry the outlet cites by its short name is no outlet: the outlet itself is
        ("Президент провёл заседание, передает МИА «Казинформ» со ссылкой на Минэкономики.", "Казинформ"),
        ("Аким провёл совещание, сообщает Tengrinews.kz со ссылкой на МЧС.", "Tengrinews.kz"),
        ("Anadolu Ajansı (AA) muhabirinin edindiği bilgiye göre bakan Astana'ya gitti.", "Anadolu Ajansı"),
        # a source the outlet cites is the outlet, when it is a news outlet
        ("MIA Kazinforma atıfta bulunan GBNewse göre, bakan görüştü.", "Kazinform"),
        ("Anadolu Ajansına atıfta bulunan habere göre bakan Ankara'ya geldi.", "Anadolu Ajansı"),
        ("The ministers met in Baku, Trend reports citing APA.", "APA"),
        # a press service's seat, a country, a person or a government body is no outlet
        ("Президент телефон арқылы сөйлесті, деп хабарлайды Ақорда.", None),
        ("Президент принял министра, сообщает пресс-служба Акорды.", None),
        ("Президент провёл совещание, сообщает сайт Акорды.", None),
        (
            "Talks were held in an expanded format, the press service of the President of Uzbekistan reports.",
            None,
        ),
        ("The president held a meeting with the minister, Akorda reports.", None),
        # a news agency's name that is also a place's is the outlet after a reporting verb
        ("Об этом заявил министр, сообщает Синьхуа.", "Синьхуа"),
        ("The minister said this, Xinhua reports.", "Xinhua"),
        ("The minister said this, reports Xinhua.", "Xinhua"),
        ("Об этом сообщает агентство Синьхуа.", "Синьхуа"),
        ("Earlier it was reported Foreign Minister Sergey Lavrov arrived in Astana.", None),
        ("Cumhurbaşkanı Erdoğan'a göre iki ülke yakın ortaktır.", None),
        ("The minister arrived in Astana on Monday.", None),
        ("Министр сапармен келді. Бұл туралы министрлік баспасөз қызметі хабарлады.", None),
        ("Bakan Astana'ya gitti ve muhabirlere bilgi aktardı.", None),
        ("Министр Казанга килде, дип яза ул.", None),
    ],
)
def test_outlet_named_in_the_text(text: str, outlet: str | None) -> None:
    assert find_outlet(document(text)) == outlet


@pytest.mark.parametrize(
    ("masthead", "outlet"),
    [
        (["«Qazaqstan» Ұлттық телеарнасы"], "Qazaqstan"),
        (["14 ноября", "Sputnik"], "Sputnik"),
        (["AP 2024"], None),
        (["kremlin.ru"], None),
        (["akorda.kz"], None),
        (["https://p.dw.com/p/4Ydis"], "p.dw.com"),
    ],
)
def test_outlet_from_what_the_clean_stage_set_aside(masthead: list[str], outlet: str | None) -> None:
    assert find_outlet(document("Текст без ссылки на источник.", masthead)) == outlet


@pytest.mark.parametrize(
    ("name", "quoted", "expected"),
    [
        ("Sputnik Қазақстан", False, True),
        ("Қазақстан", False, False),
        ("Qazaqstan", True, True),
        ("Xinhua", False, True),
        ("Anadolu Ajansı", False, True),
        ("Астана", False, False),
        ("15 қараша", False, False),
        ("Министерство иностранных дел", False, False),
        ("Basın Bürosu", False, False),
        ("Cumhurbaşkanlığı İletişim Başkanlığı", False, False),
    ],
)
def test_is_outlet(name: str, quoted: bool, expected: bool) -> None:
    assert is_outlet(name, quoted) is expected


# (raw article, published, outlet): page layouts written for the tests
LAYOUTS = [
    # a dateline with the agency after the dash, its day without a year
    ("АСТАНА, 12 наурыз – Sputnik. Президент Үкімет отырысын өткізді.\nОтырыста бюджет талқыланды.",
     None, "Sputnik"),
    # a dateline with the agency in brackets or in capitals, with no date
    ("ANKARA (AA) – Bakan yeni projeyi tanıttı.\nProje iki yıl sürecek.", None, "AA"),
    ("АСТАНА. KAZINFORM – Министр провёл брифинг.\nОн ответил на вопросы.", None, "KAZINFORM"),
    ("КАЗАНЬ, 11 сентября, «Татар-информ». Министр провёл совещание.\nОно прошло в Доме правительства.",
     None, "Татар-информ"),
    ("ASTANA, Kazakhstan, March 12 (Trend) - The president held a meeting.\nThey discussed the budget.",
     None, "Trend"),
    ("Астана. 12 наурыз. ҚазАқпарат - Президент Үкімет отырысын өткізді.\nОтырыста бюджет талқыланды.",
     None, "ҚазАқпарат"),
    # a list of places opening a sentence is no dateline
    ("Алматы, Шымкент, Ақтөбе қалаларында жаңа мектептер ашылды.\nМектептер қыркүйекте ашылады.", None, None),
    ("Шымкент, NEGE. Әкім жаңа мектепті аралады.\nМектеп қыркүйекте ашылады.", None, "NEGE"),
    ("Almaty. May 5. KazTAG - The mayor opened a new park.\nThe park covers the river bank.", None, "KazTAG"),
    ("Orda.kz - On Monday the governor met farmers.\nThey discussed water supply.", None, "Orda.kz"),
    # a date under the title, in any language's words
    ("Министр посетил завод\n\n14 марта 2023 г.\n\nМинистр посетил завод в Караганде.", date(2023, 3, 14), None),
    ("Бакан fabrikayı ziyaret etti\n\n7 Nisan 2022, 10:15\n\nBakan fabrikayı ziyaret etti.", date(2022, 4, 7), None),
    ("Министр Казанга килде\n\n2019 елның 5 марты, сишәмбе\n\nМинистр Казанга килде.", date(2019, 3, 5), None),
    ("Әкім мектепті аралады\n\n2020 жылғы 3 ақпан\n\nӘкім жаңа мектепті аралады.", date(2020, 2, 3), None),
    ("The governor met farmers\n\nMarch 14, 2023\n\nThe governor met farmers in Kostanay.", date(2023, 3, 14), None),
    # a date opening the first paragraph, bare or in brackets
    ("(14 марта 2023) Министр посетил завод в Караганде.\nЗавод выпускает вагоны.", date(2023, 3, 14), None),
    ("Министр посетил завод\n14.03.2023 Министр посетил завод в Караганде.\nЗавод выпускает вагоны.",
     date(2023, 3, 14), None),
    # the site's name and the date at the end of the page
    ("The governor met farmers.\nThey discussed water supply.\nSteppeNews.kz\n\nMarch 14, 2023",
     date(2023, 3, 14), "SteppeNews.kz"),
    # a picture's caption carrying the page's date
    ("Әкім мектепті аралады\nӘкім - Orda.kz, 1200, 03.02.2020\nӘкім жаңа мектепті аралады.\nМектеп ашылды.",
     date(2020, 2, 3), None),
    # a date with a time, an update or AM/PM after it, in a format of any site
    ("The governor met farmers\n\nUpdated: March 12, 2025 at 10:15 AM\n\nThe governor met farmers in Kostanay.",
     date(2025, 3, 12), None),
    ("The governor met farmers\n12-03-2025\nThe governor met farmers in Kostanay.\nThey discussed water.",
     date(2025, 3, 12), None),
    # the page's date of the day above the title and its widgets is no publication date
    ("вторник, 4 июня 2024 г.\n442.05\n12oC\nМинистр посетил завод\n\nМинистр посетил завод в Караганде.",
     None, None),
    # menus and skip links do not push the date out of the header
    ("1. Перейти к содержанию\n2. Перейти к главному меню\nМинистр посетил завод\n\n14 марта 2023 г.\n\n"
     "Министр посетил завод в Караганде.", date(2023, 3, 14), None),
]  # fmt: skip


@pytest.mark.parametrize(("raw", "published", "outlet"), LAYOUTS)
def test_page_layouts(raw: str, published: date | None, outlet: str | None) -> None:
    doc = prepared(raw)
    assert (doc.published, doc.outlet) == (published, outlet)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("19.04.2021", date(2021, 4, 19)),
        ("date 2025-11-01", date(2025, 11, 1)),
        ("2023-02-30", None),
        ("19 апреля 2021", date(2021, 4, 19)),
        ("11 Şubat 2022", date(2022, 2, 11)),
        ("31 қаңтар 2020", date(2020, 1, 31)),
        ("2016 елның 3 октябре", date(2016, 10, 3)),
        ("December 22, 2022", date(2022, 12, 22)),
        ("(10 сентября 2018)", date(2018, 9, 10)),
        ("апрель", None),
        ("14 ноября", None),
        ("12-03-2025", date(2025, 3, 12)),
        ("2025/03/12", date(2025, 3, 12)),
        ("Опубликовано 2025-03-12.", date(2025, 3, 12)),
        ("2025-2027", None),
        ("12/03-2025", None),
    ],
)
def test_parse_date(line: str, expected: date | None) -> None:
    assert parse_date(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Опубликовано: 06.11.2024 18:45", True),
        ("пятница, 3 мая 2024 г.", True),
        ("29 May 2023, 18:08", True),
        ("Министр прибыл 14 марта 2023 года.", False),
        ("12.03.2025 10:15 | Güncelleme: 12.03.2025 11:20", True),
        ("Updated: March 12, 2025 at 10:15 AM", True),
        ("12 наурыз 2025 ж., сағ. 10:15", True),
        ("14 марта 2023 года в 10:00 в Астане", False),
        ("Wed, 12 Mar 2025 10:15:00 +0500", True),
        ("2025-03-12T10:15:00+05:00", True),
        ("12 Mart 2025 10:15:32", True),
        ("12 марта 2025, 10:15 GMT+5", True),
        ("Министр прибыл 14 марта 2023 года в 10:00 по времени Астаны", False),
    ],
)
def test_is_date_line(line: str, expected: bool) -> None:
    assert is_date_line(line) is expected


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


@given(picks=st.lists(st.sampled_from([raw for raw, _, _ in LAYOUTS]), min_size=1, max_size=3))
def test_metadata_again_changes_nothing(picks: list[str]) -> None:
    """Reading the metadata of a page already read gives the same document."""
    doc = prepared("\n\n".join(picks))
    assert with_metadata(doc) == doc


@given(
    day=st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31)), name=st.sampled_from(["", "AP "])
)
def test_a_date_is_no_outlet(day: date, name: str) -> None:
    assert not is_outlet(f"{name}{day:%d.%m.%Y}")
    assert parse_date(f"{day:%d.%m.%Y}") == day
