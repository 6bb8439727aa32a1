"""Confidence: how explicitly one sentence states an event, and how likely a merged event row is right.

In: a report's cues (a predicate trigger, actors named in the sentence, a date stated), and for an event the
explicitness of each reporting document's best report. Out: numbers in [0, 1]. The weights were fitted by
hand on the development set so that rows at 0.8 or above were right at least nine times in ten there; a row
reported by several documents is more likely real than one reported once (independent reports combine as a
noisy-or).
"""

from collections.abc import Iterable

BASE = 0.3
"""A report whose trigger is a noun phrase, actors inferred and date not stated."""
PREDICATE = 0.2
"""A verb that states the act ("met", "кездесті", "görüştü"), not a frame noun ("at the meeting")."""
ACTORS_NAMED = 0.2
"""Every actor the type needs is named in the sentence itself."""
DATED = 0.05
"""The sentence states its date."""
CEILING = 0.99
"""No row is certain."""


def explicitness(*, predicate: bool, actors_named: bool, dated: bool) -> float:
    """How explicitly one sentence states its event."""
    return BASE + PREDICATE * predicate + ACTORS_NAMED * actors_named + DATED * dated


def event_confidence(per_document: Iterable[float]) -> float:
    """The confidence of an event from the explicitness of each reporting document's best report."""
    doubt = 1.0
    for value in per_document:
        doubt *= 1.0 - value
    return round(min(CEILING, 1.0 - doubt), 3)
