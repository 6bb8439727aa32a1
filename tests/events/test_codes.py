"""The event types' CAMEO codes and PLOVER types and modes, checked against the code lists shipped beside them
(loaded through the project's loaders), and the vocabulary the detector and triggers use."""

import pytest

from flows.events import lexicon
from flows.events.codes import cameo_codes, event_code, event_codes, plover_types

EVENT_TYPES = sorted(event_codes())


def test_vocabulary() -> None:
    """The types the brief names are all there, and every trigger's type is one of them."""
    required = {"meet", "visit", "congratulate", "invite", "announce", "intend", "sign", "agree", "thank",
                "discuss", "appoint"}  # fmt: skip
    assert required <= set(EVENT_TYPES)
    assert {t.type for _, t in lexicon.every_trigger()} <= set(EVENT_TYPES)
    for code in event_codes().values():
        assert code.fold_into is None or code.fold_into in EVENT_TYPES


@pytest.mark.parametrize("event_type", EVENT_TYPES)
def test_cameo_code_exists(event_type: str) -> None:
    code = event_code(event_type)
    assert code.cameo in cameo_codes(), f"{event_type}: CAMEO {code.cameo} is not in cameo_codes.tsv"
    assert code.cameo in code.source


@pytest.mark.parametrize("event_type", EVENT_TYPES)
def test_plover_type_and_mode_exist(event_type: str) -> None:
    code = event_code(event_type)
    types = plover_types()
    assert code.plover_type in types
    assert code.plover_mode is None or code.plover_mode in types[code.plover_type].modes
    # The CAMEO list says what PLOVER makes of the code: the same type, or "dropped" and the extension type.
    cameo = cameo_codes()[code.cameo]
    if cameo.plover_type == "dropped":
        assert types[code.plover_type].extension
    else:
        assert (cameo.plover_type, cameo.plover_mode or None) == (code.plover_type, code.plover_mode)


@pytest.mark.parametrize("event_type", EVENT_TYPES)
def test_mapping_names_its_source(event_type: str) -> None:
    source = event_code(event_type).source
    assert "CAMEO" in source
    assert "PLOVER" in source


def test_code_lists_name_their_sources() -> None:
    from flows.datafiles import DATA_DIR

    assert (
        plover_types() and "github.com/openeventdata/PLOVER" in (DATA_DIR / "plover_types.yaml").read_text()
    )
    header = [
        line for line in (DATA_DIR / "cameo_codes.tsv").read_text().splitlines() if line.startswith("#")
    ]
    assert any("CAMEO" in line and "1.1b3" in line for line in header)
    assert any("PLOVER" in line for line in header)


def test_cameo_list_is_well_formed() -> None:
    codes = cameo_codes()
    types = plover_types()
    for code, row in codes.items():
        assert code.isdigit() and 2 <= len(code) <= 4
        # Every code below a root belongs to a listed root.
        assert code[:2] in codes
        assert row.plover_type == "dropped" or row.plover_type in types
        assert not row.plover_mode or row.plover_mode in types[row.plover_type].modes
