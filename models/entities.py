"""Records for recognised name mentions and the real-world entities they link to."""

from models.base import Record


class Alias(Record):
    """One written form of an entity's name, tagged with its language."""

    name: str
    """The name as written (base form, not inflected)."""
    language: str
    """ISO 639-1 code of the language or script it is written in."""


class Mention(Record):
    """A span of a document's text that names a person, place or organisation."""

    doc_id: str
    """The document the mention is in."""
    start: int
    """Offset of the mention's first character in Document.text."""
    end: int
    """Offset just past the mention's last character in Document.text."""
    surface: str
    """The text exactly as written (inflected form kept): Document.text[start:end]."""
    type: str
    """`person`, `place` or `organization`."""
    base: str
    """The base form: case endings and suffixes removed (Тоқаевпен -> Тоқаев)."""
    key: str
    """Script-independent key of the base form (transliterated to Latin, phonetically folded)."""
    language: str
    """ISO 639-1 code of the sentence the mention is in."""
    sentence_index: int
    """Index of the sentence that holds the mention."""
    entity_id: str
    """The entity the mention links to."""
    method: str
    """What recognised it: `gazetteer`, `pattern`, `natasha`, `stanza`, ..."""


class Entity(Record):
    """A real-world person, place or organisation, however many ways it is written."""

    entity_id: str
    """Stable id: from the knowledge base's id, or derived from the type and name key when unlisted."""
    type: str
    """`person`, `place` or `organization`."""
    name: str
    """Canonical name in Latin script."""
    aliases: list[Alias] = []
    """Every written base form seen or known, with its language."""
    wikidata: str | None = None
    """Wikidata id (Q...) where known and checked."""
    geonames_id: int | None = None
    """GeoNames id of a place, where known."""
    latitude: float | None = None
    """Latitude of a place in decimal degrees."""
    longitude: float | None = None
    """Longitude of a place in decimal degrees."""
    known: bool = False
    """True when the entity comes from the knowledge base or gazetteer, False when clustered from text."""


class NamesResult(Record):
    """What the names stage finds in a batch of documents."""

    mentions: list[Mention] = []
    """Every recognised mention, linked to an entity, in document and offset order."""
    entities: list[Entity] = []
    """Every entity at least one mention links to, sorted by entity_id."""
