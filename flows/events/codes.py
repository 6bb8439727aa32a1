"""Event codes: the project's event types mapped to CAMEO codes and PLOVER types and modes.

In: an event type. Out: its `EventCode` (CAMEO code, PLOVER type and mode, priority and handling), from
`flows/data/event_codes.yaml`; the CAMEO and PLOVER code lists it is checked against ship beside it
(`cameo_codes.tsv`, `plover_types.yaml`), each with its source.
"""

import csv
from functools import cache

from pydantic import BaseModel, ConfigDict

from flows.datafiles import DATA_DIR, load_yaml


class EventCode(BaseModel):
    """One event type of event_codes.yaml."""

    model_config = ConfigDict(extra="forbid")
    cameo: str
    plover_type: str
    plover_mode: str | None
    priority: int
    min_actors: int
    summary: str
    source: str
    fold_into: str | None = None
    dated_by_occasion: bool = False
    located: bool = False
    """It happens at a place: without one in its sentence it takes the place of the sentence before."""
    schedulable: bool = False
    """It can be reported before it happens (status `planned`)."""
    intention: bool = False
    """An intention or plan: its status is `intended`."""
    telling: bool = False
    """A telling of news or of an act to come: an event of its own beside the act its sentence tells."""
    group_counterpart: bool = False
    """Done with a group the text names by what it is ("representatives of ..."): one named actor suffices."""
    max_actors: int | None = None
    """At most this many actors, the first the sentence names as acting (a visit's traveller, not hosts)."""
    per_counterpart: bool = False
    """A two-party act: done with several counterparts at once, it is one event per counterpart."""
    principal_agent: bool = False
    """Told with its recipient alone ("Президента Казахстана пригласили посетить республику"): the document's
    other principal person did it."""
    embeds: list[str] = []
    """Types whose trigger, in a sentence stating this type, is its content, not an event of its own: the
    visit one is invited to, the appointment one is congratulated on, the decree one is appointed by."""


class EventCodes(BaseModel):
    """Schema of flows/data/event_codes.yaml."""

    model_config = ConfigDict(extra="forbid")
    version: int
    types: dict[str, EventCode]


class PloverType(BaseModel):
    """A PLOVER event type and its modes."""

    model_config = ConfigDict(extra="forbid")
    quad: str | None
    modes: list[str]
    extension: bool = False
    """True for a type this project adds (PLOVER drops CAMEO 01 statements)."""


class PloverTypes(BaseModel):
    """Schema of flows/data/plover_types.yaml."""

    model_config = ConfigDict(extra="forbid")
    version: int
    source: str
    types: dict[str, PloverType]


class CameoCode(BaseModel):
    """A row of cameo_codes.tsv."""

    model_config = ConfigDict(extra="forbid")
    code: str
    name: str
    plover_type: str
    plover_mode: str


@cache
def event_codes() -> dict[str, EventCode]:
    return load_yaml("event_codes.yaml", EventCodes).types


def event_code(event_type: str) -> EventCode:
    """The codes and handling of an event type."""
    return event_codes()[event_type]


@cache
def plover_types() -> dict[str, PloverType]:
    return load_yaml("plover_types.yaml", PloverTypes).types


@cache
def cameo_codes() -> dict[str, CameoCode]:
    """CAMEO codes by code, from cameo_codes.tsv (comment lines start with #)."""
    with (DATA_DIR / "cameo_codes.tsv").open(encoding="utf-8") as handle:
        rows = csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t")
        return {row["code"]: CameoCode.model_validate(row) for row in rows}
