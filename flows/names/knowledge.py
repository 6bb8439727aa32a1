"""The knowledge base of people and organisations (flows/data/entities.yaml) and who held which office.

In: nothing (the data file). Out: `known_entities()` (entity id -> KB entry), `kb_entity()` (an entry as an
`Entity` with its aliases), name indexes for linking, `office_holder()` and `offices()`.
KB ids are `person/<slug>` and `organization/<slug>` of the canonical Latin name and never change.
"""

import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from pydantic import BaseModel, ConfigDict

from flows.datafiles import load_yaml
from flows.names.gazetteer import PartialDate, curated
from flows.names.normalise import APOSTROPHES, TOKEN, name_key, patronymic_stem
from models.entities import Alias, Entity


class Role(BaseModel):
    """An office held between two dates (end None while held)."""

    model_config = ConfigDict(extra="forbid")

    office: str
    start: PartialDate | None = None
    end: PartialDate | None = None


class KnownEntity(BaseModel):
    """An entry of the knowledge base."""

    model_config = ConfigDict(extra="forbid")

    id: str
    type: str
    name: str
    wikidata: str | None = None
    names: dict[str, list[str]]
    roles: list[Role] = []
    short_names: dict[str, list[str]] = {}
    """Names, by language, it shares with bodies of its kind elsewhere (MFA, МИД, СІМ): one stands for this
    body in a document that names it in full and no other of them (flows/names/link.py)."""
    seat: str | None = None
    """For a body named after the building it sits in (Akorda, the President's press service): the
    building's place id. Its name is the place where the text says where (flows/names/seats.py)."""


class KnowledgeBase(BaseModel):
    """Schema of flows/data/entities.yaml."""

    model_config = ConfigDict(extra="forbid")

    version: int
    entities: list[KnownEntity]


@dataclass(frozen=True)
class PersonName:
    """The parts of a person's name, as keys."""

    given: str
    """Key of the given name(s), joined by spaces."""
    patronymic: str
    """Key of the father's name inside the patronymic, or ''."""
    surname: str
    """Key of the surname, or ''."""


def person_name(tokens: list[str], language: str) -> PersonName:
    """Split a person's written name (base forms) into given name, patronymic and surname keys."""
    given: list[str] = []
    patronymic = surname = ""
    for position, token in enumerate(tokens):
        stem = patronymic_stem(token) if position > 0 else None
        if stem is not None and not patronymic:
            patronymic = name_key(stem, language)
        elif position == len(tokens) - 1 and position > 0:
            surname = name_key(token, language)
        elif not patronymic:
            given.append(name_key(token, language))
    return PersonName(" ".join(given), patronymic, surname)


@cache
def knowledge_base() -> KnowledgeBase:
    """The knowledge base file."""
    return load_yaml("entities.yaml", KnowledgeBase)


@cache
def known_entities() -> dict[str, KnownEntity]:
    """KB entries by id."""
    return {e.id: e for e in knowledge_base().entities}


def kb_entity(entity_id: str) -> Entity:
    """A KB entry as an entity record with every name as an alias."""
    entry = known_entities()[entity_id]
    aliases = [Alias(name=n, language=lang) for lang, names in entry.names.items() for n in names]
    return Entity(
        entity_id=entry.id,
        type=entry.type,
        name=entry.name,
        wikidata=entry.wikidata,
        aliases=aliases,
        known=True,
    )


