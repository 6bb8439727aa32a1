"""natasha's Russian NER as a second finder of people: names no pattern recognised (foreign given names no
list holds: Фумио Кисидой, Петер Сийярто).

In: a document, its sentences and the candidates the patterns found. Out: those candidates plus natasha's
person spans of two words or more, in Russian sentences, that overlap none of them and hold no office noun
(natasha reads "Раис Татарстана" as a name). natasha runs only on sentences with two adjacent capitalised
words no candidate covers: elsewhere it could add nothing, and it is the slowest part of the stage.
"""

import re
import sys
from functools import cache
from typing import Any

from flows.names.lexicon import is_known
from flows.names.normalise import (
    TOKEN,
    base_token,
    ends_like_surname,
    is_common_russian,
    is_russian_function_word,
)
from flows.names.recognise import Candidate, overlaps_none
from flows.names.titles import is_office_noun
from models.documents import Document, Sentence

CAPITALISED_PAIR = re.compile(r"(?<!^)\b(?=([А-ЯЁ][а-яё-]+\s+[А-ЯЁ][а-яё-]+))")
"""Two adjacent capitalised words, not at the sentence's start (matched overlapping, by lookahead)."""


@cache
def _tagger() -> tuple[Any, Any, Any]:
    """natasha's document class, segmenter and NER tagger, loaded once."""
    import pymorphy3

    # natasha imports pymorphy2, which breaks with setuptools >= 81; pymorphy3 is its successor.
    sys.modules.setdefault("pymorphy2", pymorphy3)
    from natasha import Doc, NewsEmbedding, NewsNERTagger, Segmenter

    return Doc, Segmenter(), NewsNERTagger(NewsEmbedding())


def _worth_tagging(sentence: Sentence, candidates: list[Candidate]) -> bool:
    return any(
        overlaps_none(sentence.start + m.start(1), sentence.start + m.end(1), candidates)
        for m in CAPITALISED_PAIR.finditer(sentence.text)
    )


def with_russian_people(
    document: Document, sentences: list[Sentence], candidates: list[Candidate]
) -> list[Candidate]:
    """The candidates plus natasha's people the patterns missed, in text order."""
    merged = list(candidates)
    for sentence in sentences:
        if sentence.language != "ru" or not _worth_tagging(sentence, merged):
            continue
        document_class, segmenter, tagger = _tagger()
        tagged = document_class(sentence.text)
        tagged.segment(segmenter)
        tagged.tag_ner(tagger)
        for span in tagged.spans:
            words = TOKEN.findall(span.text)
            start, end = sentence.start + span.start, sentence.start + span.stop
            if span.type != "PER" or len(words) < 2 or any(is_office_noun(w) for w in words):
                continue
            # A name does not open with a function word, nor with a common word unless a surname ends it
            # ("Днем Республики", not "Улан Жапаров").
            if is_russian_function_word(words[0]) or (
                is_common_russian(words[0]) and not ends_like_surname(base_token(words[-1], "ru", is_known))
            ):
                continue
            if not overlaps_none(start, end, merged):
                continue
            tokens = [base_token(w, "ru", is_known) for w in words]
            merged.append(
                Candidate(
                    start, end, "person", "ru", sentence.index, " ".join(tokens), "natasha", None, tokens
                )
            )
    return sorted(merged, key=lambda c: c.start)
