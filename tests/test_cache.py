"""The result cache: records read back validated, no temp file left by a failed write, and pruned of
what the last runs did not use."""

import os
from pathlib import Path

import pytest

from flows.cache import KEEP_RUNS, ResultCache
from models.documents import Reject


def record(name: str) -> Reject:
    return Reject(source=name, content_hash="0", stage="test", reason="r")


def test_a_record_is_read_back_and_a_failed_write_leaves_no_file(tmp_path: Path) -> None:
    cache = ResultCache(tmp_path)
    cache.put("s", "a", record("a.txt"))
    assert cache.get("s", "a", Reject) == record("a.txt")
    with pytest.raises(ValueError):
        cache.put("s", "b", record("\udcff.txt"))  # a name no JSON can hold
    assert sorted(p.name.split("-")[0] for p in (tmp_path / "s").iterdir()) == ["a"]


def test_records_no_recent_run_used_are_pruned(tmp_path: Path) -> None:
    first = ResultCache(tmp_path)
    first.put("s", "gone", record("gone.txt"))
    first.put("s", "kept", record("kept.txt"))
    (tmp_path / "s" / "stray.tmp").write_text("left by a killed run")
    # the first run was a minute ago
    first.started -= 60_000_000_000
    for path in (tmp_path / "s").iterdir():
        os.utime(path, ns=(first.started, first.started))
    first.prune()
    for _ in range(KEEP_RUNS):
        assert (tmp_path / "s" / "stray.tmp").exists(), "kept while one of the last runs may use it"
        later = ResultCache(tmp_path)
        assert later.get("s", "kept", Reject) is not None
        later.prune()
    assert ResultCache(tmp_path).get("s", "gone", Reject) is None
    assert ResultCache(tmp_path).get("s", "kept", Reject) == record("kept.txt")
    assert not (tmp_path / "s" / "stray.tmp").exists()
