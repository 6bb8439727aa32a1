from pathlib import Path

import pytest

from flows.cache import ResultCache
from flows.ingest import read_article
from flows.prepare import prepare_articles


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "Der Präsident traf sich gestern in Berlin mit dem Außenminister Kasachstans zu Gesprächen.",
            "language 'de' is not handled",
        ),
        (
            "Президент України зустрівся з міністром закордонних справ Казахстану в Києві.",
            "language 'uk' is not handled",
        ),
    ],
)
def test_an_article_in_a_language_not_handled_is_rejected(text: str, reason: str) -> None:
    batch = prepare_articles([read_article("x.txt", text.encode())])
    assert batch.documents == []
    assert [(r.source, r.stage, r.reason.split(" (")[0]) for r in batch.rejects] == [
        ("x.txt", "language", reason)
    ]


def test_prepared_articles_are_reused_from_the_cache(seed_articles, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    cache = ResultCache(tmp_path)
    first = prepare_articles(seed_articles[:3], cache)
    second = prepare_articles(seed_articles, cache)
    assert first.processed == [a.source for a in seed_articles[:3]]
    assert second.reused == first.processed
    assert second.processed == [a.source for a in seed_articles[3:]]
    assert second.documents[:3] == first.documents
    assert second == prepare_articles(seed_articles, ResultCache(tmp_path / "fresh")).model_copy(
        update={"processed": second.processed, "reused": second.reused}
    )
