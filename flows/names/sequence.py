"""Learned name recognition for Kazakh, Tatar and Turkish: a feature CRF (python-crfsuite) over the words
of a sentence.

In: a sentence's text and language. Out: `Span`s (offsets into that text, type person/place/organization)
as the model tagged them (BIO). Features of a word: the word, its lower case, 2-4 letter prefixes and
suffixes, shape, capitals, digits, the stem before an apostrophe (Ankara'da), the neighbouring words two
either side, and whether a base form of it is a place in the gazetteer, a given name, a KB surname or
organisation name. Models are trained by flows/names/train.py and committed in flows/names/crf/;
Tatar goes through the Kazakh model (no Tatar corpus exists; the languages share most suffixes and
names).
"""

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from flows.names.gazetteer import place_index
from flows.names.knowledge import name_index
from flows.names.lexicon import is_given_name
from flows.names.normalise import base_candidates, name_key

MODELS_DIR = Path(__file__).resolve().parent / "crf"
MODEL_OF_LANGUAGE = {"kk": "kk", "tt": "kk", "tr": "tr"}
"""Which model tags each language's sentences."""
LEARNED_LANGUAGES = frozenset({*MODEL_OF_LANGUAGE, "ru"})
"""Languages whose sentences a learned model tags (Russian: natasha's, flows/names/learned.py)."""
WORD = re.compile(r"(?:[IVXLC]+|[^\W\d_])\.(?=\s)|\w+(?:[-'’.]\w+)*|[^\w\s]")
"""A word (with inner hyphens, apostrophes and dots: Нұр-Сұлтан, Ankara’da), a Roman ordinal or an initial
with its dot (VI. Henry, A. Smith), or one punctuation mark, as the corpora split them."""
TYPES = {"PER": "person", "LOC": "place", "ORG": "organization"}


@dataclass(frozen=True)
class Span:
    """A name the model found in a sentence."""

    start: int
    end: int
    type: str


def words_of(text: str) -> list[re.Match[str]]:
    """The words of a text, as the model sees them."""
    return list(WORD.finditer(text))


def _shape(word: str) -> str:
    shape = re.sub(r"[^\W\d_]", lambda m: "X" if m.group().isupper() else "x", word)
    shape = re.sub(r"\d", "d", shape)
    return re.sub(r"(.)\1+", r"\1\1", shape)


@lru_cache(maxsize=200_000)
def _lexicon_features(word: str, language: str) -> tuple[str, ...]:
    """Gazetteer and knowledge-base membership of any base form of a capitalised word."""
    if not word[:1].isupper():
        return ()
    keys = {name_key(c, language) for c in (word, *base_candidates(word, language))}
    index = name_index()
    found = []
    if any(k in place_index() for k in keys):
        found.append("gaz.place")
    if any(is_given_name(k) for k in keys):
        found.append("gaz.given")
    if any(k in index.surnames for k in keys):
        found.append("kb.surname")
    organisation = any(index.phrases.get(k, "").startswith("organization/") for k in keys)
    if organisation:
        found.append("kb.org")
    return tuple(found)


@lru_cache(maxsize=200_000)
def _word_features(word: str, language: str) -> tuple[str, ...]:
    typed = word.replace("’", "'")
    lower = typed.lower()
    features = [
        f"w={typed}",
        f"l={lower}",
        f"shape={_shape(typed)}",
        *(f"p{n}={lower[:n]}" for n in (2, 3, 4) if len(lower) > n),
        *(f"s{n}={lower[-n:]}" for n in (2, 3, 4) if len(lower) > n),
    ]
    if typed[:1].isupper():
        features.append("title")
    if typed.isupper() and len(typed) > 1:
        features.append("upper")
    if any(ch.isdigit() for ch in typed):
        features.append("digit")
    if "'" in typed:
        stem, _, ending = lower.partition("'")
        features += [f"stem={stem}", f"ending={ending}"]
    if "-" in typed:
        features.append("hyphen")
    features += _lexicon_features(word, language)
    return tuple(features)


@lru_cache(maxsize=200_000)
def _neighbour(word: str) -> tuple[str, ...]:
    typed = word.replace("’", "'")
    return (f"l={typed.lower()}", f"shape={_shape(typed)}")


def sentence_features(words: list[str], language: str) -> list[list[str]]:
    """Each word's features: its own, then its neighbours' two either side."""
    own = [_word_features(w, language) for w in words]
    rows = []
    for position in range(len(words)):
        features = ["bias", *own[position]]
        if position == 0:
            features.append("BOS")
        if position == len(words) - 1:
            features.append("EOS")
        for offset in (-2, -1, 1, 2):
            near = position + offset
            if 0 <= near < len(words):
                features += [f"{offset}:{f}" for f in _neighbour(words[near])]
                if abs(offset) == 1:
                    features += [f"{offset}:{f}" for f in own[near] if f.startswith(("gaz.", "kb.", "title"))]
        rows.append(features)
    return rows


@cache
def tagger(model: str) -> Any:
    """The CRF tagger of a model in flows/names/crf/, loaded once."""
    import pycrfsuite

    path = MODELS_DIR / f"{model}.crfsuite"
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no name model; build it with `kazevents models train {model}`")
    loaded = pycrfsuite.Tagger()
    loaded.open(str(path))
    return loaded


def spans_of(labels: list[str], words: list[re.Match[str]]) -> list[Span]:
    """BIO labels over the words as spans (an I- after O or another type opens a span)."""
    spans: list[Span] = []
    current: tuple[int, int, str] | None = None
    for label, word in zip(labels, words, strict=True):
        kind = TYPES.get(label[2:]) if label != "O" else None
        if current and (kind != current[2] or label.startswith("B-")):
            spans.append(Span(*current))
            current = None
        if kind is None:
            continue
        current = (current[0], word.end(), kind) if current else (word.start(), word.end(), kind)
    if current:
        spans.append(Span(*current))
    return spans


NAME_ENDING = re.compile(r"^[^\W\d_]{2,}['’](?:[aeıioöuü]|[^\W\d_]{2,5})$")
"""A name's word with a case ending after an apostrophe (Türkmenistan'ın, Kate'e): in Turkish the ending
closes the name, so no name runs on past it (O'Neill, Ebu'l Hasan are no such words)."""


def split_at_endings(spans: list[Span], words: list[re.Match[str]]) -> list[Span]:
    """Spans cut after every inner word that ends a name (Türkmenistan'ın Khiva: two places)."""
    pieces = []
    for span in spans:
        start = span.start
        for word in words:
            if start <= word.start() and word.end() < span.end and NAME_ENDING.match(word.group()):
                pieces.append(Span(start, word.end(), span.type))
                start = next(w.start() for w in words if w.start() > word.start())
        pieces.append(Span(start, span.end, span.type))
    return pieces


def tag(text: str, language: str, model_tagger: Any | None = None) -> list[Span]:
    """The names a sentence holds, by the model of its language (none for a language without one)."""
    model = MODEL_OF_LANGUAGE.get(language)
    if model is None and model_tagger is None:
        return []
    words = words_of(text)
    if not words:
        return []
    crf = model_tagger or tagger(model or "")
    labels = crf.tag(sentence_features([w.group() for w in words], language))
    spans = spans_of(labels, words)
    return split_at_endings(spans, words) if language == "tr" else spans
