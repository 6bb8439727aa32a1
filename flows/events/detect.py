"""Detect: one document with its sentences, name mentions and entities in; the events its sentences state out,
one `EventReport` per sentence at most (the highest-priority trigger that makes a valid event).

A report carries its actors (named in the sentence, named by office: "Мемлекет басшысы", "Раис Татарстана";
the speaker or the person addressed in quoted speech; the document's principal persons for "the sides" or
"at the meeting"), its place (the place nearest the trigger, before it in verb-final Kazakh, Tatar and
Turkish, after it in Russian and English; places inside titles excluded), its date and status, and the
sentence as evidence.
"""

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from flows.events import lexicon
from flows.events.codes import event_code
from flows.events.confidence import explicitness
from flows.events.dates import Reference, document_reference, find_dates, window
from models.documents import Document, Sentence
from models.entities import Entity, Mention
from models.events import ActorRole, DateExpression, EventReport, Evidence

OfficeHolder = Callable[[str, date | None], str | None]
"""The knowledge base's office holder: office id and date in, the holder's entity id out (None if unknown)."""

LANGUAGES = ("kk", "ru", "tr", "tt", "en")
VERB_FINAL = frozenset({"kk", "tr", "tt"})
"""Languages whose verb ends the clause: an event's place is the one written before its trigger."""
REPORTING_LAG_DAYS = 7
"""How many days news may lag what it reports (an undated report's event happened in these days before)."""
PROBE_DAY = date(2000, 7, 1)
"""Any day: what a relative date expression is resolved against only to tell that the sentence has one."""
NAMED_AFTER_REACH = 100
"""How far before a name a "named after" marker may stand (Russian, English: "в честь ... поэта X")."""


@dataclass(frozen=True)
class Ref:
    """A person or place a sentence names, by a name mention or by a phrase (an office, "the capital")."""

    entity_id: str
    start: int
    end: int
    sentence_index: int


@dataclass
class DocumentContext:
    """What the detector knows about one document beyond its single sentences."""

    document: Document
    sentences: list[Sentence]
    reference: Reference | None
    persons: dict[int, list[Ref]] = field(default_factory=dict)
    places: dict[int, list[Ref]] = field(default_factory=dict)
    speakers: dict[int, str | None] = field(default_factory=dict)
    """Quoted sentences by index, with the speaker where known."""
    principals: list[str] = field(default_factory=list)


ALPHABETS = {
    "ru": "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    "kk": "абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі",
    "tt": "абвгдеёжзийклмнопрстуфхцчшщъыьэюяәөүҗңһ",
    "tr": "abcçdefgğhıijklmnoöprsştuüvyzâîû",
    "en": "abcdefghijklmnopqrstuvwxyz",
}
"""The letters of each language: a sentence holding letters its detected language lacks and its document's
language has is in the document's language (a short Kazakh title read as Russian)."""


def _language(sentence: Sentence, document: Document) -> str:
    own, main = sentence.language, document.language
    if own in LANGUAGES and main in LANGUAGES and own != main:
        letters = {c for c in sentence.text.casefold() if c.isalpha()}
        foreign = letters - set(ALPHABETS[own])
        if foreign and foreign <= set(ALPHABETS[main]):
            return main
    for code in (own, main):
        if code in LANGUAGES:
            return code
    return "ru"


def _word_before(text: str, position: int) -> str:
    match = re.search(r"([\w-]+)\W{0,3}$", text[:position])
    return match.group(1) if match else ""


def _word_after(text: str, position: int) -> str:
    match = re.match(r"\W{0,3}([\w-]+)", text[position:])
    return match.group(1) if match else ""


