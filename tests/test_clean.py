import pytest
from hypothesis import given
from hypothesis import strategies as st

from flows.clean import _CHAR_MAP, clean_article, raw_offset
from tests.conftest import seed_document
from tests.conftest import text_article as article

BODY = "Президент встретился с министром. Они обсудили торговлю и энергетику на встрече."


@pytest.mark.parametrize(
    ("raw", "text", "title", "author", "masthead"),
    [
        # a title repeated on the next line appears once
        (
            f"Заголовок статьи\n\nЗаголовок статьи\n\n{BODY}",
            f"Заголовок статьи\n\n{BODY}",
            "Заголовок статьи",
            None,
            [],
        ),
        # the site's name after the title goes to the masthead
        (
            f"Заголовок - «Сайт» агенттігі\nЗаголовок\n{BODY}",
            f"Заголовок\n{BODY}",
            "Заголовок",
            None,
            ["«Сайт» агенттігі"],
        ),
        # the bare title first, then the page title with the site's name
        (f"Заголовок\nЗаголовок - Сайт\n{BODY}", f"Заголовок\n{BODY}", "Заголовок", None, ["Сайт"]),
        # a labelled date line loses its label
        (
            f"Başlık\nGüncelleme: 06.11.2024 18:45\n{BODY}",
            f"Başlık\n{BODY}",
            "Başlık",
            None,
            ["06.11.2024 18:45"],
        ),
        # a call to follow the site after a few words of its own is boilerplate
        (f"{BODY}\nBizi Telegramda takip edin", BODY, None, None, []),
        # a date line under the title goes to the masthead
        (f"Заголовок\n\n19.04.2021\n\n{BODY}", f"Заголовок\n\n{BODY}", "Заголовок", None, ["19.04.2021"]),
        # a leading date marker goes to the masthead
        (f" date 2025-11-01 {BODY}", BODY, None, None, ["date 2025-11-01"]),
        # a dateline's date and outlet go to the masthead; the text keeps the names it holds
        (
            f"ASTANA, 3 July 2024 (Kazinform) - {BODY}",
            f"ASTANA, 3 July 2024 (Kazinform) - {BODY}",
            None,
            None,
            ["3 July 2024", "Kazinform"],
        ),
        (f"Казань, 20 мая. {BODY}", f"Казань, 20 мая. {BODY}", None, None, ["20 мая"]),
        (f"МОСКВА, 5 июня /ТАСС/. {BODY}", f"МОСКВА, 5 июня /ТАСС/. {BODY}", None, None, ["5 июня", "ТАСС"]),
        # ... or one on a line of its own under the title
        (f"Заголовок\ndate 2023-06-10\n{BODY}", f"Заголовок\n{BODY}", "Заголовок", None, ["date 2023-06-10"]),
        # a line naming only the source (a web address, an agency, a "Source:" label) goes to the masthead
        (f"Заголовок\nZakon.kz\n{BODY}", f"Заголовок\n{BODY}", "Заголовок", None, ["Zakon.kz"]),
        (f"Başlık\n İHA \n{BODY}", f"Başlık\n{BODY}", "Başlık", None, ["İHA"]),
        (f"Başlık\n{BODY}\nMilliyet.com.tr", f"Başlık\n{BODY}", "Başlık", None, ["Milliyet.com.tr"]),
        (f"Заголовок\n{BODY}\nИсточник: Курсив", f"Заголовок\n{BODY}", "Заголовок", None, ["Курсив"]),
        # calls to subscribe are dropped, a bare byline at the end is the author
        (f"{BODY}\n\nАйгерім Сәрсенова\n\nХабарламаларға жазылу", BODY, None, "Айгерім Сәрсенова", []),
        (f"{BODY}\nАвтор: Иван Петров", BODY, None, "Иван Петров", []),
        (f"{BODY}\nAbone olun ve takip edin", BODY, None, None, []),
        # a byline under the title is the author; a sentence opening with "By" is text
        (f"Title\nBy John Smith\n{BODY}", f"Title\n{BODY}", "Title", "John Smith", []),
        (f"Заголовок\nАвтор: Иван Петров\n{BODY}", f"Заголовок\n{BODY}", "Заголовок", "Иван Петров", []),
        (
            f"Title\nBy the end of the year the plant will open.\n{BODY}",
            f"Title\nBy the end of the year the plant will open.\n{BODY}",
            "Title",
            None,
            [],
        ),
        # a date line with a time and an update after the date marker goes whole to the masthead
        (
            f"Başlık\n12.03.2025 10:15 | Güncelleme: 12.03.2025 11:20\n{BODY}",
            f"Başlık\n{BODY}",
            "Başlık",
            None,
            ["12.03.2025 10:15 | Güncelleme: 12.03.2025 11:20"],
        ),
        (f"Title\n12.03.2025 | 10:15\n{BODY}", f"Title\n{BODY}", "Title", None, ["12.03.2025 | 10:15"]),
        # a date bar with a view counter between its separators
        (
            f"Заголовок\n12 мая 2025 | 10:15 | 1234 просмотров\n{BODY}",
            f"Заголовок\n{BODY}",
            "Заголовок",
            None,
            ["12 мая 2025 | 10:15 | 1234 просмотров"],
        ),
        (
            f"Title\nMarch 12, 2025 / 371 views\n{BODY}",
            f"Title\n{BODY}",
            "Title",
            None,
            ["March 12, 2025 / 371 views"],
        ),
        # ... but not a sentence with a date and a counted noun
        (
            f"Заголовок\n12 мая 2025 года | выставку посетили 1234 человека\n{BODY}",
            f"Заголовок\n12 мая 2025 года | выставку посетили 1234 человека\n{BODY}",
            "Заголовок",
            None,
            [],
        ),
        # ... but a marker opening a paragraph is cut from it
        (f"12.03.2025 {BODY}", BODY, None, None, ["12.03.2025"]),
        # share buttons, typo notes and lists of other news are no part of the article
        (f"{BODY}\nPaylaş\nFacebook\nTwitter\nWhatsApp", BODY, None, None, []),
        (f"{BODY}\nЕгер қате тапсаңыз, оны тінтуірмен белгілеп, Ctrl+Enter басыңыз", BODY, None, None, []),
        (f"{BODY}\nShare this article\nRelated news", BODY, None, None, []),
        (f"{BODY}\nЧитайте нас в Telegram\nПохожие новости", BODY, None, None, []),
        (f"{BODY}\nİlgili Haberler", BODY, None, None, []),
        (f"{BODY}\nСоңғы жаңалықтар", BODY, None, None, []),
        (f"{BODY}\nОхшаш яңалыклар", BODY, None, None, []),
        # breadcrumbs, copyright lines and cookie notices are the site's, not the article's
        (f"Главная / Новости / Политика\nЗаголовок\n{BODY}", f"Заголовок\n{BODY}", "Заголовок", None, []),
        (f"Home > News > Politics\nTitle\n{BODY}", f"Title\n{BODY}", "Title", None, []),
        (f"Ana Sayfa > Haberler\nBaşlık\n{BODY}", f"Başlık\n{BODY}", "Başlık", None, []),
        (f"{BODY}\n© 2025 Kazinform. Все права защищены.", BODY, None, None, []),
        (f"{BODY}\nБарлық құқықтар қорғалған © 2025", BODY, None, None, []),
        (f"{BODY}\nTüm hakları saklıdır", BODY, None, None, []),
        (f"{BODY}\nThis website uses cookies to improve your experience.", BODY, None, None, []),
        (f"{BODY}\nМы используем файлы cookie для улучшения работы сайта.", BODY, None, None, []),
        # ... but a picture's credit keeps the names it holds
        (f"{BODY}\n© AFP 2024 / Иван Петров", f"{BODY}\n© AFP 2024 / Иван Петров", None, None, []),
        (
            "Главная задача – развитие торговли.\nСтороны обсудили вопросы.",
            "Главная задача – развитие торговли.\nСтороны обсудили вопросы.",
            None,
            None,
            [],
        ),
        # a network named in a sentence stays
        ("Министр написал в Telegram о встрече.", "Министр написал в Telegram о встрече.", None, None, []),
        # a hard break inside a sentence is joined; before a lower-case word, and after a wrapped line
        (
            "Başkan bugün bir çalışma ziyareti için başkente gelen ve \nKazakistanda bulunan bakan ile görüştü.",
            "Başkan bugün bir çalışma ziyareti için başkente gelen ve Kazakistanda bulunan bakan ile görüştü.",
            None,
            None,
            [],
        ),
        ("Стороны обсудили\nвопросы торговли.", "Стороны обсудили вопросы торговли.", None, None, []),
        (
            "ticaret, ekonomik, \n\n\n\nenerji iş birliğini güçlendirdi.",
            "ticaret, ekonomik, enerji iş birliğini güçlendirdi.",
            None,
            None,
            [],
        ),
        # the day the page is read and a time is no date line: dropped, nothing in the masthead
        (f"Заголовок\nСегодня, 10:15\n{BODY}", f"Заголовок\n{BODY}", "Заголовок", None, []),
        (f"Başlık\nBugün, 10:15\n{BODY}", f"Başlık\n{BODY}", "Başlık", None, []),
        (f"Title\nToday at 10:15 AM\n{BODY}", f"Title\n{BODY}", "Title", None, []),
        (f"Тақырып\nБүгін, 10:15\n{BODY}", f"Тақырып\n{BODY}", "Тақырып", None, []),
        # a sentence that opens with the day's word is text
        (
            f"Заголовок\nСегодня министр прибыл в 10:15.\n{BODY}",
            f"Заголовок\nСегодня министр прибыл в 10:15.\n{BODY}",
            "Заголовок",
            None,
            [],
        ),
        # spaces, quotes and dashes are normalised, letters are not
        ("Тоқаев\u00a0и  “КамАЗ” — партнёры.", 'Тоқаев и "КамАЗ" – партнёры.', None, None, []),
        ("Nur\u2011Sultan’ın caddesi\u200b.", "Nur-Sultan’ın caddesi.", None, None, []),
    ],
)
def test_clean(raw: str, text: str, title: str | None, author: str | None, masthead: list[str]) -> None:
    document = clean_article(article(raw))
    assert (document.text, document.title, document.author, document.masthead) == (
        text,
        title,
        author,
        masthead,
    )


