"""Merge: event reports of every document in; one `Event` per real-world event out, with every document
that reports it.

Within a document, reports of one type whose actors overlap and whose dates and places agree are one event;
a visit or talks whose actors all take part in a meeting the document reports, at its place and
time, are part of that meeting; a congratulation or announcement with no date of its own made at a dated
meeting takes the meeting's date. Across documents and languages, such events join when their type is the
same, their actors overlap (Jaccard at least 0.5), dates and places are compatible and the documents are
about the same story (the one naming fewer entities shares most of them with the other; reports agreeing
on a city and on overlapping dates need only share the known ones, and reports stating the same day need not).
Two meetings of the same people on different dates never join, nor does an undated report with an event
months away from its article's dateline. A report folded into a meeting of its document (an arrival told as
part of the talks) is a source of the event another document reports on its own at its place.
An event dated by one document only records where its date came from; an event only undated documents
report is dated by their story as other documents date it (the year of a day stated without one, else the
month), and records which document that was. A day an undated article states without a year, once dated in
one of its events, is dated so in all of them; a speech act at a meeting takes the date the merge gave it.
In one article, an event dated by a year alone is a recollection, not the event it tells by the day. Two
trips of the same people to one city are told apart by the summit each article names, and an undated
meeting stays with the trip its article reports: it joins no event of another trip its article does not
report, and a session both articles of one trip name (the welcome at the airport) is one event. Of events
fitting alike, an unplaced report joins the one at a place its article names; trips dated alike, one placed
nowhere, join when their articles share as many known entities as a story, as does an undated trip to the
city or region every article of an unplaced trip names.
Undated articles are dated through one another: an article whose day the merge has dated (its dateline
picked a dated event) tells what it recalls without a year as before that day (the visit "in November last
year", in an article of July, is the earlier one); an article that only announces its story's events has
their year alone, one telling its news as the day's ("today") the day its story's event is dated by; a
month it recalls months before its story is the last such month up to it; and an event it reports stating
nothing of its time is the one of the same people another article dates in its story's month.
A trip is dated by its first day: a day an article gives its undated visit as the day's news ("today") is a
stage of the trip another article's arrival states days before, and a trip's day among the days another
article's news can mean picks that news as its dateline would.
"""

import hashlib
import math
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache

import pycountry

from flows.events.codes import event_code, event_codes
from flows.events.confidence import event_confidence
from flows.events.dates import says_recent, with_year, yearless_fits
from flows.events.places import COUNTRIES, COUNTRY_CODES, FILED_FROM_RANK, country_code, during_trip
from models.entities import Entity
from models.events import ActorRole, Event, EventReport

SAME_STORY = 0.7
"""Two documents tell one story when the one naming fewer entities shares at least this share of them."""
SAME_DAY_STORY = 0.5
"""The share of known entities (gazetteer, knowledge base) that suffices when the reports agree on a day (both
state it, or one states it without a year, or gives it in its dateline): a name clustered from one article's
text has an id of its own in each language, so only known names tell two languages' stories apart."""
NEARBY_KM = 50.0
"""Two places with coordinates this close are compatible (a residence and its city)."""
DATE_SOURCE_RANK = {"text": 3, "occasion": 1, "publication": 1}
VISIT_DAYS = 3
"""How many days a visit's stages may lie apart (arrival, talks, departure)."""
DATELINE_DAYS = 3
"""How many days from an article's dateline the event it reports without a date may lie."""
NEWS_DAYS = 31
"""How many days from an article's dateline an event it reports without a date can lie at most (the news of
a visit, or its announcement): one further away is another event."""


@dataclass
class Cluster:
    """Reports taken for one event, with the reports of other types folded into it."""

    reports: list[EventReport]
    folded: list[EventReport] = field(default_factory=list)
    written_by: str | None = None
    """For the reports of an undated article whose day the merge has dated: the last day it can have been
    written on. What it tells as having happened on a day or month stated without a year lies before it."""

    @property
    def type(self) -> str:
        return self.reports[0].type

    @property
    def docs(self) -> list[str]:
        return list(dict.fromkeys(r.doc_id for r in self.reports))

    def actors(self) -> list[str]:
        """Actors named by at least half the reports (a counterpart one of two names), all when that leaves
        none, in first-seen order."""
        counts = Counter(a.entity_id for r in self.reports for a in r.actors)
        order = list(dict.fromkeys(a.entity_id for r in self.reports for a in r.actors))
        kept = [a for a in order if counts[a] * 2 >= len(self.reports)]
        return kept or order

    def dated(self) -> EventReport | None:
        """The report whose date the event takes: stated in the text first, then the most precise, then the
        earliest (a visit is dated by its first day)."""
        precision = {"day": 4, "month": 3, "season": 2, "year": 1}
        candidates = sorted((r for r in self.reports if r.date), key=lambda r: r.date_start or "")
        return max(
            candidates,
            key=lambda r: (
                DATE_SOURCE_RANK.get(r.date_source or "", 0),
                precision.get(r.date_precision or "", 0),
            ),
            default=None,
        )

    def yearless(self) -> set[str]:
        """The days or months without a year that its undated reports state."""
        return {r.yearless for r in self.reports if r.yearless and not r.date}

    def datelines(self) -> set[str]:
        """The dateline days of the undated articles its reports come from."""
        return {r.dateline for r in self.reports if r.dateline and not r.date}

    def span(self) -> tuple[str, str] | None:
        """The days the event can have happened on: those its dated report means, narrowed by the spans the
        other reports allow (an undated report of a document whose year is known: that year)."""
        dated = self.dated()
        spans = [(r.date_start, r.date_end) for r in self.reports if r.date_start and r.date_end]
        if dated is not None and dated.date_start and dated.date_end:
            if _stage_day(dated):
                # A day the article gives a trip it tells on the day ("today") is a stage of it: the
                # arrival may lie days before.
                first = date.fromisoformat(dated.date_start) - timedelta(days=VISIT_DAYS)
                return first.isoformat(), dated.date_end
            return dated.date_start, dated.date_end
        if not spans:
            return None
        start, end = max(a for a, _ in spans), min(b for _, b in spans)
        return (start, end) if start <= end else spans[0]

    def place(self, entities: dict[str, "Entity"], within: bool = True) -> str | None:
        """The place most documents give, a city or building before a country, stated before inferred; the
        reports folded into it (a visit that brought its actors there) only where its own give none. Each
        document casts one vote, for its most specific place (one article's many reports of a trip filed
        from one city do not outvote the other articles)."""
        folded = [] if any(r.place_id for r in self.reports) else self.folded
        weights: dict[str, dict[str, int]] = {}
        for rank, report in [(r.place_rank, r) for r in self.reports] + [(1, r) for r in folded]:
            if report.place_id:
                weight = rank * 10 + (0 if is_country(entities.get(report.place_id)) else 100)
                by_place = weights.setdefault(report.doc_id, {})
                by_place[report.place_id] = max(by_place.get(report.place_id, 0), weight)
        votes: Counter[str] = Counter()
        for by_place in weights.values():
            chosen = max(by_place, key=lambda p: by_place[p])
            votes[chosen] += by_place[chosen]
        best = max(votes, key=lambda p: votes[p]) if votes else None
        # Placed only in a country or region: the city or building inside it its documents name.
        # Each document names one (the one most of its reports take).
        named: dict[str, Counter[str]] = {}
        for r in self.reports + folded:
            if r.place_within and r.place_id == best:
                named.setdefault(r.doc_id, Counter())[r.place_within] += 1
        inner = Counter(counts.most_common(1)[0][0] for counts in named.values())
        return inner.most_common(1)[0][0] if within and inner else best

    def own_place(self, entities: dict[str, "Entity"]) -> str | None:
        """The place its own reports state (folded reports and the places inside a country or region their
        documents name left out)."""
        return Cluster(self.reports).place(entities, within=False)


