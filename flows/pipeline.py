"""The flow: a folder of articles in, a validated dataset published to the output folder.

Read, prepare (clean, date, attribute, split), find names and link them to entities, extract events
and figures, validate, publish.
"""

from pathlib import Path

from prefect import flow

from flows.events.stage import extract_events_task, extract_figures_task
from flows.ingest import ingest_task
from flows.names.stage import find_names_task
from flows.prepare import prepare_task
from flows.progress import stage
from flows.publish import publish_task
from flows.validate import validate_task
from models.dataset import Dataset
from models.documents import Reject

STAGES = 7


@flow(name="kazevents-build", log_prints=True)
def build_dataset(input_dir: Path, output_dir: Path, backend: str = "offline") -> tuple[str, list[Reject]]:
    """Build the dataset from every article in `input_dir` and publish it to `output_dir`.

    Returns the published dataset's version and the inputs that were rejected.
    """
    stage("ingest")
    articles, rejected = ingest_task(input_dir)
    stage("prepare")
    documents, sentences, unprepared = prepare_task(articles)
    stage("names")
    names = find_names_task(documents, sentences, backend)
    stage("events")
    events = extract_events_task(documents, sentences, names.mentions, names.entities)
    stage("figures")
    figures = extract_figures_task(documents, sentences)
    dataset = Dataset(
        documents=documents,
        sentences=sentences,
        entities=names.entities,
        mentions=names.mentions,
        events=events,
        figures=figures,
        rejects=rejected + unprepared,
    )
    stage("validate")
    tables = validate_task(dataset)
    stage("publish")
    version = publish_task(tables, dataset, output_dir)
    return version, dataset.rejects
