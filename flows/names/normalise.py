"""Base forms and script-independent keys of names.

In: a name as written (one token or a span) and the ISO 639-1 code of its language. Out: its base form
(case endings and suffixes removed: Тоқаевпен -> Тоқаев, Tokayevin -> Tokayev) and its key (Latin,
phonetically folded: Тоқаев, Токаев, Tokayev and Tokaev all give `tukaiv`).

Suffix tables live in each language's flows/data/lang/<code>/names.yaml (shared surname endings in
flows/data/suffixes.yaml), transliteration and folding rules in
flows/data/transliteration.tsv. Russian words go through pymorphy3 first (its parses tagged as names
or places); Kazakh, Tatar and Turkish words through the suffix tables with a vowel-harmony check. When a
word could be cut in several ways, `known` (a test on keys, such as the gazetteer's and knowledge
base's) picks the cut that gives a known name.
"""

import csv
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from anyascii import anyascii
from pydantic import BaseModel, ConfigDict

from flows.datafiles import DATA_DIR, load_yaml
from flows.lang_pack import by_language
from flows.lang_schema import NameWords

TOKEN = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
"""A word: letters, with inner hyphens or apostrophes (Касым-Жомарт, Tokayev'in)."""

APOSTROPHES = "'’"


LanguageSuffixes = NameWords
"""Endings of one language: its pack's names.yaml."""


class SharedSuffixes(BaseModel):
    """Schema of flows/data/suffixes.yaml: the endings of names in any language."""

    model_config = ConfigDict(extra="forbid")
    version: int
    surname_endings: list[str]
    """Endings that mark a surname; a one-letter case ending is stripped only from stems ending so."""
    patronymic_endings: list[str]
    """Endings of patronymics (and Turkic "son of"/"daughter of" forms), longest first."""
    surname_suffixes: list[str]
    """Surname endings that no case ending is: a cut of one is never a base form."""


@dataclass(frozen=True)
class Suffixes:
    """Every language's endings (from the packs' names.yaml) and the shared ones."""

    languages: dict[str, LanguageSuffixes]
    surname_endings: list[str]
    patronymic_endings: list[str]
    surname_suffixes: tuple[str, ...]


class TransliterationRule(BaseModel):
    """One row of flows/data/transliteration.tsv."""

    model_config = ConfigDict(extra="forbid")

    stage: str
    pattern: str
    replacement: str
    languages: str = "*"


@dataclass(frozen=True)
class _Keying:
    letters: dict[str, dict[str, str]]
    folds: list[tuple[re.Pattern[str], str]]


@cache
def suffixes() -> Suffixes:
    """The suffix tables."""
    shared = load_yaml("suffixes.yaml", SharedSuffixes)
    return Suffixes(
        by_language(lambda p: p.names),
        shared.surname_endings,
        shared.patronymic_endings,
        tuple(shared.surname_suffixes),
    )


@cache
def _keying() -> _Keying:
    letters: dict[str, dict[str, str]] = {}
    folds: list[tuple[re.Pattern[str], str]] = []
    with (DATA_DIR / "transliteration.tsv").open(encoding="utf-8") as handle:
        rows = (line.rstrip("\n").split("\t") for line in handle if line.strip() and not line.startswith("#"))
        for row in csv.reader(("\t".join(r) for r in rows), delimiter="\t", quoting=csv.QUOTE_NONE):
            rule = TransliterationRule(**dict(zip(TransliterationRule.model_fields, row, strict=False)))
            if rule.stage == "letter":
                for language in rule.languages.split(","):
                    letters.setdefault(language.strip(), {})[rule.pattern] = rule.replacement
            elif rule.stage == "fold":
                folds.append((re.compile(rule.pattern), rule.replacement))
            else:
                raise ValueError(f"transliteration.tsv: unknown stage {rule.stage!r}")
    return _Keying(letters, folds)


@lru_cache(maxsize=200_000)
def latin(text: str, language: str = "und") -> str:
    """The text in Latin letters: the language's own letter rules, then anyascii."""
    keying = _keying()
    table = {**keying.letters.get("*", {}), **keying.letters.get(language, {})}
    return anyascii("".join(table.get(ch, ch) for ch in text))


@lru_cache(maxsize=200_000)
def name_key(text: str, language: str = "und") -> str:
    """Script-independent key: Latin, lower case, hyphens dropped, phonetically folded."""
    key = latin(text.replace("-", "").replace("‐", ""), language).lower()
    for pattern, replacement in _keying().folds:
        key = pattern.sub(replacement, key)
    return key.strip()