def _is_word(pattern: re.Pattern[str] | None, word: str) -> bool:
    return bool(pattern and word and pattern.fullmatch(word))


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
    for sentence in context.sentences:
        language = _language(sentence, document)
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
                if len(offices) > 1:
                    holders = sorted((h for h in holders if counts[h]), key=lambda h: -counts[h])[:1]
                if not holders:
                    continue
                beside = [
                    m
                    for m in persons
                    if re.fullmatch(r"\s{0,2}", document.text[end : m.start] if m.start >= end else "x")
                    or re.fullmatch(r",?\s{0,2}", document.text[m.end : start] if m.end <= start else "x")
                ]
                # "Президент Рустам Минниханов": the title is the named person's, not another actor. A name
                # beside a title its holder does not bear is someone else ("Devlet başkanı Minnikhanova ...").
                if any(m.entity_id in holders for m in beside):
                    continue
                # A title with the name of one who held that office beside it is that person's, whatever day
                # the article is read as of (an undated one: today): "Министр иностранных дел Мурат Нуртлеу".
                if any(_ever_held(m.entity_id, offices) for m in beside):
                    continue
                refs.append(Ref(holders[0], start, end, sentence.index))
    return refs, spans


def _place_refs(context: DocumentContext, entities: dict[str, Entity]) -> list[Ref]:
    """Places named by what they are ("the capital of Kazakhstan"), linked to the entity of that name."""
    by_name: dict[str, str] = {}
    for entity in entities.values():
        if entity.type == "place":
            by_name.setdefault(entity.name.casefold(), entity.entity_id)
    refs: list[Ref] = []
    for sentence in context.sentences:
        for pattern, name in lexicon.place_phrases(_language(sentence, context.document)):
            entity_id = by_name.get(name.casefold())
            if entity_id:
                refs.extend(
                    Ref(entity_id, sentence.start + m.start(), sentence.start + m.end(), sentence.index)
                    for m in pattern.finditer(sentence.text)
                )
    return refs


def _named_after(text: str, start: int, end: int, language: str) -> bool:
    """True for a name something is named after: a marker word right beside it ("аэропорт имени X",
    "X атындағы", "X'in ismini"), or, where the marker comes first (Russian, English), a marker earlier in the
    clause with no other capitalised word between ("в честь выдающегося поэта X")."""
    marker = lexicon.discourse("named_after", language)
    if marker is None:
        return False
    if _is_word(marker, _word_before(text, start)) or _is_word(marker, _word_after(text, end)):
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


def _attribution(
    context: DocumentContext, text: str, start: int, end: int, persons_in: Callable[[int, int], list[Ref]]
) -> tuple[str | None] | None:
    """The speaker of a line that closes a quotation with "– said X" (None inside when X is not known);
    None when the line does not close one."""
    segment = text[start:end]
    sentence = next((s for s in context.sentences if start <= s.start < end), None)
    verbs = lexicon.discourse("speech_verbs", _language(sentence, context.document)) if sentence else None
    said = verbs.search(segment) if verbs else None
    dash = re.search(r"[–—-]\s*$", segment[: said.start()]) if said else None
    if not dash:
        return None
    after = [r for r in persons_in(start, end) if r.start >= start + dash.start()]
    return (after[0].entity_id if after else None,)


