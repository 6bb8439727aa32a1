"""Context: what the events stage knows of one document beyond single sentences (its persons and places per
sentence, quotations, principal persons, reference date), and each sentence's language.

In: nothing by itself (records and helpers). Out: `Ref`, `DocumentContext`, `sentence_language` and the word
helpers the other modules of the stage share.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from flows.events.dates import Reference
from flows.lang_pack import all_packs, languages
from models.documents import Document, Sentence

OfficeHolder = Callable[[str, date | None], str | None]
"""The knowledge base's office holder: office id and date in, the holder's entity id out (None if unknown)."""


LANGUAGES = tuple(languages())
"""The languages the events stage reads (a folder of flows/data/lang/ each)."""


VERB_FINAL = frozenset({"kk", "tr", "tt"})
"""Languages whose verb ends the clause: an event's place is the one written before its trigger."""


@dataclass(frozen=True)
class Ref:
    """A person or place a sentence names, by a name mention or by a phrase (an office, "the capital")."""

    entity_id: str
    start: int
    end: int
    sentence_index: int
    ending: str = ""
    """What the written name adds to its base form: its case ending ("Тоқаевпен": "пен"; "Altun": "")."""


@dataclass
class DocumentContext:
    """What the detector knows about one document beyond its single sentences."""

    document: Document
    sentences: list[Sentence]
    reference: Reference | None
    persons: dict[int, list[Ref]] = field(default_factory=dict)
    places: dict[int, list[Ref]] = field(default_factory=dict)
    speakers: dict[int, str | None] = field(default_factory=dict)
    """Quoted sentences by index, with the speaker where known."""
    principals: list[str] = field(default_factory=list)
    broad_places: frozenset[str] = frozenset()
    """Places less specific than a sentence's others: countries, and names the gazetteer does not know."""
    unknown_places: frozenset[str] = frozenset()
    """Places the gazetteer does not know (a recogniser's guess)."""


ALPHABETS = {p.code: p.language.alphabet for p in all_packs() if p.language.handled}
"""The letters of each language: a sentence holding letters its detected language lacks and its document's
language has is in the document's language (a short Kazakh title read as Russian)."""


def sentence_language(sentence: Sentence, document: Document) -> str:
    own, main = sentence.language, document.language
    if own in LANGUAGES and main in LANGUAGES and own != main:
        letters = {c for c in sentence.text.casefold() if c.isalpha()}
        foreign = letters - set(ALPHABETS[own])
        if foreign and foreign <= set(ALPHABETS[main]):
            return main
    for code in (own, main):
        if code in LANGUAGES:
            return code
    return "ru"


# How far a neighbouring word is looked for: a bounded window keeps the work per mention constant
# however long the document (a search over all the text before it made long documents quadratic).
WORD_REACH = 100


def word_before(text: str, position: int) -> str:
    match = re.search(r"([\w-]+)\W{0,3}$", text[max(0, position - WORD_REACH) : position])
    return match.group(1) if match else ""


def word_after(text: str, position: int) -> str:
    match = re.match(r"\W{0,3}([\w-]+)", text[position : position + WORD_REACH])
    return match.group(1) if match else ""


def is_word(pattern: re.Pattern[str] | None, word: str) -> bool:
    return bool(pattern and word and pattern.fullmatch(word))


def unique(ids: list[str]) -> list[str]:
    return list(dict.fromkeys(ids))