def _last_vowel(stem: str, vowels: str) -> str | None:
    for ch in reversed(stem.lower()):
        if ch in vowels:
            return ch
    return None


def _harmonises(stem: str, ending: str, table: LanguageSuffixes, language: str) -> bool:
    """Whether the ending's vowel is the one vowel harmony asks for after this stem."""
    vowels = table.back_vowels + table.front_vowels
    if not vowels:
        return True
    ending_vowel = _last_vowel(ending[:2] if table.high_vowel_harmony else ending, vowels)
    # Kazakh and Tatar writers harmonise the Russian surname endings -ев, -ов either with the vowel before
    # them (Назарбаевқа, Бектеновке) or with their own (Ариповты, Лавровқа): both are read.
    stems = [stem, stem[:-2]] if stem.lower().endswith(("ев", "ов", "ёв")) else [stem]
    return any(_vowels_agree(_last_vowel(s, vowels), ending_vowel, table, language) for s in stems)


def _vowels_agree(
    stem_vowel: str | None, ending_vowel: str | None, table: LanguageSuffixes, language: str
) -> bool:
    if ending_vowel is None or stem_vowel is None:
        return True
    if table.high_vowel_harmony and ending_vowel in "ıiuü":
        return table.high_vowel_harmony.get(stem_vowel) == ending_vowel
    if stem_vowel in table.loan_vowels:
        return True
    return (stem_vowel in table.back_vowels) == (ending_vowel in table.back_vowels)


def _buffer_fits(stem: str, ending: str, table: LanguageSuffixes, language: str) -> bool:
    """Whether the ending's first letter suits the stem's last: buffer consonants (n, s, y) follow vowels,
    vowel-initial endings follow consonants (Kazakh н- also follows м, н, ң: Путиннің)."""
    vowels = (
        table.back_vowels + table.front_vowels + "ui"
        if table.high_vowel_harmony
        else table.back_vowels + table.front_vowels
    )
    if not vowels:
        return True
    last, first = stem[-1].lower(), ending[0]
    if first in vowels:
        return last not in vowels
    if first in "сsy":
        return last in vowels
    if first in "нn":
        return last in vowels or last in table.n_after_consonants or ending in table.after_consonants
    return True


def ends_like_surname(stem: str) -> bool:
    """Whether a base form ends like a surname (-ов, -ев, -ин, -uly, ...)."""
    lower = stem.lower()
    return any(lower.endswith(e) for e in suffixes().surname_endings)


def _match_case(model: str, word: str) -> str:
    """`word` with the capitalisation pattern of `model` (upper, title or as is)."""
    if model.isupper() and len(model) > 1:
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


@cache
def _morph() -> Any:
    # natasha and others import pymorphy2, which breaks with new setuptools; pymorphy3 is its successor.
    import pymorphy3

    sys.modules.setdefault("pymorphy2", pymorphy3)
    return pymorphy3.MorphAnalyzer()


NAME_TAGS = frozenset({"Surn", "Name", "Patr", "Geox", "Orgn"})


@lru_cache(maxsize=200_000)
def russian_lemmas(word: str) -> tuple[str, ...]:
    """pymorphy3's normal forms of a Russian word, those of singular name or place parses first."""
    # The vocative is never a news text's case (Паслер is not the vocative of Паслера).
    parses = [p for p in _morph().parse(word) if "voct" not in p.tag.grammemes]
    if not _morph().word_is_known(word):
        # pymorphy3 guesses an unknown word's parses from its ending; for a name, a guessed plural is wrong:
        # Карашукеев and Ильсур are their own lemmas, not genitive plurals of карашукей and ильсура.
        parses = [p for p in parses if "plur" not in p.tag.grammemes]
    named = [p.normal_form for p in parses if NAME_TAGS & p.tag.grammemes and "plur" not in p.tag.grammemes]
    other = [p.normal_form for p in parses] or [word]
    return tuple(dict.fromkeys(_match_case(word, w) for w in named + other))


@lru_cache(maxsize=200_000)
def is_common_russian(word: str) -> bool:
    """Whether pymorphy3's dictionary knows the word only as a common word (no name, surname or place
    parse): Самолёт, Вода; not Путин, Орёл, Уфа, nor a word it does not know."""
    lower = word.lower()
    if not _morph().word_is_known(lower):
        return False
    return not any(NAME_TAGS & p.tag.grammemes for p in _morph().parse(word))


FUNCTION_POS = frozenset({"ADVB", "CONJ", "PRCL", "PREP", "PRED", "INTJ", "NPRO"})


