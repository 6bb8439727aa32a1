"""Language: a `Document` in, its language and its `Sentence`s (each with its own language) out.

lingua identifies kk, ru, tr, en; Kazakh and Tatar are told apart by the letters each Cyrillic
alphabet has and the other lacks. Sentences come from razdel's rule-based splitter, run on each
line of the clean text, so a line break always ends a sentence.
"""

import re
from functools import cache

from lingua import Language, LanguageDetector, LanguageDetectorBuilder
from pydantic import BaseModel, ConfigDict
from razdel import sentenize

from flows.datafiles import load_yaml
from flows.lang_pack import languages as handled_languages
from models.documents import Document, Sentence

ORDINAL_END = re.compile(r"(?:^|\s)[IVXLC]{1,5}\.$")
"""A Roman ordinal with its dot, which razdel reads as a sentence's end (VI. Henry'nin, II. Albert)."""
SHORT_SENTENCE = 40
"""Shorter sentences are too short to identify alone: they keep the document's language when unsure."""
TURKIC_WORDS = 0.1
"""In a text read as Russian, Kazakh or Tatar letters in fewer words than this share are names
("Асель Сабыржанқызы", "Тоқаев" in a Russian article), not the text's language."""


class Languages(BaseModel):
    """Schema of flows/data/languages.yaml."""

    model_config = ConfigDict(extra="forbid")
    version: int
    recognised: list[str]
    kazakh_only: str
    kazakh_shared: str
    tatar_only: str
    turkic_cyrillic: str
    turkic_or_mongolian: str


def _languages() -> Languages:
    return load_yaml("languages.yaml", Languages)


SUPPORTED = frozenset(handled_languages())
"""The handled languages: a folder of flows/data/lang/ each."""
CYRILLIC = frozenset({"kk", "ru", "mn", "uk", "be"})
"""Languages lingua may give for Cyrillic Kazakh or Tatar text."""


@cache
def _detector() -> LanguageDetector:
    wanted = set(handled_languages() + _languages().recognised)
    known = [language for language in Language.all() if language.iso_code_639_1.name.lower() in wanted]
    return LanguageDetectorBuilder.from_languages(*known).with_preloaded_language_models().build()


def _kazakh_or_tatar(text: str) -> tuple[str, float] | None:
    """`tt` or `kk` with a confidence, from letters only one of the alphabets has; None if neither shows."""
    letters = _languages()
    kazakh = sum(text.count(c) for c in letters.kazakh_only)
    kazakh_shared = sum(text.count(c) for c in letters.kazakh_shared)
    tatar = sum(text.count(c) for c in letters.tatar_only)
    turkic = sum(text.count(c) for c in letters.turkic_cyrillic)
    rounded = sum(text.count(c) for c in letters.turkic_or_mongolian)
    if kazakh == 0 and kazakh_shared == 0 and (tatar or turkic):
        return "tt", min(1.0, 0.5 + 0.1 * (3 * tatar + turkic))
    # і is Kazakh beside a Turkic letter (облысының) or Ү, Ө (Үкімет үйінде), which Ukrainian and
    # Belarusian lack, even with no letter only Kazakh has; alone it may be Ukrainian or Belarusian.
    evidence = kazakh + (kazakh_shared if kazakh or turkic or rounded else 0)
    if evidence and evidence >= 3 * tatar:
        return "kk", min(1.0, 0.5 + 0.1 * evidence)
    return None


def _turkic_word_share(text: str) -> float:
    """The share of the text's words that hold a letter of the Kazakh or the Tatar alphabet Russian lacks."""
    letters = _languages()
    turkic = set(
        letters.kazakh_only
        + letters.kazakh_shared
        + letters.tatar_only
        + letters.turkic_cyrillic
        + letters.turkic_or_mongolian
    )
    words = re.findall(r"[^\W\d_]+", text)
    return sum(1 for word in words if turkic & set(word)) / len(words) if words else 0.0


def identify_language(text: str) -> tuple[str, float]:
    """ISO 639-1 code of the text's language and how sure that is (0 to 1); `und` when unknown."""
    if not any(c.isalpha() for c in text):
        return "und", 0.0
    values = _detector().compute_language_confidence_values(text)
    if not values:
        return "und", 0.0
    best = values[0]
    code, confidence = best.language.iso_code_639_1.name.lower(), best.value
    if code in CYRILLIC:
        turkic = _kazakh_or_tatar(text)
        if turkic and code == "ru" and _turkic_word_share(text) < TURKIC_WORDS:
            turkic = None
        if turkic:
            code = turkic[0]
            confidence = max(confidence, turkic[1]) if turkic[0] == "kk" else turkic[1]
        elif code == "kk":
            # Cyrillic with none of the Turkic letters is Russian, whatever the short text's statistics say.
            russian = next((v for v in values if v.language == Language.RUSSIAN), None)
            code, confidence = "ru", russian.value if russian else 0.5
    return code, round(confidence, 3)


def _pieces(line: str, offset: int) -> list[tuple[int, int]]:
    """razdel's sentences of a line as offsets, a piece ending in a Roman ordinal joined to the next."""
    pieces: list[tuple[int, int]] = []
    for piece in sentenize(line):
        if pieces and ORDINAL_END.search(line[pieces[-1][0] - offset : pieces[-1][1] - offset]):
            pieces[-1] = (pieces[-1][0], offset + piece.stop)
        else:
            pieces.append((offset + piece.start, offset + piece.stop))
    return pieces


def split_sentences(document: Document) -> list[Sentence]:
    """The document's sentences with offsets into its text and a language each."""
    sentences: list[Sentence] = []
    for line in re.finditer(r"[^\n]+", document.text):
        for start, end in _pieces(line.group(), line.start()):
            text = document.text[start:end]
            if not text.strip():
                continue
            language, confidence = identify_language(text)
            if len(text) < SHORT_SENTENCE and language != document.language and confidence < 0.9:
                language, confidence = document.language, document.language_confidence
            sentences.append(
                Sentence(
                    doc_id=document.doc_id,
                    index=len(sentences),
                    start=start,
                    end=end,
                    text=text,
                    language=language,
                    language_confidence=confidence,
                )
            )
    return sentences


def with_language(document: Document) -> Document:
    """The document with its language and the confidence of it."""
    language, confidence = identify_language(document.text)
    return document.model_copy(update={"language": language, "language_confidence": confidence})
