"""Documents built by hand from text (one sentence per line), run through the names stage, so the events stage
is tested on real mentions and entities without the cleaning and language stages."""

import re
from dataclasses import dataclass
from datetime import date

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


def make_corpus(*documents: tuple[Document, list[Sentence]]) -> Corpus:
    """Documents with their sentences, through the (offline) names stage."""
    docs = [d for d, _ in documents]
    sentences = [s for _, ss in documents for s in ss]
    names = find_names(docs, sentences)
    return Corpus(docs, sentences, names.mentions, names.entities)


@pytest.fixture
def document_of():
    return make_document


@pytest.fixture
def corpus_of():
    return make_corpus
