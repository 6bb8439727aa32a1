"""The learned first layer of the names stage: each sentence's names as a sequence model tagged them.

In: a document and its sentences. Out: `Span`s with offsets into Document.text. Russian sentences go
through natasha's NER (slovnet, shipped in the wheel: PER, LOC, ORG); Kazakh, Tatar and Turkish ones
through the project's CRFs (flows/names/sequence.py). English has no model: no open English news NER
corpus is at hand here, and the seeds' and development articles' English names are the knowledge base's
and gazetteer's, which the patterns find (flows/names/recognise.py).
"""

import re
import sys
from functools import cache, lru_cache
from typing import Any

from flows.names.knowledge import name_index
from flows.names.normalise import name_key
from flows.names.sequence import MODEL_OF_LANGUAGE, Span, tag
from models.documents import Sentence

BETWEEN_NAMES = re.compile(r"\s*[(),;•]\s*")
NATASHA_TYPES = {"PER": "person", "LOC": "place", "ORG": "organization"}


@cache
def natasha_tagger() -> Any:
    """natasha's news NER tagger (slovnet), loaded once."""
    import pymorphy3

    # natasha imports pymorphy2, which breaks with setuptools >= 81; pymorphy3 is its successor.
    sys.modules.setdefault("pymorphy2", pymorphy3)
    from natasha import NewsEmbedding, NewsNERTagger

    tagger = NewsNERTagger(NewsEmbedding())
    # slovnet tags texts in batches: larger ones than its default of 8 cost less per sentence.
    tagger.batch_size = 64
    return tagger


@cache
def _morph() -> Any:
    """pymorphy3's Russian analyser (the one natasha's normalisation uses), loaded once."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=50_000)
def known_type(name: str) -> str | None:
    """The type the knowledge base gives a Russian name as written or with each word in its base form
    (Европейского союза -> Европейский союз), if it knows it."""
    lemmas = " ".join(_morph().parse(word)[0].normal_form for word in name.split())
    entity_id = next(
        (found for key in (name, lemmas) if (found := name_index().phrases.get(name_key(key, "ru")))), None
    )
    return entity_id.partition("/")[0] if entity_id else None


def _typed(text: str, start: int, end: int, type_: str) -> str:
    """natasha's type of a span, or the knowledge base's where it knows the name as an organisation:
    natasha reads international organisations as places (ЕС, Евросоюз, Европейского союза)."""
    return "organization" if type_ == "place" and known_type(text[start:end]) == "organization" else type_


def _russian(sentences: list[Sentence]) -> list[tuple[str, Span]]:
    """natasha's spans over the Russian sentences (of any documents). Each distinct sentence text is tagged
    once (agencies' stories are republished word for word), in batches of texts of about one length (a
    batch is padded to its longest: sorted, the batches cost a third less)."""
    # A text with no word holds no name (and a batch of such texts alone breaks slovnet's decoder).
    texts = sorted({s.text for s in sentences if any(ch.isalnum() for ch in s.text)}, key=len)
    spans_of_text = {
        text: [
            (span.start, span.stop, _typed(text, span.start, span.stop, NATASHA_TYPES[span.type]))
            for span in markup.spans
            if span.type in NATASHA_TYPES
        ]
        for text, markup in zip(texts, natasha_tagger().map(texts), strict=True)
    }
    return [
        (sentence.doc_id, piece)
        for sentence in sentences
        for start, stop, type_ in spans_of_text.get(sentence.text, [])
        for piece in _pieces(sentence.text, sentence.start, start, stop, type_)
    ]


def _pieces(text: str, offset: int, start: int, end: int, type_: str) -> list[Span]:
    """A span cut where natasha ran it across a bracket, comma or bullet (Джошуа Вольфа (Joshua Wolf,
    Овечкин, Фёдоров): each named part on its own."""
    pieces = []
    position = start
    for match in [*BETWEEN_NAMES.finditer(text, start, end), None]:
        stop = match.start() if match else end
        piece = text[position:stop]
        if any(ch.isalpha() for ch in piece):
            pieces.append(Span(offset + position, offset + stop, type_))
        position = match.end() if match else end
    # An organisation's name is what its quotes hold: the legal form before them is a descriptor
    # (ОАО «Газпром», РИА «Новости»), as a job title is no part of a person's name.
    if type_ == "organization":
        pieces = [
            Span(p.start + text.index("«", p.start - offset) - (p.start - offset) + 1, p.end, type_)
            if "«" in text[p.start - offset : p.end - offset].rstrip("«")
            else p
            for p in pieces
        ]
    return pieces


def learned_spans(sentences: list[Sentence]) -> dict[str, list[Span]]:
    """Every span a model found, by document id, in text order: the sentences of many documents at once,
    for natasha batches them."""
    found = _russian([s for s in sentences if s.language == "ru"])
    tagged: dict[tuple[str, str], list[Span]] = {}
    for sentence in sentences:
        if sentence.language in MODEL_OF_LANGUAGE:
            key = (sentence.text, sentence.language)
            if key not in tagged:
                tagged[key] = tag(*key)
            found += [
                (sentence.doc_id, Span(sentence.start + s.start, sentence.start + s.end, s.type))
                for s in tagged[key]
            ]
    by_document: dict[str, list[Span]] = {}
    for doc_id, span in sorted(found, key=lambda found: found[1].start):
        by_document.setdefault(doc_id, []).append(span)
    return by_document