def _quotes(context: DocumentContext) -> dict[int, str | None]:
    """Quoted sentences with their speaker: lines after a "Name, title:" label, lines opened by a dash or
    guillemet up to the one closed by "– said X"."""
    text = context.document.text
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]
    openers = tuple(lexicon.trigger_file().discourse.quote_openers)

    def sentences_in(start: int, end: int) -> list[Sentence]:
        return [s for s in context.sentences if start <= s.start < end]

    def persons_in(start: int, end: int) -> list[Ref]:
        return [
            r
            for s in sentences_in(start, end)
            for r in context.persons.get(s.index, [])
            if start <= r.start < end
        ]

    quoted: dict[int, str | None] = {}
    label_speaker: str | None = None
    position = 0
    while position < len(lines):
        start, end = lines[position]
        line = text[start:end].strip()
        if label_speaker is not None:
            for sentence in sentences_in(start, end):
                quoted[sentence.index] = label_speaker
            label_speaker = None
            position += 1
            continue
        speakers = persons_in(start, end)
        if line.endswith(":") and len(line) < 200 and speakers:
            label_speaker = speakers[0].entity_id
            position += 1
            continue
        if line.startswith(openers):
            closing, speaker = position, None
            for probe in range(position, min(position + 8, len(lines))):
                attribution = _attribution(context, text, *lines[probe], persons_in)
                if attribution is not None:
                    closing, speaker = probe, attribution[0]
                    break
            for index in range(position, closing + 1):
                for sentence in sentences_in(*lines[index]):
                    quoted[sentence.index] = speaker
            position = closing + 1
            continue
        position += 1
    return quoted


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
    language_of = {s.index: _language(s, document) for s in context.sentences}
    offices, title_spans = _office_refs(context, mentions, holder, set(entities))
    organisations = [(m.start, m.end) for m in mentions if m.type == "organization"]
    for mention in mentions:
        language = language_of.get(mention.sentence_index, "ru")
        if _named_after(document.text, mention.start, mention.end, language):
            continue
        ref = Ref(mention.entity_id, mention.start, mention.end, mention.sentence_index)
        if mention.type == "person":
            context.persons.setdefault(mention.sentence_index, []).append(ref)
    for ref in offices:
        context.persons.setdefault(ref.sentence_index, []).append(ref)
    places = [
        Ref(m.entity_id, m.start, m.end, m.sentence_index) for m in mentions if m.type == "place"
    ] + _place_refs(context, entities)
    for ref in places:
        inside = [
            (a, b)
            for a, b in title_spans + organisations
            if a <= ref.start and ref.end <= b and (a, b) != (ref.start, ref.end)
        ]
        language = language_of.get(ref.sentence_index, "ru")
        # A title puts its place before the office noun in Kazakh, Tatar and Turkish ("Татарстан Президенті"),
        # after it in Russian ("Раис Татарстана"); an office noun on the other side is another phrase's
        # ("Мемлекет басшысына Нұр-Сұлтан қаласына").
        office_after = _is_word(lexicon.office_nouns(), _word_after(document.text, ref.end))
        office_before = _is_word(lexicon.office_nouns(), _word_before(document.text, ref.start))
        if language in VERB_FINAL:
            beside_office = office_after
        elif language == "ru":
            beside_office = office_before
        else:
            beside_office = office_before or office_after
        # "В столице Казахстана": the country is part of the phrase naming the capital, not a place itself.
        inside_phrase = any(
            other.start <= ref.start
            and ref.end <= other.end
            and (other.start, other.end) != (ref.start, ref.end)
            for other in places
        )
        # "Kazakistanın Atırau bölgesini", "Қазақстанның Атырау облысы": a genitive place right before another
        # place qualifies it.
        genitive = lexicon.genitive(language)
        in_genitive = bool(genitive and genitive.fullmatch(document.text[ref.start : ref.end].split()[-1]))
        qualifier = in_genitive and any(
            other.start > ref.end and not document.text[ref.end : other.start].strip() for other in places
        )
        if (
            inside
            or inside_phrase
            or qualifier
            or beside_office
            or _named_after(document.text, ref.start, ref.end, language)
        ):
            continue
        context.places.setdefault(ref.sentence_index, []).append(ref)
    for table in (context.persons, context.places):
        for refs in table.values():
            refs.sort(key=lambda r: r.start)
    context.speakers = _quotes(context)
    counts = Counter(r.entity_id for refs in context.persons.values() for r in refs)
    context.principals = [entity for entity, count in counts.most_common(2) if count >= 2]
    return context


def _unique(ids: list[str]) -> list[str]:
    return list(dict.fromkeys(ids))


def _nearest_place(refs: list[Ref], trigger_start: int, trigger_end: int, verb_final: bool) -> Ref | None:
    # A place the trigger's own words open ("Ақтөбе облысында болған": the trigger spans "облысында") is
    # before it.
    before = [r for r in refs if r.end <= trigger_start or r.start < trigger_start < r.end]
    after = [r for r in refs if r.start >= trigger_end]
    first = (before[-1:] if verb_final else after[:1]) or (after[:1] if verb_final else before[-1:])
    return first[0] if first else None


def _nearest_date(dates: list[DateExpression], position: int) -> DateExpression | None:
    return min(dates, key=lambda d: min(abs(d.start - position), abs(d.end - position)), default=None)