@cache
def _country_names() -> frozenset[str]:
    names = set()
    for country in pycountry.countries:
        for attribute in ("name", "common_name", "official_name"):
            value = getattr(country, attribute, None)
            if value:
                names.add(value.casefold())
    return frozenset(names)


def is_country(entity: Entity | None) -> bool:
    """True for a place that is a country (a place inside it is compatible with it): a GeoNames country, or
    a name of one (a curated entity without a GeoNames id)."""
    return bool(
        entity
        and entity.type == "place"
        and (entity.geonames_id in COUNTRIES or entity.name.casefold() in _country_names())
    )


def _distance_km(a: Entity, b: Entity) -> float:
    assert (
        a.latitude is not None
        and a.longitude is not None
        and b.latitude is not None
        and b.longitude is not None
    )
    la1, lo1, la2, lo2 = map(math.radians, (a.latitude, a.longitude, b.latitude, b.longitude))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(h))


def places_compatible(a: str | None, b: str | None, entities: dict[str, Entity]) -> bool:
    """Equal, unknown on one side, a country on one side (two countries are two places), or both with
    coordinates close together."""
    if a is None or b is None or a == b:
        return True
    first, second = entities.get(a), entities.get(b)
    if is_country(first) and is_country(second):
        return False
    if is_country(first) or is_country(second):
        # A city is compatible with its own country only (a visit to Tashkent is no visit to Russia).
        country, place = (first, second) if is_country(first) else (second, first)
        assert country is not None
        return (
            place is None
            or country.geonames_id not in COUNTRIES
            or country_code(place)
            in (
                None,
                COUNTRY_CODES.get(country.geonames_id),
            )
        )
    if first and second and None not in (first.latitude, first.longitude, second.latitude, second.longitude):
        return _distance_km(first, second) <= NEARBY_KM
    return False


def dates_compatible(a: tuple[str, str] | None, b: tuple[str, str] | None) -> bool:
    """Unknown on one side, or the spans of days they can mean overlap."""
    return a is None or b is None or (a[0] <= b[1] and b[0] <= a[1])


def overlap(a: set[str], b: set[str]) -> float:
    """The share of the smaller set that the other holds: a short report naming only the story's main persons
    is of the story a long one tells."""
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0


def _compatible(first: Cluster, second: Cluster, entities: dict[str, Entity]) -> bool:
    return (
        first.type == second.type
        and jaccard(set(first.actors()), set(second.actors())) >= 0.5
        and dates_compatible(first.span(), second.span())
        and not _recalled_apart(first, second)
        and places_compatible(first.own_place(entities), second.own_place(entities), entities)
    )


TALKS = frozenset({None, "tete", "expanded"})
"""Sessions a meeting report naming none may be part of: the talks (the airport welcome and a council session
are told apart by their words)."""


def _same_session(cluster: Cluster, report: EventReport) -> bool:
    """Whether a meeting report can be part of the meeting its document's cluster is: the same session, or
    one naming none and talks (the airport welcome, the tête-à-tête, the delegations' talks and a council
    session of one visit are separate meetings)."""
    named = {_session(r) for r in cluster.reports} - {None}
    session = _session(report)
    if session is None:
        return named <= TALKS
    return named <= {session} and (bool(named) or session in TALKS)


def _session(report: EventReport) -> str | None:
    """The session a meeting report names; a meeting of more than two named persons is a summit or council
    session whether or not its sentence says so."""
    return report.session or ("council" if len(report.actors) > 2 else None)


def _attended(cluster: Cluster, single: Cluster) -> bool:
    """A summit or council session its document tells again by some of those who took part ("Zirvede
    Cumhurbaşkanı Erdoğan ... belirtti"): the same session, whatever place the retelling's sentence names
    ("Türkiye olarak ilk adımı attı")."""
    return (
        cluster.type == single.type == "meet"
        and _session(single.reports[0]) == "council"
        and "council" in {_session(r) for r in cluster.reports}
        and set(single.actors()) <= set(cluster.actors())
        and dates_compatible(cluster.span(), single.span())
    )


def _recalled_apart(first: Cluster, second: Cluster) -> bool:
    """In one article, a report dated by a year alone is another event than one stating a day or month
    without a year: the article tells its news by the day ("On November 27 Putin arrived") and recalls an
    earlier event by its year ("his last visit was in 2015")."""

    def by_year(cluster: Cluster) -> bool:
        return any(_stated_year(r) for r in cluster.reports)

    return set(first.docs) == set(second.docs) and (
        (by_year(first) and bool(second.yearless())) or (by_year(second) and bool(first.yearless()))
    )


def _within_document(reports: list[EventReport], entities: dict[str, Entity]) -> list[Cluster]:
    clusters: list[Cluster] = []
    for report in sorted(reports, key=lambda r: r.evidence.sentence_index):
        single = Cluster([report])
        target = next(
            (c for c in clusters if _compatible(c, single, entities) and _same_session(c, report)), None
        )
        session = next((c for c in clusters if _attended(c, single)), None)
        if target:
            target.reports.append(report)
        elif session:
            # Told again by one who took part: part of the session, not a vote on who took part in it.
            session.folded.append(report)
        else:
            clusters.append(single)
    return clusters


def _within_place(place: str | None, host: str | None, entities: dict[str, Entity]) -> bool:
    """A report's place is within a meeting's: unknown, a country holding it, or the same place or one close
    by. A named city is not within a meeting placed only in a country, and a visit to a place is not part of
    a meeting placed nowhere (the meeting is where the visit went, `_place_by_occasion`)."""
    if place is None:
        return True
    if host is None:
        return False
    if is_country(entities.get(place)):
        # a country holding the meeting's place (a visit to Russia is not part of talks in Tashkent)
        return places_compatible(place, host, entities)
    return not is_country(entities.get(host)) and places_compatible(place, host, entities)


def _fold(clusters: list[Cluster], entities: dict[str, Entity]) -> list[Cluster]:
    """Reports that are part of a meeting the same document reports go into it."""
    kept: list[Cluster] = []
    for cluster in clusters:
        host_type = event_code(cluster.type).fold_into
        # A date of its own, even one the document cannot resolve ("на днях" in an undated article), sets it
        # apart from the meeting.
        own_date = any(r.date_source == "text" or r.date_text for r in cluster.reports)
        host = None
        if host_type and not own_date:
            # Only a located act (a visit) is where its sentence says; talks may name a place they
            # are about ("обсудили сотрудничество с Татарстаном"), and happen where the meeting is.
            place = cluster.own_place(entities) if event_code(cluster.type).located else None
            host = next(
                (
                    c
                    for c in clusters
                    if c.type == host_type
                    and set(cluster.actors()) <= set(c.actors())
                    and dates_compatible(c.span(), cluster.span())
                    and _within_place(place, c.own_place(entities), entities)
                ),
                None,
            )
        if host:
            # What talks name is what they are about, not where the meeting is (their place votes nowhere).
            host.folded.extend(
                r
                if event_code(r.type).located
                else r.model_copy(update={"place_id": None, "place_within": None})
                for r in cluster.reports
            )
        else:
            kept.append(cluster)
    return kept


