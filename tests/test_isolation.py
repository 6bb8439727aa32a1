import pytest

from flows.isolation import run_isolated


def lengths(texts: dict[str, str]):  # type: ignore[no-untyped-def]
    def stage(doc_ids: set[str]) -> dict[str, int]:
        result = {}
        for doc_id in sorted(doc_ids):
            if "boom" in texts[doc_id]:
                raise ValueError(f"cannot read {texts[doc_id]!r}")
            result[doc_id] = len(texts[doc_id])
        return result

    return stage


@pytest.mark.parametrize(
    ("texts", "result", "failures"),
    [
        ({"a": "xx", "b": "yyy"}, {"a": 2, "b": 3}, {}),
        ({"a": "xx", "b": "boom", "c": "z"}, {"a": 2, "c": 1}, {"b": "ValueError: cannot read 'boom'"}),
        (
            {"a": "boom", "b": "boom!"},
            {},
            {"a": "ValueError: cannot read 'boom'", "b": "ValueError: cannot read 'boom!'"},
        ),
    ],
)
def test_a_failing_document_is_set_aside_and_the_rest_go_on(texts, result, failures) -> None:  # type: ignore[no-untyped-def]
    assert run_isolated(lengths(texts), sorted(texts)) == (result, failures)