@dataclass
class _Narration:
    """The last person a narrative (unquoted) sentence named first: who a first-person statement is by."""

    subject: str | None = None
    previous_actors: list[str] = field(default_factory=list)
    split_agent: str | None = None
    """Who the sentence before did a two-party act with several counterparts with ("talked with A, B, C")."""
    split_counterparts: list[str] = field(default_factory=list)
    """Those counterparts, in the order named."""


def _expected_actors(
    context: DocumentContext, sentence: Sentence, match: re.Match[str], language: str
) -> list[str]:
    """Who an expectation is of, when the sentence names them as the subject of the expected action: in the
    genitive just before it in Kazakh, Tatar and Turkish ("... Путиннің қатысатынына сенім білдірді"), between
    the expectation and the action in Russian and English ("выразил уверенность, что Путин посетит ...")."""
    action = lexicon.cue("intended_action", language)
    genitive = lexicon.genitive(language)
    refs = context.persons.get(sentence.index, [])
    text = context.document.text
    if action is None:
        return []
    for cue in action.finditer(sentence.text):
        if match.start() <= cue.start() < match.end():
            continue
        cue_start = sentence.start + cue.start()
        if language in VERB_FINAL and cue.start() < match.start() and genitive:
            subjects = []
            for ref in refs:
                if ref.end > cue_start:
                    continue
                tail = re.match(r"[\w'’]*", text[ref.end : cue_start])
                word_end = ref.end + (tail.end() if tail else 0)
                words = text[ref.start : word_end].split()
                if words and genitive.fullmatch(words[-1]) and len(text[word_end:cue_start].split()) <= 2:
                    subjects.append(ref.entity_id)
            if subjects:
                return subjects[-1:]
        elif language not in VERB_FINAL and cue.start() >= match.end():
            between = [
                r.entity_id for r in refs if r.start >= sentence.start + match.end() and r.end <= cue_start
            ]
            if between:
                return _unique(between)
    return []


def _genitive_subject(
    context: DocumentContext, refs: list[Ref], trigger_start: int, language: str
) -> list[str]:
    """In Kazakh, Tatar and Turkish the subject of a nominalised clause is in the genitive ("Minnikhanov'un
    Karaganda bölgesine yaptığı ziyaret", "Мишустиннің Астанаға сапары"): the person in the genitive nearest
    before the trigger, with no clause break between, is the one who acts."""
    genitive = lexicon.genitive(language)
    if language not in VERB_FINAL or genitive is None:
        return []
    text = context.document.text
    for ref in reversed([r for r in refs if r.end <= trigger_start]):
        tail = re.match(r"[\w'’]*", text[ref.end : trigger_start])
        word_end = ref.end + (tail.end() if tail else 0)
        words = text[ref.start : word_end].split()
        if re.search(r"[.;:!?]", text[word_end:trigger_start]):
            return []
        if words and genitive.fullmatch(words[-1]):
            return [ref.entity_id]
    return []


def _subjects(context: DocumentContext, sentence: Sentence, refs: list[Ref], language: str) -> list[str]:
    """The persons a sentence names, in order, without those it names as whose invitation the act follows
    ("по приглашению президента X", "X-тің шақыруымен", "X'in daveti üzerine"): the marker is written before
    the name in Russian and English, after it in Kazakh, Tatar and Turkish."""
    marker = lexicon.discourse("invitation", language)
    text = context.document.text
    kept: list[str] = []
    previous_end = sentence.start
    for ref in refs:
        if language in VERB_FINAL:
            tail = re.match(r"[\w'’]*\W{0,3}", text[ref.end : sentence.end])
            after = text[ref.end + (tail.end() if tail else 0) : ref.end + 40]
            invited_by = bool(marker and marker.match(after))
        else:
            before = text[max(previous_end, ref.start - 60) : ref.start]
            invited_by = bool(marker and marker.search(before))
        previous_end = ref.end
        if not invited_by:
            kept.append(ref.entity_id)
    return _unique(kept)


