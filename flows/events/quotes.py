"""Quotes: a document's context in; its quoted sentences out, each with its speaker where known (lines after a
"Name, title:" label, lines opened by a dash or guillemet up to the one closed by "– said X"); and, within one
sentence, the spans of the words a speech verb after them attributes to a speaker."""

import bisect
import re
from collections.abc import Callable

from flows.events import lexicon
from flows.events.context import DocumentContext, Ref, sentence_language
from models.documents import Sentence


def _attribution(
    context: DocumentContext, text: str, start: int, end: int, persons_in: Callable[[int, int], list[Ref]]
) -> tuple[str | None] | None:
    """The speaker of a line that closes a quotation with "– said X" or '", said X' (None inside when X is not
    known); None when the line does not close one."""
    segment = text[start:end]
    sentence = next((s for s in context.sentences if start <= s.start < end), None)
    verbs = (
        lexicon.discourse("speech_verbs", sentence_language(sentence, context.document)) if sentence else None
    )
    said = verbs.search(segment) if verbs else None
    # "– деді X", and a closing quotation mark with a comma: "...", диде министр X
    dash = re.search(r"(?:[–—-]|[\"»”],)\s*$", segment[: said.start()]) if said else None
    if not dash:
        return None
    after = [r for r in persons_in(start, end) if r.start >= start + dash.start()]
    return (after[0].entity_id if after else None,)


def quoted_sentences(context: DocumentContext) -> dict[int, str | None]:
    """Quoted sentences with their speaker: lines after a "Name, title:" label, lines opened by a dash or
    guillemet up to the one closed by "– said X"."""
    text = context.document.text
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]
    openers = lexicon.quote_openers()

    # sentences in text order, found by bisection: a scan of all of them for every line is quadratic
    ordered = sorted(context.sentences, key=lambda s: s.start)
    starts = [s.start for s in ordered]

    def sentences_in(start: int, end: int) -> list[Sentence]:
        return ordered[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]

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


QUOTE_MARKS = {"«": "»", '"': '"', "“": "”", "„": "“"}
"""The marks that open a quotation, each with the one that closes it."""


def quoted_speech(text: str, language: str) -> list[tuple[int, int]]:
    """The spans of a sentence's words a speaker says ("«... 3 қарашада жоспарланған саммитке ...», - деді
    Нұртілеу ... кездесуден кейін"): a quotation a speech verb attributes after it. A date they state is of
    what is said, not of an event the sentence tells outside them (the meeting the words were said after)."""
    speech = lexicon.discourse("speech_verbs", language)
    if speech is None:
        return []
    spans = []
    for opening in re.finditer("|".join(map(re.escape, QUOTE_MARKS)), text):
        close = text.find(QUOTE_MARKS[opening.group()], opening.end())
        if close < 0:
            continue
        after = re.match(r"[\s,.]*[-–—]?\s*", text[close + 1 :])
        rest = text[close + 1 + (after.end() if after else 0) :]
        if speech.match(rest):
            spans.append((opening.end(), close))
    return spans
