"""Candidate name spans of one document, found by patterns over gazetteers and lexicons (no model).

In: a `Document` and its `Sentence`s. Out: `Candidate`s (offsets into Document.text, type, base form, and what
linking needs), in text order. In priority order: organisations in «quotes»; knowledge-base names (several
words, inflected last word, or every word; a curated place's name of several words too); outlets (names
written as websites, the outlet the document cites); a surname after initials (И.Каримов); a given name and a
surname in capitals (Алтай КУЛЬГИНОВ); people (a given name, then a patronymic and/or a surname: Нурсултаном
Абишевичем, Rustam Minnikhanova; or a capitalised word and a patronymic; not the words of an award: Devlet
Dostluk Nişanı); a surname before a given name (a byline: Temirgaliyeva Arailym); regions (a place, or a
Russian adjective of one, and a region word: Қарағанды облысында, Костанайской областью); single places;
organisations and acronyms the KB knows (KAMAZın, КАМАЗ-Инжиниринг), other acronyms, camel-case names
(UzKazTrade); and last, a surname alone, when the document named that person in full or the KB knows it (two
joined by a hyphen: the Tokayev-Putin meeting). The learned model's spans come first and these correct them
where the lists are surer. Last, names of buildings, streets and works by their head noun (музей Габдуллы
Тукая, «Зенит» зауыты) take the names inside them, but for a person's: that person keeps a mention of their
own, which overlaps the facility's; no other two candidates overlap.
"""

import bisect
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache, partial
from itertools import pairwise
from typing import TypeVar

from flows.datafiles import alternation
from flows.lang_pack import conjunctions, pack
from flows.lang_schema import FacilityHeads
from flows.names.gazetteer import (
    common_words,
    curated,
    demonyms,
    exact_index,
    facility_heads,
    feature_of,
    feature_words,
    in_region,
    is_big_place,
    is_curated,
    is_major_place,
    is_near,
    place_index,
    places,
    ranked_places,
)
from flows.names.knowledge import is_acronym, knowledge_base, known_entities, letters_fit, name_index
from flows.names.lexicon import is_given_name, is_known, is_opener
from flows.names.normalise import (
    TOKEN,
    base_candidates,
    base_token,
    is_common_russian,
    is_russian_adjective,
    is_russian_function_word,
    name_candidates,
    name_key,
    patronymic_stem,
    suffixes,
)
from flows.names.sequence import LEARNED_LANGUAGES, NAME_ENDING, Span
from flows.names.titles import is_office_noun
from flows.spans import SpanIndex
from models.documents import Document, Sentence

DOMAIN = re.compile(
    r"(?<![\w./@])([A-Z][\w-]*?)((?:\.[A-Za-z0-9-]+)*\.(?:kz|uz|kg|tj|tm|az|ru|tr|ua|by|com|org|net|info|news|media|tv))(?![\w.]*\w)"
)
"""A name written as a website's (Tengrinews.kz, Nova24.uz, CentralasianLIGHT.org): an outlet. Group 1 is
its name without the domain."""
INITIALS = re.compile(r"(?:[^\W\d_]\.\s?){1,2}(?=[^\W\d_])")
"""One or two initials before a surname (И.Каримов, А. Смадияров, В.В.Путин)."""
QUOTED = re.compile(r"«([^«»\n]{1,80})»|“([^“”\n]{1,80})”|\"([^\"\n]{1,80})\"")
ROMAN = re.compile(r"^[IVXLCDM]+$")
BROKEN_HYPHEN = re.compile(r" -|- | - ")
"""A hyphen with a space beside it between two words: one hyphenated name typed apart (Kazakistan-
Özbekistan)."""
MAX_PHRASE = 10
OUTLET = "outlet"
"""The method of an outlet's name (flows/names/recognise.py `_outlets`): kept where a model tagged the
sentence, for no model knows websites' names."""
CAMEL = "camel case"
"""The method of a Latin word with capitals inside (UzKazTrade): a company's or brand's name, kept where a
model tagged the sentence."""
CAMEL_CASE = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+){2,}")
INITIAL = "initials"
CAPITALS = "capitals"
"""The method of a given name and a surname in capitals (Алтай КУЛЬГИНОВ): a person even where a model
read a place."""
"""The method of a surname after initials: the span holds the initials, where a model's holds the surname."""
CONJUNCTIONS = conjunctions()
Result = TypeVar("Result")


SCRIPT_SWITCH = re.compile(
    r"(?<=[A-Za-zÇĞİÖŞÜçğıöşüƏə])(?=[А-ЯЁӘҒҚҢӨҰҮҺІҖ])|(?<=[а-яёәғқңөұүһіҗА-ЯЁӘҒҚҢӨҰҮҺІҖ])(?=[A-ZÇĞİÖŞÜƏ])"
)
"""Where a word in one script runs into a capital of the other: two words typed without the space between
them (a photo credit before a caption: KLIMENTYEVРеджеп)."""


def _script_parts(match: re.Match[str]) -> list[tuple[int, int]]:
    """The spans of a word's parts, split where its script changes at a capital."""
    start, end = match.span()
    if not SCRIPT_SWITCH.search(match.group()):
        return [(start, end)]
    cuts = [start] + [start + m.start() for m in SCRIPT_SWITCH.finditer(match.group())] + [end]
    return list(pairwise(cuts))


@dataclass
class Token:
    """A word of the document."""

    start: int
    end: int
    text: str
    language: str
    sentence_index: int

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()


@dataclass
class Candidate:
    """A recognised span before linking."""

    start: int
    end: int
    type: str
    language: str
    sentence_index: int
    base: str
    method: str
    entity_id: str | None = None
    """Set when the span is a known name (KB or gazetteer)."""
    name_tokens: list[str] = field(default_factory=list)
    """A person's base-form words, for linking by given name, patronymic and surname."""


def overlaps_none(start: int, end: int, candidates: list[Candidate]) -> bool:
    """Whether the span overlaps none of the candidates."""
    return all(end <= c.start or start >= c.end for c in candidates)


def _per_word(test: Callable[[str, str], Result]) -> Callable[[Token], Result]:
    """A test of a word that depends on its letters and language alone, computed once per word and
    language: a news text repeats its names, and every rule asks about each word."""
    cached = lru_cache(maxsize=200_000)(test)

    def of_token(token: Token) -> Result:
        return cached(token.text, token.language)

    of_token.__doc__ = test.__doc__
    return of_token


@cache
def _region_words() -> frozenset[str]:
    return frozenset(w.lower() for w in curated().region_words)


@_per_word
def _keys(text: str, language: str) -> tuple[str, ...]:
    """Keys of every base form the token may have, the token's own first."""
    return tuple(name_key(c, language) for c in name_candidates(text, language))


@_per_word
def _readings(text: str, language: str) -> tuple[tuple[str, str, bool], ...]:
    """Every place a base form of the token names, best first, with that base form and whether it is the
    place's name as written (see `ranked_places`)."""
    return tuple(ranked_places(list(name_candidates(text, language)), language))


def _place_of(token: Token) -> str | None:
    """The best-ranked place any base form of the token names (Астаной -> Astana, not a village Astanoy)."""
    readings = _readings(token)
    return readings[0][0] if readings else None


@_per_word
def _has_place_ending(text: str, language: str) -> bool:
    """Whether the word ends in a case ending of places (locative, ablative: Нарында, Oş'ta)."""
    table = suffixes().languages.get(language)
    lower = text.lower()
    return table is not None and any(
        lower.endswith(e) and len(lower) - len(e) >= 3 for e in table.place_endings
    )


@_per_word
def _is_listed_common(text: str, language: str) -> bool:
    """Whether the word, or a base form of it, is one of its language's common words in the data."""
    words = common_words().get(language, frozenset())
    return text.lower() in words or any(c.lower() in words for c in base_candidates(text, language))


@_per_word
def _is_demonym(text: str, language: str) -> bool:
    """Whether the word, or a base form of it, names a people or its language (Kazakh, Özbek'in)."""
    words = demonyms().get(language, frozenset())
    return text.lower() in words or any(c.lower() in words for c in base_candidates(text, language))


@_per_word
def _adjective_place(text: str, language: str) -> str | None:
    """The place a Russian adjective is made from (Костанайской -> Kostanay, Карагандинскую -> Karagandy)."""
    lower = text.lower()
    rules = curated()
    for ending in rules.adjective_endings:
        if not lower.endswith(ending):
            continue
        stem = text[: -len(ending)]
        stems = [stem] + [stem[: -len(i)] for i in rules.adjective_infixes if stem.lower().endswith(i)]
        for base in stems:
            for letters in rules.adjective_stem_restores:
                ids = place_index().get(name_key(base + letters, language))
                if ids:
                    return ids[0]
    return None


