"""Documents and sentences built by hand, so the names stage is tested without the other stages."""

import re

import pytest

from models.documents import Document, Sentence


def make_document(text: str, language: str, doc_id: str = "d1") -> tuple[Document, list[Sentence]]:
    """A document of one language whose sentences are its lines."""
    document = Document(doc_id=doc_id, source=f"{doc_id}.txt", content_hash="0", text=text, language=language)
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


@pytest.fixture
def document_of():
    return make_document
