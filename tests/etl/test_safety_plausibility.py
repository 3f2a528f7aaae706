"""Plausibility: values outside their indicator's range, or 1000x off their series, are
errors naming the cell (statistics) or candidates with a reason (news); and the build lock."""

from __future__ import annotations

import fcntl
import subprocess
import sys
from pathlib import Path

import polars as pl
import pytest

from etl.geo.gazetteer import load_gazetteer
from etl.news.stage import out_of_range
from etl.reference import load_reference

from .conftest import RAW, ROOT
from .test_readers import write_source
from .test_safety_inputs import failure, read

JOBS = (
    '[[tables]]\nfile = "t.csv"\nlayout = "years_as_rows"\n[tables.labels]\n"Effectifs" = "jobs"\n'
)
SHARE = (
    '[[tables]]\nfile = "t.csv"\nlayout = "years_as_rows"\n[tables.labels]\n'
    '"Part des emplois" = "share_of_jobs"\n'
)


def test_reference_holds_a_range_for_every_indicator() -> None:
    reference = load_reference(RAW, load_gazetteer())
    codes = set(reference.indicators["code"].to_list())
    assert set(reference.ranges) == codes
    assert all(low is not None and high is not None for low, high in reference.ranges.values())
    assert reference.ranges["share_of_jobs"] == (0, 100)


def test_value_outside_its_indicator_range_is_an_error_naming_the_cell(
    reference_only: Path, tmp_path: Path
) -> None:
    write_source(
        reference_only, "share", SHARE, {"t.csv": "Année;Part des emplois\n2024;250\n".encode()}
    )
    line = failure(reference_only, tmp_path, "share")
    assert "value 250 of share_of_jobs is outside its plausible range [0, 100]" in line
    assert "row 2, column B" in line


def test_a_label_may_override_the_range(reference_only: Path, tmp_path: Path) -> None:
    table = SHARE.replace(
        '"Part des emplois" = "share_of_jobs"',
        '"Part des emplois" = { indicator = "share_of_jobs", max_value = 300 }',
    )
    write_source(
        reference_only, "share", table, {"t.csv": "Année;Part des emplois\n2024;250\n".encode()}
    )
    values, errors = read(reference_only, tmp_path)
    assert not errors and values["share"] == [250]


def test_value_1000_times_off_its_series_is_an_error(reference_only: Path, tmp_path: Path) -> None:
    text = "Année;Effectifs\n2021;2 900\n2022;2 950\n2023;3 000 000\n2024;3 050\n"
    write_source(reference_only, "jump", JOBS, {"t.csv": text.encode()})
    line = failure(reference_only, tmp_path, "jump")
    assert "1000 times off the other values of its series" in line and "row 4" in line


def test_news_figure_out_of_range_stays_a_candidate_with_a_reason() -> None:
    reference = load_reference(RAW, load_gazetteer())
    row = {"indicator": "share_of_jobs", "unit": "percent", "value": 250.0, "value_max": None}
    assert out_of_range(row, reference) == (
        "value 250 is outside the plausible range of share_of_jobs"
    )
    assert out_of_range({**row, "value": 25.0}, reference) is None


# -- concurrent builds ------------------------------------------------------------------------


def build_cli(raw: Path, out: Path, cache: Path, *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "etl", "build", "--raw", str(raw), "--out", str(out),
         "--cache", str(cache), *extra],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={"COLUMNS": "200", "PATH": "/usr/bin:/bin", "HOME": str(ROOT)},
    )  # fmt: skip


def test_second_build_waits_then_stops_with_a_clear_message(raw_copy: Path, tmp_path: Path) -> None:
    out = tmp_path / "tidy"
    lock = tmp_path / ".tidy.lock"
    with lock.open("a") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        proc = build_cli(raw_copy, out, tmp_path / "cache", "--wait", "1")
        _, err = proc.communicate(timeout=300)
    assert proc.returncode == 2 and "Traceback" not in err
    assert "waiting for it to finish" in err
    assert "another build is still writing this package" in err
    assert not out.exists()


def test_two_builds_at_once_both_succeed(raw_copy: Path, tmp_path: Path) -> None:
    out, cache = tmp_path / "tidy", tmp_path / "cache"
    procs = [build_cli(raw_copy, out, cache) for _ in range(2)]
    results = [p.communicate(timeout=600) for p in procs]
    for proc, (_, err) in zip(procs, results, strict=True):
        assert proc.returncode == 0 and "Traceback" not in err, err[-2000:]
    assert pl.read_parquet(out / "observations.parquet").height == 458


@pytest.mark.parametrize("bad", ["abc", "inf"])
def test_bad_range_in_the_reference_is_an_error_naming_the_row(
    reference_only: Path, tmp_path: Path, bad: str
) -> None:
    path = reference_only / "reference" / "indicators.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[1] = lines[1].rsplit(",", 1)[0] + f",{bad}"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    from etl.errors import SourceError

    with pytest.raises(SourceError) as err:
        load_reference(reference_only, load_gazetteer())
    assert "row 2" in str(err.value) and "min_value and max_value must be numbers" in str(err.value)
