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


def test_deck_of_an_organisation_on_a_log_scale_with_the_readers_words(
    package_dir: Path, tmp_path: Path
) -> None:
    """--entity, --scale and the reader's words (--title, --subtitle, --note, --marks) reach
    the file as they do from the web routes: read back, the chart holds the organisation's
    figures (70 and 100 members), its value axis is logarithmic and the words are on the slide."""
    out = tmp_path / "d.pptx"
    done = export("deck", "--data", str(package_dir), "--chart", "sector", "--indicator",
                  "companies", "--entity", "France Horlogerie", "--scale", "log", "--title",
                  "Adhérents", "--subtitle", "Une organisation", "--note", "Provisoire",
                  "--marks", "2024:Bond", "--lang", "en", "--out", str(out))  # fmt: skip
    assert done.returncode == 0, done.stderr
    slide = Presentation(out).slides[1]
    chart = next(sh for sh in slide.shapes if sh.has_chart).chart
    assert list(chart.plots[0].categories) == ["2023", "2024"]
    assert list(chart.plots[0].series[0].values) == [70.0, 100.0]
    assert b'<c:logBase val="10"/>' in chart.part.blob
    texts = [sh.text_frame.text for sh in slide.shapes if sh.has_text_frame]
    assert "Adhérents" in texts and "Bond" in texts
    assert any(t.startswith("Une organisation") for t in texts)
    assert any(t.startswith("Note: Provisoire") for t in texts)


def test_excel_keeps_the_title_and_a_bad_scale_exits_2(package_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.xlsx"
    done = export("excel", "--data", str(package_dir), "--title", "Mon titre", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert load_workbook(out)["Graphiques"]["A2"].value.startswith("Mon titre")
    bad = export("excel", "--data", str(package_dir), "--scale", "cubic", cwd=tmp_path)
    assert bad.returncode == 2 and bad.stderr.startswith("error: option --scale: 'cubic'")
    assert list(tmp_path.iterdir()) == [out]