def _occasion_date(dated: EventReport) -> dict[str, str | None]:
    """The date fields a report takes from the occasion it happened at (its meeting, its arrival)."""
    return {
        "date": dated.date,
        "date_precision": dated.date_precision,
        "date_start": dated.date_start,
        "date_end": dated.date_end,
        "date_source": "occasion",
    }


def _dated_by_its_meeting(cluster: Cluster) -> bool:
    """Whether the cluster is a speech act (`dated_by_occasion` in event_codes.yaml) with no date of its own,
    or only the month of publication: said at a meeting, it takes the meeting's date."""
    own = cluster.dated()
    return event_code(cluster.type).dated_by_occasion and not (own and own.date_source != "publication")


def _date_by_occasion(clusters: list[Cluster]) -> None:
    """Speech acts with no date of their own (none, or only the month of publication) said at a dated meeting
    of the same document take the meeting's date; at a meeting its undated article states only a day of
    without a year ("сегодня, 3 октября"), that day, which picks the event among the other reports."""
    meetings = [c for c in clusters if c.type == "meet" and (c.dated() or c.yearless())]
    for cluster in clusters:
        if not _dated_by_its_meeting(cluster):
            continue
        own = cluster.dated()
        host = next((m for m in meetings if set(cluster.actors()) <= set(m.actors())), None)
        if host is None:
            continue
        dated = host.dated()
        if dated:
            update = _occasion_date(dated)
        elif not own and not cluster.yearless():
            update = {"yearless": min(host.yearless())}
        else:
            continue
        cluster.reports = [r.model_copy(update=update) for r in cluster.reports]


WELCOME_SENTENCES = 3
"""How many sentences after a traveller's arrival a welcome at the airport may be told as its first moment."""


def _date_by_arrival(clusters: list[Cluster]) -> None:
    """A meeting at the airport told in the sentence of a traveller's arrival, or shortly after ("Putin landed
    on 9 November. ... At the foot of the steps Tokayev met him"), is on the day the arrival states: the
    welcome is the arrival's first moment. Only a day the text states is given on, in an article of unknown
    year as the day without its year ("On November 27, Putin arrived"), which the merge dates; a welcome dated
    by its own words keeps them."""
    arrivals = [
        (visit, report)
        for visit in clusters
        if visit.type == "visit"
        for report in visit.reports
        if (report.date_source == "text" and report.date_precision == "day")
        or (report.date is None and report.yearless is not None and len(report.yearless) == len("MM-DD"))
    ]
    for meeting in clusters:
        if meeting.type != "meet" or any(r.date_source == "text" or r.yearless for r in meeting.reports):
            continue
        welcome = [r for r in meeting.reports if r.session == "airport"]
        arrival = next(
            (
                report
                for visit, report in arrivals
                for w in welcome
                if set(visit.actors()) <= set(meeting.actors())
                and 0 <= w.evidence.sentence_index - report.evidence.sentence_index <= WELCOME_SENTENCES
            ),
            None,
        )
        if arrival is not None and arrival.date is None:
            meeting.reports = [r.model_copy(update={"yearless": arrival.yearless}) for r in meeting.reports]
        elif arrival is not None:
            update = _occasion_date(arrival)
            meeting.reports = [r.model_copy(update=update) for r in meeting.reports]


def _place_by_occasion(clusters: list[Cluster], entities: dict[str, Entity]) -> None:
    """Acts of two parties done at a meeting of the same document happen where it does: thanks,
    congratulations, invitations said there (the place their sentence names is what they speak of: "invited
    him to visit Kazakhstan"), and a signing that names no place of its own ("following the talks, the sides
    signed"). One actor's announcement keeps its own place, and an invitation the city or building its
    sentence names: the venue of the occasion it invites to ("to the Victory Day parade in Moscow"). A meeting
    placed nowhere during a visit of one of its actors is at the visit's destination; a trip the text dates
    as recent ("на днях Вы посетили", "жақында ғана ... болып") where the meeting states no date is an
    earlier one it recalls, not the trip the meeting is part of."""
    visits = [v for v in clusters if v.type == "visit"]
    for meeting in (c for c in clusters if c.type == "meet" and c.place(entities) is None):
        recalled = not any(r.date_text for r in meeting.reports)
        destination = next(
            (
                p
                for v in visits
                if set(v.actors()) <= set(meeting.actors())
                and dates_compatible(v.span(), meeting.span())
                and (p := _destination(v, entities, recalled))
            ),
            None,
        )
        if destination:
            meeting.reports = [
                r.model_copy(update={"place_id": destination, "place_rank": 1, "place_within": None})
                for r in meeting.reports
            ]
    meetings = [(m, m.place(entities)) for m in clusters if m.type == "meet"]
    for cluster in clusters:
        code = event_code(cluster.type)
        if (
            code.located
            or code.min_actors < 2
            or not (code.dated_by_occasion or _stated_place(cluster, entities) is None)
            or (cluster.type == "invite" and _specific(cluster.own_place(entities), entities))
        ):
            continue
        # An act its sentence sets during a trip ("during his visit to Ankara in May, a declaration was
        # signed") is at the trip's destination, else at the meeting it is done at.
        place = next(
            (
                p
                for v in visits
                if set(v.actors()) <= set(cluster.actors())
                and any(during_trip(r.evidence, t.evidence) for r in cluster.reports for t in v.reports)
                and (p := _destination(v, entities, False))
            ),
            None,
        ) or next(
            (p for m, p in meetings if p and set(cluster.actors()) <= set(m.actors())),
            None,
        )
        if place:
            cluster.reports = [
                r.model_copy(update={"place_id": place, "place_rank": 1, "place_within": None})
                for r in cluster.reports
            ]


def _stated_place(cluster: Cluster, entities: dict[str, Entity]) -> str | None:
    """The place its reports' own sentences give (not the local story's place its article's lead or
    dateline gives)."""
    return Cluster([r for r in cluster.reports if r.place_rank > FILED_FROM_RANK]).own_place(entities)


def _destination(visit: Cluster, entities: dict[str, Entity], recalled: bool) -> str | None:
    """Where a visit went, told by its reports; by those the text does not date as recent where `recalled`
    ones are left out."""
    told = [r for r in visit.reports if not (recalled and r.date_text and says_recent(r.date_text))]
    return Cluster(told, visit.folded).place(entities) if told else None


def _specific(place: str | None, entities: dict[str, Entity]) -> bool:
    """A city or building: a place with coordinates that is no country."""
    entity = entities.get(place or "")
    return entity is not None and entity.latitude is not None and not is_country(entity)


def _event_id(event_type: str, actors: list[str], date: str | None, place: str | None) -> str:
    """An id from the event's content only (never file names or input order): a reprint that joins an event,
    or a renamed input file, leaves it as it was."""
    return _hashed_id("|".join([event_type, ",".join(sorted(actors)), date or "", place or ""]))


def _hashed_id(key: str) -> str:
    return "event/" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _summary(event_type: str, actors: list[str], place: str | None, entities: dict[str, Entity]) -> str:
    def name(entity_id: str | None) -> str:
        entity = entities.get(entity_id or "")
        return entity.name if entity else (entity_id or "?")

    return event_code(event_type).summary.format(
        agent=name(actors[0]) if actors else "?",
        recipient=", ".join(name(a) for a in actors[1:]) or "?",
        place=name(place) if place else "?",
    )


