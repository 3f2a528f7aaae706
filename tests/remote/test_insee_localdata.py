"""Insee's Données locales through pynsee, against the stand-in (pynsee's https proxy on
127.0.0.1): the Flores cube by department for NA17 group C3, filed under its own segment and
never as watchmaking; a cube with no data anywhere is a failure, not an empty success."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from etl.cli import main
from etl.stats import fetched
from tests.remote.fixtures import FLORES, flores_cells, make_checkout
from tests.remote.producers import LOCALDATA
from tests.remote.test_fetch_stats import edit, run, table_lines


def flores_checkout(tmp: Path) -> Path:
    """The shipped manifest, asked for four departments instead of all (30 requests a minute)."""
    checkout = make_checkout(tmp, (FLORES,))
    edit(checkout, FLORES, 'geocodes = "all"', 'geocodes = "25,39,74,90"')
    return checkout


def test_flores_cube_by_department_for_na17_c3(checkout, producers, tmp_path, capsys):
    producers.localdata = flores_cells()
    mine = flores_checkout(tmp_path / "flores")
    report = run(mine, [FLORES])[FLORES]
    assert report.status == "new", report.why
    asked = [h for h in producers.hits if h.startswith(LOCALDATA)]
    assert sorted(asked) == [
        f"{LOCALDATA}geo-NA17@GEO2021FLORES2018/DEP-{code}.all" for code in ("25", "39", "74", "90")
    ]
    assert report.requests == 4  # the addresses pynsee asked, read from its log
    assert sorted(table_lines(mine, FLORES)) == [
        "FR-25,establishments,2018,210.0,department",
        "FR-25,jobs,2018,9100.0,department",
        "FR-39,establishments,2018,95.0,department",
        "FR-39,jobs,2018,2600.0,department",
        "FR-90,establishments,2018,40.0,department",
        "FR-90,jobs,2018,3000.0,department",
    ]  # C5 and the all-activities total are left out; 74 answered nothing

    code = main(["build", "--raw", str(mine / "raw"), "--out", str(mine / "tidy"),
                 "--cache", str(mine / "cache")])  # fmt: skip
    assert code == 0, capsys.readouterr().err
    obs = pl.read_parquet(mine / "tidy" / "observations.parquet")
    rows = obs.filter(pl.col("source_id") == FLORES)
    assert set(rows["segment"].cast(pl.String)) == {"na17_c3"}  # never 'watchmaking'
    jura = rows.filter((pl.col("geo").cast(pl.String) == "FR-39") & (pl.col("indicator") == "jobs"))
    assert jura["value"].to_list() == [2600]


def test_a_cube_with_no_data_anywhere_fails(checkout, producers, tmp_path):
    producers.localdata = {}
    mine = flores_checkout(tmp_path / "flores")
    report = run(mine, [FLORES])[FLORES]
    assert report.failed and "no data for any of 4 places" in report.why[0]
    assert fetched.current_table(mine / "fetched", FLORES) is None
