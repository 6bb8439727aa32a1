"""Benchmark of the names stage: `find_names` (no Prefect) on the seed articles repeated to 2,000 documents.

The seeds are read, cleaned, dated and split into sentences once by the project's own stages
(flows/ingest.py, flows/prepare.py); the prepared documents are then copied under distinct doc_ids. The
first call, on one document, loads the gazetteer, knowledge base and morphology and is timed apart.
Prints documents, mentions, mentions per second and memory: the process's peak RSS growth over the
stage, and tracemalloc's peak over a smaller traced run (tracing slows Python down several times).

Run: `make bench` (or `.venv/bin/python benchmarks/bench_names.py [--documents N]`).
"""

import argparse
import gc
import resource
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from flows.ingest import input_files, read_articles  # noqa: E402
from flows.names.stage import find_names  # noqa: E402
from flows.prepare import prepare_articles  # noqa: E402
from models.documents import Document, Sentence  # noqa: E402

SEEDS = ROOT / "seeds" / "articles"


def _rss_mib() -> float:
    """Peak resident set size of this process so far, MiB (ru_maxrss is KiB on Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def seed_batch() -> tuple[list[Document], list[Sentence]]:
    """The seed articles through ingest and prepare, as the pipeline reads them."""
    articles, rejects = read_articles(input_files(SEEDS))
    prepared = prepare_articles(articles)
    if rejects or prepared.rejects or not prepared.documents:
        raise SystemExit(f"seed preparation failed: {[r.reason for r in rejects + prepared.rejects]}")
    return prepared.documents, prepared.sentences


def replicate(
    documents: list[Document], sentences: list[Sentence], count: int
) -> tuple[list[Document], list[Sentence]]:
    """`count` documents cycling through the given ones, each copy under its own doc_id."""
    by_document: dict[str, list[Sentence]] = {}
    for sentence in sentences:
        by_document.setdefault(sentence.doc_id, []).append(sentence)
    copies: list[Document] = []
    copy_sentences: list[Sentence] = []
    for number in range(count):
        original = documents[number % len(documents)]
        doc_id = f"{original.doc_id}-{number:05d}"
        copies.append(original.model_copy(update={"doc_id": doc_id}))
        copy_sentences += [s.model_copy(update={"doc_id": doc_id}) for s in by_document[original.doc_id]]
    return copies, copy_sentences


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=2000, help="documents to run the stage on")
    parser.add_argument("--traced", type=int, default=200, help="documents for the tracemalloc run")
    options = parser.parse_args()

    started = time.perf_counter()
    seeds, seed_sentences = seed_batch()
    print(f"prepared {len(seeds)} seed documents in {time.perf_counter() - started:.1f} s")

    rss_before_warm = _rss_mib()
    started = time.perf_counter()
    find_names(*replicate(seeds, seed_sentences, 1))
    warm = time.perf_counter() - started
    loaded = _rss_mib() - rss_before_warm
    print(f"first call (loads gazetteer, KB, morphology): {warm:.1f} s, RSS +{loaded:.0f} MiB")

    documents, sentences = replicate(seeds, seed_sentences, options.documents)
    characters = sum(len(d.text) for d in documents)
    gc.collect()
    rss_before = _rss_mib()
    started = time.perf_counter()
    result = find_names(documents, sentences)
    elapsed = time.perf_counter() - started
    rss_growth = _rss_mib() - rss_before

    traced_documents, traced_sentences = replicate(seeds, seed_sentences, options.traced)
    gc.collect()
    tracemalloc.start()
    find_names(traced_documents, traced_sentences)
    _, traced_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    mentions = len(result.mentions)
    print(f"documents:          {len(documents)} ({characters / 1e6:.1f} M characters)")
    print(f"mentions:           {mentions} ({len(result.entities)} entities)")
    print(f"time:               {elapsed:.1f} s")
    print(f"documents/second:   {len(documents) / elapsed:.0f}")
    print(f"mentions/second:    {mentions / elapsed:.0f}")
    print(f"peak RSS growth:    {rss_growth:.0f} MiB (process peak {_rss_mib():.0f} MiB)")
    print(f"tracemalloc peak:   {traced_peak / 2**20:.1f} MiB over {len(traced_documents)} documents")


if __name__ == "__main__":
    main()
