"""The event lexicons: each language pack's events.yaml and titles.yaml (flows/data/lang/<code>/), compiled.

In: a language code. Out: compiled trigger patterns, cue sets, discourse word lists and office/place phrases
for that language. Patterns match case-insensitively at a word start.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from pydantic import BaseModel, ConfigDict

from flows.datafiles import alternation
from flows.lang_pack import by_language
from flows.lang_schema import EventWords, TriggerEntry
from flows.names.titles import title_file

WORD_START = r"(?<![\w-])"


class TriggerSpec(TriggerEntry):
    """One trigger of a pack's events.yaml, with the pack's language."""

    lang: str


class Discourse(BaseModel):
    """How quotations, speakers and references are written: each word list by language."""

    model_config = ConfigDict(extra="forbid")
    quote_openers: list[str]
    speech_verbs: dict[str, list[str]]
    second_person: dict[str, list[str]]
    pronouns: dict[str, list[str]]
    parties: dict[str, list[str]]
    named_after: dict[str, list[str]]
    genitive: dict[str, list[str]]
    recap: dict[str, list[str]] = {}
    role_complement: dict[str, list[str]] = {}
    invitation: dict[str, list[str]] = {}
    according_to: dict[str, list[str]] = {}
    plural_actors: dict[str, list[str]] = {}
    comitative_before: dict[str, list[str]] = {}
    comitative_after: dict[str, list[str]] = {}
    comitative: dict[str, list[str]] = {}
    conjunctions: dict[str, list[str]] = {}


class TriggerFile(BaseModel):
    """Every language's events.yaml: the lists by language (cue set or status -> language -> words)."""

    model_config = ConfigDict(extra="forbid")
    triggers: list[TriggerSpec]
    cues: dict[str, dict[str, list[str]]]
    status: dict[str, dict[str, list[str]]]
    future_forms: dict[str, list[str]]
    discourse: Discourse


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
def trigger_file() -> TriggerFile:
    """Every pack's events.yaml gathered by language (a language without the file has no event words)."""
    events = by_language(lambda p: p.events)

    def gathered(table: Callable[[EventWords], dict[str, list[str]]]) -> dict[str, dict[str, list[str]]]:
        """name -> language -> words, from each language's name -> words."""
        found: dict[str, dict[str, list[str]]] = {}
        for code, words in events.items():
            for name, patterns in table(words).items():
                found.setdefault(name, {})[code] = patterns
        return found

    discourse = gathered(lambda w: {kind: words for kind, words in w.discourse.model_dump().items() if words})
    openers = discourse.pop("quote_openers", {})
    return TriggerFile(
        triggers=[TriggerSpec(lang=code, **t.model_dump()) for code, w in events.items() for t in w.triggers],
        cues=gathered(lambda w: w.cues),
        status=gathered(lambda w: w.status),
        future_forms={code: w.future_forms for code, w in events.items() if w.future_forms},
        discourse=Discourse(
            quote_openers=list(dict.fromkeys(o for os in openers.values() for o in os)), **discourse
        ),
    )


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
        for t in trigger_file().triggers
        if t.lang == language
    )


@cache
def cue(name: str, language: str) -> re.Pattern[str] | None:
    """The named cue set (a pack's events.yaml `cues`) of a language; None when the language has none."""
    patterns = trigger_file().cues.get(name, {}).get(language)
    return compile_words(patterns) if patterns else None


@cache
def status_cue(status: str, language: str) -> re.Pattern[str] | None:
    """Words that give an event the status `status` in a language."""
    patterns = trigger_file().status.get(status, {}).get(language)
    return compile_words(patterns) if patterns else None


@cache
def future_form(language: str) -> re.Pattern[str] | None:
    """Verb forms of a language that put the event a trigger names in the future (whole words)."""
    patterns = trigger_file().future_forms.get(language)
    return re.compile("(?:" + alternation(patterns) + ")", re.IGNORECASE) if patterns else None


@cache
def discourse(kind: str, language: str) -> re.Pattern[str] | None:
    """A discourse word list (speech_verbs, second_person, pronouns, parties, named_after) of a language."""
    patterns: list[str] | None = getattr(trigger_file().discourse, kind).get(language)
    return compile_words(patterns) if patterns else None


@cache
def genitive(language: str) -> re.Pattern[str] | None:
    """A word ending in a genitive ending of the language (an apostrophe may stand before it)."""
    endings = trigger_file().discourse.genitive.get(language)
    return re.compile(r"\w+['’]?(?:" + "|".join(endings) + ")", re.IGNORECASE) if endings else None


@cache
def comitative_before(language: str) -> re.Pattern[str] | None:
    """The end of a text that puts the name after it in a comitative phrase: the preposition, then up to three
    words of a title ("с президентом Турции ")."""
    words = trigger_file().discourse.comitative_before.get(language)
    if not words:
        return None
    return re.compile(r"(?:^|\s)(?:" + alternation(words) + r")\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)


@cache
def case_ending(case: str, language: str) -> re.Pattern[str] | None:
    """A name's case ending (an apostrophe may stand before it): `genitive` ("Путин-нің", "Minnikhanov'un",
    "Putin's") or `comitative` ("Тоқаев-пен", "Erdoğan'la")."""
    endings = getattr(trigger_file().discourse, case).get(language)
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
