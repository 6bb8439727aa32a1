"""The gazetteer: GeoNames places with ids and coordinates, found by their names in every script."""

import os
import re
import subprocess
import sys

import pytest

from flows.names.gazetteer import (
    feature_of,
    find_place,
    is_major_place,
    place_index,
    places,
    ranked_places,
)
from flows.names.normalise import name_key

# name as written, language, GeoNames id, latitude, longitude (to a tenth of a degree)
CITIES = [
    ("Шымкент", "kk", 1518980, 42.3, 69.6),
    ("Шымкент", "ru", 1518980, 42.3, 69.6),
    ("Shymkent", "en", 1518980, 42.3, 69.6),
    ("Өскемен", "kk", 1520316, 50.0, 82.6),
    ("Усть-Каменогорск", "ru", 1520316, 50.0, 82.6),
    ("Oskemen", "en", 1520316, 50.0, 82.6),
    ("Ақтөбе", "kk", 610611, 50.3, 57.2),
    ("Актобе", "ru", 610611, 50.3, 57.2),
    ("Түркістан", "kk", 1517945, 43.3, 68.3),
    ("Уральск", "ru", 608668, 51.2, 51.4),
    ("Ташкент", "ru", 1512569, 41.3, 69.2),
    ("Toshkent", "en", 1512569, 41.3, 69.2),
    ("Taşkent", "tr", 1512569, 41.3, 69.2),
    ("Самарқанд", "kk", 1216265, 39.7, 67.0),
    ("Semerkant", "tr", 1216265, 39.7, 67.0),
    ("Бишкек", "ru", 1528675, 42.9, 74.6),
    ("Бішкек", "kk", 1528675, 42.9, 74.6),
    ("Ош", "ru", 1527534, 40.5, 72.8),
    ("Казань", "ru", 551487, 55.8, 49.1),
    ("Казан", "tt", 551487, 55.8, 49.1),
    ("Kazan", "tr", 551487, 55.8, 49.1),
    ("Набережные Челны", "ru", 523750, 55.7, 52.4),
    ("Чаллы", "tt", 523750, 55.7, 52.4),
    ("Алабуга", "tt", 468082, 55.8, 52.0),
    ("Альметьевск", "ru", 582432, 54.9, 52.3),
    ("Әлмәт", "tt", 582432, 54.9, 52.3),
    ("Оренбург", "ru", 515003, 51.8, 55.1),
    ("Уфа", "ru", 479561, 54.7, 56.0),
    ("Мәскеу", "kk", 524901, 55.8, 37.6),
    ("Moskova", "tr", 524901, 55.8, 37.6),
    ("Стамбул", "ru", 745044, 41.0, 28.9),
    ("Ыстамбұл", "kk", 745044, 41.0, 28.9),
    ("Анкара", "ru", 323786, 39.9, 32.9),
    ("Анталья", "ru", 323777, 36.9, 30.7),
    ("Баку", "ru", 587084, 40.4, 49.9),
]

COUNTRIES = [
    ("Өзбекстан", "kk", 1512440),
    ("Узбекистан", "ru", 1512440),
    ("Özbekistan", "tr", 1512440),
    ("Қырғызстан", "kk", 1527747),
    ("Kırgızistan", "tr", 1527747),
    ("Қазақстан", "kk", 1522867),
    ("Kazakistan", "tr", 1522867),
    ("Түркия", "kk", 298795),
    ("Türkiye", "tr", 298795),
    ("Ресей", "kk", 2017370),
    ("Rusya", "tr", 2017370),
]


@pytest.mark.parametrize(("name", "language", "geonames_id", "latitude", "longitude"), CITIES)
def test_city_by_name_in_any_script(
    name: str, language: str, geonames_id: int, latitude: float, longitude: float
) -> None:
    place = find_place(name_key(name, language))
    assert place is not None, name
    assert place.entity_id == f"place/geonames-{geonames_id}"
    assert place.geonames_id == geonames_id
    assert place.type == "place" and place.known
    assert place.latitude == pytest.approx(latitude, abs=0.1)
    assert place.longitude == pytest.approx(longitude, abs=0.1)


@pytest.mark.parametrize(("name", "language", "geonames_id"), COUNTRIES)
def test_country_by_name_in_any_language(name: str, language: str, geonames_id: int) -> None:
    place = find_place(name_key(name, language))
    assert place is not None, name
    assert place.geonames_id == geonames_id
    assert place.entity_id == f"place/geonames-{geonames_id}"


