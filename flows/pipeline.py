"""The flow: a folder of articles in, a validated dataset published to the output folder.

Read the articles; prepare each one (clean, date, attribute, split), reusing what an earlier run
prepared from the same bytes; find names and link them to entities; extract events and figures;
validate; publish. The run holds the output's lock throughout (flows/lock.py), first cleans what a
killed run left beside the output, and last prunes the cache of what recent runs did not use.
"""

from pathlib import Path

from prefect import flow

from flows.cache import ResultCache, cache_folder
from flows.events.stage import extract_events_task, extract_figures_task
from flows.ingest import ingest_task
from flows.isolation import gather, set_aside
from flows.lock import output_lock
from flows.names.stage import find_names_task
from flows.output_guard import check_output
from flows.prepare import prepare_task
from flows.progress import stage
from flows.publish import clean_leftovers, publish_task, removed_articles
from flows.validate import validate_task
from models.dataset import BuildReport


@flow(name="kazevents-build")
def build_dataset(
    input_dir: Path, output_dir: Path, backend: str = "offline", allow_shrink: bool = False
) -> BuildReport:
    """Build the dataset from every article in `input_dir` and publish it to `output_dir`.

    Raises `OutputRefused`, before any work, when `output_dir` is not a folder the pipeline may replace;
    `ShrinkRefused`, changing nothing, when the build would remove more than half of the published
    articles and `allow_shrink` is not set; `OutputBusy` when another run holds the output's lock.
    """
    check_output(input_dir, output_dir)
    with output_lock(output_dir):
        clean_leftovers(output_dir)
        cache = ResultCache(cache_folder(output_dir))
        report = _build(input_dir, output_dir, backend, allow_shrink, cache)
        cache.prune()
    return report


def _build(
    input_dir: Path, output_dir: Path, backend: str, allow_shrink: bool, cache: ResultCache
) -> BuildReport:
    stage("ingest")
    articles, rejected = ingest_task(input_dir)
    stage("prepare")
    prepared = prepare_task(articles, cache)
    documents, sentences = prepared.documents, prepared.sentences
    stage("names")
    names, failed = find_names_task(documents, sentences, backend)
    documents, names_rejects = set_aside(documents, failed, "names")
    stage("events")
    figures, failed = extract_figures_task(documents, sentences)
    documents, figures_rejects = set_aside(documents, failed, "figures")
    events, failed = extract_events_task(documents, sentences, names.mentions, names.entities)
    documents, events_rejects = set_aside(documents, failed, "events")
    dataset = gather(
        documents,
        sentences,
        names.mentions,
        events,
        figures,
        rejected + prepared.rejects + names_rejects + figures_rejects + events_rejects,
    )
    stage("validate")
    tables = validate_task(dataset)
    stage("publish")
    removed, _ = removed_articles(tables, output_dir.resolve())
    version = publish_task(tables, dataset, output_dir, allow_shrink)
    return BuildReport(
        version=version,
        rejects=dataset.rejects,
        processed=prepared.processed,
        reused=prepared.reused,
        removed=removed,
    )
