"""The learned layer: training on real corpus lines gives a model that loads and tags; the committed models
tag; model spans keep their surface exactly as typed."""

from pathlib import Path

import pycrfsuite
import pytest

from flows.names.learned import learned_spans
from flows.names.sequence import Span, spans_of, split_at_endings, tag, words_of
from flows.names.stage import find_names
from flows.names.train import CORPORA, Corpus, read_corpus, train

SLICE = 300


@pytest.mark.parametrize("language", sorted(CORPORA))
def test_training_on_a_slice_gives_a_model_that_tags(tmp_path: Path, language: str) -> None:
    corpus = CORPORA[language]
    if not corpus.path.is_file():
        pytest.skip(f"{corpus.path} is not on this machine")
    model = train(language, corpus, tmp_path / f"{language}.crfsuite", limit=SLICE)
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    sentences = read_corpus(corpus, SLICE)
    named = [(w, labels) for w, labels in sentences if any(label != "O" for label in labels)][:50]
    right = total = 0
    for words, labels in named:
        text = " ".join(words)
        found = {(s.start, s.end) for s in tag(text, language, tagger)}
        gold = spans_of(labels, words_of(text)) if len(words_of(text)) == len(words) else []
        right += sum((g.start, g.end) in found for g in gold)
        total += len(gold)
    # Tagging the sentences it learned from, the model finds most of their names.
    assert total > 0 and right / total > 0.7


def test_a_bad_label_names_the_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.conll"
    path.write_text("Ankara\tB-GPE\nda\tX-GPE\n\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.conll:2: label 'X-GPE'"):
        read_corpus(Corpus(path, "\t"))


COMMITTED = [
    ("kk", "Қасым-Жомарт Тоқаев Ақтауға келді.", {("Қасым-Жомарт Тоқаев", "person"), ("Ақтауға", "place")}),
    (
        "tr",
        "Recep Tayyip Erdoğan Ankara'da konuştu.",
        {("Recep Tayyip Erdoğan", "person"), ("Ankara'da", "place")},
    ),
    ("tt", "Рөстәм Миңнехановның Казанда очрашуы булды.", {("Казанда", "place")}),
]


@pytest.mark.parametrize(("language", "text", "expected"), COMMITTED)
def test_committed_models_tag(language: str, text: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= {(text[s.start : s.end], s.type) for s in tag(text, language)}


# A surface is the text as typed: a typographic apostrophe, capitals, initials
AS_TYPED = [
    ("tr", "Mirziyoyev’in Ankara’ya ziyareti sona erdi.", "Mirziyoyev’in"),
    ("tr", "Heyet Ankara’da Cumhurbaşkanı Erdoğan’la görüştü.", "Ankara’da"),
    ("ru", "Президент Узбекистана Ш.Мирзиёев прибыл в Москву.", "Ш.Мирзиёев"),
    ("ru", "В Казани выступил МИРЗИЁЕВ.", "МИРЗИЁЕВ"),
]


@pytest.mark.parametrize(("language", "text", "surface"), AS_TYPED)
def test_surfaces_are_kept_as_typed(document_of, language: str, text: str, surface: str) -> None:
    document, sentences = document_of(text, language)
    result = find_names([document], sentences)
    assert surface in {m.surface for m in result.mentions}
    assert all(m.surface == document.text[m.start : m.end] for m in result.mentions)


# A Turkish name ends at its case ending after an apostrophe: a span the model ran on past one is cut there
ENDINGS = [
    ("Türkmenistan'ın Khiva kenti", "Türkmenistan'ın Khiva", ["Türkmenistan'ın", "Khiva"]),
    ("Kate'e Ben Linus dedi", "Kate'e Ben Linus", ["Kate'e", "Ben Linus"]),
    ("Fransa’nın Lyon şehri", "Fransa’nın Lyon", ["Fransa’nın", "Lyon"]),
    ("Ebu'l Hasan geldi", "Ebu'l Hasan", ["Ebu'l Hasan"]),
    ("O'Neill Ankara'da", "O'Neill Ankara'da", ["O'Neill Ankara'da"]),
]


@pytest.mark.parametrize(("text", "span", "pieces"), ENDINGS)
def test_turkish_span_ends_at_a_case_ending(text: str, span: str, pieces: list[str]) -> None:
    words = words_of(text)
    start = text.index(span)
    cut = split_at_endings([Span(start, start + len(span), "place")], words)
    assert [text[s.start : s.end] for s in cut] == pieces


# natasha reads international organisations as places; the knowledge base's type wins for a name it knows
KB_TYPES = [
    ("Представители Европейского союза прибыли в Астану.", "Европейского союза", "organization"),
    ("Евросоюз продлил санкции.", "Евросоюз", "organization"),
    ("Страны ЕС обсудили бюджет.", "ЕС", "organization"),
    ("Делегация прибыла в Астану.", "Астану", "place"),
    ("Саммит ШОС прошёл в Пекине.", "Пекине", "place"),
]


@pytest.mark.parametrize(("text", "surface", "type_"), KB_TYPES)
def test_a_kb_organisation_natasha_reads_as_a_place_is_an_organisation(
    document_of, text: str, surface: str, type_: str
) -> None:
    document, sentences = document_of(text, "ru")
    spans = learned_spans(sentences)[document.doc_id]
    assert (surface, type_) in {(document.text[s.start : s.end], s.type) for s in spans}