def _base_word(word: str, language: str) -> str:
    """A word's base form in a name: a region word's own (облысының -> облыс, not облы), else the known
    name's or the default cut."""
    if word.lower() in _region_words():
        return next((c for c in base_candidates(word, language) if c.lower() in _region_words()), word)
    return base_token(word, language, is_known)


@_per_word
def _is_region_word(text: str, language: str) -> bool:
    return text.lower() in _region_words() or any(
        c.lower() in _region_words() for c in base_candidates(text, language)
    )


@_per_word
def _is_given(text: str, language: str) -> bool:
    token = Token(0, len(text), text, language, 0)
    if _has_place_ending(token) and not is_given_name(name_key(text, language)):
        # A place's case ending on a word that is a place once cut: the place (Нарында is Нарын, not Нары).
        readings = _readings(token)
        if readings and readings[0][1] != text:
            return False
    parts = text.split("-")
    if any(is_given_name(name_key(base_token(p, language), language)) for p in parts):
        return True
    return any(is_given_name(k) for k in _keys(token))


@_per_word
def _is_patronymic(text: str, language: str) -> bool:
    return text[:1].isupper() and patronymic_stem(text) is not None


@_per_word
def _ends_like_surname(text: str, language: str) -> bool:
    base = base_token(text, language, is_known).lower()
    return any(base.endswith(e) for e in suffixes().surname_endings)


def _in_capitals(text: str) -> bool:
    """Whether a sentence of a dozen letters or more is written in capitals (but for a letter in ten)."""
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 12 and sum(ch.isupper() for ch in letters) >= 0.9 * len(letters)


class _Document:
    """A document's tokens and what is already taken."""

    def __init__(self, document: Document, sentences: list[Sentence]) -> None:
        self.document = document
        self.sentences = sorted(sentences, key=lambda s: s.start)
        self.starts = [s.start for s in self.sentences]
        self.tokens = [self._token(part) for m in TOKEN.finditer(document.text) for part in _script_parts(m)]
        self.token_starts = [t.start for t in self.tokens]
        self.lower_words = {t.text for t in self.tokens if not t.capitalised}
        self.capital_sentences = {s.index for s in self.sentences if _in_capitals(s.text)}
        self.taken = SpanIndex()
        self.found: list[Candidate] = []

    def _token(self, span: tuple[int, int]) -> Token:
        start, end = span
        position = bisect.bisect_right(self.starts, start) - 1
        sentence = self.sentences[position] if position >= 0 else None
        language = sentence.language if sentence else self.document.language
        return Token(start, end, self.document.text[start:end], language, sentence.index if sentence else 0)

    def adjacent(self, left: Token, right: Token) -> bool:
        """Whether only spaces (no line break, no punctuation) lie between two tokens."""
        gap = self.document.text[left.end : right.start]
        return gap.strip(" \u00a0") == "" and len(gap) <= 2

    def free(self, start: int, end: int) -> bool:
        return not self.taken.overlapping(start, end)

    def common_word(self, token: Token) -> bool:
        """Whether the word also appears in lower case in the document (a title, a common noun)."""
        lower = token.text.lower()
        return lower in self.lower_words or any(
            c.lower() in self.lower_words for c in base_candidates(lower, token.language)[:-1]
        )

    def in_capitals(self, token: Token) -> bool:
        """Whether the token's sentence is written in capitals (a headline: ТОКАЕВ ВСТРЕТИЛСЯ С ПУТИНЫМ)."""
        return token.sentence_index in self.capital_sentences

    def first_in_sentence(self, position: int) -> bool:
        """Whether the token opens its sentence (where every word is capitalised): the first of its sentence,
        or the first after a full stop the sentence splitter kept inside one (визитом. Его в аэропорту), not
        after an initial's (А. Смадияров)."""
        if position == 0:
            return True
        before, token = self.tokens[position - 1], self.tokens[position]
        if before.sentence_index != token.sentence_index:
            return True
        between = self.document.text[before.end : token.start]
        return bool(SENTENCE_END.fullmatch(between)) and not (len(before.text) == 1 and before.capitalised)

    def add(
        self,
        tokens: list[Token],
        type_: str,
        method: str,
        entity_id: str | None = None,
        base: str | None = None,
    ) -> Candidate | None:
        start, end = tokens[0].start, tokens[-1].end
        if not self.free(start, end):
            return None
        surface = self.document.text[start:end]
        language = tokens[0].language
        candidate = Candidate(
            start,
            end,
            type_,
            language,
            tokens[0].sentence_index,
            base or TOKEN.sub(lambda m: _base_word(m.group(), language), surface),
            method,
            entity_id,
            [base_token(t.text, language, is_known) for t in tokens] if type_ == "person" else [],
        )
        self.taken.append((start, end))
        self.found.append(candidate)
        return candidate

    def run(self, position: int, limit: int, hyphens: bool = False) -> list[Token]:
        """Up to `limit` tokens from `position` on, each adjacent to the one before; with `hyphens`, a hyphen
        with a space beside it may stand between two (Kazakistan- Özbekistan: one name typed apart)."""
        tokens = [self.tokens[position]]
        while len(tokens) < limit and position + len(tokens) < len(self.tokens):
            following = self.tokens[position + len(tokens)]
            if not (
                self.adjacent(tokens[-1], following)
                or (hyphens and BROKEN_HYPHEN.fullmatch(self.document.text[tokens[-1].end : following.start]))
            ):
                break
            tokens.append(following)
        return tokens


def _quoted(doc: _Document) -> None:
    phrases = name_index().phrases
    for match in QUOTED.finditer(doc.document.text):
        group = next(g for g in range(1, 4) if match.group(g) is not None)
        inner = match.group(group)
        start = match.start(group) + len(inner) - len(inner.lstrip())
        end = match.end(group) - (len(inner) - len(inner.rstrip()))
        first = bisect.bisect_left(doc.token_starts, start)
        tokens = [t for t in doc.tokens[first : bisect.bisect_left(doc.token_starts, end)] if t.end <= end]
        if not tokens or not tokens[0].capitalised or len(tokens) > 6:
            continue
        entity_id = _kb_phrase(tokens, phrases)
        if entity_id is None and len(tokens) == 1:
            entity_id = _kb_single(tokens[0])
        # A curated place in quotes is that place ("Ак-Орда", the residence).
        if entity_id is None and len(tokens) == 1:
            entity_id = next((r[0] for r in _readings(tokens[0]) if is_curated(r[0])), None)
        if doc.free(start, end):
            doc.taken.append((start, end))
            language = tokens[0].language
            surface = doc.document.text[start:end]
            base = TOKEN.sub(partial(_base_of_match, language=language), surface)
            doc.found.append(
                Candidate(
                    start,
                    end,
                    entity_id.split("/")[0] if entity_id else "organization",
                    language,
                    tokens[0].sentence_index,
                    base,
                    "pattern",
                    entity_id,
                )
            )


def _base_of_match(match: re.Match[str], language: str) -> str:
    return base_token(match.group(), language, is_known)


def _kb_phrase(tokens: list[Token], phrases: dict[str, str]) -> str | None:
    """The KB entity whose name these tokens are, the last one possibly inflected."""
    heads = {
        " ".join(name_key(t.text, t.language) for t in tokens[:-1]),
        " ".join(name_key(base_token(t.text, t.language, is_known), t.language) for t in tokens[:-1]),
    }
    for head in heads:
        for key in _keys(tokens[-1]):
            entity_id = phrases.get(f"{head} {key}".strip())
            if entity_id:
                return entity_id
    return _inflected_phrase(tokens)


@_per_word
def _kb_single(text: str, language: str) -> str | None:
    """A KB organisation named by this word, or by its first hyphenated part (КАМАЗ-Инжиниринг).
    A name the KB writes only as an acronym is matched only by a word in capitals: THY, not The."""
    index = name_index()
    phrases = index.phrases
    # A letter alone is no name (А, a list's item), though "AA" folds to its key.
    if len(text) < 2:
        return None
    for key in _keys(Token(0, len(text), text, language, 0)):
        entity_id = phrases.get(key)
        if key in index.acronyms and not text[:2].isupper():
            continue
        if not letters_fit(key, text):
            continue
        if entity_id and entity_id.startswith("organization/"):
            return entity_id
    if "-" in text:
        first = text.split("-")[0]
        entity_id = phrases.get(name_key(first, language))
        if entity_id and entity_id.startswith("organization/"):
            return entity_id
    return None


