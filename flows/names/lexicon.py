"""Every name key the names stage knows: places, KB names and their words, and given names.

In: nothing (the gazetteer, the knowledge base, flows/data/first_names.tsv, each language's names.yaml and
dates.yaml). Out: `is_known(key)` for choosing a base form, `is_given_name(key)` for recognising people, and
`is_opener(word, language)` for the words a sentence opens on that are no name.
"""

import re
from functools import cache

from pydantic import BaseModel, ConfigDict

from flows.datafiles import DATA_DIR, alternation
from flows.lang_pack import pack
from flows.names.gazetteer import place_index
from flows.names.knowledge import name_index
from flows.names.normalise import name_key


class GivenName(BaseModel):
    """A row of flows/data/first_names.tsv."""

    model_config = ConfigDict(extra="forbid")

    name: str
    language: str
    source: str


@cache
def given_names() -> frozenset[str]:
    """Keys of every given name (from pymorphy3's dictionary, curated lists and the KB)."""
    keys: set[str] = set(name_index().given_names)
    with (DATA_DIR / "first_names.tsv").open(encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#") or not line.strip():
                continue
            row = GivenName(**dict(zip(GivenName.model_fields, line.rstrip("\n").split("\t"), strict=True)))
            keys.add(name_key(row.name, row.language))
    return frozenset(keys)


@cache
def _known() -> frozenset[str]:
    index = name_index()
    words = {word for phrase in index.phrases for word in phrase.split()}
    return frozenset(place_index()) | frozenset(index.phrases) | words | given_names()


def is_known(key: str) -> bool:
    """Whether the key is a known place, KB name, word of a KB name, or given name."""
    return key in _known()


def is_given_name(key: str) -> bool:
    """Whether the key is a given name."""
    return key in given_names()


@cache
def _openers(language: str) -> re.Pattern[str] | None:
    found = pack(language)
    if found is None:
        return None
    words = list(found.dates.relative_days) if found.dates is not None else []
    words += found.names.openers if found.names is not None else []
    return re.compile(alternation(words), re.IGNORECASE) if words else None


def is_opener(word: str, language: str) -> bool:
    """Whether the word, capitalised where it opens a sentence, is no name nor part of the name after it: a
    day relative to the publication (dates.yaml's `relative_days`: "Dün", "Вчера", "Кеше") or an adverb,
    conjunction or particle (names.yaml's `openers`: "Алайда", "Ayrıca", "Meanwhile")."""
    openers = _openers(language)
    return openers is not None and openers.fullmatch(word) is not None