def _slack(event_type: str) -> int:
    """How many days a day stated without a year may lie outside the event's span: a visit lasts days
    ("arrived on the 14th", "talks on the 15th")."""
    return VISIT_DAYS if event_code(event_type).located else 0


def _with_years(reports: list[EventReport], event_type: str) -> list[EventReport]:
    """Reports stating a day or month without a year take the year that puts it in the days the dated reports
    mean ("15 қараша" in an undated article, of a visit another report dates 14 November 2025)."""
    span = Cluster(reports).span()
    if span is None:
        return reports
    resolved = []
    for report in reports:
        year = (
            yearless_fits(report.yearless, span, _slack(event_type))
            if report.yearless and not report.date
            else None
        )
        if year is None:
            resolved.append(report)
            continue
        value, precision, first, last = with_year(str(report.yearless), year)
        resolved.append(
            report.model_copy(
                update={
                    "date": value,
                    "date_precision": precision,
                    "date_start": first,
                    "date_end": last,
                    "date_source": "text",
                }
            )
        )
    return resolved


SAME_DAY = 3
"""The fit of reports that state the same day (with or without a year): the same people doing the same on
the same day is one event, whatever else their articles name."""


def _fit(cluster: Cluster, group: "_Group") -> int | None:
    """How well an undated cluster's days without a year fit a group: `SAME_DAY` the day it states, 2 a month
    it states, 1 its article's dateline, 0 neither stated nor known; None when what it states is outside the
    group's days."""
    span = group.joined.span()
    stated, datelines = cluster.yearless(), cluster.datelines()
    own, theirs = cluster.dated(), group.joined.dated()
    if own is not None and theirs is not None:
        # Both state the same day.
        if _stated_day(own) and _stated_day(theirs) and own.date == theirs.date:
            return SAME_DAY
        return 1 if _trip(cluster.type) and _day_in_the_news(own, theirs) else 0
    others = group.joined.yearless()
    if span is None and others and any(r.date_text for r in cluster.reports) and not stated:
        # A date of its own that cannot be resolved ("in November last year") is not the day the others state.
        return None
    slack = _slack(cluster.type)
    own_span = cluster.span()
    if span is None and others and own_span is not None:
        # A dated report of an event the group states without a year (a report folded into its meeting).
        return _yearless_fit(others, own_span, slack)
    if own_span is not None or not (stated or datelines):
        return 0
    if span is None:
        # Two undated reports: the same day without a year, or nothing against it.
        if stated and others:
            common = stated & others
            return (SAME_DAY if any(len(y) > 2 for y in common) else 2) if common else None
        if datelines and others:
            return _dateline_in(datelines, others)
        return 0
    if stated:
        return _yearless_fit(stated, span, slack, cluster.written_by)
    if any(yearless_fits(d, span, DATELINE_DAYS) is not None for d in datelines):
        return 1
    # An article written months away from the event reports another one (it would date a recollection).
    return 0 if any(yearless_fits(d, span, NEWS_DAYS) is not None for d in datelines) else None


def _dateline_in(datelines: set[str], stated: set[str]) -> int | None:
    """How an undated article's dateline fits the days or months other undated articles state without a year:
    1 within a month they state (an article written on July 4 of the meeting another recalls "in July"; a
    day they state near it may be another session of the days it tells), 0 within `NEWS_DAYS` of them, None
    further (another event)."""
    spans = [with_year(day, LEAP_YEAR)[2:] for day in stated]
    months = [with_year(day, LEAP_YEAR)[2:] for day in stated if len(day) == len("MM")]
    if any(yearless_fits(d, s) is not None for d in datelines for s in months):
        return 1
    return 0 if any(yearless_fits(d, s, NEWS_DAYS) is not None for d in datelines for s in spans) else None


LEAP_YEAR = 2000
"""A leap year to lay days without a year out in (29 February among them)."""


def _yearless_fit(
    stated: set[str], span: tuple[str, str], slack: int, written_by: str | None = None
) -> int | None:
    """`SAME_DAY` for a day without a year on a one-day span, 2 for one inside the span, None for none (or
    only one after `written_by`, the last day its article can have been written on)."""
    fitting = [
        y
        for y in stated
        if (year := yearless_fits(y, span, slack)) is not None
        and (written_by is None or with_year(y, year)[2] <= written_by)
    ]
    if not fitting:
        return None
    return SAME_DAY if span[0] == span[1] and any(len(y) > 2 for y in fitting) else 2


def _stated_day(report: EventReport) -> bool:
    return report.date_source == "text" and report.date_precision == "day"


def _day_in_the_news(first: EventReport, second: EventReport) -> bool:
    """One states a day and the other, of an article telling the news, is dated by the days before its
    publication, the day among them: as an article's dateline, the day picks the event it reports."""
    day, news = (first, second) if _stated_day(first) else (second, first)
    return (
        _stated_day(day)
        and news.date_source == "publication"
        and news.date_start is not None
        and news.date_end is not None
        and news.date_start <= str(day.date_start) <= news.date_end
    )


def _stage_day(report: EventReport) -> bool:
    """A trip dated by a day its article gives it from another sentence (the article's "today", told as
    the day's news): a stage day of the trip, not its first."""
    return (
        _trip(report.type)
        and _stated_day(report)
        and report.date_text is not None
        and report.date_text not in report.evidence.text
    )


def _event(
    clusters: list[Cluster], doc_order: dict[str, int], entities: dict[str, Entity], inferred_from: str | None
) -> Event:
    """The event of a group's clusters; `inferred_from`: the document its story's month came from."""
    reports = _with_years([r for c in clusters for r in c.reports], clusters[0].type)
    merged = Cluster(reports, [r for c in clusters for r in c.folded])
    code = event_code(merged.type)
    actors = merged.actors()
    docs = sorted(merged.docs, key=lambda d: doc_order.get(d, 0))
    dated = merged.dated()
    # A document that states no date as good as the one taken (only its publication day, or none) has it
    # inferred from the document that does.
    rank = DATE_SOURCE_RANK.get(dated.date_source or "", 0) if dated else 0
    undated_docs = {
        d
        for d in docs
        if not any(
            r.date and DATE_SOURCE_RANK.get(r.date_source or "", 0) >= rank
            for r in merged.reports
            if r.doc_id == d
        )
    }
    roles: dict[str, ActorRole] = {}
    for report in merged.reports:
        for role in report.actors:
            if role.entity_id in actors:
                roles.setdefault(role.entity_id, role)
    place = merged.place(entities)
    statuses = Counter(r.status for r in merged.reports)
    evidence = sorted(
        (r.evidence for r in merged.reports), key=lambda e: (doc_order.get(e.doc_id, 0), e.sentence_index)
    )
    return Event(
        event_id=_event_id(merged.type, actors, dated.date if dated else None, place),
        type=merged.type,
        cameo=code.cameo,
        plover_type=code.plover_type,
        plover_mode=code.plover_mode,
        actors=actors,
        actor_roles=[roles[a] for a in actors],
        reported_in=docs,
        date=dated.date if dated else None,
        date_precision=dated.date_precision if dated else None,
        date_start=dated.date_start if dated else None,
        date_end=dated.date_end if dated else None,
        date_inferred_from=inferred_from or (dated.doc_id if dated and undated_docs else None),
        date_source=dated.date_source if dated else None,
        place_id=place,
        # what one document reports as held took place, however many announced it (codebook: a planned event
        # that the other documents show took place is the same event)
        status="occurred" if statuses["occurred"] else statuses.most_common(1)[0][0],
        summary=_summary(merged.type, actors, place, entities),
        evidence=evidence,
        confidence=event_confidence(
            max(r.explicitness for r in merged.reports if r.doc_id == d) for d in docs
        ),
    )


