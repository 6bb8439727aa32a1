"""Linking: candidate spans in, mentions linked to entities and the entities out.

A span the recogniser matched to the knowledge base or gazetteer keeps that entity. A person is looked up in
the KB by given name and surname, or by given name and patronymic (Нурсултан Абишевич -> Nursultan
Nazarbayev); a surname alone takes the person the same document names in full, else the one KB person with
that surname; an organisation's name one or two letters off a KB organisation's (a typo: КАЗИНФОЛРМ) is that
organisation, and a name several KB bodies share (MFA) the one of them the document names in full; two words
of a KB person's name typed as one (Recep TayyipErdoğan) are that person; a body named after its seat (Akorda)
is the body or the building as the text around it says (flows/names/seats.py). Names no list knows still
become entities, clustered across documents and languages by their keys: `<type>/<key>-<hash>`, stable from
run to run.
"""

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace
from difflib import SequenceMatcher
from functools import cache

from flows.names.gazetteer import places
from flows.names.knowledge import kb_entity, known_entities, letters_fit, name_index, person_name
from flows.names.lexicon import is_known
from flows.names.normalise import TOKEN, base_token, latin, name_key
from flows.names.recognise import Candidate
from flows.names.seats import seat_or_body
from models.documents import Document
from models.entities import Alias, Entity, Mention


def unlisted_id(type_: str, key: str) -> str:
    """Stable id of an entity no list knows: its type, a slug of its key and a hash of both."""
    digest = hashlib.sha1(f"{type_}|{key}".encode()).hexdigest()[:8]
    return f"{type_}/{re.sub(r'[^a-z0-9]+', '-', key).strip('-')}-{digest}"


@cache
def _given_by_person() -> dict[str, frozenset[str]]:
    given: dict[str, set[str]] = defaultdict(set)
    for (given_key, _), person in name_index().given_surname.items():
        given[person].add(given_key)
    return {person: frozenset(keys) for person, keys in given.items()}


def _given_keys(person: str) -> frozenset[str]:
    """Keys of the given names the KB writes for a person."""
    return _given_by_person().get(person, frozenset())


def _near_given(given: str, known: str) -> bool:
    """Whether two given names' keys are one name in two spellings or cuts (darig, dariga)."""
    return (
        known.startswith(given)
        or given.startswith(known)
        or SequenceMatcher(None, given, known).ratio() >= 0.7
    )


def _same_given(given: str, known: frozenset[str]) -> bool:
    """Whether a given name's key is one of the known keys, or one of its words near one of theirs (a
    spelling, not another name: Тайип of Recep Tayyip)."""
    return not given or any(
        _near_given(word, known_word) for word in given.split() for k in known for known_word in k.split()
    )


NEAR_SURNAME = 0.8
"""How alike two surnames' keys are to be one surname in two spellings (mirziiv, mirziuiv; zibikchi,
zibikji), measured on the development articles: Назаров is not Назарбаев (0.75)."""


@cache
def _near_kb_person(given: str, surname: str) -> str | None:
    """The one KB person of this given name whose surname is near this one (Шавкат Мирзиеев)."""
    found = {
        person
        for (given_key, surname_key), person in name_index().given_surname.items()
        if given_key == given and SequenceMatcher(None, surname, surname_key).ratio() >= NEAR_SURNAME
    }
    return found.pop() if len(found) == 1 else None


GLUED = re.compile(r"(?<=[^\W\d_])(?<![A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])(?=[A-ZА-ЯЁӘҒҚҢӨҰҮҺІÇĞİÖŞÜ])")
"""Where a word in lower case runs into a capital inside one token: two names typed without the space
between them (Recep TayyipErdoğan)."""


def _person(candidate: Candidate, document_people: dict[str, str], surface: str) -> str:
    """Entity id of a person span: its words' (KB id, a person of the same document, or a cluster id), or,
    where two of its words were typed as one and apart they are a KB person, that person."""
    entity_id = _person_of_words(candidate, document_people)
    if entity_id in known_entities() or not GLUED.search(surface):
        return entity_id
    words = [
        base_token(part, candidate.language, is_known)
        for token in TOKEN.findall(surface)
        for part in GLUED.split(token)
        if part
    ]
    if len(words) > len(candidate.name_tokens):
        apart = _person_of_words(replace(candidate, name_tokens=words), document_people)
        if apart in known_entities():
            return apart
    return entity_id


