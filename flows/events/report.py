"""Report: one trigger in one sentence in; the `EventReport` it states out (or None): its actors, place
(the most specific place nearest the trigger, before it in verb-final Kazakh, Tatar and Turkish, after it in
Russian and English, or where the sentence after says a meeting was held), date, status and explicitness,
with the sentence as evidence; undated reports by the month of the reporting lag.
"""

import bisect
import re
from datetime import date, timedelta

from flows.events import lexicon
from flows.events.actors import (
    Narration,
    addressed,
    companions,
    coordinated_countries,
    coordinated_pair,
    expected_actors,
    genitive_subject,
    listed_guests,
    listed_travellers,
    of_subject,
    participle_subject,
    subjects,
    told_subjects,
)
from flows.events.codes import EventCode, event_code
from flows.events.confidence import explicitness
from flows.events.context import VERB_FINAL, DocumentContext, Ref, sentence_language, unique
from flows.events.dates import (
    Reference,
    earlier_stage,
    find_dates,
    governs,
    in_first_person,
    says_today,
    sequel_days,
    sidelines,
    told_in_past,
    window,
    with_year,
    yearless_dates,
)
from flows.events.lexicon import WORD_START
from flows.events.places import FILED_FROM_RANK, named_airport, named_source, place_words
from flows.events.quotes import quoted_speech
from flows.metadata import month_word
from models.documents import Sentence
from models.events import ActorRole, DateExpression, EventReport, Evidence

REPORTING_LAG_DAYS = 7
"""How many days news may lag what it reports (an undated report's event happened in these days before)."""
ANNOUNCING_LEAD_DAYS = 14
"""How many days ahead news may announce an occasion it gives no day of (the event it plans is in these days
after, even where they run into the next month)."""


PROBE_DAY = date(2000, 7, 1)
"""Any day: what a relative date expression is resolved against only to tell that the sentence has one."""


def _opening_place(
    context: DocumentContext, sentence: Sentence, trigger: lexicon.Trigger, start: int, end: int
) -> Ref | None:
    """The place a trigger's own words open ("Астанада жүрген", "Bakü'de bulunan"): where the one staying
    there is, whatever else the sentence names."""
    if not trigger.at_place:
        return None
    return next((r for r in event_places(context, sentence) if start <= r.start < end), None)


def _without_addressees(
    context: DocumentContext,
    sentence: Sentence,
    refs: list[Ref],
    actors: list[str],
    needed: int,
    language: str,
) -> list[str]:
    """A meeting's actors without whom the sentence tells of it ("Путин Тоқаевқа Назарбаевпен не себепті
    кездескенін түсіндірген": Putin met Nazarbayev, and told Tokayev why), where it names whom they met."""
    if not companions(context, sentence, refs, language):
        return actors
    told_to = addressed(context, refs, language)
    kept = [a for a in actors if a not in told_to]
    return kept if len(kept) >= needed else actors


def _with_the_other_principal(context: DocumentContext, actors: list[str]) -> list[str]:
    """A two-party act of one of the two persons the document is about, naming no counterpart, is done with
    the other ("Tokayev, Türkiye Cumhuriyeti'nin kuruluşunun 100. yılını kutladı", in a report of their call).
    Talks are left to the meeting they fold into."""
    pair = context.principals[:2]
    return unique(actors + pair) if len(pair) == 2 and actors[0] in pair else actors


def nearest_place(
    refs: list[Ref],
    trigger_start: int,
    trigger_end: int,
    verb_final: bool,
    broad: frozenset[str] = frozenset(),
    either_side: bool = True,
) -> Ref | None:
    """The place nearest the trigger on its language's side (else, `either_side`, on the other), the most
    specific of that side first: a city or building before a country or a name the gazetteer does not know
    ("в Астане ... Республики Казахстан"). Only a located act (a visit, a meeting) looks on the other side:
    for a signing or thanks a place there names an actor's office ("Президенты Узбекистана и Казахстана ...
    подписали")."""
    # A place the trigger's own words open ("Ақтөбе облысында болған": the trigger spans "облысында") is
    # before it.
    before = [r for r in refs if r.end <= trigger_start or r.start < trigger_start < r.end][::-1]
    after = [r for r in refs if r.start >= trigger_end]
    for side in ((before, after) if verb_final else (after, before))[: 2 if either_side else 1]:
        if side:
            return next((r for r in side if r.entity_id not in broad), side[0])
    return None