def _report(
    context: DocumentContext,
    sentence: Sentence,
    trigger: lexicon.Trigger,
    match: re.Match[str],
    narration: _Narration,
    clause: tuple[int, int] | None = None,
) -> EventReport | None:
    """The event a trigger states in a sentence, or None when the sentence does not make it one. `clause`: for
    a further event of the sentence, the span (sentence offsets) between the other events' triggers where a
    one-actor event (a visit) finds its actor."""
    language = _language(sentence, context.document)
    text = sentence.text
    code = event_code(trigger.type)
    if trigger.requires:
        required = lexicon.cue(trigger.requires, language)
        if required is None or not required.search(text[: match.start()] + " " + text[match.end() :]):
            return None
    if trigger.at_place and not any(
        r.start - sentence.start < match.end() and r.end - sentence.start > match.start()
        for r in context.places.get(sentence.index, [])
    ):
        return None
    refs = context.persons.get(sentence.index, [])
    if clause is not None and event_code(trigger.type).min_actors < 2:
        refs = [
            r for r in refs if clause[0] <= r.start - sentence.start and r.end - sentence.start <= clause[1]
        ]
    named = _unique([r.entity_id for r in refs])
    speaker = (
        context.speakers.get(sentence.index) if sentence.index in context.speakers else narration.subject
    )
    actors: list[str] = []
    if trigger.person == "first":
        actors = ([speaker] if speaker else []) + named
    elif trigger.person == "second":
        addressee = next((p for p in context.principals if p != speaker), None)
        actors = ([addressee] if addressee else []) + named
    else:
        actors = list(named)
    actors = _unique(actors)
    plural = lexicon.discourse("plural_actors", language)
    if (
        code.per_counterpart
        and narration.split_counterparts
        and (
            actors == [narration.split_agent]
            or (plural and plural.search(text) and (not actors or narration.split_agent in actors))
        )
    ):
        # "The leaders congratulated him": those the sentence before talked with, each acting on him.
        actors = [*narration.split_counterparts, str(narration.split_agent)]
    if code.intention and trigger.person == "third":
        actors = _expected_actors(context, sentence, match, language) or actors
    elif code.max_actors is not None and trigger.person == "third":
        acting = _subjects(context, sentence, refs, language)
        genitive = [
            a
            for a in _genitive_subject(context, refs, sentence.start + match.start(), language)
            if a in acting
        ]
        actors = _unique(genitive + acting)[: code.max_actors] or actors[: code.max_actors]
    parties = lexicon.discourse("parties", language)
    # Taking part in a session or summit of many: one named participant makes the event.
    # Meeting a group ("met with representatives of the Tatar community"): the one named person makes it.
    group = lexicon.cue("group_counterpart", language)
    needed = (
        1
        if trigger.attended or (code.group_counterpart and group and group.search(text))
        else code.min_actors
    )
    named_here = len(actors) >= needed
    if len(actors) < needed and trigger.frame:
        actors = _unique(actors + context.principals)
    elif len(actors) < needed and parties and parties.search(text):
        # "The two ministers signed": the pair the sentence before named, else the principal persons.
        pair = narration.previous_actors if len(narration.previous_actors) == 2 else context.principals
        actors = _unique(actors + pair)
    pronouns = lexicon.discourse("pronouns", language)
    if len(actors) < needed and pronouns and pronouns.search(text) and narration.previous_actors:
        actors = _unique(actors + narration.previous_actors[:1])
    if len(actors) < max(1, needed):
        return None

    trigger_start, trigger_end = sentence.start + match.start(), sentence.start + match.end()
    place_id, place_rank = None, 0
    if not trigger.frame:
        place = _nearest_place(
            context.places.get(sentence.index, []), trigger_start, trigger_end, language in VERB_FINAL
        )
        if place:
            place_id, place_rank = place.entity_id, 3
        elif code.located:
            before = [s for s in context.sentences if s.index == sentence.index - 1]
            same_line = before and "\n" not in context.document.text[before[0].end : sentence.start]
            earlier = context.places.get(sentence.index - 1, []) if same_line else []
            if earlier:
                place_id, place_rank = earlier[-1].entity_id, 2

    planned = lexicon.status_cue("planned", language)
    has_plan_words = bool(planned and planned.search(text))
    future = lexicon.future_form(language)
    verbs = match.group().split()[-1:] + [
        w.group(1) for w in [re.match(r"[^\S\n]+(\w+)", text[match.end() :])] if w is not None
    ]
    future_verb = bool(future and any(future.fullmatch(v) for v in verbs))
    expression, unresolved = None, None
    if not trigger.frame and not (code.dated_by_occasion and has_plan_words):
        expression = _nearest_date(find_dates(text, language, context.reference), match.start())
        if expression is None and (context.reference is None or context.reference.precision != "day"):
            # "На днях", "12 ноября" in an undated article: the event has a time of its own, not known here.
            probe = _nearest_date(find_dates(text, language, Reference(PROBE_DAY, "day")), match.start())
            unresolved = probe.surface if probe else None
    if code.intention:
        status = "intended"
    elif code.schedulable and (
        has_plan_words
        or future_verb
        or (
            expression
            and context.reference
            and context.reference.precision == "day"
            and expression.first_day > context.reference.day.isoformat()
        )
    ):
        status = "planned"
    else:
        status = "occurred"
    if (
        status == "occurred"
        and expression
        and context.reference
        and context.reference.precision == "day"
        and expression.first_day > context.reference.day.isoformat()
    ):
        # What has happened is not dated after publication: the date is of what it speaks of ("invited him
        # to visit next year").
        expression = None

    roles = [ActorRole(entity_id=a, role="agent" if i == 0 else "recipient") for i, a in enumerate(actors)]
    return EventReport(
        explicitness=explicitness(
            predicate=not trigger.frame and not trigger.attended,
            actors_named=named_here and trigger.person == "third",
            dated=expression is not None,
        ),
        doc_id=sentence.doc_id,
        type=trigger.type,
        actors=roles,
        place_id=place_id,
        place_rank=place_rank,
        date=expression.value if expression else None,
        date_precision=expression.precision if expression else None,
        date_text=expression.surface if expression else unresolved,
        date_start=expression.first_day if expression else None,
        date_end=expression.last_day if expression else None,
        date_source="text" if expression else None,
        status=status,
        evidence=Evidence(
            doc_id=sentence.doc_id,
            sentence_index=sentence.index,
            start=sentence.start,
            end=sentence.end,
            text=sentence.text,
            trigger=match.group(),
        ),
    )