def _inflected_alike(word: str, other: str) -> bool:
    """Whether two words' keys are one word in two cases: they differ only in their last three letters
    (urganizatsi, urganizatsia; vishigu, vishii; ivraziiskugu, ivraziiskii)."""
    common = next(
        (i for i, (a, b) in enumerate(zip(word, other, strict=False)) if a != b), min(len(word), len(other))
    )
    # A word of three letters or fewer (an acronym: МИД, not мы) is only ever itself.
    return word == other or (
        min(len(word), len(other)) > 3
        and common >= min(4, len(word), len(other))
        and common >= max(len(word), len(other)) - 3
    )


@cache
def _phrases_by_opening() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """KB names of several words (their words' keys) by the first four letters of the first word, for a
    name that inflects every word (Организации тюркских государств, Высшего Евразийского экономического
    совета)."""
    found: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for key, entity_id in name_index().phrases.items():
        words = tuple(key.split(" "))
        if len(words) > 1:
            found.setdefault(words[0][:4], []).append((words, entity_id))
    return found


def _inflected_phrase(tokens: list[Token]) -> str | None:
    """The one KB entity whose name of several words these tokens are, every word perhaps inflected."""
    words = " ".join(name_key(t.text, t.language) for t in tokens).split(" ")
    found = {
        entity_id
        for known, entity_id in _phrases_by_opening().get(words[0][:4], [])
        if len(known) == len(words) > 1
        and all(_inflected_alike(a, b) for a, b in zip(words, known, strict=True))
    }
    return found.pop() if len(found) == 1 else None


@cache
def _longest_by_opening() -> dict[str, int]:
    """The most words of a KB name of several words, by the first four letters of its first word: a phrase
    that opens there holds no more tokens than that (a token's key has one word or more)."""
    return {
        opening: max(len(words) for words, _ in names) for opening, names in _phrases_by_opening().items()
    }


@_per_word
def _phrase_length(text: str, language: str) -> int:
    """The most tokens a KB phrase opening on this word can hold; 0 when none opens on it."""
    keys = (name_key(text, language), name_key(base_token(text, language, is_known), language))
    longest = _longest_by_opening()
    return max(longest.get(key.split(" ")[0][:4], 0) for key in keys)


@cache
def _lower_openers() -> frozenset[str]:
    """The first four letters of the key of each KB name's first word where that word is in lower case
    (российский МИД): such a name may open on a word in lower case."""
    return frozenset(
        name_key(name.split()[0], language)[:4]
        for entry in knowledge_base().entities
        for language, names in entry.names.items()
        for name in names
        if " " in name and name[:1].islower()
    )


def _kb_phrases(doc: _Document) -> None:
    phrases = name_index().phrases
    for position, token in enumerate(doc.tokens):
        if not (token.capitalised or name_key(token.text, token.language)[:4] in _lower_openers()):
            continue
        length = _phrase_length(token)
        if not length:
            continue
        tokens = doc.run(position, min(length, MAX_PHRASE), hyphens=True)
        for length in range(len(tokens), 1, -1):
            entity_id = _kb_phrase(tokens[:length], phrases)
            if entity_id:
                doc.add(tokens[:length], entity_id.split("/")[0], "knowledge", entity_id)
                break


def _surname_like(doc: _Document, token: Token, after_given: bool = False) -> bool:
    """Whether the word can be a surname; after a given name, only a major place's name cannot."""
    place = _place_of(token)
    return (
        token.capitalised
        and not (token.text.isupper() and len(token.text) > 1)
        and not doc.common_word(token)
        and (place is None or (after_given and not is_major_place(place)))
        and _kb_single(token) is None
        and not is_office_noun(token.text)
        and not _is_listed_common(token)
    )


@cache
def _title_joiners(language: str) -> re.Pattern[str] | None:
    found = pack(language)
    words = found.names.title_joiners if found is not None and found.names is not None else []
    return re.compile(alternation(words)) if words else None


def _after_title_joiner(doc: _Document, position: int) -> bool:
    """Whether the word right before the token, in its sentence, joins an office's noun to what it heads."""
    if doc.first_in_sentence(position):
        return False
    before, token = doc.tokens[position - 1], doc.tokens[position]
    joiners = _title_joiners(token.language)
    return joiners is not None and doc.adjacent(before, token) and joiners.fullmatch(before.text) is not None


def _people(doc: _Document) -> None:
    for position, token in enumerate(doc.tokens):
        if not token.capitalised or doc.common_word(token) or token.text.isupper():
            continue
        # A title before a name is not the name's first word (Президент Токаев, Аким Атырауской области).
        if is_office_noun(token.text) or is_opener(token.text, token.language):
            continue
        tokens = doc.run(position, 4)
        given = _is_given(token)
        taken = [token]
        rest = tokens[1:]
        # A country's or capital's name that is also a given name (Индии, Дания) starts a person's name only
        # before a surname's or patronymic's ending (Дания Ешпанова, not Индии Нарендра).
        place = _place_of(token) if given else None
        if (
            place is not None
            and is_big_place(place)
            and not (rest and (_ends_like_surname(rest[0]) or _is_patronymic(rest[0])))
        ):
            continue
        if given and rest and _is_given(rest[0]) and len(rest) > 1 and _surname_like(doc, rest[1]):
            taken.append(rest.pop(0))
        patronymic = bool(rest) and _is_patronymic(rest[0])
        if patronymic:
            taken.append(rest.pop(0))
        if (
            rest
            and _surname_like(doc, rest[0], given)
            and (given or patronymic or _ends_like_surname(rest[0]))
            and (given or patronymic or not _is_given(rest[0]))
        ):
            taken.append(rest.pop(0))
        if len(taken) < 2 or (not given and not patronymic and _place_of(token) is not None):
            continue
        # A case ending after an apostrophe closes a name (Adina'nın Nemorino'yla: two people), and so does a
        # major place's name in a case of place: only a name's last word is inflected (Казанда Токаевны is
        # in Kazan, Tokayev, though Казан is a given name too).
        if any(NAME_ENDING.match(t.text) or _ends_at_a_place(t) for t in taken[:-1]):
            continue
        # A Russian function word opens no name ("Также Минниханов"); nor does a common word whose letters
        # fold to a given name, unless a surname follows ("Днем Республики", not "Улан Жапаров").
        if (
            not patronymic
            and token.language == "ru"
            and (
                is_russian_function_word(token.text)
                or (given and is_common_russian(token.text) and not _ends_like_surname(taken[-1]))
            )
        ):
            continue
        # A word after an office's joiner belongs to the office, not to the surname after it (Head of State
        # Tokayev).
        if not given and not patronymic and _after_title_joiner(doc, position):
            continue
        # Two surnames side by side with no given name are two people (Тоқаев Мирзиёевті құттықтады).
        if not given and not patronymic and _ends_like_surname(token) and _ends_like_surname(taken[-1]):
            continue
        # An award's words before its head are no person (Birinci Derece Devlet Dostluk Nişanı).
        after = position + len(taken)
        if (
            after < len(doc.tokens)
            and doc.adjacent(taken[-1], doc.tokens[after])
            and _is_award_head(doc.tokens[after])
        ):
            continue
        doc.add(taken, "person", "pattern")


@_per_word
def _ends_at_a_place(text: str, language: str) -> bool:
    """Whether the word is a major place's name in a case of place or direction (Казанда, Ankara'da,
    Mısır'a), and no KB surname."""
    token = Token(0, len(text), text, language, 0)
    table = suffixes().languages.get(language)
    lower = text.lower()
    directed = table is not None and any(
        lower.endswith(e) and len(lower) - len(e) >= 3 for e in table.direction_endings
    )
    if not (directed or _has_place_ending(token)) or _kb_surname(token):
        return False
    place = _place_of(token)
    return place is not None and is_major_place(place) and _readings(token)[0][1] != text


@cache
def _award_heads(language: str) -> re.Pattern[str] | None:
    words = suffixes().languages.get(language)
    if words is None or not words.award_heads:
        return None
    return re.compile(alternation(words.award_heads), re.IGNORECASE)


@_per_word
def _is_award_head(text: str, language: str) -> bool:
    """Whether the word is the head noun of an award's name (Nişanı, ордені, Order)."""
    heads = _award_heads(language)
    return heads is not None and heads.fullmatch(text) is not None


