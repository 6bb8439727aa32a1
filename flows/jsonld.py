"""JSON-LD: a `Dataset` in, the same graph as a JSON-LD document with schema.org types out.

Types: Dataset, NewsArticle, Person, Place, Organization, Event. The `@context` is the one shipped in
`flows/data/context.jsonld`, written inline so that reading the file never needs the network.
Wikidata ids become `sameAs` links.
"""

import json
from functools import cache
from typing import Any

from flows.datafiles import DATA_DIR
from models.dataset import SCHEMA_VERSION, Dataset
from models.entities import Entity

BASE = "https://w3id.org/kazevents/"
ENTITY_TYPES = {"person": "Person", "place": "Place", "organization": "Organization"}


@cache
def context() -> dict[str, Any]:
    """The JSON-LD context shipped with the package."""
    data: dict[str, Any] = json.loads((DATA_DIR / "context.jsonld").read_text(encoding="utf-8"))
    return data


def _node_id(kind: str, local: str) -> str:
    return f"{BASE}{kind}/{local}"


def _entity_node(entity: Entity) -> dict[str, Any]:
    node: dict[str, Any] = {
        "@id": _node_id("entity", entity.entity_id),
        "@type": ENTITY_TYPES[entity.type],
        "name": entity.name,
        "alternateName": sorted({a.name for a in entity.aliases if a.name != entity.name}),
    }
    if entity.wikidata:
        node["sameAs"] = f"http://www.wikidata.org/entity/{entity.wikidata}"
    if entity.latitude is not None and entity.longitude is not None:
        node["geo"] = {"@type": "GeoCoordinates", "latitude": entity.latitude, "longitude": entity.longitude}
    if entity.geonames_id is not None:
        node["geonamesId"] = entity.geonames_id
    return node


def to_jsonld(dataset: Dataset, version: str) -> dict[str, Any]:
    """The dataset as one JSON-LD document."""
    entity_ids = {e.entity_id for e in dataset.entities}
    mentioned: dict[str, set[str]] = {}
    for m in dataset.mentions:
        mentioned.setdefault(m.doc_id, set()).add(m.entity_id)
    about: dict[str, list[str]] = {}
    for event in dataset.events:
        for doc_id in event.reported_in:
            about.setdefault(doc_id, []).append(_node_id("event", event.event_id))

    graph: list[dict[str, Any]] = [
        {
            "@id": BASE + "dataset",
            "@type": "Dataset",
            "name": "kazevents",
            "description": "Who met whom, when, where and what was said, from news about Kazakhstan, "
            "Tatarstan and their neighbours.",
            "version": version,
            "schemaVersion": SCHEMA_VERSION,
            "hasPart": [_node_id("document", d.doc_id) for d in dataset.documents],
        }
    ]
    for doc in dataset.documents:
        node: dict[str, Any] = {
            "@id": _node_id("document", doc.doc_id),
            "@type": "NewsArticle",
            "identifier": doc.doc_id,
            "inLanguage": doc.language,
            "name": doc.source,
            "mentions": sorted(_node_id("entity", e) for e in mentioned.get(doc.doc_id, set())),
            "about": about.get(doc.doc_id, []),
        }
        if doc.title:
            node["headline"] = doc.title
        if doc.published:
            node["datePublished"] = doc.published.isoformat()
        if doc.outlet:
            node["publisher"] = {"@type": "Organization", "name": doc.outlet}
        if doc.author:
            node["author"] = {"@type": "Person", "name": doc.author}
        if doc.url:
            node["url"] = doc.url
        graph.append(node)
    graph += [_entity_node(e) for e in dataset.entities]
    for event in dataset.events:
        node = {
            "@id": _node_id("event", event.event_id),
            "@type": "Event",
            "name": event.summary,
            "eventType": event.type,
            "cameo": event.cameo,
            "ploverType": event.plover_type,
            "eventStatusText": event.status,
            "attendee": [_node_id("entity", a) for a in event.actors if a in entity_ids],
            "subjectOf": [_node_id("document", d) for d in event.reported_in],
            "confidence": event.confidence,
        }
        if event.plover_mode:
            node["ploverMode"] = event.plover_mode
        if event.date:
            node["startDate"] = event.date_start or event.date
            node["endDate"] = event.date_end or event.date
            node["datePrecision"] = event.date_precision
        if event.place_id:
            node["location"] = _node_id("entity", event.place_id)
        graph.append(node)
    return {"@context": context()["@context"], "@graph": graph}
