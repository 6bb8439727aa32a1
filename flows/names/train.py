"""Training the name models: an open NER corpus in, a python-crfsuite model file out.

In: a corpus of `../shared/ner/` (KazNERD's IOB2 for Kazakh, Turkish-Wiki-NER's CoNLL for Turkish: one
word and its label a line, a blank line between sentences). Out: flows/names/crf/<lang>.crfsuite. The
corpora's labels map onto the project's three types: people; places (countries, cities, regions, natural
features and named buildings, airports, streets: a building is an event's place in the codebook);
organisations. Every other label (dates, money, works, events, nationalities...) is outside.
Run: `kazevents models train kk` (about a minute) or `kazevents models train tr` (about five).
"""

import re
import time
from dataclasses import dataclass
from pathlib import Path

from flows.names.sequence import MODELS_DIR, sentence_features

SHARED_NER = Path(__file__).resolve().parents[2].parent / "shared" / "ner"
LABELS = {
    "PERSON": "PER",
    "GPE": "LOC",
    "LOCATION": "LOC",
    "LOC": "LOC",
    "FACILITY": "LOC",
    "FAC": "LOC",
    "ORGANISATION": "ORG",
    "ORG": "ORG",
}
"""Corpus label (KazNERD, OntoNotes) -> the model's label."""
SENTENCE_ID = re.compile(r"^[A-Z]ID\d+$")
"""KazNERD opens each sentence with its id as a first 'word' (AID283875)."""


@dataclass(frozen=True)
class Corpus:
    """Where a language's training corpus lies and how its lines split."""

    path: Path
    separator: str | None
    """Between word and label: a tab (CoNLL), any whitespace (IOB2)."""


CORPORA = {
    "kk": Corpus(SHARED_NER / "kk" / "train.iob2", None),
    "tr": Corpus(SHARED_NER / "tr" / "train.conll", "\t"),
}
TRAINING = {"c1": 0.05, "c2": 0.01, "max_iterations": 150, "feature.possible_transitions": True}


def _label(raw: str, path: Path, number: int) -> str:
    if raw == "O":
        return "O"
    prefix, _, kind = raw.partition("-")
    if prefix not in ("B", "I") or not kind:
        raise ValueError(f"{path}:{number}: label {raw!r} is not O, B-X or I-X")
    mapped = LABELS.get(kind)
    return f"{prefix}-{mapped}" if mapped else "O"


def read_corpus(corpus: Corpus, limit: int | None = None) -> list[tuple[list[str], list[str]]]:
    """Sentences of the corpus as (words, labels), at most `limit` of them."""
    sentences: list[tuple[list[str], list[str]]] = []
    words: list[str] = []
    labels: list[str] = []
    with corpus.path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            parts = line.rstrip("\n").split(corpus.separator)
            if not line.strip():
                if words:
                    sentences.append((words, labels))
                    if limit is not None and len(sentences) >= limit:
                        return sentences
                words, labels = [], []
                continue
            if len(parts) != 2:
                raise ValueError(f"{corpus.path}:{number}: expected a word and a label, got {line!r}")
            if not words and SENTENCE_ID.match(parts[0]):
                continue
            words.append(parts[0])
            labels.append(_label(parts[1], corpus.path, number))
    if words:
        sentences.append((words, labels))
    return sentences


def train(
    language: str, corpus: Corpus | None = None, target: Path | None = None, limit: int | None = None
) -> Path:
    """Train the language's model on its corpus (or the `limit` first sentences of it); the model's path."""
    import pycrfsuite

    corpus = corpus or CORPORA[language]
    if not corpus.path.is_file():
        raise FileNotFoundError(f"{corpus.path}: the {language} training corpus is not there")
    target = target or MODELS_DIR / f"{language}.crfsuite"
    target.parent.mkdir(parents=True, exist_ok=True)
    trainer = pycrfsuite.Trainer(verbose=False)
    for words, labels in read_corpus(corpus, limit):
        trainer.append(sentence_features(words, language), labels)
    trainer.set_params(TRAINING)
    partial = target.with_suffix(".partial")
    trainer.train(str(partial))
    partial.replace(target)
    return target


def main_train(language: str) -> str:
    """Train one language's model; a line saying where it went and how long it took."""
    started = time.perf_counter()
    path = train(language)
    size = path.stat().st_size / 2**20
    return f"{language} model in {path} ({size:.1f} MiB, {time.perf_counter() - started:.0f} s)"