@_per_word
def _kb_surname(text: str, language: str) -> bool:
    """Whether the word's base form is a KB person's surname."""
    return name_key(base_token(text, language, is_known), language) in name_index().surnames


@_per_word
def _ends_like_a_family_name(text: str, language: str) -> bool:
    """Whether the word ends in a surname's ending that few common words end in: three letters or more, or
    -ов, -ев (Temirgaliyeva, Назаров; not -ин, -ын: Ақын, the poet)."""
    base = base_token(text, language, is_known).lower()
    return any(base.endswith(e) and (len(e) >= 3 or e[-1] in "вv") for e in suffixes().surname_endings)


def _surnames_first(doc: _Document) -> None:
    """A surname written before the given name (a byline: Temirgaliyeva Arailym): a word ending like a surname
    that no list knows as one, then a given name that no surname follows (Тоқаев Ерлан Қарин is two
    people). Linked by given name and surname, in that order."""
    for position, token in enumerate(doc.tokens[:-1]):
        following = doc.tokens[position + 1]
        if (
            not _ends_like_a_family_name(token)
            or not doc.adjacent(token, following)
            or not _surname_like(doc, token)
            or _is_given(token)
            or _kb_surname(token)
            or not following.capitalised
            or not _is_given(following)
            or _ends_like_surname(following)
        ):
            continue
        after = doc.tokens[position + 2] if position + 2 < len(doc.tokens) else None
        if after is not None and doc.adjacent(following, after) and _surname_like(doc, after, True):
            continue
        candidate = doc.add([token, following], "person", "pattern")
        if candidate is not None:
            candidate.name_tokens = candidate.name_tokens[::-1]


def _outlets(doc: _Document) -> None:
    """Outlets: names written as a website's, the outlet the document cites (`Document.outlet`), and the
    same name again without its domain (Ulysmedia.kz, then Ulysmedia)."""
    text = doc.document.text
    names: dict[str, str] = {}
    for match in DOMAIN.finditer(text):
        names.setdefault(match.group(0).casefold(), match.group(1))
        names.setdefault(match.group(1).casefold(), match.group(1))
    outlet = doc.document.outlet
    if outlet and any(ch.isalpha() for ch in outlet):
        stem = DOMAIN.fullmatch(outlet)
        names.setdefault(outlet.casefold(), stem.group(1) if stem else outlet)
        if stem:
            names.setdefault(stem.group(1).casefold(), stem.group(1))
    for written in sorted(names, key=len, reverse=True):
        pattern = re.compile(rf"(?<![\w.]){re.escape(written)}(?![\w]|\.\w)", re.IGNORECASE)
        for match in pattern.finditer(text):
            # An outlet's name in lower case is a word (aa, dw), not the outlet.
            if not match.group()[:1].isupper():
                continue
            first = bisect.bisect_left(doc.token_starts, match.start())
            tokens = [t for t in doc.tokens[first:] if t.start < match.end()]
            if not tokens or not doc.free(match.start(), match.end()):
                continue
            base = names[written]
            entity_id = _kb_phrase(tokens, name_index().phrases) or _kb_single(
                Token(0, len(base), base, tokens[0].language, 0)
            )
            doc.taken.append((match.start(), match.end()))
            doc.found.append(
                Candidate(
                    match.start(),
                    match.end(),
                    "organization",
                    tokens[0].language,
                    tokens[0].sentence_index,
                    base,
                    OUTLET,
                    entity_id,
                )
            )


def _initialled(doc: _Document) -> None:
    """A surname after one or two initials (И.Каримов, А. Смадияров): a person, the initials in the span."""
    text = doc.document.text
    for position, token in enumerate(doc.tokens):
        if len(token.text) > 1 or not token.text.isupper() or position + 1 >= len(doc.tokens):
            continue
        match = INITIALS.match(text, token.start)
        if match is None or (token.start > 0 and text[token.start - 1].isalnum()):
            continue
        surname = next((t for t in doc.tokens[position + 1 :] if t.start >= match.end()), None)
        # An initial and a space before a Latin surname is left to the model: the Turkish corpus writes the
        # name without it (B. Stowger), the Cyrillic news with it (А. Смадияров).
        spaced = match.group().endswith(" ")
        if (
            surname is None
            or surname.start != match.end()
            or (spaced and _script(surname.text) == "latin")
            or len(surname.text) < 3
            or not surname.capitalised
            or surname.text.isupper()
            or doc.common_word(surname)
        ):
            continue
        # The base form is the surname's: initials are no name a researcher cites.
        base = base_token(surname.text, surname.language, is_known)
        candidate = doc.add([token, surname], "person", INITIAL, base=base)
        if candidate is not None:
            candidate.name_tokens = [base]


def _people_in_capitals(doc: _Document) -> None:
    """A given name and a surname written in capitals (Алтай КУЛЬГИНОВ, MIKHAIL KLIMENTYEV)."""
    for position, token in enumerate(doc.tokens[:-1]):
        surname = doc.tokens[position + 1]
        if (
            not token.capitalised
            or not surname.text.isupper()
            or len(surname.text) < 4
            or not doc.adjacent(token, surname)
            or not (
                _is_given(Token(0, 0, token.text.title(), token.language, 0))
                # a capitalised word before a surname in capitals that ends like one (Алтай КУЛЬГИНОВ)
                or (
                    not token.text.isupper()
                    and _ends_like_surname(Token(0, 0, surname.text.title(), surname.language, 0))
                )
            )
            or (
                token.text.isupper()
                and (
                    _place_of(token) is not None
                    or _kb_single(token) is not None
                    # both in capitals: the second ends like a surname (MIKHAIL KLIMENTYEV, not UNA SUMUS)
                    or not _ends_like_surname(Token(0, 0, surname.text.title(), surname.language, 0))
                )
            )
            or _place_of(surname) is not None
            or _kb_single(surname) is not None
            or is_office_noun(token.text)
        ):
            continue
        # The base forms of words in capitals are those of the words written as names (КУЛЬГИНОВ: Кульгинов).
        words = [base_token(t.text.title(), t.language, is_known) for t in (token, surname)]
        candidate = doc.add([token, surname], "person", CAPITALS, base=" ".join(words))
        if candidate is not None:
            candidate.name_tokens = words


def _regions(doc: _Document) -> None:
    for position, token in enumerate(doc.tokens):
        if not token.capitalised:
            continue
        place = _place_of(token)
        adjective = _adjective_place(token) if place is None and token.language == "ru" else None
        tokens = doc.run(position, 6)
        # In a list (Северо-Казахстанскую и Костанайскую области) the region word belongs to all: not taken.
        # A conjunction after a place with its own common noun (Шымкент қаласы мен Түркістан облысы) joins
        # two whole names: the region word after it is this name's alone.
        listed = (
            position > 1
            and doc.tokens[position - 1].text.lower() in CONJUNCTIONS
            and doc.tokens[position - 2].capitalised
        )
        if len(tokens) > 1 and _is_region_word(tokens[1]) and (place or adjective) and not listed:
            doc.add(tokens[:2], "place", "gazetteer", place or adjective)
            continue
        if adjective and any(_is_region_word(t) for t in tokens[1:]):
            doc.add(tokens[:1], "place", "gazetteer", adjective)


def _feature_said(doc: _Document, position: int) -> str | None:
    """The kind of natural feature a word next to the token names (Орал өзені, реке Урал: river)."""
    words = feature_words()
    for near in (position + 1, position - 1):
        if (
            0 <= near < len(doc.tokens)
            and doc.tokens[near].sentence_index == doc.tokens[position].sentence_index
        ):
            token = doc.tokens[near]
            for word in (token.text, *base_candidates(token.text, token.language)):
                if word.lower() in words:
                    return words[word.lower()]
    return None


def _kb_surname_wins(token: Token, place: str, name: str) -> bool:
    """Whether the word is rather a KB person's surname (Путин) than the place: unless the place is a
    country, curated, or a major place of that very name, the person."""
    surnames = name_index().surnames
    if not any(k in surnames for k in _keys(token)):
        return False
    entity = places()[place]
    if entity.latitude is None or is_curated(place):
        return False
    return not (is_major_place(place) and name_key(entity.name, "en") == name_key(name, token.language))