def _undated_default(context: DocumentContext, report: EventReport) -> EventReport:
    """An undated report of something that happened, in a dated article: by the month, the text stating no
    day. News reports what happened in the days before it: the month is the one holding most of the
    `REPORTING_LAG_DAYS` before publication (19 April: April; 1 November: October), and the days it may mean
    are those days and the rest of the publication month up to publication."""
    published = context.document.published
    code = event_code(report.type)
    if report.date or report.status != "occurred":
        return report
    if published is None:
        # An undated article whose stated dates name one year most: what it reports can have happened only
        # in that year (a span to merge by, not a date).
        if context.reference is None or report.date_text:
            return report
        year = context.reference.day.year
        return report.model_copy(update={"date_start": f"{year:04d}-01-01", "date_end": f"{year:04d}-12-31"})
    if code.dated_by_occasion:
        return report
    value, precision, first, last = window(published, REPORTING_LAG_DAYS)
    return report.model_copy(
        update={
            "date": value,
            "date_precision": precision,
            "date_start": min(first, published.replace(day=1)).isoformat(),
            "date_end": last.isoformat(),
            "date_source": "publication",
        }
    )


SECOND_EVENT_PRIORITY = 55
"""A sentence states a further event beside its first only by a trigger of at least this priority (a visit, a
meeting, a signing, an invitation: "поблагодарил ... и пригласил", "посетил ..., где встретился"); thanks,
talks and expectations beside another event are part of it."""


