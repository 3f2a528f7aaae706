"""The reference the build passes around holds only the fields its class declares (issue 10:
`Reference` used to grow undeclared attributes after it was made)."""

from __future__ import annotations

import dataclasses

from etl.geo.gazetteer import load_gazetteer
from etl.reference import Reference, load_reference

from .conftest import RAW


def test_a_reference_holds_only_declared_fields() -> None:
    reference = load_reference(RAW, load_gazetteer())
    declared = {f.name for f in dataclasses.fields(Reference)}
    assert set(vars(reference)) == declared
    assert reference.indicator_units["jobs"] == "persons"
    assert "watchmaking" in reference.segment_codes