def _enough_at_sentence_start(token: Token, place: str, written: bool) -> bool:
    """At a sentence's start every word is capitalised: a common word is no place there (Ұшақ, plane, is
    not Uşak; Білім, knowledge, is not Belém). A word pymorphy3 knows only as a common word is a place only
    if it is a nearby major place's name as written (Семей); a word that only folds to a place's name, a
    place of the region that is well known or has a place's case ending; a far-off town that is no capital,
    and under a million people, needs a place's case ending."""
    if _is_listed_common(token) or is_opener(token.text, token.language):
        return False
    near = is_near(place, token.language)
    if token.language == "ru" and is_common_russian(token.text):
        return written and near and is_major_place(place)
    place_case = _has_place_ending(token) or any(a in token.text for a in "'’")
    well_known = is_big_place(place)
    if not written:
        return (near or in_region(place)) and (place_case or well_known)
    return near or well_known or place_case


def _places(doc: _Document) -> None:
    for position, token in enumerate(doc.tokens):
        if not token.capitalised or doc.common_word(token) or (token.text.isupper() and len(token.text) <= 2):
            continue
        # A title's noun is no place, whatever place shares its letters (Valisi, governor, is not The Valley).
        if _is_demonym(token) or is_office_noun(token.text):
            continue
        readings = _readings(token)
        if not readings:
            continue
        # A Russian adjective before a capitalised word opens a name of two words ("Центральной Азии",
        # "Северной Америки"): not the place its first word alone spells.
        following = doc.tokens[position + 1] if position + 1 < len(doc.tokens) else None
        if (
            token.language == "ru"
            and following is not None
            and following.capitalised
            and doc.adjacent(token, following)
            and is_russian_adjective(token.text)
        ):
            continue
        feature = _feature_said(doc, position)
        if feature is not None:
            readings = tuple(r for r in readings if feature_of(r[0]) == feature) or readings
        place, name, written = readings[0]
        if _kb_surname_wins(token, place, name):
            continue
        # A KB organisation's name is that organisation, not a place whose name it only folds to (Togg’u).
        if not written and _kb_single(token) is not None:
            continue
        opens = feature is None and doc.first_in_sentence(position)
        if opens and not _enough_at_sentence_start(token, place, written):
            continue
        doc.add([token], "place", "gazetteer", place, name)


def _organisations(doc: _Document) -> None:
    for token in doc.tokens:
        if not token.capitalised or ROMAN.match(token.text):
            continue
        entity_id = _kb_single(token)
        capitals = sum(ch.isupper() for ch in token.text.split("-")[0])
        # A headline in capitals writes a KB person's surname so (ТОКАЕВ, ERDOĞAN'IN): the person's; its
        # other words are no acronyms (MEETS).
        if entity_id is None and (
            (token.text.isupper() and len(token.text) >= 5 and _kb_surname(token)) or doc.in_capitals(token)
        ):
            continue
        if entity_id or (
            capitals >= 2 and capitals * 2 >= len(token.text.split("-")[0]) and len(token.text) >= 3
        ):
            doc.add([token], "organization", "knowledge" if entity_id else "pattern", entity_id)
        elif CAMEL_CASE.fullmatch(token.text):
            doc.add([token], "organization", CAMEL)


def _surnames_alone(doc: _Document) -> None:
    index = name_index()
    named = {
        name_key(c.name_tokens[-1], c.language)
        for c in doc.found
        if c.type == "person" and len(c.name_tokens) > 1
    }

    def is_surname(token: Token) -> bool:
        keys = _keys(token)
        return any(k in named for k in keys) or any(len(index.surnames.get(k, ())) == 1 for k in keys)

    for token in doc.tokens:
        if not token.capitalised or not doc.free(token.start, token.end) or doc.common_word(token):
            continue
        # Two surnames joined by a hyphen are two people (the Tokayev-Putin meeting).
        pieces: list[Token] = []
        offset = token.start
        for word in token.text.split("-"):
            pieces.append(Token(offset, offset + len(word), word, token.language, token.sentence_index))
            offset += len(word) + 1
        if len(pieces) > 1 and all(p.capitalised and is_surname(p) for p in pieces):
            for piece in pieces:
                doc.add([piece], "person", "pattern")
        elif is_surname(token):
            doc.add([token], "person", "pattern")


RULES = (
    _quoted,
    _kb_phrases,
    _outlets,
    _initialled,
    _people_in_capitals,
    _people,
    _surnames_first,
    _regions,
    _places,
    _organisations,
    _surnames_alone,
)


def _rule_candidates(doc: _Document) -> list[Candidate]:
    for step in RULES:
        step(doc)
    found = doc.found
    doc.found, doc.taken = [], SpanIndex()
    return found


NAMED_AFTER_BEFORE = frozenset({"имени", "им"})
"""Words after which a place or organisation names a person (аэропорт имени Нурсултана Назарбаева)."""
NAMED_AFTER_AFTER = frozenset({"атындағы", "исемендәге"})
"""Words before which a person is named, the place or organisation after (Абай атындағы театр)."""


def _learned_tokens(doc: _Document, span: Span) -> list[Token]:
    """The words of a model's span that are its name: titles before a person's or place's name are not
    (Раис Татарстана), and a person's span that holds one is left to the patterns (natasha reads "Раис
    Татарстана" as a person); nor is a person named inside a place's or organisation's name."""
    first = bisect.bisect_left(doc.token_starts, span.start)
    tokens = [
        t for t in doc.tokens[first : bisect.bisect_left(doc.token_starts, span.end)] if t.end <= span.end
    ]
    if (span.type == "place" and all(is_office_noun(t.text) for t in tokens)) or (
        span.type == "person" and any(is_office_noun(t.text) for t in tokens)
    ):
        return []
    if span.type == "place":
        while len(tokens) > 1 and is_office_noun(tokens[0].text):
            tokens.pop(0)
        # A common noun in lower case before a place the lists know is the sentence's (başkenti
        # Nur-Sultan'da).
        while len(tokens) > 1 and not tokens[0].capitalised and _place_of(tokens[1]) is not None:
            tokens.pop(0)
    # A person's name opens on a capital: a word in lower case before it is the sentence's (selamlayan
    # Erdoğan), and so is a day word or adverb that opens the sentence (Dün Kasım-Jomart Tokayev, Ardından
    # Erdoğan); one after it may be a title of the name (Halil paşa).
    if span.type == "person":
        while tokens and (not tokens[0].capitalised or is_opener(tokens[0].text, tokens[0].language)):
            tokens.pop(0)
        # A name is written in one script: a word in another after it is the next name (Павел Зарубин
        # Telegram).
        cut = next(
            (i for i, t in enumerate(tokens) if i and _script(t.text) != _script(tokens[0].text)), None
        )
        tokens = tokens[:cut] if cut is not None else tokens
    # In a list (Северо-Казахстанскую и Костанайскую области) the region word belongs to all: not taken.
    if span.type == "place" and len(tokens) == 2 and _is_region_word(tokens[1]):
        position = first + doc.tokens[first:].index(tokens[0])
        if (
            position > 1
            and doc.tokens[position - 1].text.lower() in CONJUNCTIONS
            and doc.tokens[position - 2].capitalised
        ):
            tokens = tokens[:1]
    words = [t.text.lower() for t in tokens]
    if span.type != "person":
        cut = next((i for i, w in enumerate(words) if w in NAMED_AFTER_BEFORE), None)
        if cut is not None:
            tokens = tokens[:cut]
        cut = next((i for i, w in enumerate(words) if w in NAMED_AFTER_AFTER), None)
        if cut is not None:
            tokens = tokens[cut + 1 :]
    return tokens


OPENING = re.compile(r"[«\"“„:—–]\s*$")
"""What opens a quotation or a clause right before a word: the word is its first, capitalised as such."""
PARTING = re.compile(r"\s*[,;]\s*")
DASH = re.compile(r"\s+[—–-]\s+")


def _parted(doc: _Document, tokens: list[Token]) -> list[list[Token]]:
    """A model's span's words in parts, cut at a comma or semicolon between two words; at a dash, the part
    after it only where it opens on a capital."""
    parts = [[tokens[0]]]
    for word in tokens[1:]:
        gap = doc.document.text[parts[-1][-1].end : word.start]
        if PARTING.fullmatch(gap):
            parts.append([word])
        elif DASH.fullmatch(gap):
            if not word.capitalised:
                break
            parts.append([word])
        else:
            parts[-1].append(word)
    return parts


def _script(word: str) -> str:
    """Whether the word is in Latin letters or another script."""
    return "latin" if word[:1].isascii() or "LATIN" in unicodedata.name(word[0], "") else "other"


def _known_full_name(candidate: Candidate) -> bool:
    """Whether the candidate is a person's full name, in one script, whose surname the KB knows."""
    words = candidate.name_tokens
    return (
        candidate.type == "person"
        and len(words) > 1
        and len({_script(w) for w in words}) == 1
        and name_key(words[-1], candidate.language) in name_index().surnames
    )


