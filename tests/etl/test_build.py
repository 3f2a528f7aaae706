"""The build as a user runs it: bad input, atomic swap, determinism, incremental cache."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from openpyxl import Workbook

from etl import publish
from etl.pipeline import build

from .conftest import run_etl
from .test_readers import write_source

GOOD_TABLE = (
    '[[tables]]\nfile = "t.csv"\nlayout = "years_as_rows"\n[tables.labels]\n"Effectifs" = "jobs"\n'
)


def statuses(result) -> dict[str, str]:
    """Status of each statistics source (the news stage reports its own lines)."""
    return {r.name: r.status for r in result.reports if not r.name.startswith("news")}


def files_of(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_cli_build_writes_package_and_summary(raw_copy: Path, tmp_path: Path) -> None:
    out = tmp_path / "tidy"
    done = run_etl("build", "--raw", raw_copy, "--out", out, "--cache", tmp_path / "cache")
    assert done.returncode == 0, done.stderr
    assert "sector-figures" in done.stderr and "observations: 458" in done.stderr
    assert (out / "datapackage.json").is_file()
    assert {"observations.parquet", "observations.csv", "sources.parquet"} <= set(
        p.name for p in out.iterdir()
    )


def _bad_sources(raw: Path) -> dict[str, str]:
    """One broken source per kind of bad input; value: what its error line must name."""
    (raw / "corrupt").mkdir()
    write_source(
        raw,
        "corrupt-xlsx",
        '[[tables]]\nfile = "c.xlsx"\nlayout = "years_as_columns"\n[tables.labels]\n"x" = "jobs"\n',
        {"c.xlsx": b"not a zip at all"},
    )
    wb = Workbook()
    wb.active.title = "Feuil1"
    write_source(
        raw,
        "missing-sheet",
        '[[tables]]\nfile = "m.xlsx"\nsheet = "Chiffres"\nlayout = "years_as_columns"\n[tables.labels]\n"x" = "jobs"\n',
        {"m.xlsx": wb},
    )
    write_source(
        raw,
        "bad-cell",
        GOOD_TABLE,
        {"t.csv": "Année;Effectifs\n2023;3 000\n2024;trois mille\n".encode()},
    )
    write_source(
        raw,
        "unknown-label",
        GOOD_TABLE,
        {"t.csv": "Année;Effectifs;Salaires\n2024;3 000;12\n".encode()},
    )
    write_source(
        raw,
        "bad-bytes",
        GOOD_TABLE.replace("layout", 'encoding = "utf-8"\nlayout'),
        {"t.csv": b"Ann\xe9e;Effectifs\n2024;3 000\n"},
    )
    shutil.rmtree(raw / "corrupt")
    return {
        "corrupt-xlsx": "c.xlsx: not a readable xlsx workbook",
        "missing-sheet": "m.xlsx, sheet 'Chiffres': sheet not found",
        "bad-cell": "t.csv, row 3, column B: cannot read a number",
        "unknown-label": "t.csv, row 1, column C: label missing from the manifest",
        "bad-bytes": "t.csv, row 1, column A: bytes that are not utf-8",
    }


def test_bad_sources_are_named_and_skipped(raw_copy: Path, tmp_path: Path) -> None:
    expected = _bad_sources(raw_copy)
    done = run_etl(
        "build", "--raw", raw_copy, "--out", tmp_path / "tidy", "--cache", tmp_path / "cache"
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    failed_lines = [line for line in done.stderr.splitlines() if line.startswith("failed ")]
    assert len(failed_lines) == len(expected), done.stderr
    for name, text in expected.items():
        assert any(name in line and text in line for line in failed_lines), (name, done.stderr)
    assert "(found 'trois mille')" in done.stderr
    assert "(found 'Salaires')" in done.stderr
    # the good sources still made it into the package
    assert "observations: 458" in done.stderr
    assert (tmp_path / "tidy" / "observations.parquet").is_file()


def test_validate_writes_nothing(raw_copy: Path, tmp_path: Path) -> None:
    _bad_sources(raw_copy)
    done = run_etl("validate", "--raw", raw_copy)
    assert done.returncode == 1
    assert "bad-cell" in done.stderr
    assert not (raw_copy.parent / "tidy").exists()


def test_failed_source_keeps_its_last_good_rows(raw_copy: Path, tmp_path: Path) -> None:
    out, cache = tmp_path / "tidy", tmp_path / "cache"
    write_source(raw_copy, "local", GOOD_TABLE, {"t.csv": "Année;Effectifs\n2024;3 000\n".encode()})
    build(raw_copy, out, cache)
    (raw_copy / "local" / "t.csv").write_text("Année;Effectifs\n2024;beaucoup\n", encoding="utf-8")
    result = build(raw_copy, out, cache)
    assert [r.status for r in result.reports if r.name == "local"] == ["kept"]
    import polars as pl

    obs = pl.read_parquet(out / "observations.parquet")
    assert obs.filter(pl.col("source_id") == "local")["value"].to_list() == [3000]


def test_failure_mid_write_leaves_previous_package(
    raw_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out, cache = tmp_path / "tidy", tmp_path / "cache"
    build(raw_copy, out, cache)
    before = files_of(out)
    real = publish.write_table
    calls = {"n": 0}

    def failing(folder, table, frame):
        calls["n"] += 1
        if calls["n"] == 3:
            raise OSError("disk full (injected)")
        return real(folder, table, frame)

    monkeypatch.setattr(publish, "write_table", failing)
    (raw_copy / "sector-figures" / "figures.csv").write_text(
        (raw_copy / "sector-figures" / "figures.csv")
        .read_text(encoding="utf-8")
        .replace("423000000", "1"),
        encoding="utf-8",
    )
    with pytest.raises(OSError):
        build(raw_copy, out, cache, full=True)
    assert files_of(out) == before
    leftovers = [p.name for p in (out.parent / ".tidy").iterdir() if p.name.startswith("staging")]
    assert leftovers == []


def test_build_is_deterministic_and_incremental(raw_copy: Path, tmp_path: Path) -> None:
    out, cache = tmp_path / "tidy", tmp_path / "cache"
    first = build(raw_copy, out, cache)
    assert set(statuses(first).values()) == {"built"}
    snapshot = files_of(out)
    second = build(raw_copy, out, cache)
    assert set(statuses(second).values()) == {"cached"}
    assert files_of(out) == snapshot
    build(raw_copy, out, cache, full=True)
    assert files_of(out) == snapshot
    other = tmp_path / "elsewhere"
    build(raw_copy, other, tmp_path / "cache2", full=True)
    assert {k: v for k, v in files_of(other).items() if k != "datapackage.json"} == {
        k: v for k, v in snapshot.items() if k != "datapackage.json"
    }


def test_one_changed_source_is_rebuilt_alone(raw_copy: Path, tmp_path: Path) -> None:
    out, cache = tmp_path / "tidy", tmp_path / "cache"
    build(raw_copy, out, cache)
    wb_path = raw_copy / "franceclat-chiffres-cles" / "chiffres-cles.xlsx"
    wb_path.write_bytes(wb_path.read_bytes())  # same bytes: still cached
    manifest = raw_copy / "franceclat-chiffres-cles" / "source.toml"
    manifest.write_text(manifest.read_text(encoding="utf-8") + "\n# touched\n", encoding="utf-8")
    got = statuses(build(raw_copy, out, cache))
    assert got == {"franceclat-chiffres-cles": "built", "sector-figures": "cached"}


def test_killed_build_leaves_previous_package(raw_copy: Path, tmp_path: Path) -> None:
    """SIGKILL at several moments of a full build: the package is always whole and valid."""
    import json
    import os
    import signal
    import subprocess
    import sys
    import time

    out, cache = tmp_path / "tidy", tmp_path / "cache"
    build(raw_copy, out, cache)
    before = files_of(out)
    for delay in (0.2, 0.5, 0.8, 1.1, 1.4):
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "etl",
                "build",
                "--full",
                "--raw",
                str(raw_copy),
                "--out",
                str(out),
                "--cache",
                str(cache),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(delay)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        descriptor = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))
        for resource in descriptor["resources"]:
            assert (out / resource["path"]).is_file()
        assert files_of(out) == before  # unchanged inputs: whichever version is live, same bytes
