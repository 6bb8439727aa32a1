"""The rule-usage report on a small corpus written for the test: entries that fire are counted per document,
the others are listed for review."""

from pathlib import Path

import pytest

from flows import rule_usage

CORPUS = {
    "a.txt": "Министр посетил завод в Караганде, сообщает корреспондент «Хабар 24».\nВизит рассчитан на два дня.",
    "b.txt": "Аким встретился с фермерами, передает Orda.kz.\nОни обсудили три проекта на 5 млрд тенге.",
    "c.txt": "Әкім жаңа мектепті аралады, деп хабарлайды Orda.kz.\nМектепке 600 оқушы барады.",
}


@pytest.fixture(scope="module")
def usage(tmp_path_factory: pytest.TempPathFactory) -> rule_usage.Usage:
    folder = tmp_path_factory.mktemp("corpus")
    for name, text in CORPUS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return rule_usage.usage_of([folder])


def _entry(table: str, fragment: str) -> str:
    return next(entry for entry in rule_usage._registered[table] if fragment in entry)


@pytest.mark.parametrize(
    ("table", "fragment", "documents"),
    [
        ("attribution", r"(?:сообща(?:ет|ют)|переда", {"a.txt", "b.txt"}),
        ("attribution", r"(?:деп\s+)?(?:хабарла", {"c.txt"}),
        ("attribution", r"atıfta\s+bulunan", set()),
        ("magnitudes", "1000000000: млрд", {"b.txt"}),
        ("units", "KZT: тенге", {"b.txt"}),
        ("units", "days: дн(я|ей|ям|ях)", {"a.txt"}),
        ("figures.ru", "дв(?:а|е|ух|ум|умя)", {"a.txt"}),
        ("event_triggers", r"встрет(ил", {"b.txt"}),
    ],
)
def test_hits_per_document(usage: rule_usage.Usage, table: str, fragment: str, documents: set[str]) -> None:
    assert set(usage.documents(table, _entry(table, fragment))) == documents


def test_report_lists_entries_to_review(usage: rule_usage.Usage) -> None:
    lines = rule_usage.report(usage)
    never = lines[lines.index(next(line for line in lines if line.startswith("## never fire"))) :]
    assert any("atıfta" in line for line in never)
    once = lines[
        lines.index(next(line for line in lines if line.startswith("## fire on one document only"))) :
    ]
    assert any("KZT: тенге" in line and "(b.txt)" in line for line in once)
    assert lines[-1].startswith("RULES entries=")


def test_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(CORPUS["a.txt"], encoding="utf-8")
    assert rule_usage.main(["--input", str(tmp_path)]) == 0
    assert capsys.readouterr().out.splitlines()[-1].startswith("RULES entries=")
    assert rule_usage.main(["--input", str(tmp_path / "missing")]) == 2


def test_hits_outside_a_recording_cost_nothing() -> None:
    rule_usage.fired("units", "anything")
    with rule_usage.recording() as usage:
        pass
    assert usage.documents("units", "anything") == {}