def _overrides_model(candidate: Candidate) -> bool:
    """Whether the rules' candidate holds a model's span of any type and wins over it: a knowledge-base
    name of several words (Татарстан Республикасы Дәүләт Советы, where the model saw the republic), an
    outlet's name (Sputnik Қазақстан), a surname with its initials."""
    return candidate.method in (OUTLET, INITIAL) or (
        candidate.method == "knowledge" and candidate.entity_id is not None and " " in candidate.base.strip()
    )


def _listed(candidate: Candidate) -> bool:
    """Whether the rules' candidate is a place or organisation the lists know well: a KB entity, a curated
    place, a country or a city of 100,000 people."""
    entity_id = candidate.entity_id
    return (
        candidate.type != "person"
        and entity_id is not None
        and (entity_id in known_entities() or (entity_id in places() and is_major_place(entity_id)))
    )


def _sure(candidate: Candidate) -> bool:
    """Whether the rules' candidate is a name the project's lists know: a curated place, a KB entity, a KB
    person's surname; or a full name in capitals (Алтай КУЛЬГИНОВ) or ending like a surname (Гата Камский). A
    given name and any capitalised word are not enough where the model read a place (Yeni Zelanda'dan,
    Alp Dağları'ndan: Yeni and Alp are given names too)."""
    if candidate.type == "person":
        words = candidate.name_tokens
        return any(name_key(t, candidate.language) in name_index().surnames for t in words) or (
            len(words) > 1
            and (
                candidate.method == CAPITALS
                or _ends_like_surname(Token(0, 0, words[-1], candidate.language, candidate.sentence_index))
            )
        )
    return candidate.entity_id is not None and (
        is_curated(candidate.entity_id) or candidate.entity_id in known_entities()
    )


def _learned(doc: _Document, span: Span, rules: list[Candidate], rule_spans: SpanIndex) -> None:
    """A model's span as a candidate. The rules' candidates correct it where they are surer: one of its
    type that holds the span and more (Karaganda bölgesine, where the model saw Karaganda), or two or more
    that cover it whole (two names the model ran together: Тоқаев Михаил Мишустинді). Else it is linked as
    the rules' candidate of that span and type is, or the first one of its type inside it (Қазақстан in
    Қазақстан Республикасы), or by its own words."""
    tokens = _learned_tokens(doc, span)
    if not tokens:
        return
    # A comma or semicolon between two of its words parts two names (Атамекен, Батыр); a dash, a name and
    # the sentence's words after it (Мәдина — ата-анасының).
    parts = _parted(doc, tokens)
    if parts != [tokens]:
        for part in parts:
            if doc.free(part[0].start, part[-1].end):
                _learned(doc, Span(part[0].start, part[-1].end, span.type), rules, rule_spans)
        return
    # A person's name does not end in a case of place on a major place's name: the words before it are a
    # name of their own inside a sentence (Antiokus Mısır'a kaçmıştır), the sentence's first word(s) at its
    # start ("Быел Казанда": this year, in Kazan; the opener may be cut already). Such a word inside the
    # span parts it: a name, the place, and a name (Миңнеханов Казанда Эрдоганны).
    inner = next((i for i, t in enumerate(tokens[1:-1], 1) if _ends_at_a_place(t)), None)
    if span.type == "person" and inner is not None:
        for part, type_ in ((tokens[:inner], "person"), (tokens[inner : inner + 1], "place")):
            _learned(doc, Span(part[0].start, part[-1].end, type_), rules, rule_spans)
        span, tokens = Span(tokens[inner + 1].start, tokens[-1].end, "person"), tokens[inner + 1 :]
    if (
        span.type == "person"
        and (len(tokens) > 1 or tokens[0].start > span.start)
        and _ends_at_a_place(tokens[-1])
    ):
        position = bisect.bisect_left(doc.token_starts, tokens[0].start)
        before = doc.document.text[max(0, tokens[0].start - 4) : tokens[0].start]
        opens = doc.first_in_sentence(position) or OPENING.search(before)
        if len(tokens) > 1 and not opens and tokens[0].capitalised:
            _learned(doc, Span(tokens[0].start, tokens[-2].end, "person"), rules, rule_spans)
        span, tokens = Span(tokens[-1].start, tokens[-1].end, "place"), tokens[-1:]
    # An acronym the curated places list (РУ, РК, ЗКО) is that place where the model read an organisation.
    if span.type == "organization" and len(tokens) == 1 and tokens[0].text.isupper():
        readings = _readings(tokens[0])
        place = readings[0][0] if readings and readings[0][2] else None
        if place is not None and is_curated(place) and _kb_single(tokens[0]) is None:
            doc.add(tokens, "place", "model", place)
            return
    start, end = tokens[0].start, tokens[-1].end
    near = [rules[n] for n in rule_spans.overlapping(start, end)]
    # A place's or organisation's span that runs into a person's full name the rules found ends before it
    # (Турецкой Республики Реджепом | Тайипом Эрдоганом); a person's that runs into a listed place's or
    # organisation's name of several words, before that name (Берік Жобалайұлы | Шығыс Қазақстан облысынан).
    crossing = [
        c
        for c in near
        if start < c.start < end < c.end
        and (
            (span.type != "person" and (_known_full_name(c) or _overrides_model(c)))
            or (span.type == "person" and c.type != "person" and _listed(c) and " " in c.base.strip())
        )
    ]
    if crossing:
        tokens = [t for t in tokens if t.end <= crossing[0].start]
        if not tokens:
            return
        start, end = tokens[0].start, tokens[-1].end
        near = [rules[n] for n in rule_spans.overlapping(start, end)]
    # A word the model read as a place that no list knows, after a given name the rules read with it, is
    # that person's surname (Yercan Kazıhanov).
    unknown_place = span.type == "place" and len(tokens) == 1 and _place_of(tokens[0]) is None
    wider = [
        c
        for c in near
        if (
            c.type == span.type
            or _overrides_model(c)
            or (unknown_place and c.type == "person" and len(c.name_tokens) > 1)
        )
        and c.start <= start
        and end <= c.end
        and c.end - c.start > end - start
    ]
    inside = [c for c in near if start <= c.start and c.end <= end]
    covered = sum(1 for t in tokens if any(c.start <= t.start and t.end <= c.end for c in inside))
    # The same span as the project's own lists know it (a curated place, a KB entity or surname) keeps that
    # type between person and place: natasha reads Акмола, the old name of Astana, as a person.
    # A place the lists know well is that place where the model read an organisation (ТАШКЕНТ in a
    # dateline, РУ, Ақордада), unless the knowledge base knows an organisation of that name.
    same = [
        c
        for c in inside
        if (c.start, c.end) == (start, end)
        and (
            c.type == span.type
            or (_sure(c) and "organization" not in (c.type, span.type))
            # a KB body's acronym where the model read a place (TBMM'de: in the parliament)
            or (
                span.type == "place"
                and c.type == "organization"
                and c.entity_id in known_entities()
                and is_acronym(tokens[0].text)
            )
            # a KB person's surname in a headline in capitals, where the model read an acronym (TOKAYEV)
            or (
                span.type == "organization"
                and c.type == "person"
                and doc.in_capitals(tokens[0])
                and any(name_key(t, c.language) in name_index().surnames for t in c.name_tokens)
            )
            or (
                span.type == "organization"
                and c.type == "place"
                and _listed(c)
                and (
                    c.method == "knowledge"
                    or c.entity_id in exact_index().get(doc.document.text[c.start : c.end].casefold(), ())
                    # or in a place's case (Ақордада: where its talks were held)
                    or _has_place_ending(tokens[-1])
                )
            )
            or c.entity_id in known_entities()
        )
    ]
    # Names the model ran together are split where the rules see them apart, each a name the lists know
    # where one is a person's full name inside a place's or organisation's span, or all are people the KB
    # knows (Тоқаев Мирзиёевпен); a person's span the model read whole is not split by the patterns alone
    # (Jean Paul Sartre'ın, not the place Jean and Paul Sartre).
    run_together = (
        len(inside) > 1
        and covered == len(tokens)
        and (
            (span.type != "person" and any(c.type == "person" and len(c.name_tokens) > 1 for c in inside))
            or (span.type == "person" and all(c.type == "person" and _sure(c) for c in inside))
            # Names the lists know, run together by the model (Мәскеу ЕАЭО, Azerbaycan Gebele, and a KB
            # person's surname before a place: Erdoğan Astana'ya).
            or (
                span.type != "person" and all(_listed(c) or (c.type == "person" and _sure(c)) for c in inside)
            )
        )
    )
    chosen = wider[:1] or same[:1] or (inside if run_together else [])
    if chosen:
        for correction in chosen:
            if doc.free(correction.start, correction.end):
                doc.taken.append((correction.start, correction.end))
                doc.found.append(replace(correction, method="model"))
        return
    entity_id = next((c.entity_id for c in inside if c.entity_id and c.type == span.type), None)
    if entity_id is None and span.type == "place":
        # A place's name of several words the rules did not find (Ресей Федерациясымен, Западно-Казахстанской
        # области): the first of its words that names a place, or that a Russian adjective is made from.
        entity_id = next(
            (
                found
                for t in tokens
                if t.capitalised
                for found in (_place_of(t), _adjective_place(t) if t.language == "ru" else None)
                if found
            ),
            None,
        )
    candidate = doc.add(tokens, span.type, "model", entity_id)
    if candidate is not None and span.type == "person":
        # A title the model took into the name (Президент Тоқаев) is no word of it for linking.
        words = [w for t, w in zip(tokens, candidate.name_tokens, strict=True) if not is_office_noun(t.text)]
        candidate.name_tokens = words or candidate.name_tokens


def recognise(
    document: Document, sentences: list[Sentence], learned: list[Span] | None = None
) -> list[Candidate]:
    """Candidate spans of the document, in text order, none overlapping another: the `learned` model spans
    first (linked through the rules' candidates), then the rules' candidates that overlap none of them."""
    doc = _Document(document, sentences)
    rules = _rule_candidates(doc)
    if learned is None:
        return sorted(rules, key=lambda c: c.start)
    rule_spans = SpanIndex()
    for candidate in rules:
        rule_spans.append((candidate.start, candidate.end))
    for span in learned:
        if doc.free(span.start, span.end):
            _learned(doc, span, rules, rule_spans)
    # Where a model tagged the sentence, an organisation no list knows is the model's to find: the
    # patterns' unknown acronyms and quoted phrases cost more precision than they add (development sets).
    modelled = {s.index for s in sentences if s.language in LEARNED_LANGUAGES}
    for candidate in rules:
        if (
            candidate.type == "organization"
            and candidate.entity_id is None
            and candidate.method not in (OUTLET, CAMEL)
            and doc.document.text[candidate.start : candidate.end].casefold()
            != (document.outlet or "").casefold()
            and candidate.sentence_index in modelled
        ):
            continue
        if doc.free(candidate.start, candidate.end):
            doc.taken.append((candidate.start, candidate.end))
            doc.found.append(candidate)
    found = [_with_plus(doc.document.text, c) for c in doc.found]
    return sorted(
        _quoted_buildings(doc, _facilities(doc, _with_aliases(doc, found))), key=lambda c: (c.start, -c.end)
    )


ALIAS = re.compile(r"\s?\(([^\W\d_][\w-]{2,})\)")
"""One word in brackets right after a name: another name of the same person (Асель Сабыржанқызы (Ассоль))."""


def _with_aliases(doc: _Document, found: list[Candidate]) -> list[Candidate]:
    """The candidates, with a pseudonym or other name in brackets after a person's full name as that person,
    linked by the full name's words (where a model read it as a person of its own too). Not a place, an
    organisation, an acronym or an office (Нурсултан Назарбаев (Елбасы))."""
    result = list(found)
    for candidate in found:
        if candidate.type != "person" or len(candidate.name_tokens) < 2:
            continue
        match = ALIAS.match(doc.document.text, candidate.end)
        if match is None:
            continue
        position = bisect.bisect_left(doc.token_starts, match.start(1))
        if position >= len(doc.tokens) or doc.tokens[position].start != match.start(1):
            continue
        word = doc.tokens[position]
        there = [c for c in result if c.start < word.end and word.start < c.end]
        if (
            word.end != match.end(1)
            or not word.capitalised
            or word.text.isupper()
            or any(c.type != "person" or (c.start, c.end) != (word.start, word.end) for c in there)
            or _place_of(word) is not None
            or _kb_single(word) is not None
            or is_office_noun(word.text)
        ):
            continue
        alias = replace(candidate, start=word.start, end=word.end, base=word.text, method="pattern")
        result = [c for c in result if c not in there] + [alias]
    return result


@cache
def _heads(language: str) -> tuple[FacilityHeads, dict[str, re.Pattern[str]]] | None:
    """A language's facility heads, with a pattern of its heads of each kind (place, organization, media)."""
    heads = facility_heads(language)
    if heads is None:
        return None
    kinds = {"place": heads.place, "organization": heads.organization, "media": heads.media}
    return heads, {
        kind: re.compile(alternation(words), re.IGNORECASE) for kind, words in kinds.items() if words
    }


def _head_kind(token: Token) -> str | None:
    """Whether the word is a facility's head noun, and of which kind."""
    heads = _heads(token.language)
    if heads is None:
        return None
    if heads[0].capitalised and not token.capitalised:
        return None
    return next((kind for kind, pattern in heads[1].items() if pattern.fullmatch(token.text)), None)


@cache
def _airport_heads(language: str) -> re.Pattern[str] | None:
    found = pack(language)
    words = found.places.airport_words if found is not None and found.places is not None else []
    return re.compile(alternation(words), re.IGNORECASE) if words else None


def _is_airport_head(token: Token) -> bool:
    """Whether the word is an airport's (places.yaml's `airport_words`): people are met at airports, and a
    person's name after one is seldom the airport's own without a word saying so (имени)."""
    pattern = _airport_heads(token.language)
    return pattern is not None and pattern.fullmatch(token.text) is not None


SENTENCE_END = re.compile(r"[»”\"]?[.!?…]+[»”\"]?\s+")
QUOTE_BEFORE = re.compile(r"«[^«»\n]{1,40}»\s{0,2}$")
QUOTE_AFTER = re.compile(r"^\s{0,2}«[^«»\n]{1,40}»")


def _facility_span(
    doc: _Document, position: int, found: list[Candidate], media: bool
) -> tuple[int, int, bool] | None:
    """The span of a facility's name whose head noun is the token at `position` (its start, end, and whether
    a word says it is named after a person), or None. A name in quotes beside a head before it (аэропорту
    «Ташкент-Хумо», медиаресурс «Большая Азия») or beside an outlet's head is what the quotes hold."""
    token = doc.tokens[position]
    of_language = _heads(token.language)
    if of_language is None:
        return None
    heads = of_language[0]
    text = doc.document.text
    marker_words = {w.lower() for w in heads.named_after}

    def candidate_at(start: int | None = None, end: int | None = None) -> Candidate | None:
        return next(
            (c for c in found if (start is None or c.start == start) and (end is None or c.end == end)), None
        )

    if heads.head_first:
        # A head in capitals opens a name of its own (Дом Бхутто, the Bhutto family).
        if token.capitalised:
            return None
        after = doc.tokens[position + 1 : position + 4]
        marked = bool(after) and after[0].text.lower() in marker_words and doc.adjacent(token, after[0])
        if marked:
            after = after[1:]
        quoted = QUOTE_AFTER.match(text[token.end :])
        if quoted:
            return token.end + quoted.group().index("«") + 1, token.end + quoted.end() - 1, marked
        if media:
            return None
        if after and after[0].capitalised and (marked or doc.adjacent(token, after[0])):
            name = candidate_at(start=after[0].start)
            # A place or organisation after the head is its own name (улицы Ливерпуля, завода Visteon),
            # unless it is an office's (площади Первого Президента). A person after an airport's head is
            # the one met there (встретил в аэропорту Шавката Мирзиёева) unless a word says it is named so.
            person_named = name is not None and name.type == "person" and not _is_airport_head(token)
            if name is not None and (
                person_named or marked or any(is_office_noun(t) for t in name.base.split())
            ):
                return token.start, name.end, marked
            if name is None and not after[0].text.isupper() and not doc.first_in_sentence(position + 1):
                return token.start, after[0].end, marked
        # A capitalised adjective before the head (Красную мечеть), not at a sentence's start.
        if position > 0 and not doc.first_in_sentence(position - 1):
            before = doc.tokens[position - 1]
            if before.capitalised and doc.adjacent(before, token) and is_russian_adjective(before.text):
                return before.start, token.end, False
        return None
    # Head last: up to three describing words (халыкара, Зур концертлар, Cumhurbaşkanlığı), perhaps a word
    # saying it is named after someone, then the name: in quotes, or a name already found.
    whole = candidate_at(end=token.end)
    if whole is not None and whole.start < token.start and not media:
        return whole.start, token.end, False
    # A head in capitals (Konseyi, Sarayı’na, Airport) ends a name of capitalised words (İş Konseyi).
    capitals = token.capitalised and not doc.first_in_sentence(position)
    start = token.start
    run_start = token.start if capitals else None
    marked = False
    j = position - 1
    describing = 0
    while True:
        window = max(0, start - 45)
        quoted = QUOTE_BEFORE.search(text[window:start])
        if quoted:
            if media:
                opening = window + quoted.start()
                return opening + 1, opening + quoted.group().index("»"), False
            return start - len(quoted.group()), token.end, marked
        if media or j < 0 or doc.tokens[j].sentence_index != token.sentence_index:
            break
        word = doc.tokens[j]
        if not doc.adjacent(word, doc.tokens[j + 1]) or text[word.end : start].strip():
            break
        name = candidate_at(end=word.end)
        if name is not None:
            # A person's name without a word saying so, or a KB organisation (CSTO Collective Security
            # Council, the body of another organisation), is no part of the name.
            # Nor is a place in a case (Мадридтегі үлкен көрме кешені: the fair centre in Madrid).
            if (
                (name.type == "person" and not marked)
                or (name.type == "organization" and name.entity_id in known_entities())
                or (name.type == "place" and text[name.start : name.end] != name.base)
            ):
                break
            return name.start, token.end, marked
        # Where heads are capitalised, so is every word of the name; a sentence's first word is one only if it
        # is a head itself (Cumhurbaşkanlığı İrtibat Bürosu), not a word in a case (Toplantıda, Törene).
        opens = doc.first_in_sentence(j) and word.capitalised
        if capitals and (not word.capitalised or (opens and _head_kind(word) is None)):
            break
        if word.text.lower() in marker_words:
            marked = True
        elif describing == 3 or (opens and not (marked or capitals)):
            break
        else:
            describing += 1
        if capitals and run_start is not None:
            run_start = word.start if word.capitalised else None
        start = word.start
        j -= 1
    if capitals and run_start is not None and run_start < token.start:
        return run_start, token.end, False
    return None


