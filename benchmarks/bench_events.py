"""Benchmark of event merging: `merge_reports` on synthetic reports of 1,000 and 5,000 articles.

Each synthetic article reports one story of three events (a guest's visit, a meeting with the host, a call),
among persons drawn from a pool that grows with the corpus, on dates spread over ten years; three articles
report each story. Prints articles, reports, events and seconds for each size, and the ratio of the times:
merging finds its candidates through an index, so five times the articles should take about five times longer.

Run: `.venv/bin/python benchmarks/bench_events.py [--sizes 1000 5000]`.
"""

import argparse
import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from flows.events.merge import merge_reports  # noqa: E402
from models.entities import Entity  # noqa: E402
from models.events import ActorRole, EventReport, Evidence  # noqa: E402

EVENTS_PER_ARTICLE = 3
REPORTS_PER_EVENT = 3


def synthetic(
    articles: int, seed: int = 7
) -> tuple[list[EventReport], dict[str, set[str]], dict[str, Entity]]:
    """Reports of `articles` articles, the entity ids each names, and the entities."""
    rng = random.Random(seed)
    persons = [f"person/p{i}" for i in range(max(20, articles // 5))]
    places = [f"place/c{i}" for i in range(50)]
    entities = {p: Entity(entity_id=p, type="person", name=p) for p in persons}
    entities.update({p: Entity(entity_id=p, type="place", name=p) for p in places})
    stories = []
    for _ in range(articles // REPORTS_PER_EVENT):
        day = date(2015, 1, 1) + timedelta(days=rng.randrange(3650))
        host, guest = rng.sample(persons, 2)
        place = rng.choice(places)
        stories.append([("visit", [guest], day, place), ("meet", [host, guest], day, place),
                        ("discuss", [host, guest], day, place)])  # fmt: skip
    reports: list[EventReport] = []
    doc_entities: dict[str, set[str]] = {}
    for number in range(articles):
        doc_id = f"doc-{number:06d}"
        chosen = stories[number % len(stories)]
        doc_entities[doc_id] = {a for _, actors, _, place in chosen for a in [*actors, place]}
        for index, (kind, actors, day, place) in enumerate(chosen):
            sentence = f"{kind} {' '.join(actors)} {day}"
            reports.append(
                EventReport(
                    doc_id=doc_id,
                    type=kind,
                    actors=[
                        ActorRole(entity_id=a, role="agent" if i == 0 else "recipient")
                        for i, a in enumerate(actors)
                    ],
                    place_id=place,
                    place_rank=3,
                    date=day.isoformat(),
                    date_precision="day",
                    date_start=day.isoformat(),
                    date_end=day.isoformat(),
                    date_source="text",
                    evidence=Evidence(
                        doc_id=doc_id,
                        sentence_index=index,
                        start=0,
                        end=len(sentence),
                        text=sentence,
                        trigger=kind,
                    ),
                    explicitness=0.75,
                )
            )
    return reports, doc_entities, entities


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000])
    args = parser.parse_args()
    timings = []
    for size in args.sizes:
        reports, doc_entities, entities = synthetic(size)
        order = {d: i for i, d in enumerate(sorted(doc_entities))}
        started = time.perf_counter()
        events = merge_reports(reports, doc_entities, order, entities)
        elapsed = time.perf_counter() - started
        timings.append((size, elapsed))
        print(f"{size:>6} articles  {len(reports):>6} reports  {len(events):>6} events  {elapsed:7.2f} s")
    (small, first), (large, last) = timings[0], timings[-1]
    print(f"time x{last / first:.1f} for articles x{large / small:.1f}")


if __name__ == "__main__":
    main()