def event_places(context: DocumentContext, sentence: Sentence) -> list[Ref]:
    """The places a sentence names that can be where an event happened: all but the names of a source the
    text relays or cites ("..., reports Akorda": the press service, an organisation), places in the genitive,
    which qualify another noun ("Қазақстанның бұрынғы президенті", "Russia's contribution"), and airports the
    gazetteer does not know ("в аэропорту «X»": no event's place, and no city known to give)."""
    refs = context.places.get(sentence.index, [])
    language = sentence_language(sentence, context.document)
    genitive = lexicon.genitive(language)
    text = context.document.text
    return [
        r
        for r in refs
        if not named_source(sentence.text, r.start - sentence.start, r.end - sentence.start, language)
        and not (genitive and in_genitive(text[r.start : r.end].split()[-1], genitive))
        and not (r.entity_id in context.unknown_places and named_airport(text, r.start, r.end, language))
    ]


def in_genitive(word: str, genitive: re.Pattern[str]) -> bool:
    """A name in the genitive: its ending after an apostrophe ("Türkiye’nin", "Russia's"), or, in a word with
    no Latin letter, with none (Cyrillic Kazakh and Tatar glue the ending on: "Қазақстанның"); a Latin name
    may end in the ending's letters itself (Berlin, Athens)."""
    if "'" in word or "’" in word:
        return bool(genitive.fullmatch(word))
    return not re.search(r"[A-Za-z]", word) and bool(genitive.fullmatch(word))


def venue_place(context: DocumentContext, sentence: Sentence) -> Ref | None:
    """The place the sentence right after a report's says its occasion was held at ("The meeting was held in
    a media center “Kazmedia”", "Встреча прошла в Доме дружбы"): a city or building, else a name no list
    knows (a building's), never a country; None where that sentence says no such thing."""
    at = bisect.bisect_left([s.index for s in context.sentences], sentence.index + 1)
    if at == len(context.sentences) or context.sentences[at].index != sentence.index + 1:
        return None
    after = context.sentences[at]
    venue = place_words("venue_words", sentence_language(after, context.document))
    if venue is None or not venue.search(after.text):
        return None
    refs = event_places(context, after)
    known = (r for r in refs if r.entity_id not in context.broad_places)
    return next(known, next((r for r in refs if r.entity_id in context.unknown_places), None))


def lead_place(context: DocumentContext) -> str | None:
    """Where an article's lead says its occasion was held ("Батыс Қазақстан облысында ... мерекесі өтті",
    "В Уральске прошёл праздник"): the first place its first sentence names beside a verb of holding, a city
    or region (a country is no local story's place); None where the lead says no such thing."""
    if not context.sentences:
        return None
    lead = context.sentences[0]
    held = place_words("held_words", sentence_language(lead, context.document))
    if held is None or not held.search(lead.text):
        return None
    places = [r for r in event_places(context, lead) if r.entity_id not in context.broad_places]
    return places[0].entity_id if places else None


FILED_FROM_SENTENCES = 6
"""How far into an article the city it is filed from is looked for (title, standfirst, lead, dateline)."""


def filed_from(context: DocumentContext) -> str | None:
    """The city an article's dateline says it is filed from ("АСТАНА, 15 қараша – Sputnik.", "Astana. July
    4."): a city or building opening a line of the first sentences, a day or a month word right after it."""
    text = context.document.text
    for sentence in context.sentences[:FILED_FROM_SENTENCES]:
        for ref in context.places.get(sentence.index, []):
            follows = re.match(r"[.,]?\s*[-–—]?\s*(\w+)", text[ref.end : ref.end + 40])
            opens_line = not text[max(0, ref.start - 40) : ref.start].rpartition("\n")[2].strip()
            dated = follows and (follows.group(1).isdigit() or month_word().match(follows.group(1)))
            if opens_line and dated and ref.entity_id not in context.broad_places:
                return ref.entity_id
    return None


def coordinated_places(context: DocumentContext, sentence: Sentence, place_id: str) -> list[str]:
    """The places a sentence coordinates with the given one ("visits to Russia and France"; "Ресей мен
    Францияға"), on either side of it, joined by commas or the language's conjunctions."""
    refs = event_places(context, sentence)
    at = next((i for i, r in enumerate(refs) if r.entity_id == place_id), None)
    conjunction = lexicon.discourse("conjunctions", sentence_language(sentence, context.document))
    if at is None or conjunction is None:
        return []
    text = context.document.text

    def joined(left: Ref, right: Ref) -> bool:
        gap = text[left.end : right.start].strip(" ,")
        return right.start >= left.end and (not gap or bool(conjunction.fullmatch(gap)))

    linked = []
    for step in (1, -1):
        i = at
        while 0 <= i + step < len(refs):
            left, right = (refs[i], refs[i + step]) if step == 1 else (refs[i + step], refs[i])
            if not joined(left, right):
                break
            i += step
            linked.append(refs[i].entity_id)
    # A recogniser's guess is too weak a place to make a visit of its own.
    return [p for p in unique(linked) if p != place_id and p not in context.unknown_places]


