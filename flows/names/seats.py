"""Seats: a body named after the building it sits in (Akorda, the President's press service, and the palace
Akorda) is one name for two entities; the text around the name tells which.

In: a document's text, a name's span, its base form, language and the entity it was linked to. Out:
`seat_or_body(...)`, the (type, entity id) it stands for: the building (the KB organisation's `seat`) where
the text says where (a case ending of place or direction: Ақордада, Akorda'ya; a preposition of place: в
Акорде, at Akorda; a noun of a seat near it: Akorda residence, резиденция «Ак-Орда»), else the body ("деп
хабарлайды Ақорда", "пресс-служба Акорды", "Akorda reports"). Other names come back as they were.
"""

import re
from functools import cache

from flows.datafiles import alternation
from flows.lang_pack import by_language
from flows.lang_schema import NameWords
from flows.names.gazetteer import places
from flows.names.knowledge import known_entities
from flows.names.normalise import name_key

SEAT_REACH = 4
"""How many words before or after the name a noun of a seat may stand (в резиденцию Касым-Жомарта Токаева
"Ак-Орда"; the Akorda residence)."""
APOSTROPHES = "'’"


@cache
def _seats() -> dict[str, tuple[str, str]]:
    """Key of every name of a body named after its seat, and of the seat's -> (body id, seat id)."""
    found: dict[str, tuple[str, str]] = {}
    for entry in known_entities().values():
        if entry.seat is None:
            continue
        names = [(name, language) for language, written in entry.names.items() for name in written]
        seat = places().get(entry.seat)
        if seat is None:
            raise ValueError(f"flows/data/entities.yaml: {entry.id}: seat {entry.seat} is no known place")
        names += [(alias.name, alias.language) for alias in seat.aliases]
        for name, language in names:
            found.setdefault(name_key(name, language), (entry.id, entry.seat))
    return found


@cache
def _words() -> dict[str, NameWords]:
    return by_language(lambda p: p.names)


@cache
def _seat_nouns(language: str) -> re.Pattern[str] | None:
    words = _words().get(language)
    if words is None or not words.seat_words:
        return None
    return re.compile(r"(?:" + alternation(words.seat_words) + r")", re.IGNORECASE)


def _says_where(text: str, start: int, end: int, base: str, language: str) -> bool:
    """Whether the text around the span makes the name a building: its case ending, the preposition before
    it, or a noun of a seat near it in the same clause."""
    words = _words().get(language)
    if words is None:
        return False
    surface = text[start:end]
    ending = surface[len(base) :].lstrip(APOSTROPHES).lower() if surface.startswith(base) else ""
    if ending and ending in {*words.place_endings, *words.direction_endings}:
        return True
    # within the clause: "at the Akorda residence, Akorda says" is the building, then the body
    before = re.split(r"[.!?;:,\n]", text[max(0, start - 120) : start])[-1]
    after = re.split(r"[.!?;:,\n]", text[end : end + 120])[0]
    words_before = re.findall(r"[^\W\d_][\w-]*", before)
    if (
        words_before
        and words_before[-1].lower() in words.place_prepositions
        and re.search(r"[\w-]\s*[«\"“']?\s*$", before)
    ):
        return True
    nouns = _seat_nouns(language)
    near = words_before[-SEAT_REACH:] + re.findall(r"[^\W\d_][\w-]*", after)[:SEAT_REACH]
    return nouns is not None and any(nouns.fullmatch(w) for w in near)


def seat_or_body(
    text: str, start: int, end: int, base: str, language: str, type_: str, entity_id: str
) -> tuple[str, str]:
    """The (type, entity id) the name stands for: the seat or the body where it is one of theirs, else as
    linked."""
    if type_ == "person":
        return type_, entity_id
    pair = _seats().get(name_key(base, language))
    if pair is None:
        return type_, entity_id
    body, seat = pair
    if _says_where(text, start, end, base, language):
        return "place", seat
    return "organization", body
