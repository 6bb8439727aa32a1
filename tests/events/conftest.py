"""Hand-built documents (tests/conftest.py) run through the names stage, so the events stage is tested on
real mentions and entities without the cleaning and language stages."""

from dataclasses import dataclass

import pytest

from flows.names.stage import find_names
from models.documents import Document, Sentence
from models.entities import Entity, Mention


@dataclass(frozen=True)
class Corpus:
    """What `extract_events` takes: documents, their sentences, name mentions and entities."""

    documents: list[Document]
    sentences: list[Sentence]
    mentions: list[Mention]
    entities: list[Entity]


def make_corpus(*documents: tuple[Document, list[Sentence]]) -> Corpus:
    """Documents with their sentences, through the (offline) names stage."""
    docs = [d for d, _ in documents]
    sentences = [s for _, ss in documents for s in ss]
    names = find_names(docs, sentences)
    return Corpus(docs, sentences, names.mentions, names.entities)


@pytest.fixture
def corpus_of():
    return make_corpus