def _distinct_ids(events: list[Event]) -> list[Event]:
    """Two events of one content (two invitations of one pair in one article, to different occasions) keep
    their own ids: each such id also takes the text of the event's evidence sentences."""
    counts = Counter(event.event_id for event in events)
    return [
        event
        if counts[event.event_id] == 1
        else event.model_copy(
            update={
                "event_id": _hashed_id(
                    event.event_id + "|" + "|".join(sorted(e.text for e in event.evidence))
                )
            }
        )
        for event in events
    ]


@dataclass
class _Group:
    """Clusters of several documents taken for one event, with what the comparison needs kept up to date."""

    clusters: list[Cluster]
    joined: Cluster
    docs: set[str]

    @classmethod
    def of(cls, cluster: Cluster) -> "_Group":
        return cls([cluster], Cluster(list(cluster.reports)), set(cluster.docs))

    def add(self, cluster: Cluster) -> None:
        self.clusters.append(cluster)
        self.joined.reports.extend(cluster.reports)
        self.docs.update(cluster.docs)


def _content_key(cluster: Cluster) -> tuple[bool, bool, str, bool, str, str, str]:
    """The order clusters are merged in, from their content alone: dated ones first (an undated report joins
    the event its story dates), then those stating a day without a year, then by date, trips before the
    meetings of the trip (a welcome joins through the trip both articles report), type, actors, evidence."""
    dated = cluster.dated()
    return (
        dated is None,
        not cluster.yearless(),
        dated.date_start or "" if dated else "",
        not _trip(cluster.type),
        cluster.type,
        ",".join(sorted(cluster.actors())),
        "|".join(sorted(r.evidence.text for r in cluster.reports)),
    )


def merge_reports(
    reports: list[EventReport],
    doc_entities: dict[str, set[str]],
    doc_order: dict[str, int],
    entities: dict[str, Entity],
) -> list[Event]:
    """One event per real-world event. `doc_entities`: entity ids each document names (for "same story");
    `doc_order`: the order documents are listed in (only for `reported_in` and the order of the events).

    A cluster's candidates are found through an index of the groups by (type, actor): the work grows with the
    number of reports, not with their square."""
    by_doc: dict[str, list[EventReport]] = {}
    for report in reports:
        by_doc.setdefault(report.doc_id, []).append(report)
    clusters: list[Cluster] = []
    for doc_id in sorted(by_doc):
        local = _fold(_within_document(by_doc[doc_id], entities), entities)
        _date_by_occasion(local)
        _date_by_arrival(local)
        _place_by_occasion(local, entities)
        clusters.extend(local)

    known = {
        doc: {e for e in ids if (entity := entities.get(e)) is not None and entity.known}
        for doc, ids in doc_entities.items()
    }
    organisations = {
        doc: {e for e in ids if entities[e].type == "organization"} for doc, ids in known.items()
    }
    merging = _Merging(_Stories(doc_entities, known, organisations), entities)
    for cluster in sorted(clusters, key=_content_key):
        merging.join(cluster)
    # A report folded into a meeting of its document (an arrival told as part of the talks) is no event of
    # its own there; when another document reports that event on its own, at the place the report names or
    # its meeting is held at, the document is one of its sources.
    for folded, host in _folded_clusters(clusters, entities):
        placed = _placed_at(folded, merging.group_of[id(host)].joined.place(entities), entities)
        witnessed = _best_group(placed, merging.index, merging.stories, entities) if placed else None
        if placed is not None and witnessed is not None:
            witnessed.add(placed)
    undated = _undated_docs(clusters)
    _before_the_article(merging, undated)
    _apart_by_story(merging)
    _join_by_story_month(merging, undated)
    groups = merging.groups
    story_dated = _date_by_story(groups, undated)
    # An article dated by its story dates the story of the undated articles sharing an event with it, and
    # so the day of their writing.
    story_dated |= _date_by_story(groups, undated)
    _before_the_article(merging, undated)
    _date_by_document(groups)
    story_dated |= _date_by_meeting(groups, clusters, merging.group_of)
    events = _distinct_ids(
        [_event(group.clusters, doc_order, entities, story_dated.get(id(group))) for group in groups]
    )
    return sorted(
        events, key=lambda e: (doc_order.get(e.reported_in[0], 0), e.evidence[0].sentence_index, e.event_id)
    )


@dataclass
class _Stories:
    """What tells whether two documents are about the same story: the entity ids each names, and those of
    them that are known (gazetteer, knowledge base)."""

    named: dict[str, set[str]]
    known: dict[str, set[str]]
    organisations: dict[str, set[str]] = field(default_factory=dict)
    """The known organisations each names: a summit, council or conference tells one trip from another."""

    def share_organisation(self, doc: str, others: set[str]) -> bool:
        """`doc` and one of `others` name the same known organisation (the summit both stories are of)."""
        return any(self.organisations.get(doc, set()) & self.organisations.get(d, set()) for d in others)

    def same(
        self, doc: str, others: set[str], agreed: bool, known_share: float = SAME_DAY_STORY
    ) -> float | None:
        """How much `doc` shares with the closest of `others`; None when it tells another story. Reports that
        agree on when and where (`agreed`) need only share `known_share` of the known entities."""
        story = max(overlap(self.named.get(doc, set()), self.named.get(d, set())) for d in others)
        if story >= SAME_STORY or (
            agreed
            and max(overlap(self.known.get(doc, set()), self.known.get(d, set())) for d in others)
            >= known_share
        ):
            return story
        return None


@dataclass
class _Merging:
    """A merge under way: its events so far (groups of clusters), and what finds and tells apart the groups a
    cluster may join."""

    stories: _Stories
    entities: dict[str, Entity]
    groups: list[_Group] = field(default_factory=list)
    group_of: dict[int, _Group] = field(default_factory=dict)
    """The group each cluster is in, by the cluster's id."""
    index: dict[tuple[str, str], list[_Group]] = field(default_factory=dict)
    """The groups by (type, actor): a cluster's candidates are those of its type and one of its actors."""

    def join(self, cluster: Cluster) -> None:
        """In place: the cluster joins the group it fits best, else starts a group of its own, which the
        index then finds under the cluster's type and each of its actors."""
        best = _best_group(cluster, self.index, self.stories, self.entities)
        if best is None:
            best = _Group.of(cluster)
            self.groups.append(best)
        else:
            best.add(cluster)
        self.group_of[id(cluster)] = best
        for actor in cluster.actors():
            bucket = self.index.setdefault((cluster.type, actor), [])
            if best not in bucket:
                bucket.append(best)


