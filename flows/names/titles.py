"""Titles: each language pack's titles.yaml (flows/data/lang/<code>/), the phrases that name a person by
office or a place by what it is, and the nouns of offices.

In: nothing. Out: the file as records (`title_file`; an office phrase is not matched where its holder's staff
follows it: "мемлекет басшысының баспасөз хатшысы"), and `is_office_noun(word)` for telling a title before
a name ("Президент Токаев", "Аким Атырауской области") from a given name.
"""

import re
from functools import cache

from pydantic import BaseModel, ConfigDict

from flows.datafiles import alternation
from flows.lang_pack import by_language
from flows.lang_schema import OfficeEntry, PlaceEntry


class OfficePhrase(OfficeEntry):
    """A phrase naming a person by office, with its pack's language."""

    lang: str


class PlacePhrase(PlaceEntry):
    """A phrase naming a place by what it is, with its pack's language."""

    lang: str


class TitleFile(BaseModel):
    """Every language's titles.yaml: the phrases each with its language, the word lists of all languages."""

    model_config = ConfigDict(extra="forbid")
    offices: list[OfficePhrase]
    deputy_words: list[str]
    office_nouns: list[str]
    places: list[PlacePhrase]


def _before_no_staff(pattern: str, staff_words: list[str]) -> str:
    """The office phrase, matched only where no staff word follows it: the rest of its last word is read
    first, so a shorter match of that word does not slip past ("Мемлекет басшысының баспасөз хатшысы")."""
    if not staff_words:
        return pattern
    return rf"(?:{pattern})(?![\w-]*[’']?[\w-]*\s+(?:{alternation(staff_words)})(?![\w-]))"


@cache
def title_file() -> TitleFile:
    """The phrases of every language, each office phrase refusing its language's staff words after it."""
    titles = by_language(lambda p: p.titles)
    return TitleFile(
        offices=[
            OfficePhrase(
                lang=code,
                pattern=_before_no_staff(o.pattern, t.staff_words),
                offices=o.offices,
            )
            for code, t in titles.items()
            for o in t.offices
        ],
        deputy_words=[w for t in titles.values() for w in t.deputy_words],
        office_nouns=[w for t in titles.values() for w in t.office_nouns],
        places=[PlacePhrase(lang=code, **p.model_dump()) for code, t in titles.items() for p in t.places],
    )


@cache
def _office_noun() -> re.Pattern[str]:
    return re.compile(alternation(title_file().office_nouns), re.IGNORECASE)


def is_office_noun(word: str) -> bool:
    """Whether the word is the noun of an office (президент, әкімі, Cumhurbaşkanı, Премьер-министр)."""
    return any(_office_noun().fullmatch(part) for part in word.split("-"))