def is_russian_function_word(word: str) -> bool:
    """Whether pymorphy3 reads the word first as an adverb, conjunction, particle, preposition or pronoun
    (Также, Однако, Затем): never a name."""
    parses = _morph().parse(word)
    return bool(parses) and parses[0].tag.POS in FUNCTION_POS


def is_russian_adjective(word: str) -> bool:
    """Whether pymorphy3 reads the word first as a full adjective (Центральной, Северная), not a noun."""
    parses = _morph().parse(word)
    return bool(parses) and "ADJF" in parses[0].tag


@lru_cache(maxsize=200_000)
def base_candidates(token: str, language: str) -> tuple[str, ...]:
    """Every base form the token could have, the default choice first and the token itself last.

    Kazakh, Tatar and Turkish endings go by the suffix table, with vowel harmony; a one-letter ending
    is cut only from a stem that ends like a surname. Russian takes pymorphy3's lemmas, then the table.
    """
    word = token
    for apostrophe in APOSTROPHES:
        if apostrophe in word[1:] and language not in ("en",):
            word = word[: word.index(apostrophe, 1)]
            return (word, token)
    # An acronym takes its case ending after a hyphen (БҚО-мен, АҚШ-тың, ҚР-да): the acronym is the base.
    acronym, hyphen, ending = token.partition("-")
    if hyphen and len(acronym) >= 2 and acronym.isupper() and ending.isalpha() and ending.islower():
        return (acronym, token)
    table = suffixes().languages.get(language)
    if table is None:
        return (token,)
    head, _, tail = token.rpartition("-")
    prefix = head + "-" if head else ""
    cuts: list[str] = []
    late: list[str] = []
    if language == "ru" and not tail.isupper():
        # pymorphy3's lemma leads, even when it is the word itself (Минниханов stays whole).
        cuts += [prefix + w for w in russian_lemmas(tail)]
    lower = tail.lower()
    for ending in sorted(table.neutral, key=len, reverse=True):
        if lower.endswith(ending) and len(tail) - len(ending) >= 3:
            cuts.append(prefix + tail[: -len(ending)])
    for ending in sorted(table.endings, key=len, reverse=True):
        if not lower.endswith(ending) or len(tail) - len(ending) < 3:
            continue
        stem = tail[: -len(ending)]
        if not _harmonises(stem, ending, table, language):
            continue
        if not _buffer_fits(stem, ending, table, language):
            continue
        if len(ending) == 1 and not ends_like_surname(stem) and language != "ru":
            if table.late_one_letter:
                late.append(prefix + stem)
            continue
        for letters in table.restore:
            cuts.append(prefix + stem + _match_case(stem[-1:], letters) if letters else prefix + stem)
    if language == "ru" and cuts and cuts[0] == token:
        return tuple(dict.fromkeys(cuts))
    return (*dict.fromkeys(c for c in cuts + late if c != token), token)


def base_token(token: str, language: str, known: Callable[[str], bool] | None = None) -> str:
    """The token's base form: the first candidate whose key is known, else the default cut."""
    candidates = base_candidates(token, language)
    if known is not None and token[:1].isupper():
        for candidate in name_candidates(token, language):
            if known(name_key(candidate, language)):
                return candidate
    return candidates[0]


@lru_cache(maxsize=200_000)
def name_candidates(token: str, language: str) -> tuple[str, ...]:
    """The token and its base candidates, less those that cut a surname's own ending off another candidate
    (and perhaps restore a letter): Султанов, Султанова are not the given name Султан nor Султана, and
    Жапаров is not the town Japara; Токаева still gives Токаев."""
    words = (token, *base_candidates(token, language))
    stems = {
        w[: -len(e)]
        for w in words
        for e in suffixes().surname_suffixes
        if w.lower().endswith(e) and len(w) > len(e) + 2
    }
    return tuple(
        w for w in words if not any(w.startswith(stem) and len(w) <= len(stem) + 1 for stem in stems)
    )


def base_form(surface: str, language: str, known: Callable[[str], bool] | None = None) -> str:
    """The span's base form, each word reduced by `base_token` (separators kept)."""
    if known is None:
        from flows.names.lexicon import is_known

        known = is_known
    return TOKEN.sub(lambda m: base_token(m.group(), language, known), surface)


def patronymic_stem(token: str) -> str | None:
    """The father's name inside a patronymic (Абишевичем -> Абиш, Әбішұлы -> Әбіш), None if not one."""
    lower = token.lower()
    for ending in sorted(suffixes().patronymic_endings, key=len, reverse=True):
        if lower.endswith(ending) and len(token) - len(ending) >= 3:
            return token[: -len(ending)]
    return None
