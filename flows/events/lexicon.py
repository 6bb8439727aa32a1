"""The event lexicons: each language pack's events.yaml and titles.yaml (flows/data/lang/<code>/), compiled.

In: a language code. Out: compiled trigger patterns, cue sets, discourse word lists and office/place phrases
for that language. Patterns match case-insensitively at a word start.
"""

import re
from dataclasses import dataclass
from functools import cache

from flows.datafiles import alternation
from flows.lang_pack import by_language, pack
from flows.lang_schema import EventWords, TriggerEntry
from flows.names.titles import title_file

WORD_START = r"(?<![\w-])"


@dataclass(frozen=True)
class Trigger:
    """A compiled trigger."""

    type: str
    regex: re.Pattern[str]
    person: str
    frame: bool
    requires: str | None
    quoted: bool
    attended: bool
    call: bool
    at_place: bool


def compile_words(patterns: list[str]) -> re.Pattern[str]:
    """One case-insensitive pattern matching any of `patterns` as a word (from a word start to a word end)."""
    return re.compile(WORD_START + "(?:" + alternation(patterns) + r")\w*", re.IGNORECASE)


@cache
def event_words(language: str) -> EventWords:
    """A language's events.yaml; no words for a language without the file."""
    found = pack(language)
    return (
        found.events if found is not None and found.events is not None else EventWords(version=1, triggers=[])
    )


def every_trigger() -> list[tuple[str, TriggerEntry]]:
    """(language, trigger) for every pack's triggers, in pack and file order."""
    return [(code, t) for code, words in by_language(lambda p: p.events).items() for t in words.triggers]


@cache
def quote_openers() -> tuple[str, ...]:
    """What a line of quoted speech opens with, in any language (plain text)."""
    openers = (o for words in by_language(lambda p: p.events).values() for o in words.discourse.quote_openers)
    return tuple(dict.fromkeys(openers))


@cache
def triggers(language: str) -> tuple[Trigger, ...]:
    """The triggers of a language, in file order."""
    return tuple(
        Trigger(
            type=t.type,
            regex=re.compile(WORD_START + "(?:" + t.pattern + r")\w*", re.IGNORECASE),
            person=t.person,
            frame=t.frame,
            requires=t.requires,
            quoted=t.quoted,
            attended=t.attended,
            call=t.call,
            at_place=t.at_place,
        )
        for t in event_words(language).triggers
    )


@cache
def cue(name: str, language: str) -> re.Pattern[str] | None:
    """The named cue set (a pack's events.yaml `cues`) of a language; None when the language has none."""
    patterns = event_words(language).cues.get(name)
    return compile_words(patterns) if patterns else None


@cache
def status_cue(status: str, language: str) -> re.Pattern[str] | None:
    """Words that give an event the status `status` in a language."""
    patterns = event_words(language).status.get(status)
    return compile_words(patterns) if patterns else None


@cache
def future_form(language: str) -> re.Pattern[str] | None:
    """Verb forms of a language that put the event a trigger names in the future (whole words)."""
    patterns = event_words(language).future_forms
    return re.compile("(?:" + alternation(patterns) + ")", re.IGNORECASE) if patterns else None


@cache
def discourse(kind: str, language: str) -> re.Pattern[str] | None:
    """A discourse word list (speech_verbs, second_person, pronouns, parties, named_after) of a language."""
    patterns: list[str] = getattr(event_words(language).discourse, kind)
    return compile_words(patterns) if patterns else None


@cache
def genitive(language: str) -> re.Pattern[str] | None:
    """A word ending in a genitive ending of the language (an apostrophe may stand before it)."""
    endings = event_words(language).discourse.genitive
    return re.compile(r"\w+['’]?(?:" + "|".join(endings) + ")", re.IGNORECASE) if endings else None


@cache
def comitative_before(language: str) -> re.Pattern[str] | None:
    """The end of a text that puts the name after it in a comitative phrase: the preposition, then up to three
    words of a title ("с президентом Турции ")."""
    words = event_words(language).discourse.comitative_before
    if not words:
        return None
    return re.compile(r"(?:^|\s)(?:" + alternation(words) + r")\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)


@cache
def case_ending(case: str, language: str) -> re.Pattern[str] | None:
    """A name's case ending (an apostrophe may stand before it): `genitive` ("Путин-нің", "Minnikhanov'un",
    "Putin's") or `comitative` ("Тоқаев-пен", "Erdoğan'la")."""
    endings: list[str] = getattr(event_words(language).discourse, case)
    return re.compile(r"['’]?(?:" + "|".join(endings) + ")", re.IGNORECASE) if endings else None


@cache
def office_phrases(language: str) -> tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]:
    """(pattern, office ids) for each office phrase of a language, specific phrases before generic ones."""
    return tuple(
        (re.compile(WORD_START + "(?:" + o.pattern + ")", re.IGNORECASE), tuple(o.offices))
        for o in title_file().offices
        if o.lang == language
    )


@cache
def place_phrases(language: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    """(pattern, canonical place name) for each place phrase of a language."""
    return tuple(
        (re.compile(WORD_START + "(?:" + p.pattern + ")", re.IGNORECASE), p.place)
        for p in title_file().places
        if p.lang == language
    )


@cache
def deputy_words() -> re.Pattern[str]:
    return compile_words(title_file().deputy_words)


@cache
def office_nouns() -> re.Pattern[str]:
    return compile_words(title_file().office_nouns)