def _best_group(
    cluster: Cluster,
    index: dict[tuple[str, str], list[_Group]],
    stories: _Stories,
    entities: dict[str, Entity],
) -> _Group | None:
    """The group of other documents' reports the cluster joins: found through the index by (type, actor),
    compatible, of the same story, and the best fit (a day without a year, then the story's overlap, then a
    place the cluster's article names)."""
    doc = cluster.docs[0]
    best, best_score = None, (-1, 0.0, False, False)
    candidates = {id(g): g for a in cluster.actors() for g in index.get((cluster.type, a), [])}
    for group in candidates.values():
        if doc in group.docs or not _compatible(group.joined, cluster, entities):
            continue
        # The sessions of one visit are told apart by their words (talks are not the summit they are held at).
        if cluster.type == "meet" and not all(_same_session(group.joined, r) for r in cluster.reports):
            continue
        fit = _fit(cluster, group)
        if fit is None or (fit == 0 and cluster.span() is None and _other_trips(cluster, group, index)):
            continue
        agreed = (
            fit > 0
            or _placed_and_dated(group.joined, cluster, entities)
            # A trip is told apart by the summit it was for; the meetings of one trip are many, and an
            # undated one cannot be told from the others by the story alone.
            or (_trip(cluster.type) and stories.share_organisation(doc, group.docs))
            # A trip to the city or region the other articles of the trip name (its traveller the same).
            or (_trip(cluster.type) and _to_a_place_named(cluster, group, stories, entities))
            # The welcome at the airport (or another session named) of a trip both documents report.
            or _session_of_shared_trip(cluster, group, index)
        )
        story = stories.same(doc, group.docs, agreed)
        if story is None and _trip(cluster.type) and _dated_apart_from_place(group.joined, cluster, entities):
            # Trips dated alike, one placed nowhere: the known entities tell the story if they share as much.
            story = stories.same(doc, group.docs, True, SAME_STORY)
        # Greetings and calls recur on a holiday each year: only encounters are one by their day alone.
        if story is None and (fit < SAME_DAY or event_code(cluster.type).dated_by_occasion):
            continue
        # A day stated without a year, or the article's dateline, picks the dated event it reports; then the
        # story; then the event at a place the article names (an unplaced "arrived on an official visit" is
        # the trip to the city its article names, not another trip its twin recalls); then news over an
        # event recalled by its year alone.
        place = group.joined.own_place(entities)
        named = place is not None and place in stories.named.get(doc, set())
        score = (fit, story or 0.0, named, not _recalled(group.joined))
        if score > best_score or (score == best_score and best is not None and _earlier(group, best)):
            best, best_score = group, score
        elif score == best_score and best is None:
            best = group
    return best


def _apart_by_story(merging: _Merging) -> None:
    """An undated report stating no date (nor dated near it), joined to another document's event by their
    story alone, leaves it when the two documents report different trips of the same people (each a visit the
    other does not report): the talks an article tells of belong to the visit it reports. In place: the
    report becomes an event of its own."""
    groups, group_of, index = merging.groups, merging.group_of, merging.index
    groups_of_doc: dict[str, list[_Group]] = {}
    for group in groups:
        for doc in group.docs:
            groups_of_doc.setdefault(doc, []).append(group)

    def other_trips(doc: str, other: str, group: _Group) -> bool:
        return any(
            own is not theirs
            and _trip(own.joined.type)
            and _trips_of_the_same_people(own, theirs)
            and other not in own.docs
            and doc not in theirs.docs
            for own in groups_of_doc.get(doc, [])
            if own is not group
            for theirs in groups_of_doc.get(other, [])
            if theirs is not group
        )

    for group in list(groups):
        for doc in sorted(group.docs):
            own = [c for c in group.clusters if c.docs == [doc]]
            if len(group.docs) < 2 or any(c.span() or c.yearless() or _at_dateline(c, group) for c in own):
                continue
            if not any(other_trips(doc, other, group) for other in group.docs - {doc}):
                continue
            kept = [c for c in group.clusters if c.docs != [doc]]
            group.clusters, group.docs = kept, {d for c in kept for d in c.docs}
            _refresh(group)
            alone = _Group.of(own[0])
            for cluster in own[1:]:
                alone.add(cluster)
            groups.append(alone)
            groups_of_doc[doc] = [alone if g is group else g for g in groups_of_doc[doc]]
            for cluster in own:
                group_of[id(cluster)] = alone
                for actor in cluster.actors():
                    index.setdefault((cluster.type, actor), []).append(alone)


def _to_a_place_named(
    cluster: Cluster, group: _Group, stories: "_Stories", entities: dict[str, Entity]
) -> bool:
    """The cluster's trip goes to a city or region (no country) that every article of the group names, and
    the group is placed nowhere (two trips of one traveller to one city are told apart by their story)."""
    place = cluster.own_place(entities)
    return (
        place is not None
        and not is_country(entities.get(place))
        and group.joined.own_place(entities) is None
        and all(place in stories.named.get(d, set()) for d in group.docs)
    )


def _before_the_article(merging: _Merging, undated: set[str]) -> None:
    """An undated article's event that happened on a day or month stated without a year, joined to an event
    dated after the day the merge dates the article on, is another one: the earlier event of those people
    that the article recalls ("after the visit in November last year", in an article of July). In place:
    the cluster joins the event its days fit before the article's day, else becomes an event of its own."""
    windows = _article_days(merging.groups, undated)
    for group in list(merging.groups):
        span = group.joined.span()
        if span is None or group.joined.dated() is None:
            continue
        for cluster in list(group.clusters):
            window = windows.get(cluster.docs[0])
            stated = cluster.yearless()
            if (
                window is None
                or not stated
                or cluster.span() is not None
                or any(r.status != "occurred" for r in cluster.reports)
                or _yearless_fit(stated, span, _slack(cluster.type), window[1]) is not None
            ):
                continue
            group.clusters.remove(cluster)
            group.docs = {d for c in group.clusters for d in c.docs}
            _refresh(group)
            cluster.written_by = window[1]
            merging.join(cluster)


def _join_by_story_month(merging: _Merging, undated: set[str]) -> None:
    """An event only undated articles report, stating nothing of its time, is the event of the same people
    another article dates in the month their story is dated in (the story stands in for the missing
    publication date), at a compatible place, where the articles share as many known names as reports
    agreeing on the day (and the undated article's dateline is not months away). Greetings and calls recur:
    only encounters and acts are one by their month. In place: the group joins the best such event."""
    groups, group_of, index = merging.groups, merging.group_of, merging.index
    stories, entities = merging.stories, merging.entities
    months = _story_months(groups, undated)
    for group in list(groups):
        joined = group.joined
        story = {months.get(doc, ("", ""))[0][: len("YYYY-MM")] for doc in group.docs}
        month = story.pop() if len(story) == 1 else ""
        if (
            len(month) != len("YYYY-MM")
            or event_code(joined.type).dated_by_occasion
            or any(r.date or r.date_text or r.yearless for r in joined.reports)
        ):
            continue
        span = with_year(month[5:7], int(month[:4]))[2:]
        best, best_story = None, 0.0
        candidates = {id(g): g for a in joined.actors() for g in index.get((joined.type, a), [])}
        for candidate in candidates.values():
            if (
                candidate is group
                or candidate.docs & group.docs
                or candidate.joined.dated() is None
                or not _compatible(candidate.joined, Cluster(joined.reports), entities)
                # the sessions of one visit are told apart by their words (the talks, the summit)
                or not all(_same_session(candidate.joined, r) for r in joined.reports)
                or not dates_compatible(candidate.joined.span(), span)
                # an article written months away from the event reports another one
                or _fit(Cluster(joined.reports), candidate) is None
            ):
                continue
            story_share = min(
                (stories.same(doc, candidate.docs, True) for doc in group.docs), key=lambda v: v or -1.0
            )
            if story_share is not None and (best is None or story_share > best_story):
                best, best_story = candidate, story_share
        if best is None:
            continue
        for cluster in group.clusters:
            best.add(cluster)
            group_of[id(cluster)] = best
        for actor in joined.actors():
            bucket = index.get((joined.type, actor), [])
            if group in bucket:
                bucket.remove(group)
            if best not in bucket:
                bucket.append(best)
        groups.remove(group)


