"""The stanza backend: real `stanza.Document`s (built from token dicts, since no model is installed here)
turned into candidates, and the fallback to the offline backend when the models are missing."""

import importlib.util
import itertools
import json
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from flows.names import stanza_backend
from flows.names.link import link
from flows.names.recognise import recognise
from flows.names.stage import find_names
from flows.names.stanza_backend import available_pipelines, candidates_from_stanza, stanza_candidates

if TYPE_CHECKING:
    import stanza

needs_stanza = pytest.mark.skipif(
    importlib.util.find_spec("stanza") is None,
    reason="stanza is not installed: it comes with the `stanza` extra (make check STANZA=1)",
)


def tagged(text: str, tags: list[tuple[str, str]]) -> "stanza.Document":
    """A stanza Document of one sentence: each (word, BIOES tag) found in order in the text."""
    import stanza

    tokens, position = [], 0
    for number, (word, tag) in enumerate(tags, start=1):
        start = text.index(word, position)
        position = start + len(word)
        tokens.append(
            {"id": number, "text": word, "ner": tag, "misc": f"start_char={start}|end_char={position}"}
        )
    return stanza.Document([tokens], text=text)


class TablePipeline:
    """Stands in for a `stanza.Pipeline`: returns the Document built for each sentence it is given."""

    def __init__(self, documents: dict[str, "stanza.Document"]) -> None:
        self.documents = documents

    def __call__(self, text: str) -> "stanza.Document":
        return self.documents[text]


# language, sentence, (word, tag) for each token, expected spans (surface, type, base)
ROWS = [
    (
        "ru",
        "Вчера Абдулла Ариповым был подписан указ в Андижане.",
        [
            ("Вчера", "O"),
            ("Абдулла", "B-PER"),
            ("Ариповым", "E-PER"),
            ("был", "O"),
            ("подписан", "O"),
            ("указ", "O"),
            ("в", "O"),
            ("Андижане", "S-LOC"),
            (".", "O"),
        ],
        [("Абдулла Ариповым", "person", "Абдулла Арипов"), ("Андижане", "place", "Андижан")],
    ),
    (
        "kk",
        "Бүгін Ақылбек Жапаровпен Қарақолда кездесті.",
        [
            ("Бүгін", "O"),
            ("Ақылбек", "B-PER"),
            ("Жапаровпен", "E-PER"),
            ("Қарақолда", "S-LOC"),
            ("кездесті", "O"),
            (".", "O"),
        ],
        [("Ақылбек Жапаровпен", "person", "Ақылбек Жапаров"), ("Қарақолда", "place", "Қарақол")],
    ),
    (
        "tr",
        "Dün Aselsan ile Roketsan Konya'da anlaştı.",
        [
            ("Dün", "O"),
            ("Aselsan", "S-ORG"),
            ("ile", "O"),
            ("Roketsan", "S-ORG"),
            ("Konya'da", "S-GPE"),
            ("anlaştı", "O"),
            (".", "O"),
        ],
        [
            ("Aselsan", "organization", "Aselsan"),
            ("Roketsan", "organization", "Roketsan"),
            ("Konya'da", "place", "Konya"),
        ],
    ),
    (
        "ru",
        "Об этом сообщил пресс-секретарь и событие MISC.",
        [("Об", "O"), ("этом", "O"), ("сообщил", "O"), ("пресс-секретарь", "O"), ("MISC", "S-MISC")],
        [],
    ),
]


@needs_stanza
@pytest.mark.parametrize(("language", "text", "tags", "expected"), ROWS)
def test_stanza_entities_become_candidates(document_of, language, text, tags, expected) -> None:
    prefix = "Заголовок новости.\n"
    document, sentences = document_of(prefix + text, language)
    sentence = sentences[1]
    found = candidates_from_stanza(document, tagged(text, tags), sentence.start, sentence)
    assert [(document.text[c.start : c.end], c.type, c.base) for c in found] == expected
    for candidate in found:
        assert candidate.method == "stanza"
        assert candidate.sentence_index == 1 and candidate.language == language
        assert sentence.start <= candidate.start < candidate.end <= sentence.end
        if candidate.type == "person":
            assert " ".join(candidate.name_tokens) == candidate.base


