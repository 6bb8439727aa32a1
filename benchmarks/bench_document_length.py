"""Benchmark of one long document: seconds each stage spends on an article of 50, 100, 200 and 400 KB.

The article is the seeds' texts repeated, one paragraph after another, until it reaches the size. Every
stage runs as the flow runs it (its pure function, no Prefect): prepare, names, figures, events. Prints
the seconds of each stage for each size and, last, how much longer the largest took than the smallest
per kilobyte: no stage may grow faster than the document (a ratio near 1, far from the size ratio).

Run: `.venv/bin/python benchmarks/bench_document_length.py [--sizes 50 100 200 400]`.
"""

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from flows.events.stage import extract_events, extract_figures  # noqa: E402
from flows.ingest import read_article  # noqa: E402
from flows.names.stage import find_names  # noqa: E402
from flows.prepare import prepare_article  # noqa: E402

SEEDS = ROOT / "seeds" / "articles"


def long_article(kilobytes: int) -> bytes:
    """The seeds' texts, one after another and again, to `kilobytes`."""
    paragraphs = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    body, index = [], 0
    while sum(len(p.encode()) for p in body) < kilobytes * 1024:
        body.append(paragraphs[index % len(paragraphs)])
        index += 1
    return "\n\n".join(body).encode()


def timed(sizes: list[int]) -> dict[int, dict[str, float]]:
    """Seconds per stage for an article of each size."""
    seconds: dict[int, dict[str, float]] = {}
    for size in [1, *sizes]:  # the first, of 1 KB, loads the models and is not counted
        article = read_article(f"long_{size}kb.txt", long_article(size))
        stages: dict[str, float] = {}
        start = time.perf_counter()
        prepared = prepare_article(article)
        stages["prepare"] = time.perf_counter() - start
        documents, sentences = [prepared.document], prepared.sentences
        start = time.perf_counter()
        names = find_names(documents, sentences)
        stages["names"] = time.perf_counter() - start
        start = time.perf_counter()
        extract_figures(documents, sentences)
        stages["figures"] = time.perf_counter() - start
        start = time.perf_counter()
        extract_events(documents, sentences, names.mentions, names.entities)
        stages["events"] = time.perf_counter() - start
        if size == 1:
            continue
        seconds[size] = stages
        print(f"{size:>5} KB  " + "  ".join(f"{k} {v:6.2f} s" for k, v in stages.items()), flush=True)
    return seconds


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    options.add_argument("--sizes", type=int, nargs="+", default=[50, 100, 200, 400])
    sizes = sorted(options.parse_args().sizes)
    seconds = timed(sizes)
    small, large = sizes[0], sizes[-1]
    growth = {k: (seconds[large][k] / large) / max(seconds[small][k] / small, 1e-9) for k in seconds[small]}
    print(
        f"per-KB time at {large} KB over {small} KB ({large // small}x the size): "
        + "  ".join(f"{k} {v:.1f}x" for k, v in growth.items())
    )


if __name__ == "__main__":
    main()