def _person_of_words(candidate: Candidate, document_people: dict[str, str]) -> str:
    """Entity id of a person span by its words (KB id, a person of the same document, or a cluster id)."""
    index = name_index()
    parts = person_name(candidate.name_tokens, candidate.language)
    if len(candidate.name_tokens) == 1:
        key = name_key(candidate.name_tokens[0], candidate.language)
        if key in document_people:
            return document_people[key]
        people = index.surnames.get(key, ())
        return people[0] if len(people) == 1 else unlisted_id("person", key)
    found = index.given_surname.get((parts.given, parts.surname)) or index.given_patronymic.get(
        (parts.given, parts.patronymic)
    )
    if found is None and parts.surname and len(index.surnames.get(parts.surname, ())) == 1:
        person = index.surnames[parts.surname][0]
        # Another spelling of the KB person's given name (Рүстем, Rustam), not another given name: Акылбек
        # Жапаров is not Sadyr Japarov.
        if _same_given(parts.given, _given_keys(person)):
            found = person
    if found is None and parts.given and parts.surname:
        found = _near_kb_person(parts.given, parts.surname)
    if found:
        return found
    if parts.surname:
        return unlisted_id("person", f"{parts.given} {parts.surname}")
    return unlisted_id("person", f"{parts.given} {parts.patronymic}")


def _same_word(a: str, b: str) -> bool:
    """Whether two name keys are one word in two cases (rumana, ruman; klinsmana, klinsman): they differ
    only in their last two letters."""
    common = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    return common >= 3 and common >= max(len(a), len(b)) - 2


def _named_before(keys: list[str], named: list[tuple[list[str], str]]) -> str | None:
    """The person this document already named under an inflection of the same name: every word of a full
    name the same word as the earlier one's (Романа Коноплева, Роман Коноплев); one word alone, the surname
    or given name of exactly one person named in full (Клинсмана, Ису)."""
    if len(keys) > 1:
        return next(
            (i for k, i in named if len(k) > 1 and _same_word(keys[0], k[0]) and _same_word(keys[-1], k[-1])),
            None,
        )
    found = {i for k, i in named if len(k) > 1 and _same_word(keys[0], k[-1])}
    found = found or {i for k, i in named if len(k) > 1 and _same_word(keys[0], k[0])}
    return found.pop() if len(found) == 1 else None


def _listed_other_type(candidate: Candidate) -> str | None:
    """The KB place or organisation a place's or organisation's name is, read as the other type (Акорда,
    the president's office and its palace)."""
    key = name_key(candidate.base, candidate.language)
    entity_id = name_index().phrases.get(key)
    if not letters_fit(key, candidate.base):
        return None
    return entity_id if entity_id and entity_id.split("/")[0] in ("place", "organization") else None


NEAR_ORGANISATION = 0.9
"""How alike an organisation's key is to be a KB organisation's name with a typo (kazinfulrm, kazinfurm)."""


@cache
def _organisation_keys() -> tuple[tuple[str, str], ...]:
    """(key, entity id) of every KB organisation name of one word of six letters or more."""
    return tuple(
        (key, entity_id)
        for key, entity_id in name_index().phrases.items()
        if entity_id.startswith("organization/") and " " not in key and len(key) >= 6
    )


@cache
def _misspelt_organisation(key: str) -> str | None:
    """The one KB organisation whose name of one word this key is, but for a letter or two (КАЗИНФОЛРМ)."""
    if len(key) < 6 or " " in key:
        return None
    found = {
        entity_id
        for known, entity_id in _organisation_keys()
        if abs(len(known) - len(key)) <= 2 and SequenceMatcher(None, key, known).ratio() >= NEAR_ORGANISATION
    }
    return found.pop() if len(found) == 1 else None


def _order(candidate: Candidate) -> tuple[bool, int]:
    """Full names first, the shortest (most often the nominative) first among them."""
    return len(candidate.name_tokens) == 1, len(candidate.base)


def _short_names(candidates: list[Candidate], resolved: dict[int, str]) -> None:
    """A name several KB bodies share (MFA, МИД) is the one of them the document names in full, where it
    names just one; else it stays a name no list knows."""
    shared = name_index().short_names
    named = set(resolved.values())
    for position, candidate in enumerate(candidates):
        if candidate.type != "organization" or candidate.entity_id:
            continue
        bodies = [b for b in shared.get(name_key(candidate.base, candidate.language), ()) if b in named]
        if len(bodies) == 1:
            resolved[position] = bodies[0]