def test_decomposed_letters_are_composed() -> None:
    assert clean_article(article("Қазақстан и\u0306 Казань")).text == "Қазақстан й Казань"


@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=300))
def test_offset_map_points_every_copied_run_at_the_raw_text(raw: str) -> None:
    document = clean_article(article(raw))
    substituted = raw.translate(_CHAR_MAP)
    for segment in document.offset_map:
        clean = document.text[segment.clean_start : segment.clean_start + segment.length]
        assert clean == substituted[segment.raw_start : segment.raw_start + segment.length]


@given(st.text(max_size=200))
def test_cleaning_is_deterministic_and_idempotent_on_text(raw: str) -> None:
    once = clean_article(article(raw))
    assert clean_article(article(raw)) == once


def test_seed_offsets_map_names_back_to_the_raw_text(seed_articles, seed_documents) -> None:  # type: ignore[no-untyped-def]
    documents, _ = seed_documents
    document = seed_document(documents, "002")
    raw = next(a for a in seed_articles if a.doc_id == document.doc_id).raw_text
    start = document.text.index("Rustam Minnikhanovun")
    mapped = raw_offset(document, start)
    assert mapped is not None
    assert raw[mapped : mapped + len("Rustam Minnikhanovun")] == "Rustam Minnikhanovun"


def test_seed_boilerplate_is_gone(seed_documents) -> None:  # type: ignore[no-untyped-def]
    documents, _ = seed_documents
    kazakh = seed_document(documents, "000")
    assert "Хабарламаларға жазылу" not in kazakh.text
    assert "Ұлттық телеарнасы" not in kazakh.text
    assert kazakh.text.count("Мемлекет басшысы Татарстан Президентімен кездесті") == 1
    assert kazakh.author == "Альбина Әшім"
    assert "Альбина Әшім" not in kazakh.text
