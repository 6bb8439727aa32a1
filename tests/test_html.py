"""HTML pages read as a person would: the article's text only, with the title, date, author and address the
page states; kept in documents (Parquet, read back with pandas) and in the JSON-LD. Text files name their
address in a `URL:` header line."""

import json
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from pyld import jsonld

from flows.html import read_page
from flows.ingest import read_article
from flows.jsonld import to_jsonld
from flows.prepare import prepare_article
from flows.publish import publish_dataset
from flows.validate import validate_dataset
from models.dataset import Dataset
from models.documents import Document

TITLE = "Токаев встретился с Миннихановым в Астане"
PARAGRAPHS = [
    "Президент Казахстана Касым-Жомарт Токаев встретился с Раисом Татарстана Рустамом Миннихановым в Астане.",
    "Стороны обсудили развитие торгово-экономического сотрудничества и совместные проекты в машиностроении.",
    "По итогам встречи было подписано соглашение о сотрудничестве между правительствами на 2024–2026 годы.",
]
URL = "https://example.kz/news/tokayev-minnikhanov"
BODY = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
# What a news site puts around the article: none of it is the article.
AROUND = [
    "Курс доллара 447 тенге",
    "Политика",
    "Экономика",
    "Читайте также",
    "В Алматы открылся новый парк",
    "Подпишитесь на рассылку новостей",
    "Все права защищены",
]
PAGE = f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{TITLE} | Пример Ньюс</title>
<link rel="canonical" href="{URL}">
<meta property="og:title" content="{TITLE}">
<meta property="og:site_name" content="Пример Ньюс">
<meta name="author" content="Айгуль Серикова">
<meta property="article:published_time" content="2024-05-14T10:30:00+05:00">
<script>fetch("https://example.kz/track")</script>
</head>
<body>
<header><a href="/">Пример Ньюс</a> <span>{AROUND[0]}</span></header>
<nav><ul><li><a href="/politics">{AROUND[1]}</a></li><li><a href="/economy">{AROUND[2]}</a></li></ul></nav>
<main>
<article><h1>{TITLE}</h1>{BODY}</article>
<aside><h3>{AROUND[3]}</h3><ul><li><a href="/a">{AROUND[4]}</a></li></ul></aside>
<form action="/subscribe"><label>{AROUND[5]}</label><input type="email"><button>OK</button></form>
</main>
<footer><p>© 2024 Пример Ньюс. {AROUND[6]}.</p></footer>
</body>
</html>"""


@pytest.mark.parametrize(
    ("markup", "title", "published", "url"),
    [
        # the whole page: metadata from its head
        (PAGE, TITLE, date(2024, 5, 14), URL),
        # a valid page that never closes its head (the body starts it) keeps its body
        (
            f"<html><head><title>{TITLE}</title><meta charset=utf-8><body>{BODY}</body></html>",
            TITLE,
            None,
            None,
        ),
        # a DTD's internal subset is no title, and no text
        (
            f'<!DOCTYPE html [\n<!ENTITY nbsp "&#160;">\n]>\n<html><head><title>{TITLE}</title></head>'
            f"<body>{BODY}</body></html>",
            TITLE,
            None,
            None,
        ),
        # an XML declaration before the page
        (
            f'<?xml version="1.0" encoding="utf-8"?>\n<html><head><title>{TITLE}</title></head><body>{BODY}</body></html>',
            TITLE,
            None,
            None,
        ),
        # a date only in the text is an event's, not the page's; a relative canonical link is no address
        (
            f"<html><head><title>{TITLE}</title><link rel=canonical href='/news/x'></head>"
            f"<body>{BODY}<p>Встреча прошла 12 марта 2023 года в Акорде, резиденции президента.</p></body></html>",
            TITLE,
            None,
            None,
        ),
        # the date in the page's address
        (
            f"<html><head><title>{TITLE}</title><link rel=canonical href='https://ex.kz/2021/04/19/a'></head>"
            f"<body>{BODY}</body></html>",
            TITLE,
            date(2021, 4, 19),
            "https://ex.kz/2021/04/19/a",
        ),
    ],
)
def test_a_page_gives_its_article_and_what_it_states(
    markup: str, title: str, published: date | None, url: str | None
) -> None:
    text, page = read_page(markup)
    lines = text.split("\n")
    assert lines[0] == title
    assert [line for line in lines[1:] if line in PARAGRAPHS] == PARAGRAPHS
    assert "]>" not in text and "fetch" not in text
    assert (page.title, page.published, page.url) == (title, published, url)


def test_nothing_around_the_article_leaks_into_it() -> None:
    text, page = read_page(PAGE)
    assert text.split("\n") == [TITLE, *PARAGRAPHS]
    assert not [words for words in AROUND if words in text]
    assert (page.author, page.site_name) == ("Айгуль Серикова", "Пример Ньюс")


@pytest.fixture(scope="module")
def page_document() -> Document:
    article = read_article("page.html", PAGE.encode("utf-8"))
    return prepare_article(article).document


def test_the_page_becomes_a_document_with_its_metadata(page_document: Document) -> None:
    assert page_document.text == "\n".join([TITLE, *PARAGRAPHS])
    assert (page_document.title, page_document.published, page_document.author, page_document.url) == (
        TITLE,
        date(2024, 5, 14),
        "Айгуль Серикова",
        URL,
    )
    assert (page_document.outlet, page_document.language) == ("Пример Ньюс", "ru")


def test_the_address_is_published_in_documents_and_the_jsonld(
    page_document: Document, tmp_path: Path
) -> None:
    dataset = Dataset(documents=[page_document])
    publish_dataset(validate_dataset(dataset), dataset, tmp_path / "out")
    documents = pd.read_parquet(tmp_path / "out" / "documents.parquet")
    assert documents.loc[0, "url"] == URL
    document = json.loads((tmp_path / "out" / "dataset.jsonld").read_text(encoding="utf-8"))

    def offline(address: str, options: object = None) -> None:
        raise AssertionError(f"JSON-LD processing tried to fetch {address}")

    expanded = jsonld.expand(document, {"documentLoader": offline})
    article = next(n for n in expanded if "https://schema.org/NewsArticle" in n.get("@type", []))
    assert article["https://schema.org/url"] == [{"@id": URL}]
    assert (
        to_jsonld(Dataset(documents=[page_document.model_copy(update={"url": None})]), "1")["@graph"][1].get(
            "url"
        )
        is None
    )


@pytest.mark.parametrize(
    ("raw", "url"),
    [
        (f"URL: {URL}\n{TITLE}\n\n{PARAGRAPHS[0]}", URL),
        (f"{TITLE}\nurl:  {URL} \n\n{PARAGRAPHS[0]}", URL),
        # an address inside the text stays text
        (f"{TITLE}\n\n{PARAGRAPHS[0]} Подробности: {URL}", None),
        (f"{TITLE}\n\n{PARAGRAPHS[0]}", None),
    ],
)
def test_a_text_file_names_its_address_in_a_header_line(raw: str, url: str | None) -> None:
    document = prepare_article(read_article("a.txt", raw.encode("utf-8"))).document
    assert document.url == url
    assert document.title == TITLE
    # the header line is taken out of the text; an address written in the text stays there
    assert (URL in document.text) == (url is None and URL in raw)
