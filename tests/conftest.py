"""Shared fixtures: the seed articles, prepared once, and a Prefect test server for flow runs."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

from flows.ingest import input_files, read_articles
from flows.prepare import prepare_articles
from models.documents import Article, Document, Sentence

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


@pytest.fixture(scope="session")
def prefect_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield
