"""References: a document with its sentences, mentions and entities in; its `DocumentContext` out: the persons
each sentence names (by a name or an office: "Мемлекет басшысы", "Раис Татарстана"), the places it names
(places inside titles, organisation names and "named after" phrases excluded), quotations and speakers, the
principal persons and the reference date.
"""

import re
from collections import Counter

from flows.events import lexicon
from flows.events.context import (
    LANGUAGES,
    VERB_FINAL,
    DocumentContext,
    OfficeHolder,
    Ref,
    is_word,
    sentence_language,
    word_after,
    word_before,
)
from flows.events.dates import document_reference
from flows.events.places import COUNTRIES, is_building
from flows.events.quotes import quoted_sentences
from flows.lang_pack import pack
from flows.spans import SpanIndex
from models.documents import Document, Sentence
from models.entities import Entity, Mention

NAMED_AFTER_REACH = 100
"""How far before a name a "named after" marker may stand (Russian, English: "в честь ... поэта X")."""


def _ever_held(entity_id: str, offices: tuple[str, ...]) -> bool:
    """Whether the knowledge base gives the person one of these offices at any time."""
    from flows.names.knowledge import known_entities

    entry = known_entities().get(entity_id)
    return bool(entry and any(role.office in offices for role in entry.roles))


def _office_refs(
    context: DocumentContext, mentions: list[Mention], holder: OfficeHolder, known: set[str]
) -> tuple[list[Ref], list[tuple[int, int]]]:
    """Persons named by office phrases, and the spans of every office phrase (resolved or not)."""
    document = context.document
    on = context.reference.day if context.reference else None
    persons = [m for m in mentions if m.type == "person"]
    counts = Counter(m.entity_id for m in persons)
    refs: list[Ref] = []
    spans: list[tuple[int, int]] = []
    dated = context.reference is not None and context.reference.precision == "day"
    named_holders = {} if dated else _named_holders(context, persons)
    for sentence in context.sentences:
        language = sentence_language(sentence, document)
        taken: list[tuple[int, int]] = []
        for pattern, offices in lexicon.office_phrases(language):
            for match in pattern.finditer(sentence.text):
                start, end = sentence.start + match.start(), sentence.start + match.end()
                if any(start < b and a < end for a, b in taken):
                    continue
                taken.append((start, end))
                spans.append((start, end))
                if lexicon.deputy_words().search(document.text[max(0, start - 40) : start]):
                    continue
                # "X-ті Сыртқы істер министрі ретінде": the role X takes, not the one who holds it.
                role = lexicon.discourse("role_complement", language)
                if role is not None and role.match(document.text[end : end + 40].lstrip()):
                    continue
                # Only holders the dataset has as entities (a person never named in any document is none).
                holders = [h for h in (holder(office, on) for office in offices) if h and h in known]
                if not dated and offices in named_holders and not any(counts[h] for h in holders):
                    # No day tells who held the office, and the article never names today's holder: the one
                    # it names by the title is meant.
                    holders = [named_holders[offices]]
                if len(offices) > 1:
                    holders = sorted((h for h in holders if counts[h]), key=lambda h: -counts[h])[:1]
                if not holders:
                    continue
                beside = _beside(document.text, start, end, persons)
                # "Президент Рустам Минниханов": the title is the named person's, not another actor. A name
                # beside a title its holder does not bear is someone else ("Devlet başkanı Minnikhanova ...").
                if any(m.entity_id in holders for m in beside):
                    continue
                # A title with the name of one who held that office beside it is that person's, whatever day
                # the article is read as of (an undated one: today): "Министр иностранных дел Мурат Нуртлеу".
                if any(_ever_held(m.entity_id, offices) for m in beside):
                    continue
                ending = _office_ending(match.group(), language)
                refs.append(Ref(holders[0], start, end, sentence.index, ending))
    return refs, spans


def _beside(text: str, start: int, end: int, persons: list[Mention]) -> list[Mention]:
    """The persons named right after an office phrase or right before it ("Президент Казахстана Нурсултан
    Назарбаев", "Tokayev, President of Kazakhstan")."""
    return [
        m
        for m in persons
        # distances first: slicing the text to every person of a long document is quadratic
        if (0 <= m.start - end <= 2 and re.fullmatch(r"\s{0,2}", text[end : m.start]))
        or (0 <= start - m.end <= 3 and re.fullmatch(r",?\s{0,2}", text[m.end : start]))
    ]


def _named_holders(context: DocumentContext, persons: list[Mention]) -> dict[tuple[str, ...], str]:
    """The holder an article names beside an office's title, by office: who the bare title means elsewhere in
    an article no day dates ("Президента Казахстана наградили ..." beside "Президент Казахстана Нурсултан
    Назарбаев"): a title of one office, one person named beside it in the whole article, who held it at some
    time."""
    text = context.document.text
    named: dict[tuple[str, ...], set[str]] = {}
    for sentence in context.sentences:
        for pattern, offices in lexicon.office_phrases(sentence_language(sentence, context.document)):
            if len(offices) > 1:
                continue
            for match in pattern.finditer(sentence.text):
                start, end = sentence.start + match.start(), sentence.start + match.end()
                beside = [m for m in _beside(text, start, end, persons) if _ever_held(m.entity_id, offices)]
                named.setdefault(offices, set()).update(m.entity_id for m in beside)
    return {offices: next(iter(ids)) for offices, ids in named.items() if len(ids) == 1}


def _office_ending(phrase: str, language: str) -> str:
    """The case ending an office phrase's last word carries in Kazakh, Tatar and Turkish, as a name's ending
    would ("мемлекет басшысының баспасөз хатшысы": whose aide; "Мемлекет басшысымен": with whom). English and
    Russian office phrases carry none that tells a case ("Minister of Foreign Affairs")."""
    words = phrase.split()
    if language not in VERB_FINAL or not words:
        return ""
    discourse = lexicon.event_words(language).discourse
    for ending in sorted(discourse.genitive + discourse.comitative, key=len, reverse=True):
        # the stem keeps a few letters: an ending is never the whole word
        if len(words[-1]) > len(ending) + 2 and words[-1].casefold().endswith(ending.casefold()):
            return words[-1][-len(ending) :]
    return ""


def _place_refs(context: DocumentContext, entities: dict[str, Entity]) -> list[Ref]:
    """Places named by what they are ("the capital of Kazakhstan"), linked to the entity of that name."""
    by_name: dict[str, str] = {}
    for entity in entities.values():
        if entity.type == "place":
            by_name.setdefault(entity.name.casefold(), entity.entity_id)
    refs: list[Ref] = []
    for sentence in context.sentences:
        for pattern, name in lexicon.place_phrases(sentence_language(sentence, context.document)):
            entity_id = by_name.get(name.casefold())
            if entity_id:
                refs.extend(
                    Ref(entity_id, sentence.start + m.start(), sentence.start + m.end(), sentence.index)
                    for m in pattern.finditer(sentence.text)
                )
    return refs


def named_after(text: str, start: int, end: int, language: str) -> bool:
    """True for a name something is named after: a marker word right beside it ("аэропорт имени X",
    "X атындағы", "X'in ismini"), or, where the marker comes first (Russian, English), a marker earlier in the
    clause with no other capitalised word between ("в честь выдающегося поэта X")."""
    marker = lexicon.discourse("named_after", language)
    if marker is None:
        return False
    if is_word(marker, word_before(text, start)) or is_word(marker, word_after(text, end)):
        return True
    if language in VERB_FINAL:
        return False
    before = text[max(0, start - NAMED_AFTER_REACH) : start]
    for found in marker.finditer(before):
        between = before[found.end() :]
        words = re.findall(r"[^\W\d_][\w-]*", between)
        if not re.search(r"[.!?;:\n]", between) and not any(w[0].isupper() for w in words):
            return True
    return False


def _ending(mention: Mention) -> str:
    """The case ending a mention's surface adds to its base form ("Özbekistan’da": "’da"; "" where none)."""
    surface, base = mention.surface, mention.base
    return surface[len(base) :] if surface.casefold().startswith(base.casefold()) else ""


def _in_other_case(ending: str, language: str) -> bool:
    """An ending that says where or whither (a locative, ablative or dative: "’da", "сына"): a place so
    inflected is where something is, never the country of an office after it."""
    found = pack(language)
    words = found.names if found is not None else None
    bare = ending.lstrip("'’").lower()
    return bool(
        words and bare and any(bare.endswith(e) for e in [*words.place_endings, *words.direction_endings])
    )


def build_context(
    document: Document,
    sentences: list[Sentence],
    mentions: list[Mention],
    entities: dict[str, Entity],
    holder: OfficeHolder,
) -> DocumentContext:
    """The document's reference date, persons and places per sentence, quotations and principal persons."""
    context = DocumentContext(
        document=document,
        sentences=sorted(sentences, key=lambda s: s.index),
        reference=document_reference(
            document.published, document.text, document.language if document.language in LANGUAGES else "ru"
        ),
    )
    language_of = {s.index: sentence_language(s, document) for s in context.sentences}
    offices, title_spans = _office_refs(context, mentions, holder, set(entities))
    organisations = [(m.start, m.end) for m in mentions if m.type == "organization"]
    # A person inside the name of a place or organisation ("Nursultan Nazarbayev Uluslararası Havalimanı") is
    # part of that name, not one who acts.
    named_things = SpanIndex((m.start, m.end) for m in mentions if m.type in ("place", "organization"))
    title_index = SpanIndex(title_spans)
    for mention in mentions:
        language = language_of.get(mention.sentence_index, "ru")
        if named_after(document.text, mention.start, mention.end, language):
            continue
        if mention.type == "person" and any(
            a <= mention.start and mention.end <= b and (a, b) != (mention.start, mention.end)
            for a, b in (named_things[n] for n in named_things.overlapping(mention.start, mention.end))
        ):
            continue
        # A person the recogniser found inside an office's title ("The Head" of "The Head of State", "Rais" of
        # "the Rais of Tatarstan"), one the knowledge base does not know, is the title: its holder is the ref.
        entity = entities.get(mention.entity_id)
        if (
            mention.type == "person"
            and not (entity and entity.known)
            and any(
                a <= mention.start and mention.end <= b
                for a, b in (title_index[n] for n in title_index.overlapping(mention.start, mention.end))
            )
        ):
            continue
        surface, base = mention.surface, mention.base
        ending = surface[len(base) :] if surface.casefold().startswith(base.casefold()) else ""
        ref = Ref(mention.entity_id, mention.start, mention.end, mention.sentence_index, ending)
        if mention.type == "person":
            context.persons.setdefault(mention.sentence_index, []).append(ref)
    for ref in offices:
        context.persons.setdefault(ref.sentence_index, []).append(ref)
    places = [
        Ref(m.entity_id, m.start, m.end, m.sentence_index) for m in mentions if m.type == "place"
    ] + _place_refs(context, entities)
    persons = [(m.start, m.end) for m in mentions if m.type == "person"]
    place_endings = {(m.start, m.end): _ending(m) for m in mentions if m.type == "place"}
    context.unknown_places = frozenset(
        e.entity_id for e in entities.values() if e.type == "place" and not e.known
    )
    context.broad_places = frozenset(
        e.entity_id
        for e in entities.values()
        if e.type == "place" and (not e.known or e.geonames_id in COUNTRIES)
    )
    # A place qualifies or holds only places of its own sentence: comparing with every place of the document
    # would make long documents quadratic.
    places_of: dict[int, list[Ref]] = {}
    for ref in places:
        places_of.setdefault(ref.sentence_index, []).append(ref)
    titles_and_organisations = SpanIndex(title_spans + organisations)
    titles_and_persons = SpanIndex(title_spans + persons)
    titles = SpanIndex(title_spans)
    for ref in places:
        neighbours = places_of[ref.sentence_index]
        inside = [
            (a, b)
            for a, b in (
                titles_and_organisations[n] for n in titles_and_organisations.overlapping(ref.start, ref.end)
            )
            if a <= ref.start and ref.end <= b and (a, b) != (ref.start, ref.end)
        ]
        # A recogniser's span that holds an office or a person ("Мемлекет басшысы Татарстан Президентімен")
        # is a title phrase, not a place. A place the gazetteer knows holds the persons it is named after
        # ("Nursultan Nazarbayev Uluslararası Havalimanı") and an office its head noun follows ("Akorda
        # Cumhurbaşkanlığı Sarayı"): they are part of its name, not a title phrase.
        known = ref.entity_id not in context.unknown_places
        index = titles if known else titles_and_persons
        holds = [index[n] for n in index.overlapping(ref.start, ref.end)]
        holds = [span for span in holds if span != (ref.start, ref.end) and not (known and span[1] < ref.end)]
        language = language_of.get(ref.sentence_index, "ru")
        # A title puts its place before the office noun in Kazakh, Tatar and Turkish ("Татарстан Президенті"),
        # after it in Russian ("Раис Татарстана"); an office noun on the other side is another phrase's
        # ("Мемлекет басшысына Нұр-Сұлтан қаласына").
        office_after = is_word(lexicon.office_nouns(), word_after(document.text, ref.end))
        office_before = is_word(lexicon.office_nouns(), word_before(document.text, ref.start))
        if language in VERB_FINAL:
            # Only a bare or genitive name qualifies the office after it: one in another case is a place of
            # the clause ("geldiği Özbekistan’da Cumhurbaşkanı Mirziyoyev ile", "Астанада Президент").
            beside_office = office_after and not _in_other_case(
                place_endings.get((ref.start, ref.end), ""), language
            )
        elif language == "ru":
            beside_office = office_before
        else:
            beside_office = office_before or office_after
        # "В столице Казахстана": the country is part of the phrase naming the capital, not a place itself.
        inside_phrase = any(
            other.start <= ref.start
            and ref.end <= other.end
            and (other.start, other.end) != (ref.start, ref.end)
            for other in neighbours
        )
        # "Kazakistanın Atırau bölgesini", "Қазақстанның Атырау облысы": a genitive place right before another
        # place qualifies it.
        genitive = lexicon.genitive(language)
        in_genitive = bool(genitive and genitive.fullmatch(document.text[ref.start : ref.end].split()[-1]))
        qualifier = in_genitive and any(
            other.start > ref.end and not document.text[ref.end : other.start].strip() for other in neighbours
        )
        if (
            inside
            or holds
            or inside_phrase
            or qualifier
            or beside_office
            # A building's own head noun beside it ("the Akorda residence") names no other thing after it.
            or (
                named_after(document.text, ref.start, ref.end, language)
                and not (ref.entity_id in entities and is_building(entities[ref.entity_id]))
            )
        ):
            continue
        context.places.setdefault(ref.sentence_index, []).append(ref)
    for table in (context.persons, context.places):
        for refs in table.values():
            refs.sort(key=lambda r: r.start)
    context.speakers = quoted_sentences(context)
    counts = Counter(r.entity_id for refs in context.persons.values() for r in refs)
    context.principals = [entity for entity, count in counts.most_common(2) if count >= 2]
    return context
