"""Shared fixtures: the seed articles, prepared once; documents built by hand from text (one sentence per
line), so a stage is tested without the ones before it; a Prefect test server for flow runs."""

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import settings

from flows.ingest import document_id, input_files, read_articles
from flows.prepare import prepare_articles
from models.documents import Article, Document, Sentence
from models.entities import Mention

# Speed is measured in benchmarks, not tests: first calls load models and must not trip a deadline.
settings.register_profile("kazevents", deadline=None, max_examples=60)
settings.load_profile("kazevents")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds" / "articles"


@pytest.fixture(scope="session")
def seed_articles() -> list[Article]:
    articles, rejects = read_articles(input_files(SEEDS))
    assert not rejects
    return articles


@pytest.fixture(scope="session")
def seed_documents(seed_articles: list[Article]) -> tuple[list[Document], list[Sentence]]:
    prepared = prepare_articles(seed_articles)
    assert not prepared.rejects
    return prepared.documents, prepared.sentences


def seed_document(documents: list[Document], number: str) -> Document:
    """The seed document whose file name starts with `number` (000 .. 004)."""
    return next(d for d in documents if d.source.startswith(number))


def text_article(raw: str) -> Article:
    """A `.txt` article of these characters, as ingest reads it (for the cleaning and metadata tests)."""
    return Article(
        source="t.txt",
        content_hash="0",
        doc_id=document_id(raw),
        encoding="utf-8",
        format="txt",
        raw_text=raw,
    )


@pytest.fixture(scope="session")
def prefect_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


def make_document(
    text: str,
    language: str,
    published: str | None = None,
    doc_id: str = "d1",
    title: str | None = None,
) -> tuple[Document, list[Sentence]]:
    """A document of one language whose sentences are its lines; `published` is an ISO date."""
    document = Document(
        doc_id=doc_id,
        source=f"{doc_id}.txt",
        content_hash="0",
        text=text,
        title=title,
        language=language,
        language_confidence=1.0,
        published=date.fromisoformat(published) if published else None,
    )
    sentences = [
        Sentence(
            doc_id=doc_id,
            index=i,
            start=m.start(),
            end=m.end(),
            text=m.group(),
            language=language,
            language_confidence=1.0,
        )
        for i, m in enumerate(re.finditer(r"[^\n]+", text))
    ]
    return document, sentences


def assert_mentions(
    mentions: list[Mention], expected: list[tuple[str, str, str]]
) -> dict[tuple[str, str], Mention]:
    """The mentions are exactly the expected (surface, type, reference) rows: a reference with `/` is the
    entity id, else the base form. Returns the mentions by (surface, type)."""
    found = {(m.surface, m.type): m for m in mentions}
    assert set(found) == {(surface, type_) for surface, type_, _ in expected}
    for surface, type_, reference in expected:
        mention = found[(surface, type_)]
        if "/" in reference:
            assert mention.entity_id == reference, surface
        else:
            assert mention.base == reference, surface
    return found


@pytest.fixture
def document_of():  # type: ignore[no-untyped-def]
    return make_document
