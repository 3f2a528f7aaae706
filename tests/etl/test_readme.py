"""The README's 'Adding a statistics source' example builds as written, with no code change."""

from __future__ import annotations

import re
from pathlib import Path

import polars as pl

from etl.pipeline import build

README = Path(__file__).resolve().parents[2] / "README.md"


def example_blocks() -> tuple[str, str]:
    text = README.read_text(encoding="utf-8")
    section = text.split("## Adding a statistics source", 1)[1].split("\n## ", 1)[0]
    csv = re.search(r"```csv\n(.*?)```", section, re.S)
    toml = re.search(r"```toml\n(.*?)```", section, re.S)
    assert csv and toml, "the README example lost its csv or toml block"
    return csv.group(1), toml.group(1)


def test_readme_example_source_builds(reference_only: Path, tmp_path: Path) -> None:
    csv, toml = example_blocks()
    folder = reference_only / "exemple-emplois"
    folder.mkdir()
    (folder / "emplois.csv").write_text(csv, encoding="utf-8")
    (folder / "source.toml").write_text(toml, encoding="utf-8")
    result = build(reference_only, tmp_path / "tidy", tmp_path / "cache")
    assert not result.failed, [r.error for r in result.failed]
    obs = pl.read_parquet(tmp_path / "tidy" / "observations.parquet").sort("indicator", "period")
    got = [(r["indicator"], r["period"], r["value"], r["note"]) for r in obs.iter_rows(named=True)]
    assert got == [
        ("jobs", "2022", 2900.0, None),
        ("jobs", "2024", 3000.0, "Chiffre provisoire"),
        ("revenue", "2022", 381e6, None),
        ("revenue", "2023", 410e6, None),
        ("revenue", "2024", 423e6, "Chiffre provisoire"),
    ]