# Curated places GeoNames lacks, and former names of places it has
CURATED = [
    ("Татарстан", "ru", "place/tatarstan"),
    ("Tataristan", "tr", "place/tatarstan"),
    ("Башкортостан", "ru", "place/bashkortostan"),
    ("Ақорда", "kk", "place/akorda"),
    ("Ертіс", "kk", "place/irtysh-river"),
    ("Nur-Sultan", "en", "place/geonames-1526273"),
    ("Нұр-Сұлтан", "kk", "place/geonames-1526273"),
    ("Целиноград", "ru", "place/geonames-1526273"),
    ("Tselinograd", "en", "place/geonames-1526273"),
    ("Алма-Ата", "ru", "place/geonames-1526384"),
]


@pytest.mark.parametrize(("name", "language", "entity_id"), CURATED)
def test_curated_and_former_names(name: str, language: str, entity_id: str) -> None:
    place = find_place(name_key(name, language))
    assert place is not None and place.entity_id == entity_id
    assert place.latitude is not None and place.longitude is not None


def test_every_place_is_well_formed() -> None:
    table = places()
    assert len(table) > 5_000
    for entity_id, place in table.items():
        assert place.entity_id == entity_id and place.type == "place" and place.known
        assert place.aliases, entity_id
        if place.geonames_id is not None:
            assert entity_id == f"place/geonames-{place.geonames_id}"
        else:
            assert re.fullmatch(r"place/[a-z0-9-]+", entity_id)
        if place.latitude is not None:
            assert -90 <= place.latitude <= 90 and place.longitude is not None
            assert -180 <= place.longitude <= 180


def test_index_points_at_known_places() -> None:
    table = places()
    for key, ids in place_index().items():
        assert key == key.strip() and ids
        assert all(i in table for i in ids)


# A name shared by several places: the curated or biggest one of the region first
@pytest.mark.parametrize(
    ("name", "language", "entity_id"),
    [
        ("Астана", "ru", "place/geonames-1526273"),
        ("Казань", "ru", "place/geonames-551487"),
        ("Москва", "ru", "place/geonames-524901"),
        ("Ош", "kk", "place/geonames-1527534"),
    ],
)
def test_best_place_of_a_shared_name(name: str, language: str, entity_id: str) -> None:
    assert ranked_places([name], language)[0][0] == entity_id
    assert is_major_place(entity_id)


def test_small_towns_are_not_major() -> None:
    small = [p for p in places().values() if p.latitude is not None and not is_major_place(p.entity_id)]
    assert small


# A natural feature ranks after every town of its name: Орал, Ural are the city of Oral unless a river is said
def test_river_ranks_after_the_town() -> None:
    assert feature_of("place/ural-river") == "river"
    assert feature_of("place/geonames-608668") is None
    assert ranked_places(["Орал"], "kk")[0][0] == "place/geonames-608668"
    assert place_index()[name_key("Орал", "kk")][-1] == "place/ural-river"


# A name written as a place's name beats one that only folds to another place's key
@pytest.mark.parametrize(
    ("names", "language", "entity_id", "name"),
    [
        (["Әлмәттә", "Әлмәт"], "tt", "place/geonames-582432", "Әлмәт"),
        (["Нарында", "Нары", "Нарын"], "kk", "place/geonames-1527592", "Нарын"),
        (["Орал"], "kk", "place/geonames-608668", "Орал"),
        (["Урал"], "ru", "place/ural-river", "Урал"),
    ],
)
def test_written_name_first(names: list[str], language: str, entity_id: str, name: str) -> None:
    assert ranked_places(names, language)[0] == (entity_id, name, True)


def test_places_and_their_aliases_do_not_depend_on_the_hash_seed() -> None:
    """Python orders a set of strings by a hash seeded anew in each process: a set in the gazetteer would
    change the entities table, and with it the dataset's version, from one run to the next."""
    program = (
        "import hashlib; from flows.names.gazetteer import places; "
        "print(hashlib.sha256(repr(sorted((k, e.model_dump_json()) for k, e in places().items())).encode()).hexdigest())"
    )
    digests = {
        subprocess.run(
            [sys.executable, "-c", program],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2")
    }
    assert len(digests) == 1
