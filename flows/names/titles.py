"""Titles: flows/data/title_phrases.yaml, the phrases that name a person by office or a place by what it is,
and the nouns of offices.

In: nothing. Out: the file as records (`title_file`), and `is_office_noun(word)` for telling a title before
a name ("Президент Токаев", "Аким Атырауской области") from a given name.
"""

import re
from functools import cache

from pydantic import BaseModel, ConfigDict

from flows.datafiles import alternation, load_yaml


class OfficePhrase(BaseModel):
    """A phrase naming a person by office."""

    model_config = ConfigDict(extra="forbid")
    lang: str
    pattern: str
    offices: list[str]


class PlacePhrase(BaseModel):
    """A phrase naming a place by what it is."""

    model_config = ConfigDict(extra="forbid")
    lang: str
    pattern: str
    place: str


class TitleFile(BaseModel):
    """Schema of flows/data/title_phrases.yaml."""

    model_config = ConfigDict(extra="forbid")
    version: int
    offices: list[OfficePhrase]
    deputy_words: list[str]
    office_nouns: list[str]
    places: list[PlacePhrase]


@cache
def title_file() -> TitleFile:
    return load_yaml("title_phrases.yaml", TitleFile)


@cache
def _office_noun() -> re.Pattern[str]:
    return re.compile(alternation(title_file().office_nouns), re.IGNORECASE)


def is_office_noun(word: str) -> bool:
    """Whether the word is the noun of an office (президент, әкімі, Cumhurbaşkanı, Премьер-министр)."""
    return any(_office_noun().fullmatch(part) for part in word.split("-"))