def _base_of_word(match: re.Match[str], language: str) -> str:
    return _base_word(match.group(), language)


def _known_people(tokens: list[Token]) -> list[Candidate]:
    """The KB persons named in full among the tokens (Nursultan Nazarbayev in the airport's name)."""
    found: list[Candidate] = []
    position = 0
    while position < len(tokens) - 1:
        for length in (3, 2):
            words = tokens[position : position + length]
            entity_id = _kb_phrase(words, name_index().phrases) if len(words) == length else None
            if entity_id and entity_id.startswith("person/"):
                found.append(
                    Candidate(
                        words[0].start,
                        words[-1].end,
                        "person",
                        words[0].language,
                        words[0].sentence_index,
                        " ".join(base_token(w.text, w.language, is_known) for w in words),
                        "knowledge",
                        entity_id,
                        [base_token(w.text, w.language, is_known) for w in words],
                    )
                )
                position += length - 1
                break
        position += 1
    return found


def _facilities(doc: _Document, found: list[Candidate]) -> list[Candidate]:
    """Names of buildings, streets and works by their head noun (улицы имени Сююмбике, музей Габдуллы
    Тукая, «Зенит» зауыты, Сәлих Сәйдәшев исемендәге Зур концертлар залында): a place or organisation
    that takes the places and organisations inside it. A person inside keeps a mention of their own (the
    codebook: everyone named, also inside a place's name): it overlaps the facility's."""
    result = list(found)
    for position, token in enumerate(doc.tokens):
        kind = _head_kind(token)
        if kind is None:
            continue
        type_ = "place" if kind == "place" else "organization"
        span = _facility_span(doc, position, result, kind == "media")
        if span is None:
            continue
        start, end, marked = span
        inside = [c for c in result if start <= c.start and c.end <= end]
        if any(c.start < end and start < c.end for c in result if c not in inside):
            continue
        first = bisect.bisect_left(doc.token_starts, start)
        tokens = [t for t in doc.tokens[first : bisect.bisect_left(doc.token_starts, end)] if t.end <= end]
        if not tokens:
            continue
        known_people = [p for p in _known_people(tokens) if not any(c.type == "person" for c in inside)]
        same = next((c for c in inside if (c.start, c.end) == (start, end)), None)
        if same is not None:
            # The head says what the model's span is (Красная мечеть, a place, not an organisation).
            if same.entity_id is None and same.type != type_ and same.type != "person":
                result[result.index(same)] = replace(same, type=type_)
            result += known_people
            continue
        people = [c for c in inside if c.type == "person"] + known_people
        name_words = [t for t in tokens if t.capitalised and t is not token]
        # One word a person's name after (or before) the word that says so (улицы имени Сююмбике).
        if marked and not people and len(name_words) == 1 and _place_of(name_words[0]) is None:
            word = name_words[0]
            people = [
                Candidate(
                    word.start,
                    word.end,
                    "person",
                    word.language,
                    word.sentence_index,
                    base_token(word.text, word.language, is_known),
                    "pattern",
                    None,
                    [base_token(word.text, word.language, is_known)],
                )
            ]
        surface = doc.document.text[start:end]
        facility = Candidate(
            start,
            end,
            type_,
            token.language,
            token.sentence_index,
            TOKEN.sub(partial(_base_of_word, language=token.language), surface),
            "pattern",
            _kb_phrase(tokens, name_index().phrases) if tokens else None,
        )
        result = [c for c in result if c not in inside] + people + [facility]
    # A head noun alone is no person (Медиаресурс «Большая Азия»).
    heads = {(t.start, t.end) for t in doc.tokens if t.capitalised and _head_kind(t)}
    return [c for c in result if not (c.type == "person" and (c.start, c.end) in heads)]


QUOTED_AFTER = re.compile(r"^\s{0,2}[«“\"]([^«»“”\"\n]{2,40})[»”\"]")
QUOTED_BEFORE = re.compile(r"[«“\"]([^«»“”\"\n]{2,40})[»”\"]\s{0,2}$")
"""A name in quotes right after, or right before, a head (guillemets, curly or straight quotes)."""
HEAD_REACH = 30
"""How far before its last word a head of several words may start (media center, медиа орталығы)."""


@cache
def _quoted_heads(language: str) -> re.Pattern[str] | None:
    """A head ending where the text ends, its first word whole."""
    heads = facility_heads(language)
    if heads is None or not heads.quoted_place:
        return None
    return re.compile(r"(?<![\w-])(?:" + alternation(heads.quoted_place) + r")$", re.IGNORECASE)


def _quoted_buildings(doc: _Document, found: list[Candidate]) -> list[Candidate]:
    """The candidates, with the name in quotes beside a head that names a building only so (a media center
    “Kazmedia”, «Қазмедиа» медиа орталығында) as a place: what the quotes hold, where no other name is there
    or an organisation no list knows is."""
    result = list(found)
    text = doc.document.text
    for token in doc.tokens:
        heads = _quoted_heads(token.language)
        window = max(0, token.start - HEAD_REACH)
        head = heads.search(text[window : token.end]) if heads is not None else None
        if head is None:
            continue
        head_start = window + head.start()
        after = QUOTED_AFTER.match(text[token.end : token.end + 45])
        before = QUOTED_BEFORE.search(text[max(0, head_start - 45) : head_start])
        if after:
            start, end = token.end + after.start(1), token.end + after.end(1)
        elif before:
            opening = max(0, head_start - 45)
            start, end = opening + before.start(1), opening + before.end(1)
        else:
            continue
        name = text[start:end]
        if not name[0].isupper() or name != name.strip():
            continue
        same = next((c for c in result if (c.start, c.end) == (start, end)), None)
        if same is not None and same.entity_id is None and same.type == "organization":
            # The head says what a model's span is: the building, not a body.
            result[result.index(same)] = replace(same, type="place")
        elif overlaps_none(start, end, result):
            result.append(
                Candidate(start, end, "place", token.language, token.sentence_index, name, "pattern", None)
            )
    return result


def _with_plus(text: str, candidate: Candidate) -> Candidate:
    """An organisation's name with the plus sign that makes it the wider group (БРИКС+, ШОС+)."""
    if candidate.type == "organization" and text[candidate.end : candidate.end + 1] == "+":
        following = text[candidate.end + 1 : candidate.end + 2]
        if not following or not following.isalnum():
            return replace(candidate, end=candidate.end + 1)
    return candidate