def _undated_docs(clusters: list[Cluster]) -> set[str]:
    """The documents dating none of their reports (articles without a publication date)."""
    docs = {r.doc_id for c in clusters for r in c.reports + c.folded}
    return docs - {r.doc_id for c in clusters for r in c.reports + c.folded if r.date}


def _article_days(groups: list[_Group], undated: set[str]) -> dict[str, tuple[str, str]]:
    """For each undated article, the first and last day it can have been written on, as the events the merge
    dated tell: its dateline's day, where that picked a dated event; else from a day it states without a year
    of a dated event it tells, to `NEWS_DAYS` after. None where they disagree."""
    datelines: dict[str, list[tuple[str, str]]] = {}
    stated: dict[str, list[tuple[str, str]]] = {}
    for group in groups:
        span = group.joined.span()
        if span is None or group.joined.dated() is None:
            continue
        for cluster in group.clusters:
            doc = cluster.docs[0]
            if doc not in undated:
                continue
            for day in cluster.datelines():
                if (year := yearless_fits(day, span, DATELINE_DAYS)) is not None:
                    first = with_year(day, year)[2]
                    datelines.setdefault(doc, []).append((first, first))
            for day in cluster.yearless():
                if len(day) == len("MM-DD") and (year := yearless_fits(day, span, _slack(cluster.type))):
                    first = with_year(day, year)[2]
                    last = (date.fromisoformat(first) + timedelta(days=NEWS_DAYS)).isoformat()
                    stated.setdefault(doc, []).append((first, last))
    windows = {}
    for doc in datelines.keys() | stated.keys():
        bounds = datelines.get(doc) or stated[doc]
        first, last = max(b[0] for b in bounds), min(b[1] for b in bounds)
        if first <= last:
            windows[doc] = (first, last)
    return windows


def _other_trips(cluster: Cluster, group: _Group, index: dict[tuple[str, str], list[_Group]]) -> bool:
    """The cluster's document reports a trip of one of its actors that none of the group's reports, and
    those report another trip of the same people that the cluster's document does not: an undated report
    of the one is no event of the other (the welcome of the visit its article reports)."""
    doc = cluster.docs[0]
    trips = {
        id(trip): trip
        for actor in cluster.actors()
        for trip_type in _trip_types()
        for trip in index.get((trip_type, actor), [])
    }.values()
    own = [t for t in trips if doc in t.docs and not t.docs & group.docs]
    theirs = [t for t in trips if doc not in t.docs and t.docs & group.docs]
    return any(_trips_of_the_same_people(o, t) for o in own for t in theirs)


def _trips_of_the_same_people(first: _Group, second: _Group) -> bool:
    """Two events of one type, most of whose actors are the same (two trips of the same people)."""
    return first.joined.type == second.joined.type and (
        jaccard(set(first.joined.actors()), set(second.joined.actors())) >= 0.5
    )


def _named_sessions(cluster: Cluster) -> set[str]:
    return {r.session for r in cluster.reports if r.session}


def _session_of_shared_trip(
    cluster: Cluster, group: _Group, index: dict[tuple[str, str], list[_Group]]
) -> bool:
    """The cluster names the sessions the group names (the welcome at the airport), and its document and
    one of the group's report one trip of one of its actors: one visit has one welcome, whatever else the
    two articles name."""
    sessions = _named_sessions(cluster)
    if not sessions or _named_sessions(group.joined) != sessions:
        return False
    doc = cluster.docs[0]
    return any(
        doc in trip.docs and bool(trip.docs & group.docs)
        for actor in cluster.actors()
        for trip_type in _trip_types()
        for trip in index.get((trip_type, actor), [])
    )


def _at_dateline(cluster: Cluster, group: _Group) -> bool:
    """The cluster's article is dated within days of the group's event (its dateline picked the event)."""
    span = group.joined.span()
    return span is not None and any(
        yearless_fits(d, span, DATELINE_DAYS) is not None for d in cluster.datelines()
    )


def _recalled(cluster: Cluster) -> bool:
    """Dated by a year alone, as an article recalls an earlier event ("his last visit, in 2015")."""
    dated = cluster.dated()
    return dated is not None and _stated_year(dated)


def _stated_year(report: EventReport) -> bool:
    """Dated by a year its text states alone."""
    return report.date_source == "text" and report.date_precision == "year"


def _trip(event_type: str) -> bool:
    """One party going to a place (a visit): what a story of several meetings is about."""
    code = event_code(event_type)
    return code.located and code.max_actors == 1


@cache
def _trip_types() -> tuple[str, ...]:
    """The event types that are trips (visits)."""
    return tuple(sorted(t for t in event_codes() if _trip(t)))


def _dated_apart_from_place(first: Cluster, second: Cluster, entities: dict[str, Entity]) -> bool:
    """Both are dated (their spans overlap, as compatible reports' do) and one is placed nowhere."""
    places = [first.own_place(entities), second.own_place(entities)]
    return first.span() is not None and second.span() is not None and None in places


def _placed_and_dated(first: Cluster, second: Cluster, entities: dict[str, Entity]) -> bool:
    """Both are dated and placed in a city or building (not only a country or region)."""
    places = [first.own_place(entities), second.own_place(entities)]
    return (
        first.span() is not None
        and second.span() is not None
        and all(p is not None and not is_country(entities.get(p)) for p in places)
    )


def _folded_clusters(clusters: list[Cluster], entities: dict[str, Entity]) -> list[tuple[Cluster, Cluster]]:
    """The reports folded into each meeting, as clusters of one type, each with its meeting, in content
    order."""
    folded = [(f, host) for host in clusters if host.folded for f in _within_document(host.folded, entities)]
    return sorted(folded, key=lambda pair: _content_key(pair[0]))


def _placed_at(cluster: Cluster, host_place: str | None, entities: dict[str, Entity]) -> Cluster | None:
    """A folded cluster placed where it says, else where its meeting is; None when neither is known."""
    if cluster.own_place(entities) is not None:
        return cluster
    if host_place is None:
        return None
    return Cluster([r.model_copy(update={"place_id": host_place, "place_rank": 0}) for r in cluster.reports])


def _story_months(groups: list[_Group], undated: set[str]) -> dict[str, tuple[str, str]]:
    """For each document dating none of its reports (an article without a publication date), the month
    other documents date the events it shares with them in, and the document dating the first of them; none
    where they date them in different months. An article that only announces them (a summit "to be held on 3
    November") was written before, in a month it does not tell: it has their year (`YYYY`) alone; one
    telling its news as the day it is written on ("Bugün"), the day (`YYYY-MM-DD`) its story's event is
    dated by in the text."""
    months: dict[str, set[str]] = {}
    years: dict[str, set[str]] = {}
    days: dict[str, set[str]] = {}
    source: dict[str, str] = {}
    day_source: dict[str, str] = {}
    for group in groups:
        dated = group.joined.dated()
        if dated is None or dated.date is None or dated.date_precision not in ("day", "month"):
            continue
        if _stated_day(dated):
            for doc in {r.doc_id for r in group.joined.reports if r.written_today} & undated:
                days.setdefault(doc, set()).add(dated.date)
                day_source.setdefault(doc, dated.doc_id)
        # Only an event a document tells as news (no date of its own), not one it recalls by its month.
        recalled = {
            r.doc_id
            for r in group.joined.reports
            if (r.yearless or r.date_text) and not _told_as_news(r, dated)
        }
        for doc in group.docs & undated - recalled:
            told = (
                months
                if any(r.status == "occurred" for r in group.joined.reports if r.doc_id == doc)
                else years
            )
            told.setdefault(doc, set()).add(dated.date[: 7 if told is months else 4])
            source.setdefault(doc, dated.doc_id)
    stories = {doc: found for doc, found in years.items() if doc not in months} | months
    # An article telling its news as the day it is written on: the day its story's event is dated by.
    told_today = {
        doc: found
        for doc, found in days.items()
        if len(found) == 1 and months.get(doc) == {day[:7] for day in found}
    }
    stories |= told_today
    source |= {doc: day_source[doc] for doc in told_today}
    return {doc: (next(iter(found)), source[doc]) for doc, found in stories.items() if len(found) == 1}