@needs_stanza
def test_stanza_spans_join_offline_ones_without_overlap(document_of) -> None:
    text = "Бахыт Султанов встретился с Таалайбеком Ибраевым на заводе Узавто в Андижане."
    document, sentences = document_of(text, "ru")
    offline = recognise(document, sentences)
    stanza_document = tagged(
        text,
        [
            ("Бахыт", "B-PER"),
            ("Султанов", "E-PER"),
            ("встретился", "O"),
            ("с", "O"),
            ("Таалайбеком", "S-PER"),
            ("Ибраевым", "S-LOC"),
            ("на", "O"),
            ("заводе", "O"),
            ("Узавто", "S-ORG"),
            ("в", "O"),
            ("Андижане", "S-LOC"),
        ],
    )
    merged = stanza_candidates(document, sentences, {"ru": TablePipeline({text: stanza_document})}, offline)
    # offline spans kept, stanza's overlapping them dropped, stanza's where offline found nothing added
    assert [(document.text[c.start : c.end], c.type, c.method) for c in merged] == [
        ("Бахыт Султанов", "person", "pattern"),
        ("Таалайбеком Ибраевым", "person", "pattern"),
        ("Узавто", "organization", "stanza"),
        ("Андижане", "place", "gazetteer"),
    ]
    assert all(a.end <= b.start for a, b in itertools.pairwise(merged))
    mentions = link(document, merged)
    assert [document.text[m.start : m.end] for m in mentions] == [m.surface for m in mentions]
    assert mentions[2].entity_id.startswith("organization/uzavtu-") and mentions[2].method == "stanza"
    languages_without_a_model = stanza_candidates(document, sentences, {"kk": TablePipeline({})}, offline)
    assert languages_without_a_model == offline


@pytest.fixture
def models_in(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Point the backend at a folder of ours; clear its cached pipelines before and after."""
    monkeypatch.setenv("KAZEVENTS_STANZA_DIR", str(tmp_path))
    available_pipelines.cache_clear()
    yield tmp_path
    available_pipelines.cache_clear()


def test_no_models_means_no_pipelines(models_in: Path, caplog: pytest.LogCaptureFixture) -> None:
    assert stanza_backend.models_dir() == models_in
    with caplog.at_level(logging.WARNING, logger=stanza_backend.__name__):
        assert available_pipelines() == {}
    assert "stanza models not found" in caplog.text and str(models_in) in caplog.text


def test_resources_but_no_language_models(models_in: Path, caplog: pytest.LogCaptureFixture) -> None:
    (models_in / "resources.json").write_text(json.dumps({}), encoding="utf-8")
    (models_in / "de").mkdir()
    with caplog.at_level(logging.WARNING, logger=stanza_backend.__name__):
        assert available_pipelines() == {}
    assert "no stanza models for kk, ru, tr" in caplog.text


def test_models_but_no_stanza_is_the_offline_backend(
    models_in: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, document_of
) -> None:
    (models_in / "resources.json").write_text(json.dumps({}), encoding="utf-8")
    (models_in / "ru").mkdir()
    monkeypatch.setitem(sys.modules, "stanza", None)  # what `import stanza` meets without the extra
    document, sentences = document_of("Бахыт Султанов прибыл в Андижан.", "ru")
    with caplog.at_level(logging.WARNING, logger=stanza_backend.__name__):
        fallback = find_names([document], sentences, backend="stanza")
    assert fallback == find_names([document], sentences, backend="offline")
    assert "stanza is not installed" in caplog.text and "kazevents[stanza]" in caplog.text


def test_stanza_backend_without_models_is_the_offline_one(models_in: Path, document_of) -> None:
    document, sentences = document_of("Ерлан Қошановқа хат Өскеменнен жолданды.", "kk")
    offline = find_names([document], sentences, backend="offline")
    fallback = find_names([document], sentences, backend="stanza")
    assert fallback == offline
    assert {m.entity_id for m in fallback.mentions} == {"person/yerlan-koshanov", "place/geonames-1520316"}


def test_unknown_backend_is_refused(document_of) -> None:
    document, sentences = document_of("Текст.", "ru")
    with pytest.raises(ValueError, match="unknown names backend"):
        find_names([document], sentences, backend="spacy")
