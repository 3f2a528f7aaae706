"""Fixtures for ETL tests: a scratch copy of data/raw, a builder, a CLI runner."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
RAW = ROOT / "data" / "raw"
# Publishers the sources written by the reader and build tests cite; a cited publisher must be
# in reference/publishers.csv, so the scratch copies list them (never data/raw itself).
TEST_PUBLISHERS = ("Test publisher", "Le Journal", "Autre")


def add_publisher(raw: Path, name: str, kind: str = "secondary", producer: str = "") -> None:
    """Append one line to the scratch copy's publishers.csv."""
    line = f'"{name}","{name}","{producer or name}",{kind},true,written by a test\n'
    with (raw / "reference" / "publishers.csv").open("a", encoding="utf-8") as handle:
        handle.write(line)


def run_etl(*args: str | Path) -> subprocess.CompletedProcess[str]:
    """Run `python -m etl ...` as a user would; output captured as text."""
    return subprocess.run(
        [sys.executable, "-m", "etl", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"COLUMNS": "200", "PATH": "/usr/bin:/bin", "HOME": str(ROOT)},
        timeout=600,
    )


@pytest.fixture
def raw_copy(tmp_path: Path) -> Path:
    """The statistics sources and reference tables of data/raw, copied to a scratch folder."""
    target = tmp_path / "raw"
    target.mkdir()
    for name in ("reference", "sector-figures", "franceclat-chiffres-cles"):
        shutil.copytree(RAW / name, target / name)
    for name in TEST_PUBLISHERS:
        add_publisher(target, name)
    return target


@pytest.fixture
def reference_only(tmp_path: Path) -> Path:
    """A raw folder with only the reference tables, for tests that add their own source."""
    target = tmp_path / "raw"
    target.mkdir()
    shutil.copytree(RAW / "reference", target / "reference")
    for name in TEST_PUBLISHERS:
        add_publisher(target, name)
    return target
