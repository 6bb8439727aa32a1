"""Detect: a document's context in; the event reports its sentences state out: per sentence the
highest-priority trigger that makes a valid event, and any further one a clause of its own states; one report
per counterpart of a two-party act; document-level passes (a telephone conversation's "at the meeting" is the
call; talks where neither a call nor a meeting is reported are the meeting; undated reports dated by the
month).
"""

import re

from flows.events import lexicon
from flows.events.actors import Narration, per_counterpart
from flows.events.codes import event_code
from flows.events.context import DocumentContext, sentence_language, unique
from flows.events.report import (
    coordinated_places,
    dateline,
    meeting_sessions,
    report_of,
    told_today,
    undated_default,
)
from models.events import EventReport

SECOND_EVENT_PRIORITY = 55
"""A sentence states a further event beside its first only by a trigger of at least this priority (a visit, a
meeting, a signing, an invitation: "поблагодарил ... и пригласил", "посетил ..., где встретился"); thanks,
talks and expectations beside another event are part of it."""


def _second_event(
    taken: list[tuple[lexicon.Trigger, re.Match[str]]], trigger: lexicon.Trigger, match: re.Match[str]
) -> bool:
    """Whether a trigger states an event of its own beside those a sentence already states: a clause of its
    own (no overlap with their triggers), a type none of them has, a predicate (not a frame noun phrase)."""
    if trigger.frame:
        return False
    # What a sentence says was done at the occasion its frame names is an event of its own ("During the talks,
    # X thanked Y"); a telephone conversation is one beside what was said in it ("held a telephone call,
    # congratulating him").
    after_frames = any(other.frame for other, _ in taken)
    # What a speaker says they did themselves ("we agreed", quoted) is an act of its own beside the occasion.
    own = trigger.call or event_code(trigger.type).telling or (trigger.quoted and trigger.person == "first")
    if not after_frames and event_code(trigger.type).priority < SECOND_EVENT_PRIORITY and not own:
        return False
    for other, found in taken:
        if other.frame and after_frames:
            # Talks held at the meeting are the meeting ("В ходе встречи обсудили").
            overlap = match.start() < found.end() and found.start() < match.end()
            if overlap or event_code(trigger.type).fold_into == other.type:
                return False
            continue
        # A telling beside the occasion it was told at is an event of its own ("said during the meeting").
        framed = other.frame and not event_code(trigger.type).telling
        # A session attended and talks held where it is held are two meetings ("zirvenin yapıldığı Akorda'da
        # Tokayev ile bir araya geldi"), in clauses of their own.
        same = other.type == trigger.type and other.attended == trigger.attended
        if framed or same or trigger.type in event_code(other.type).embeds:
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


def detect_reports(context: DocumentContext) -> list[EventReport]:
    """The events the document's sentences state: the highest-priority one, and any further one a clause of
    its own states (`_second_event`)."""
    reports: list[EventReport] = []
    frames: list[EventReport] = []
    call_type: str | None = None
    narration = Narration()
    for sentence in context.sentences:
        language = sentence_language(sentence, context.document)
        quoted = sentence.index in context.speakers
        candidates = []
        for trigger in lexicon.triggers(language):
            if quoted != trigger.quoted and (quoted or trigger.person == "second"):
                continue
            if trigger.call and call_type is None and trigger.regex.search(sentence.text):
                # A document that names a call reports one, whoever the sentence names.
                call_type = trigger.type
            for match in trigger.regex.finditer(sentence.text):
                candidates.append((-event_code(trigger.type).priority, match.start(), trigger, match))
        # A type another trigger of the sentence embeds is its content, whatever their priorities ("thanked
        # him for the invitation to visit"): the embedding one is taken first.
        present = {c[2].type for c in candidates}
        candidates.sort(
            key=lambda c: (
                any(c[2].type in event_code(other).embeds for other in present - {c[2].type}),
                c[0],
                c[1],
            )
        )
        taken: list[tuple[lexicon.Trigger, re.Match[str]]] = []
        split: tuple[str | None, list[str]] = (None, [])
        for _, _, trigger, match in candidates:
            if taken and not _second_event(taken, trigger, match):
                continue
            # A telling's teller may stand either side of what it tells ("Песков сапары туралы хабарлаған").
            own_clause = taken and not event_code(trigger.type).telling
            clause = _clause(taken, match, len(sentence.text)) if own_clause else None
            report = report_of(context, sentence, trigger, match, narration, clause)
            if report is not None:
                pairs = per_counterpart(report, narration)
                if event_code(report.type).max_actors == 1 and len(report.actors) > 1:
                    # Travellers listed together ("among those who came were A, B and C"): a visit each.
                    pairs = [
                        report.model_copy(update={"actors": [actor.model_copy(update={"role": "agent"})]})
                        for actor in report.actors
                    ]
                if report.type == "meet":
                    # One meeting of each session the sentence names.
                    pairs = [
                        pair.model_copy(update={"session": session})
                        for pair in pairs
                        for session in meeting_sessions(context, sentence, match, report)
                    ]
                if event_code(report.type).located and report.place_id and len(report.actors) == 1:
                    # A visit to each of the places the sentence coordinates.
                    pairs += [
                        report.model_copy(update={"place_id": place})
                        for place in coordinated_places(context, sentence, report.place_id)
                    ]
                reports.extend(pairs)
                if report.type == "meet" and len(report.actors) > 1:
                    narration.last_meeting = [a.entity_id for a in report.actors]
                if len(pairs) > 1 and report.actors[0].entity_id != narration.split_agent:
                    split = (report.actors[0].entity_id, [a.entity_id for a in report.actors[1:]])
                taken.append((trigger, match))
                if trigger.call:
                    call_type = trigger.type
                if trigger.frame:
                    frames.extend(pairs)
        persons = context.persons.get(sentence.index, [])
        if not quoted and persons:
            narration.subject = persons[0].entity_id
        narration.previous_actors = unique([r.entity_id for r in persons])
        narration.split_agent, narration.split_counterparts = split
    if call_type is not None:
        # A telephone conversation's document: "during the talks" is the call, not a meeting.
        reports = [
            r.model_copy(update={"type": call_type})
            if r.type == "meet" and any(r is f for f in frames)
            else r
            for r in reports
        ]
    elif not any(r.type == "meet" for r in reports):
        # Talks in a document that reports neither a telephone or video conversation nor a meeting are held
        # in person: the meeting ("обсудили вопросы сотрудничества"), not a conversation of their own; a place
        # the talks name is what they were about ("between Astana and Kazan"), not where they were held.
        reports = [
            r.model_copy(update={"type": "meet", "place_id": None, "place_rank": 0, "place_within": None})
            if r.type == "discuss"
            else r
            for r in reports
        ]
    if not reports:
        return []
    # What the article says of the day it is written on is the document's, found once for all its reports.
    day_written, today = dateline(context), told_today(context)
    return [undated_default(context, r, day_written, today) for r in reports]