SEQUEL_REACH = 5
"""How many sentences back "the next day" looks for the day it counts from."""


def sequel_date(context: DocumentContext, sentence: Sentence, language: str) -> DateExpression | None:
    """ "The next day" ("ertesi gün", "келесі күні"): the day after the last day the sentences before
    state."""
    offset = sequel_days(sentence.text, language)
    if offset is None:
        return None
    # the sentences are in order: a slice, not a scan of the document for each sentence
    at = bisect.bisect_left([s.index for s in context.sentences], sentence.index)
    earlier = context.sentences[max(0, at - SEQUEL_REACH) : at]
    for before in reversed(earlier):
        days = [
            d
            for d in find_dates(before.text, sentence_language(before, context.document), context.reference)
            if d.precision == "day"
        ]
        if days:
            # told in another sentence: no span of this one
            return _days_after(days[-1], offset).model_copy(update={"start": 0, "end": 0})
    return None


def _days_after(expression: DateExpression, offset: int) -> DateExpression:
    """The day `offset` days after a day expression, told relative to it."""
    day = (date.fromisoformat(expression.value) + timedelta(days=offset)).isoformat()
    return expression.model_copy(update={"value": day, "first_day": day, "last_day": day, "relative": True})


def _counted_on(text: str, language: str, expression: DateExpression, trigger_start: int) -> DateExpression:
    """A day before the trigger, or the day after it where "the next day" stands between them ("прибыл 10
    марта, а на следующий день провёл переговоры")."""
    offset = sequel_days(text, language, expression.end, trigger_start)
    return expression if offset is None else _days_after(expression, offset)


SIDELINES_REACH = 3
"""How many sentences either side of an event on the sidelines of an occasion the occasion's date is looked
for in."""


OCCASION_NAME = 5
"""How many letters a word must have to name the occasion an event is on the sidelines of ("zirve",
"summit"; not "the", "of")."""
SAID_REACH = 20
"""How many characters before a date a speech verb makes it the day of the saying ("said on Monday")."""


def _said_on(text: str, language: str, expression: DateExpression, occasion_at: int) -> bool:
    """Whether a speech verb stands right before the date or between it and the occasion's name ("said on
    Monday that the leaders will attend the summit"): the day of the saying, not the occasion's."""
    speech = lexicon.discourse("speech_verbs", language)
    start = max(0, min(expression.start, occasion_at) - SAID_REACH)
    return bool(speech and speech.search(text, start, max(expression.end, occasion_at)))


def sidelines_date(context: DocumentContext, sentence: Sentence, language: str) -> DateExpression | None:
    """An event on the sidelines of an occasion ("is expected to meet Putin on the sidelines of the Conference
    on Interaction ..."): the day a nearby sentence states for that occasion ("will participate in a summit
    of the Conference on Interaction ... on Thursday"), the occasion told by its name's first long word, after
    the sidelines words (before them in Kazakh, Tatar and Turkish: "саммит кулуарында")."""
    found = sidelines(sentence.text, language)
    if found is None:
        return None
    if language in VERB_FINAL:
        words = re.findall(r"\w+", sentence.text[: found.start()])[::-1]
    else:
        words = re.findall(r"\w+", sentence.text[found.end() :])
    stem = next((w[:OCCASION_STEM] for w in words[:4] if len(w) >= OCCASION_NAME), None)
    if stem is None:
        return None
    named = re.compile(WORD_START + re.escape(stem), re.IGNORECASE)
    at = bisect.bisect_left([s.index for s in context.sentences], sentence.index)
    nearby = sorted(
        context.sentences[max(0, at - SIDELINES_REACH) : at + SIDELINES_REACH + 1],
        key=lambda s: abs(s.index - sentence.index),
    )
    for other in nearby:
        occasion = named.search(other.text) if other is not sentence else None
        if occasion is None:
            continue
        other_language = sentence_language(other, context.document)
        planned = lexicon.status_cue("planned", other_language)
        future = lexicon.future_form(other_language)
        ahead = bool(planned and planned.search(other.text)) or bool(
            future and any(future.fullmatch(w) for w in re.findall(r"\w+", other.text))
        )
        days = [
            d
            for d in find_dates(other.text, other_language, context.reference, ahead=ahead)
            if d.precision == "day" and not _said_on(other.text, other_language, d, occasion.start())
        ]
        day = nearest_date(days, occasion.start())
        if day is not None:
            return day.model_copy(update={"start": 0, "end": 0})
    return None