def _told_as_news(report: EventReport, dated: EventReport) -> bool:
    """A report of an undated article telling the event its twin dates as news of the article's own days:
    with words counting from the day of writing ("dün", "yesterday", "на днях"), or stating without a year a
    day within the twin's date ("On November 27, Putin arrived", dated 27 November or in November). Either
    leaves the article's story month as its twins date the event; a month stated without a year is an event
    it recalls."""
    if report.date is not None:
        return False
    if report.yearless is None:
        return report.date_text is not None
    if len(report.yearless) != len("MM-DD") or dated.date_start is None or dated.date_end is None:
        return False
    return yearless_fits(report.yearless, (dated.date_start, dated.date_end)) is not None


def _date_by_story(groups: list[_Group], undated: set[str]) -> dict[int, str]:
    """Events that only undated documents report, with no date of their own, are dated by the documents'
    story, as dated elsewhere (the twin stands in for the missing publication date): a day or month stated
    without a year takes the year that puts it near the story's month (of something that happened months
    before, the last such day or month up to it); a report stating none, of something
    that happened, takes the month, as a dated article's does its publication's (the year, where the story
    gives no month). Out: the document each such group's date came from, by group id."""
    months = _story_months(groups, undated)
    inferred: dict[int, str] = {}
    for group in groups:
        # The story of those of its documents whose story is known.
        stories = {months[doc] for doc in group.docs if doc in months}
        story = next(iter(stories)) if len(stories) == 1 else None
        reports = group.joined.reports
        if story is None or any(r.date or (r.date_text and not r.yearless) for r in reports):
            continue
        month, source = story
        span = with_year(month[5:], int(month[:4]))[2:] if month[5:] else (f"{month}-01-01", f"{month}-12-31")
        if any(
            r.date_start and r.date_end and not dates_compatible((r.date_start, r.date_end), span)
            for r in reports
        ):
            continue
        stated = group.joined.yearless()
        fits = [yearless_fits(day, span, NEWS_DAYS) for day in sorted(stated)]
        year = next((y for y in fits if y is not None), None)
        occurred = any(r.status == "occurred" for r in reports)
        if stated and year is None and occurred and month[5:]:
            # Recalled, months before the story: the last such day or month up to it ("last July").
            day = min(stated)
            year = int(month[:4]) - (1 if with_year(day, int(month[:4]))[2] > span[1] else 0)
        if (stated and year is None) or (not stated and not occurred):
            continue
        # An article written months away from the story and from the event reports another one.
        told = [span] + ([with_year(min(stated), year)[2:]] if stated and year is not None else [])
        if any(
            r.dateline and all(yearless_fits(r.dateline, t, NEWS_DAYS) is None for t in told) for r in reports
        ):
            continue
        for cluster in group.clusters:
            cluster.reports = [
                _in_stated_year(r, year)
                if year is not None
                else _in_month(r, month)
                if month[5:]
                else _in_year(r, month)
                for r in cluster.reports
            ]
        _refresh(group)
        inferred[id(group)] = source
    return inferred


def _in_year(report: EventReport, year: str) -> EventReport:
    """The report dated by the year (`YYYY`) of its article's story, which tells no month."""
    update = {
        "date": year,
        "date_precision": "year",
        "date_start": f"{year}-01-01",
        "date_end": f"{year}-12-31",
    }
    return report.model_copy(update=update | {"date_source": "publication"})


def _refresh(group: _Group) -> None:
    """The group's joined reports after its clusters' reports were redated."""
    group.joined = Cluster([r for c in group.clusters for r in c.reports])


def _date_by_document(groups: list[_Group]) -> None:
    """A day or month an undated article states without a year, once the merge has dated it in one event
    (the visit "on October 3", dated by another article), has that year in every event of the article
    stating it ("on October 3 ... during his visit he met"): the article's year is then known, and so is that
    of the other articles of the event."""
    years: dict[tuple[str, str], set[int]] = {}
    for group in groups:
        for report in _with_years(group.joined.reports, group.joined.type):
            if report.yearless and report.date and report.date_source == "text":
                years.setdefault((report.doc_id, report.yearless), set()).add(int(report.date[:4]))
    for group in groups:
        stated = [r for r in group.joined.reports if r.yearless and not r.date]
        if group.joined.dated() is not None or not stated:
            continue
        found = set().union(*(years.get((r.doc_id, str(r.yearless)), set()) for r in stated))
        if len(found) != 1:
            continue
        year = found.pop()
        for cluster in group.clusters:
            cluster.reports = [_in_stated_year(r, year) for r in cluster.reports]
        _refresh(group)


def _date_by_meeting(
    groups: list[_Group], clusters: list[Cluster], group_of: dict[int, _Group]
) -> dict[int, str]:
    """Speech acts with no date of their own (none, or only the month of publication) said at a meeting of
    their document take the date the merge gave that meeting: the day or month its other reports state, as
    they state it. Out: the document the date came from, by group id, where it is another one."""
    meetings = [c for c in clusters if c.type == "meet"]
    inferred: dict[int, str] = {}
    for group in groups:
        if not _dated_by_its_meeting(group.joined):
            continue
        actors = set(group.joined.actors())
        hosts = [
            group_of[id(m)]
            for m in meetings
            if set(m.docs) & group.docs and actors <= set(m.actors()) and id(m) in group_of
        ]
        dated = next(
            (
                d
                for h in hosts
                if (d := Cluster(_with_years(h.joined.reports, "meet")).dated()) is not None
                and d.date_source == "text"
            ),
            None,
        )
        if dated is None:
            continue
        update = _occasion_date(dated)
        for cluster in group.clusters:
            cluster.reports = [r.model_copy(update=update) for r in cluster.reports]
        _refresh(group)
        if dated.doc_id not in group.docs:
            inferred[id(group)] = dated.doc_id
    return inferred


def _in_stated_year(report: EventReport, year: int) -> EventReport:
    """The report with the day or month it states without a year, in `year` (a report stating none is
    unchanged)."""
    if not report.yearless:
        return report
    value, precision, first, last = with_year(report.yearless, year)
    update = {"date": value, "date_precision": precision, "date_start": first, "date_end": last}
    return report.model_copy(update=update | {"date_source": "text"})


def _in_month(report: EventReport, month: str) -> EventReport:
    """The report dated by the month (`YYYY-MM`) of its article's story, as by a publication's."""
    value, precision, first, last = with_year(month[5:], int(month[:4]))
    update = {"date": value, "date_precision": precision, "date_start": first, "date_end": last}
    return report.model_copy(update=update | {"date_source": "publication"})


def _earlier(first: _Group, second: _Group) -> bool:
    """Of two equally good groups, the one made first (in content order)."""
    return _content_key(first.clusters[0]) < _content_key(second.clusters[0])
