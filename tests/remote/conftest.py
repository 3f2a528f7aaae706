"""Fixtures of the remote-source tests: the producers' stand-in on 127.0.0.1 and a checkout
holding the shipped remote manifests pointed at it. Nothing reaches any other host."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.remote.fixtures import (
    URSSAF_DATASET,
    make_checkout,
    point_at,
    sdmx_series,
    sdmx_series_2008,
    sirene_items,
    urssaf_rows,
)
from tests.remote.producers import Producers


@pytest.fixture
def producers() -> Iterator[Producers]:
    p = Producers()
    p.ods[URSSAF_DATASET] = urssaf_rows()
    p.sdmx["sbs_ovw_act"] = sdmx_series()
    p.sdmx["sbs_na_ind_r2"] = sdmx_series_2008()
    p.sirene = sirene_items()
    p.start()
    yield p
    p.stop()


@pytest.fixture
def checkout(tmp_path: Path, producers: Producers, monkeypatch: pytest.MonkeyPatch) -> Path:
    point_at(monkeypatch, producers.base)
    monkeypatch.setenv("COLUMNS", "250")
    return make_checkout(tmp_path)