OCCASION_STEM = 6
"""How many first letters of a trigger's word name its occasion ("отырысына", "отырысының": "отырыс")."""


def earlier_mention(
    context: DocumentContext, sentence: Sentence, match: re.Match[str]
) -> tuple[Sentence, int] | None:
    """The sentence before, and where in it, when it names the occasion the trigger names ("... Кеңес
    отырысының қорытындылары" before "– Кеңестің отырысына қатысқаныңызды"): the same occasion, there dated
    and placed. A word of the trigger long enough to tell an occasion by names it ("принял участие в
    заседании": "заседа")."""
    stems = [w[:OCCASION_STEM] for w in re.findall(r"\w+", match.group()) if len(w) >= OCCASION_STEM]
    at = bisect.bisect_left([s.index for s in context.sentences], sentence.index)
    if not stems or at == 0 or context.sentences[at - 1].index != sentence.index - 1:
        return None
    before = context.sentences[at - 1]
    pattern = WORD_START + "(?:" + "|".join(re.escape(stem) for stem in stems) + ")"
    found = re.search(pattern, before.text, re.IGNORECASE)
    return (before, found.start()) if found else None


SESSION_REACH = 90
"""How many characters either side of a meeting's trigger a word naming its session may stand ("переговоры
глав государств в формате тет-а-тет", "baş başa ve heyetler arası görüşmeye geçti")."""
COUNCIL_REACH = 60
"""How many characters after a Russian or English meeting trigger the council or summit it names may stand."""
LOCAL_SESSIONS = ("tete", "expanded", "council")