def _second_event(
    taken: list[tuple[lexicon.Trigger, re.Match[str]]], trigger: lexicon.Trigger, match: re.Match[str]
) -> bool:
    """Whether a trigger states an event of its own beside those a sentence already states: a clause of its
    own (no overlap with their triggers), a type none of them has, a predicate (not a frame noun phrase)."""
    # A telephone conversation is an event of its own beside what was said in it ("held a telephone call,
    # congratulating him").
    if trigger.frame or (event_code(trigger.type).priority < SECOND_EVENT_PRIORITY and not trigger.call):
        return False
    for other, found in taken:
        if other.frame or other.type == trigger.type or trigger.type in event_code(other.type).embeds:
            return False
        if match.start() < found.end() and found.start() < match.end():
            return False
    return True


def _clause(
    taken: list[tuple[lexicon.Trigger, re.Match[str]]], match: re.Match[str], length: int
) -> tuple[int, int]:
    """The part of a sentence a further trigger's clause can span: between the triggers already taken."""
    before = [found.end() for _, found in taken if found.end() <= match.start()]
    after = [found.start() for _, found in taken if found.start() >= match.end()]
    return max(before, default=0), min(after, default=length)


def _per_counterpart(report: EventReport, narration: _Narration) -> list[EventReport]:
    """A two-party act with several counterparts, one report per counterpart: the agent with each other one
    ("talked by telephone with A, with B and with C"); the counterparts of the sentence before, each with the
    one they act on, when the report names only that one ("The leaders congratulated him")."""
    if not event_code(report.type).per_counterpart or len(report.actors) <= 2:
        return [report]
    ids = [a.entity_id for a in report.actors]
    if ids[-1] == narration.split_agent and ids[:-1] == narration.split_counterparts:
        pairs = [(other, ids[-1]) for other in ids[:-1]]
    else:
        pairs = [(ids[0], other) for other in ids[1:]]
    return [
        report.model_copy(
            update={
                "actors": [
                    ActorRole(entity_id=agent, role="agent"),
                    ActorRole(entity_id=recipient, role="recipient"),
                ]
            }
        )
        for agent, recipient in pairs
    ]


def detect_reports(context: DocumentContext) -> list[EventReport]:
    """The events the document's sentences state: the highest-priority one, and any further one a clause of
    its own states (`_second_event`)."""
    reports: list[EventReport] = []
    frames: list[EventReport] = []
    call_type: str | None = None
    narration = _Narration()
    for sentence in context.sentences:
        language = _language(sentence, context.document)
        quoted = sentence.index in context.speakers
        candidates = []
        for trigger in lexicon.triggers(language):
            if quoted != trigger.quoted and (quoted or trigger.person == "second"):
                continue
            for match in trigger.regex.finditer(sentence.text):
                candidates.append((-event_code(trigger.type).priority, match.start(), trigger, match))
        candidates.sort(key=lambda c: (c[0], c[1]))
        taken: list[tuple[lexicon.Trigger, re.Match[str]]] = []
        split: tuple[str | None, list[str]] = (None, [])
        for _, _, trigger, match in candidates:
            if taken and not _second_event(taken, trigger, match):
                continue
            clause = _clause(taken, match, len(sentence.text)) if taken else None
            report = _report(context, sentence, trigger, match, narration, clause)
            if report is not None:
                pairs = _per_counterpart(report, narration)
                reports.extend(pairs)
                if len(pairs) > 1 and report.actors[0].entity_id != narration.split_agent:
                    split = (report.actors[0].entity_id, [a.entity_id for a in report.actors[1:]])
                taken.append((trigger, match))
                if trigger.call:
                    call_type = trigger.type
                if trigger.frame:
                    frames.append(report)
        persons = context.persons.get(sentence.index, [])
        if not quoted and persons:
            narration.subject = persons[0].entity_id
        narration.previous_actors = _unique([r.entity_id for r in persons])
        narration.split_agent, narration.split_counterparts = split
    if call_type is not None:
        # A telephone conversation's document: "during the talks" is the call, not a meeting.
        reports = [
            r.model_copy(update={"type": call_type})
            if r.type == "meet" and any(r is f for f in frames)
            else r
            for r in reports
        ]
    return [_undated_default(context, r) for r in reports]
