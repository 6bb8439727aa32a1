"""Records for events (one row per real-world event, however many articles report it) and stated figures."""

from models.base import Record


class ActorRole(Record):
    """An actor of an event with the part it plays."""

    entity_id: str
    """The actor's entity."""
    role: str
    """`agent` (who acts), `recipient` (who is met, invited, greeted), `on_behalf_of` or `participant`."""


class Evidence(Record):
    """The sentence of one reporting document that states the event."""

    doc_id: str
    """The reporting document."""
    sentence_index: int
    """Index of the sentence in that document."""
    start: int
    """Offset of the sentence in Document.text."""
    end: int
    """Offset just past the sentence in Document.text."""
    text: str
    """The sentence itself."""
    trigger: str
    """The word that signals the event, as written."""


class DateExpression(Record):
    """A date a text states, resolved against a reference date to an EDTF value with its precision."""

    surface: str
    """The expression as written ("12 ноября", "биыл күзде", "в сентябре прошлого года")."""
    start: int
    """Offset of the expression in the text searched."""
    end: int
    """Offset just past the expression in the text searched."""
    value: str
    """EDTF-compatible date: YYYY-MM-DD, YYYY-MM, YYYY-SS (season, 21 spring to 24 winter) or YYYY."""
    precision: str
    """`day`, `month`, `season` or `year`."""
    first_day: str
    """First day the expression can mean, YYYY-MM-DD."""
    last_day: str
    """Last day the expression can mean, YYYY-MM-DD."""
    relative: bool
    """True when resolved against the reference date (no year, or words like "last year", "recently")."""


class EventReport(Record):
    """An event as one document reports it, before reports of the same event are merged."""

    doc_id: str
    """The reporting document."""
    type: str
    """Event type of the project's vocabulary: meet, visit, announce, intend, congratulate, ..."""
    actors: list[ActorRole]
    """The actors with their roles."""
    place_id: str | None = None
    """Entity id of the place where it happens."""
    date: str | None = None
    """EDTF-compatible date: YYYY-MM-DD, YYYY-MM, YYYY or YYYY-SS (season, EDTF level 1: 21-24)."""
    date_precision: str | None = None
    """`day`, `month`, `season` or `year`."""
    date_text: str | None = None
    """The expression the date was read from, as written."""
    date_start: str | None = None
    """First day the date can mean, YYYY-MM-DD."""
    date_end: str | None = None
    """Last day the date can mean, YYYY-MM-DD."""
    date_source: str | None = None
    """`text`, `headline`, `publication` or `occasion` (see Event.date_source); None when undated."""
    yearless: str | None = None
    """A day (`MM-DD`) or month (`MM`) the sentence states without a year, in an article whose year is not
    known ("15 қараша"): dated by the other reports of the event, which give the year."""
    dateline: str | None = None
    """The day (`MM-DD`) an article of unknown year states first ("ТАШКЕНТ, 14 ноября"), for a report stating
    no date of its own: which of the dated events it reports (never its date)."""
    written_today: bool = False
    """For a report stating no date of its own, in an article of unknown date that tells its news as the day
    it is written on ("Bugün imzalayacakları anlaşma"): of the day its story dates the event it shares."""
    place_rank: int = 0
    """How directly the place is stated: 3 in the sentence, 2 in the sentence before, 1 by the meeting it is
    said at or by the article's dateline, 0 none."""
    place_within: str | None = None
    """For a located event placed only in a country or region: the first city or building inside it that the
    document names (the event's place where no report states a more specific one)."""
    status: str = "occurred"
    """`occurred`, `planned` or `intended`."""
    session: str | None = None
    """For a meeting, the session of a visit its sentence names (`airport`: a welcome or farewell at the
    airport; `tete`: tête-à-tête talks; `expanded`: talks of the delegations; `council`: a council session or
    summit); None when it names none. Two sessions of one visit are two events."""
    evidence: Evidence
    """The sentence that states it."""
    explicitness: float = 0.0
    """How explicitly the sentence states it, 0 to 1: a predicate trigger (not a noun phrase such as "at the
    meeting"), actors named in the sentence (not taken from the sentence before or the document's principal
    persons), a date stated in the sentence."""


class Event(Record):
    """One real-world event with every document that reports it."""

    event_id: str
    """Stable id derived from the event's type, actors and first report."""
    type: str
    """Event type of the project's vocabulary: meet, visit, announce, intend, congratulate, ..."""
    cameo: str
    """CAMEO event code."""
    plover_type: str
    """PLOVER event type; `STATEMENT` (the project's extension) for CAMEO 01 statements PLOVER drops."""
    plover_mode: str | None = None
    """PLOVER mode, where the type has one that applies."""
    actors: list[str]
    """Entity ids of the actors."""
    actor_roles: list[ActorRole]
    """The actors with their roles."""
    reported_in: list[str]
    """doc_ids of every document reporting this event."""
    date: str | None = None
    """EDTF-compatible date: YYYY-MM-DD, YYYY-MM, YYYY, or YYYY-SS for a season."""
    date_precision: str | None = None
    """`day`, `month`, `season` or `year`."""
    date_start: str | None = None
    """First day the date can mean, YYYY-MM-DD, for range filters."""
    date_end: str | None = None
    """Last day the date can mean, YYYY-MM-DD, for range filters."""
    date_inferred_from: str | None = None
    """doc_id of the document the date was taken from, when a reporting document gives none."""
    date_source: str | None = None
    """How the date was found: `text` (a date expression), `headline` (the article's headline event, on its
    publication day), `publication` (an undated report, in the days before publication), `occasion` (said
    during a meeting the document dates), or None when there is no date."""
    place_id: str | None = None
    """Entity id of the place."""
    status: str
    """`occurred`, `planned` or `intended`."""
    summary: str
    """A short summary in English."""
    evidence: list[Evidence]
    """For each reporting document, the sentence and its offsets."""
    confidence: float
    """How likely the row is a real event as coded, 0 to 1: from how many documents report it and how
    explicitly they state it (trigger, actors, date). Calibrated on the development set: rows at 0.8 or
    above were right at least nine times in ten there (README, dataset section)."""


class Figure(Record):
    """A number a text states, with its unit and what it refers to."""

    figure_id: str
    """Stable id derived from the document and offsets."""
    doc_id: str
    """The document that states it."""
    value: float
    """The number stated, magnitude words applied (760 млн -> 760000000; 45% -> 45)."""
    unit: str | None = None
    """`USD`, `percent`, `people`, ... (None when the text gives none)."""
    qualifier: str | None = None
    """`about`, `more_than`, `less_than`, `up_to`, or None when exact."""
    period: str | None = None
    """The period it refers to: YYYY, YYYY-MM, or YYYY-H1 / YYYY-H2 for a half-year; None when not stated."""
    surface: str
    """The expression as written."""
    start: int
    """Offset of the expression in Document.text."""
    end: int
    """Offset just past the expression in Document.text."""
    sentence_index: int
    """Index of the sentence that states it."""