def meeting_sessions(
    context: DocumentContext, sentence: Sentence, match: re.Match[str], report: EventReport
) -> list[str | None]:
    """The sessions of a visit a meeting's sentence names, one event each: a welcome at the airport (the word
    anywhere in the sentence, or in the sentence before that gave the place); else the tête-à-tête talks, the
    delegations' talks, a council session or summit the words beside the trigger name ("baş başa ve
    heyetlerarası görüşmeler": two sessions); [None] when it names none."""
    language = sentence_language(sentence, context.document)
    airport = lexicon.cue("session_airport", language)
    texts = [sentence.text]
    if report.place_rank == 2:
        texts += [s.text for s in context.sentences if s.index == sentence.index - 1]
    if airport is not None and any(airport.search(t) for t in texts):
        return ["airport"]
    text = sentence.text
    start = max(0, match.start() - SESSION_REACH)
    found = []
    for session in LOCAL_SESSIONS:
        cue = lexicon.cue("session_" + session, language)
        # A council or summit is the trigger's own occasion only where the trigger names it, or (Russian,
        # English) the words right after it do ("участие в заседании Совета"); "саммитіне келген X ...
        # келіссөз жүргізді" is talks held during the summit.
        if session == "council":
            if language in VERB_FINAL:
                hit = (
                    cue.search(text, max(0, match.start() - COUNCIL_REACH // 2), match.end()) if cue else None
                )
            else:
                hit = cue.search(text, match.start(), match.end() + COUNCIL_REACH) if cue else None
        else:
            hit = cue.search(text, start, match.end() + SESSION_REACH) if cue else None
        if hit:
            found.append((hit.start(), session))
    return [session for _, session in sorted(found)] or [None]


def nearest_date(dates: list[DateExpression], position: int) -> DateExpression | None:
    return min(dates, key=lambda d: min(abs(d.start - position), abs(d.end - position)), default=None)


def hosted_guest(context: DocumentContext, sentence: Sentence, refs: list[Ref], language: str) -> list[str]:
    """The guest a host hosts ("X, Taşkent'te Y'i ağırladı", "X hosted Y"): the person the sentence names as
    acting after the host, its first; none where it names no second one."""
    return subjects(context, sentence, refs, language)[1:2]


def principal_agent(context: DocumentContext, code: EventCode, actors: list[str]) -> list[str]:
    """The actors of an act told with its recipient alone, the agent unnamed ("Президента Казахстана
    пригласили ..."): the document's other principal person first, where the recipient is one of two."""
    if not code.principal_agent or len(actors) != 1 or len(context.principals) != 2:
        return actors
    if actors[0] not in context.principals:
        return actors
    return [p for p in context.principals if p != actors[0]] + actors


def _word_after(text: str, match: re.Match[str]) -> list[str]:
    """The word right after a trigger's match on its line (an auxiliary: "ziyaret edecek"), if any."""
    return [w.group(1) for w in [re.match(r"[^\S\n]+(\w+)", text[match.end() :])] if w is not None]


def _trigger_words(text: str, match: re.Match[str]) -> list[str]:
    """The words of a trigger's match and the word right after it on its line."""
    return re.findall(r"\w+", match.group()) + _word_after(text, match)


def _told_in_future(text: str, match: re.Match[str], language: str) -> bool:
    """Whether the last word of a trigger's match, or the word right after it on its line, is a future form
    of the language ("келеді", "gerçekleştirecek", "will visit")."""
    future = lexicon.future_form(language)
    verbs = match.group().split()[-1:] + _word_after(text, match)
    return bool(future and any(future.fullmatch(v) for v in verbs))


def report_of(
    context: DocumentContext,
    sentence: Sentence,
    trigger: lexicon.Trigger,
    match: re.Match[str],
    narration: Narration,
    clause: tuple[int, int] | None = None,
) -> EventReport | None:
    """The event a trigger states in a sentence, or None when the sentence does not make it one. `clause`: for
    a further event of the sentence, the span (sentence offsets) between the other events' triggers where a
    one-actor event (a visit) finds its actor."""
    language = sentence_language(sentence, context.document)
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
    refs = sentence_refs = context.persons.get(sentence.index, [])
    if clause is not None and event_code(trigger.type).min_actors < 2:
        refs = [
            r for r in refs if clause[0] <= r.start - sentence.start and r.end - sentence.start <= clause[1]
        ]
    named = unique([r.entity_id for r in refs])
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
    actors = unique(actors)
    if trigger.person == "first" and len(actors) < code.min_actors:
        # "We congratulate you", "I want to thank": the speaker addresses the one they are with.
        actors += [p for p in context.principals if p not in actors][: code.min_actors - len(actors)]
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
    if trigger.person == "guest":
        actors = hosted_guest(context, sentence, refs, language)
    elif trigger.person == "invitee":
        # "X accepted Y's invitation": the one who accepts is the invitee, the one named after the inviter.
        actors = actors[1:2] + actors[:1]
    elif code.intention and trigger.person == "third":
        actors = expected_actors(context, sentence, match, language) or actors
    elif code.max_actors is not None and trigger.person == "third":
        # A clause of its own with no one acting in it ("was welcomed by X upon arrival"): the sentence's
        # subject did it.
        acting = subjects(context, sentence, refs, language) or subjects(
            context, sentence, sentence_refs, language
        )
        if code.telling:
            # The teller is not whose act it tells ("Путиннің сапары туралы Лавров айтты").
            told = told_subjects(context, refs, language)
            acting = [a for a in acting if a not in told] or acting
        # A telling's genitive is of what it tells ("Путиннің сапары туралы айтты"), not of its teller.
        genitive = [
            a
            for a in genitive_subject(context, refs, sentence.start + match.start(), language)
            if a in acting and not code.telling
        ]
        trigger_end = sentence.start + match.end()
        opened = [] if code.telling else participle_subject(context, refs, trigger_end, language)
        whose = of_subject(context, refs, trigger_end, language) if not code.telling else []
        spoken_of = lexicon.cue("spoken_of", language)
        if code.located and spoken_of and spoken_of.search(text[: match.start()]) and not (whose or genitive):
            # "the agenda of the upcoming visit": a visit the sentence speaks of, no one's act in it.
            return None
        # One a participle opens the clause for travels alone; a list after it is no list of travellers.
        listed = (
            listed_travellers(context, refs, acting, trigger_end, language)
            or listed_guests(context, sentence, refs, acting, language)
            if code.located and not opened
            else []
        )
        actors = (
            listed
            or unique(whose + opened + genitive + acting)[: code.max_actors]
            or actors[: code.max_actors]
        )
    elif code.max_actors is not None:
        # The speaker or the one addressed comes first.
        actors = actors[: code.max_actors]
    if code.located and not trigger.frame and len(actors) > code.min_actors:
        actors = _without_addressees(context, sentence, refs, actors, code.min_actors, language)
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
    met_with = companions(context, sentence, refs, language) if trigger.frame and code.min_actors > 1 else []
    told = told_subjects(context, refs, language) if met_with else []
    acting_here = (
        [a for a in subjects(context, sentence, refs, language) if a not in told] if met_with else []
    )
    if acting_here:
        # "Лавров Нұртілеумен кездесуі барысында айтты": the occasion is the actor's and whom they met.
        actors = unique(acting_here[:1] + met_with)
    elif trigger.frame and len(context.principals) >= needed:
        # "At the meeting, ministers X and Y were present": the occasion's actors are the principal persons.
        actors = list(context.principals)
    elif len(actors) < needed and trigger.frame:
        actors = unique(actors + context.principals)
        if len(actors) < needed:
            actors = unique(actors + narration.last_meeting)
    elif len(actors) < needed and (
        (parties and parties.search(text))
        or (not actors and needed == 2 and coordinated_countries(context, sentence, language))
    ):
        # "The two ministers signed", "Uzbekistan and Kazakhstan signed": the pair the sentence before named,
        # else the last pair the text named together, else the principal persons.
        pair = (
            narration.previous_actors
            if len(narration.previous_actors) == 2
            else coordinated_pair(context, sentence) or context.principals
        )
        actors = unique(actors + pair)
    if len(actors) == 1 < needed and code.per_counterpart and not code.fold_into:
        actors = _with_the_other_principal(context, actors)
    pronouns = lexicon.discourse("pronouns", language)
    if len(actors) < needed and pronouns and pronouns.search(text):
        # "He": whom the sentence before named, else the narrative's subject ("During the meeting the
        # president noted ... He also thanked").
        referent = narration.previous_actors[:1] or ([narration.subject] if narration.subject else [])
        actors = unique(actors + referent)
    guests = lexicon.cue("guests", language)
    if len(actors) < needed and guests and guests.search(text) and narration.subject:
        # "Далее почетные гости встретились с делегациями": the guests the narrative is about, its subject.
        actors = unique([*actors, narration.subject])
    planned = lexicon.status_cue("planned", language)
    # The words a speaker says, where the trigger is not among them, tell what is said, not the trigger's act
    # ("«... 3 қарашада жоспарланған саммитке ...», - деді Нұртілеу ... кездесуден кейін": a meeting held).
    quoted = [
        (start, end) for start, end in quoted_speech(text, language) if not start <= match.start() < end
    ]
    unquoted = text
    for start, end in quoted:
        unquoted = unquoted[:start] + " " * (end - start) + unquoted[end:]
    has_plan_words = bool(planned and planned.search(unquoted))
    future_verb = _told_in_future(text, match, language)
    event_type = trigger.type
    if len(actors) == 1 and needed > 1 and trigger.type == "meet" and future_verb and not trigger.frame:
        # "Erdoğan ziyareti kapsamında ikili görüşmeler de gerçekleştirecek": talks to come with no one named
        # to hold them with are an intention, not a meeting set for an occasion.
        event_type, code = "intend", event_code("intend")
    elif len(actors) < max(1, needed):
        actors = principal_agent(context, code, actors)
        if len(actors) < max(1, needed):
            return None

    trigger_start, trigger_end = sentence.start + match.start(), sentence.start + match.end()
    place_id, place_rank = None, 0
    if not trigger.frame:
        place = _opening_place(context, sentence, trigger, trigger_start, trigger_end) or nearest_place(
            event_places(context, sentence),
            trigger_start,
            trigger_end,
            language in VERB_FINAL,
            context.broad_places,
            code.located,
        )
        if place:
            place_id, place_rank = place.entity_id, 3
        elif code.located:
            before = [s for s in context.sentences if s.index == sentence.index - 1]
            same_line = before and "\n" not in context.document.text[before[0].end : sentence.start]
            earlier = event_places(context, before[0]) if same_line else []
            mention = earlier_mention(context, sentence, match)
            if mention and not earlier:
                # The sentence before names the same occasion: its place nearest that name.
                named_at = mention[0].start + mention[1]
                earlier = sorted(event_places(context, mention[0]), key=lambda r: -abs(r.start - named_at))
            if earlier:
                place_id, place_rank = earlier[-1].entity_id, 2
            elif (filed := filed_from(context)) is not None:
                # A meeting or visit the text places nowhere: where its article is filed from, if the story is
                # a local one (`places.most_specific_places` keeps it only then).
                place_id, place_rank = filed, FILED_FROM_RANK
        # A visit's place is its destination, not the hall of one of its meetings.
        venue = venue_place(context, sentence) if code.located and code.max_actors != 1 else None
        if venue is not None and (place_rank < 3 or place_id in context.broad_places):
            # "... met the heads of Tatar organisations of Kazakhstan. The meeting was held in a media center
            # “Kazmedia”.": the sentence after says where.
            place_id, place_rank = venue.entity_id, 3
    if place_id is None and trigger.attended and not code.located and (lead := lead_place(context)):
        # An act of an occasion of many placed nowhere ("екіжақты келісімге қол қойылды" at the forum): at the
        # local story's place, where no meeting of the document gives it one (`merge._place_by_occasion`).
        place_id, place_rank = lead, FILED_FROM_RANK

    expression, unresolved, yearless = None, None, None
    # A speech act that tells what is planned ("said on Monday that the leaders will attend the summit on
    # 13 October"): only a date before the words of the plan is the act's own.
    plan_word = planned.search(unquoted) if planned and code.dated_by_occasion else None
    told_from = plan_word.start() if plan_word else None
    # What the sentence plans is ahead of publication, unless the plan is what a speech act tells.
    ahead = (has_plan_words or future_verb) and told_from is None
    # "С 1 по 3 апреля прошла выставка" in March: what a verb tells in the past is not weeks ahead
    past_verb = told_in_past(_trigger_words(text, match), language)
    if not trigger.frame and not (told_from is not None and told_from <= match.start()):
        expression = nearest_date(
            [
                d
                for d in find_dates(
                    text, language, context.reference, ahead=ahead, behind=not ahead and past_verb
                )
                if governs(text, language, d, match.start(), match.end())
                and (told_from is None or d.end <= told_from)
                and not any(start <= d.start and d.end <= end for start, end in quoted)
            ],
            match.start(),
        )
        if expression is not None and expression.precision == "day" and expression.end <= match.start():
            expression = _counted_on(text, language, expression, match.start())
        if expression is None:
            expression = sequel_date(context, sentence, language)
        if expression is None:
            expression = sidelines_date(context, sentence, language)
        mention = earlier_mention(context, sentence, match) if expression is None else None
        if mention is not None:
            # The sentence before names the same occasion: its date nearest that name.
            occasion, named_at = mention
            lent = nearest_date(
                find_dates(occasion.text, sentence_language(occasion, context.document), context.reference),
                named_at,
            )
            expression = lent.model_copy(update={"start": 0, "end": 0}) if lent else None
        if expression is None and (context.reference is None or context.reference.precision != "day"):
            # "На днях", "12 ноября" in an undated article: the event has a time of its own, not known here.
            probe = nearest_date(find_dates(text, language, Reference(PROBE_DAY, "day")), match.start())
            unresolved = probe.surface if probe else None
            # "27 қарашада" in an article of unknown year: the day is known, its year comes from the reports
            # of the same event that date it.
            stated = yearless_dates(text, language)
            at = match.start()
            yearless = min(
                stated,
                key=lambda pair: min(abs(pair[0].start - at), abs(pair[0].end - at)),
                default=(None, None),
            )[1]
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
        type=event_type,
        actors=roles,
        place_id=place_id,
        place_rank=place_rank,
        date=expression.value if expression else None,
        date_precision=expression.precision if expression else None,
        date_text=expression.surface if expression else unresolved,
        date_start=expression.first_day if expression else None,
        date_end=expression.last_day if expression else None,
        date_source="text" if expression else None,
        yearless=yearless,
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


def undated_default(
    context: DocumentContext, report: EventReport, day_written: str | None, today: str | None
) -> EventReport:
    """An undated report of something that happened, in a dated article: by the month, the text stating no
    day. News reports what happened in the days before it: the month is the one holding most of the
    `REPORTING_LAG_DAYS` before publication (19 April: April; 1 November: October), and the days it may mean
    are those days and the rest of the publication month up to publication. A stage of the tour before the
    trip reported is not in those days: by the year. What is planned for a set occasion: by the month of
    publication, the days it may mean the `ANNOUNCING_LEAD_DAYS` from publication on (or the rest of the
    month); an intention stays undated. `day_written` and `today` are the article's `dateline` and
    `told_today`, found once for all its reports."""
    published = context.document.published
    if published is None and not (report.date or report.date_text or report.yearless):
        report = report.model_copy(update={"dateline": day_written}) if day_written else report
        if report.status == "occurred" and today is not None:
            report = report.model_copy(update={"written_today": True})
    if report.date or report.status == "intended":
        return report
    if report.status == "planned":
        # What is announced for a set occasion the text gives no day of (the talks in a visit's programme):
        # by the month of publication too, from the day it is announced on.
        if published is None:
            return report
        value, precision, _, last_day = with_year(f"{published.month:02d}", published.year)
        lead = (published + timedelta(days=ANNOUNCING_LEAD_DAYS)).isoformat()
        return report.model_copy(
            update={
                "date": value,
                "date_precision": precision,
                "date_start": published.isoformat(),
                "date_end": max(last_day, lead),
                "date_source": "publication",
            }
        )
    if published is None:
        # An undated article whose stated dates name one year most: what it reports can have happened only
        # in that year (a span to merge by, not a date).
        if context.reference is None or report.date_text:
            return report
        year = context.reference.day.year
        return report.model_copy(update={"date_start": f"{year:04d}-01-01", "date_end": f"{year:04d}-12-31"})
    language = next(
        (
            sentence_language(s, context.document)
            for s in context.sentences
            if s.index == report.evidence.sentence_index
        ),
        context.document.language,
    )
    at = report.evidence.text.find(report.evidence.trigger)
    if at >= 0 and earlier_stage(report.evidence.text, language, at, at + len(report.evidence.trigger)):
        # A stage of the tour before the trip reported: not in the reporting days, only in the year.
        return report.model_copy(
            update={
                "date": f"{published.year:04d}",
                "date_precision": "year",
                "date_start": published.replace(month=1, day=1).isoformat(),
                "date_end": published.isoformat(),
                "date_source": "publication",
            }
        )
    if today is not None:
        # The article tells its news as the day's own: what it reports with no day of its own is of that day.
        return report.model_copy(
            update={
                "date": published.isoformat(),
                "date_precision": "day",
                "date_text": today,
                "date_start": published.isoformat(),
                "date_end": published.isoformat(),
                "date_source": "text",
            }
        )
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


def told_today(context: DocumentContext) -> str | None:
    """The word of a dated article that tells its news as the day it is published on: "today" said in the
    first person by one who is there ("Я рад, что сегодня нахожусь вместе с вами", "Today we are signing
    two historic documents"), or beside an event it tells ("Бүгін ... Хакан Фидан келді", "Bugün
    imzalayacakları anlaşma"); not "today" of a state that lasts ("в вузах республики сегодня обучается
    более тысячи студентов")."""
    for sentence in context.sentences:
        language = sentence_language(sentence, context.document)
        today = says_today(sentence.text, language)
        if today is None:
            continue
        told = (
            trigger.regex.search(sentence.text)
            for trigger in lexicon.triggers(language)
            if not event_code(trigger.type).intention
        )
        if in_first_person(sentence.text, language) or any(told):
            return today.group()
    return None


DATELINE_SENTENCES = 4
"""How far into an article its dateline is looked for (title, lead, dateline, first paragraph)."""


def planned_days(text: str, language: str) -> set[str]:
    """The days (`MM-DD`) a sentence states as those of what is planned: a day a trigger of a schedulable
    event governs, the sentence telling the plan (a plan word, or a future form of the trigger's verb or of
    the word after it: "Путин 27 қарашада сапармен келеді", "will visit Astana on 27 November")."""
    planned = lexicon.status_cue("planned", language)
    plan_told = bool(planned and planned.search(text))
    days = [(e, value) for e, value in yearless_dates(text, language) if len(value) > 2]
    found: set[str] = set()
    for trigger in lexicon.triggers(language) if days else ():
        if not event_code(trigger.type).schedulable or trigger.frame:
            continue
        for match in trigger.regex.finditer(text):
            if plan_told or _told_in_future(text, match, language):
                found.update(v for e, v in days if governs(text, language, e, match.start(), match.end()))
    return found


def dateline(context: DocumentContext) -> str | None:
    """The day (`MM-DD`) an article of unknown year is written on: the first day without a year its opening
    sentences state ("АСТАНА, 15 қараша – Sputnik.", "Об этом сегодня, 22 декабря, сообщает ..."), unless
    they state it as the day of what is planned (the day a visit is announced for is not the day of writing,
    nor is it where the article names it again: "Путиннің 27 қарашадағы сапарына")."""
    if context.reference is not None and context.reference.precision == "day":
        return None
    opening = [
        (sentence.text, sentence_language(sentence, context.document))
        for sentence in context.sentences[:DATELINE_SENTENCES]
    ]
    planned = {day for text, language in opening for day in planned_days(text, language)}
    for text, language in opening:
        days = [
            value for _, value in yearless_dates(text, language) if len(value) > 2 and value not in planned
        ]
        if days:
            return days[0]
    return None