@dataclass(frozen=True)
class NameIndex:
    """KB names as keys, for linking."""

    phrases: dict[str, str]
    """Key of a full name (or organisation name, acronym) -> entity id; and a curated place's name of several
    words -> its place id."""
    given_surname: dict[tuple[str, str], str]
    """(given key, surname key) -> person id."""
    given_patronymic: dict[tuple[str, str], str]
    """(given key, father's name key) -> person id."""
    surnames: dict[str, tuple[str, ...]]
    """Surname key -> person ids."""
    given_names: frozenset[str]
    """Keys of every given name in the KB."""
    acronyms: frozenset[str] = frozenset()
    """Keys the KB writes only in capitals (THY, ОДКБ): not to be read from a word in lower case."""
    short_names: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Key of a name several bodies share (MFA) -> their entity ids."""
    acronym_letters: dict[str, frozenset[int]] = field(default_factory=dict)
    """Key of a name the KB writes in capitals (КТЖ, KTZ) -> how many letters it is written in: an acronym
    whose letters only fold to that key (KKTC, ktj) is another."""


def _spellings(name: str) -> list[str]:
    """A name as the KB writes it and, where it has ё, as Cyrillic is as often typed: with е (Мирзиёев,
    Мирзиеев)."""
    plain = name.replace("ё", "е").replace("Ё", "Е")
    return [name, plain] if plain != name else [name]


@cache
def name_index() -> NameIndex:
    """Indexes over every KB name."""
    phrases: dict[str, str] = {}
    given_surname: dict[tuple[str, str], str] = {}
    given_patronymic: dict[tuple[str, str], str] = {}
    surnames: dict[str, list[str]] = {}
    given_names: set[str] = set()
    capitals: set[str] = set()
    written: set[str] = set()
    short_names: dict[str, list[str]] = {}
    letters: dict[str, set[int]] = {}
    for entry in knowledge_base().entities:
        for language, names in entry.short_names.items():
            for name in names:
                short_names.setdefault(name_key(name, language), []).append(entry.id)
        for language, written_names in entry.names.items():
            for name in (n for w in written_names for n in _spellings(w)):
                phrases.setdefault(name_key(name, language), entry.id)
                # The words of a hyphenated name typed apart (Kazakistan- Özbekistan) are that name too.
                if "-" in name and entry.type != "person":
                    phrases.setdefault(name_key(name.replace("-", " "), language), entry.id)
                (capitals if name.isupper() else written).add(name_key(name, language))
                if name.isupper():
                    letters.setdefault(name_key(name, language), set()).add(len(name))
                if entry.type != "person":
                    continue
                parts = person_name(TOKEN.findall(name), language)
                given_names.update(parts.given.split())
                given_names.update(
                    name_key(p, language) for t in TOKEN.findall(name)[:1] for p in t.split("-")
                )
                if parts.surname:
                    given_surname.setdefault((parts.given, parts.surname), entry.id)
                    if entry.id not in surnames.setdefault(parts.surname, []):
                        surnames[parts.surname].append(entry.id)
                if parts.patronymic:
                    given_patronymic.setdefault((parts.given, parts.patronymic), entry.id)
    # A curated place's name of several words is a phrase too (Astana International Airport, Казанский
    # Кремль, Батыс Қазақстан облысы): the words of one name, not the places each word may be.
    for place in curated().places:
        place_id = f"place/geonames-{place.geonames}" if place.geonames else place.id
        for language, names in place.names.items():
            for name in names:
                if " " in name and place_id:
                    phrases.setdefault(name_key(name, language), place_id)
    return NameIndex(
        phrases,
        given_surname,
        given_patronymic,
        {k: tuple(v) for k, v in surnames.items()},
        frozenset(given_names),
        frozenset(capitals - written),
        {key: tuple(dict.fromkeys(ids)) for key, ids in short_names.items()},
        {key: frozenset(counts) for key, counts in letters.items()},
    )


def _acronym_stem(word: str) -> str | None:
    """The word but for a case ending after an apostrophe, where that is two capitals or more (TBMM'de)."""
    stem = re.split(f"[{APOSTROPHES}]", word)[0]
    return stem if len(stem) >= 2 and stem.isupper() and stem.isalpha() else None


def is_acronym(word: str) -> bool:
    """Whether the word, but for a case ending after an apostrophe, is two capitals or more (TBMM'de, ООН)."""
    return _acronym_stem(word) is not None


def letters_fit(key: str, word: str) -> bool:
    """Whether a word in capitals (but for a case ending after an apostrophe) has as many letters as a KB
    name in capitals with that key is written in: KKTC'de folds to КТЖ's key, but is another acronym."""
    stem = _acronym_stem(word)
    if stem is None:
        return True
    return len(stem) in name_index().acronym_letters.get(key, {len(stem)})


def _as_date(value: str | None, *, end: bool) -> date | None:
    if value is None:
        return None
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 1:
        parts += [12, 31] if end else [1, 1]
    elif len(parts) == 2:
        parts += [28 if end else 1]
    return date(*parts[:3])


def offices() -> list[str]:
    """Every office id the knowledge base knows, sorted."""
    return sorted({role.office for entry in knowledge_base().entities for role in entry.roles})


def office_holder(office: str, on: date | None = None) -> str | None:
    """The entity id holding `office` on that day; the latest holder when `on` is None; None if unknown."""
    best: tuple[date, str] | None = None
    for entry in knowledge_base().entities:
        for role in entry.roles:
            if role.office != office:
                continue
            start = _as_date(role.start, end=False) or date.min
            finish = _as_date(role.end, end=True)
            if on is not None and not (start <= on and (finish is None or on <= finish)):
                continue
            if best is None or start > best[0]:
                best = (start, entry.id)
    return best[1] if best else None