def link(document: Document, candidates: list[Candidate]) -> list[Mention]:
    """Mentions of one document, each linked to an entity id."""
    people: dict[str, str] = {}
    named: list[tuple[list[str], str]] = []
    resolved: dict[int, str] = {}
    # Full names first, so that a surname alone finds the person wherever the document names them.
    for position, candidate in sorted(enumerate(candidates), key=lambda p: _order(p[1])):
        if candidate.entity_id:
            entity_id = candidate.entity_id
        elif candidate.type == "person":
            entity_id = _person(candidate, people, document.text[candidate.start : candidate.end])
            keys = [name_key(t, candidate.language) for t in candidate.name_tokens]
            if entity_id not in known_entities() and keys:
                entity_id = _named_before(keys, named) or entity_id
            named.append((keys, entity_id))
        else:
            key = name_key(candidate.base, candidate.language)
            entity_id = (
                _listed_other_type(candidate)
                or (_misspelt_organisation(key) if candidate.type == "organization" else None)
                or unlisted_id(candidate.type, key)
            )
        resolved[position] = entity_id
        if candidate.type == "person" and len(candidate.name_tokens) > 1:
            surname = name_key(candidate.name_tokens[-1], candidate.language)
            # A surname alone is the KB person's where the document names them and another of that surname
            # in full (Erdoğan beside Emine Erdoğan).
            if entity_id in known_entities() and people.get(surname) not in known_entities():
                people[surname] = entity_id
            people.setdefault(surname, entity_id)
            for token in candidate.name_tokens[1:-1]:
                people.setdefault(name_key(token, candidate.language), entity_id)
    _short_names(candidates, resolved)
    mentions = []
    for position, c in enumerate(candidates):
        type_, entity_id = seat_or_body(
            document.text, c.start, c.end, c.base, c.language, c.type, resolved[position]
        )
        mentions.append(
            Mention(
                doc_id=document.doc_id,
                start=c.start,
                end=c.end,
                surface=document.text[c.start : c.end],
                type=type_,
                base=c.base,
                key=name_key(c.base, c.language),
                language=c.language,
                sentence_index=c.sentence_index,
                entity_id=entity_id,
                method=c.method,
            )
        )
    return mentions


def merge_spellings(mentions: list[Mention]) -> list[Mention]:
    """Mentions of the documents together, where two people no list knows are one person written two ways
    (Дарига Назарбаева in Russian and in Tatar, Нихат Зейбекджи and Ниһат Зейбекчи): one id, the one with
    more mentions. Two full names are one spelling when their first words are near as given names are and
    their last words as surnames are."""
    full_names: dict[str, tuple[str, str]] = {}
    count: dict[str, int] = defaultdict(int)
    for mention in mentions:
        words = mention.key.split()
        if mention.type == "person" and mention.entity_id not in known_entities():
            count[mention.entity_id] += 1
            if len(words) > 1:
                full_names.setdefault(mention.entity_id, (words[0], words[-1]))
    ranked = sorted(full_names, key=lambda i: (-count[i], i))
    merged: dict[str, str] = {}
    for position, entity_id in enumerate(ranked):
        given, surname = full_names[entity_id]
        for other in ranked[:position]:
            other_given, other_surname = full_names[other]
            if (
                other not in merged
                and _near_given(given, other_given)
                and SequenceMatcher(None, surname, other_surname).ratio() >= NEAR_SURNAME
            ):
                merged[entity_id] = other
                break
    return [
        m.model_copy(update={"entity_id": merged[m.entity_id]}) if m.entity_id in merged else m
        for m in mentions
    ]


def entities(mentions: list[Mention], referenced: Iterable[str] = ()) -> list[Entity]:
    """Every entity the mentions link to, with the base forms seen added as aliases, sorted by id; and every
    `referenced` id the knowledge base or the gazetteer knows (an event's actor named only by office)."""
    seen: dict[str, list[Alias]] = defaultdict(list)
    types: dict[str, str] = {}
    for entity_id in referenced:
        if entity_id in known_entities() or entity_id in places():
            seen.setdefault(entity_id, [])
    for mention in mentions:
        alias = Alias(name=mention.base, language=mention.language)
        if alias not in seen[mention.entity_id]:
            seen[mention.entity_id].append(alias)
        types[mention.entity_id] = mention.type
    result = []
    for entity_id, observed in sorted(seen.items()):
        if entity_id in known_entities():
            entity = kb_entity(entity_id)
        elif entity_id in places():
            entity = places()[entity_id]
        else:
            latin_names = [a.name for a in observed if a.language in ("tr", "en", "az")]
            name = latin_names[0] if latin_names else latin(observed[0].name, observed[0].language)
            entity = Entity(entity_id=entity_id, type=types[entity_id], name=name)
        aliases = entity.aliases + [a for a in observed if a not in entity.aliases]
        result.append(entity.model_copy(update={"aliases": aliases}))
    return result
