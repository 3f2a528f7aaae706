"""`python -m dashboard export ...` end to end, in a subprocess like a user would run it."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pptx import Presentation

ROOT = Path(__file__).resolve().parents[2]


def export(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "dashboard", "export", *args],
        cwd=cwd, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def test_excel(package_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.xlsx"
    done = export("excel", "--data", str(package_dir), "--from", "2018", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(out)
    assert load_workbook(out)["Séries"]["A2"].value == 2018


def test_default_name_is_safe(package_dir: Path, tmp_path: Path) -> None:
    done = export("data", "--data", str(package_dir), "--indicator", "all", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert [p.name for p in tmp_path.iterdir()] == ["cadran-donnees-all-watchmaking-fr.zip"]


def test_chart_svg_and_list(package_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "c.svg"
    done = export("chart", "sector", "--data", str(package_dir), "--preset", "square",
                  "--out", str(out))  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""  # the kaleido server is stopped cleanly
    assert ET.parse(out).getroot().get("width") == "540"
    listed = export("chart", "--list")
    assert listed.returncode == 0
    assert [line.split("\t")[0] for line in listed.stdout.splitlines()][:2] == [
        "sector", "headline",
    ]  # fmt: skip


def test_deck(package_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "d.pptx"
    done = export("deck", "--data", str(package_dir), "--chart", "sector", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert len(Presentation(out).slides) == 4  # title, chart, sources, news


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["excel", "--from", "1990", "--to", "1991"], "error: no data for this view"),
        (["excel", "--geo", "Atlantis"], "error: option --geo: 'Atlantis'"),
        (["chart", "sector", "--preset", "7x7"], "error: option --preset: '7x7'"),
        (["chart", "sector", "--format", "gif"], "error: python -m dashboard export chart:"),
        (["excel", "--out", "report.txt"], "error: option --out: 'report.txt' should end"),
        (["chart"], "error: chart id missing"),
    ],
)
def test_failures_exit_2_with_one_line(
    package_dir: Path, tmp_path: Path, args: list[str], message: str
) -> None:
    done = export(*args, "--data", str(package_dir), cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr.startswith(message) and done.stderr.count("\n") == 1
    assert list(tmp_path.iterdir()) == []  # never a broken file


def test_missing_package_exits_1(tmp_path: Path) -> None:
    done = export("excel", "--data", str(tmp_path / "nowhere"))
    assert done.returncode == 1 and "datapackage.json: not found" in done.stderr
