"""The workbook and the deck as a real office suite opens them (issue 13, item 8): converted
to PDF by LibreOffice headless (Debian's libreoffice-calc-nogui and libreoffice-impress-nogui,
`make office`; a fresh -env:UserInstallation per conversion), pages read with poppler's
pdfinfo and pdftotext. Sheets print landscape, one page wide, the header row repeated on
every page, charts whole on a page; the deck's pages are 16:9 with its charts' series."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path

import polars as pl
import pytest
from openpyxl import load_workbook
from pptx import Presentation

from dashboard.exports.deck import deck_bytes
from dashboard.exports.excel import excel_bytes
from dashboard.exports.rows_files import COLUMNS, xlsx_bytes

pytestmark = pytest.mark.skipif(
    not (shutil.which("soffice") and shutil.which("pdftotext") and shutil.which("pdfinfo")),
    reason="LibreOffice (soffice) or poppler-utils missing: run `make office`",
)
QUERY = "indicator=jobs&geo=FR,FR-BFC"


def to_pdf(data: bytes, name: str, folder: Path) -> Path:
    """Convert with a profile of its own (two runs never share one)."""
    src = folder / name
    src.write_bytes(data)
    profile = folder / f"profile-{src.stem}"
    subprocess.run(
        ["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless",
         "--convert-to", "pdf", "--outdir", str(folder), str(src)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    pdf = src.with_suffix(".pdf")
    assert pdf.is_file(), f"no PDF for {name}"
    return pdf


def pages(pdf: Path, layout: bool = True) -> list[str]:
    """Text of each page (`layout`: lines as printed; else in reading order, block by block)."""
    count = int(re.search(r"Pages:\s+(\d+)", info(pdf))[1])
    return [
        subprocess.run(["pdftotext", *(["-layout"] if layout else []), "-f", str(i), "-l", str(i), str(pdf), "-"],
                       check=True, capture_output=True, text=True).stdout
        for i in range(1, count + 1)
    ]  # fmt: skip


def info(pdf: Path, first: int = 1, last: int = 1) -> str:
    return subprocess.run(["pdfinfo", "-f", str(first), "-l", str(last), str(pdf)],
                          check=True, capture_output=True, text=True).stdout  # fmt: skip


def page_sizes(pdf: Path) -> list[tuple[float, float]]:
    n = int(re.search(r"Pages:\s+(\d+)", info(pdf))[1])
    text = info(pdf, 1, n)
    return [
        (float(w), float(h)) for w, h in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", text)
    ]


def test_workbook_prints_landscape_with_whole_charts(pkg, scope_of, tmp_path: Path) -> None:
    book = excel_bytes(pkg, scope_of(QUERY))
    pdf = to_pdf(book, "rapport.xlsx", tmp_path)
    sizes = page_sizes(pdf)
    assert sizes and all(w > h for w, h in sizes)  # every page landscape
    text = pages(pdf)
    data_pages = [p for p in text if "O00" in p]  # Données rows (observation ids)
    assert data_pages and all("Période" in p and "Valeur" in p for p in data_pages)
    # the viewer's locale draws the group separator (LibreOffice here: 3,870)
    assert any(re.search(r"Bourgogne-Franche-Comté.*3[\s,.]?870", p) for p in text)
    flat = [" ".join(p.split()) for p in pages(pdf, layout=False)]  # titles wrap over lines
    title = "Emplois – Horlogerie, France / Bourgogne-Franche-Comté"
    assert len([p for p in flat if title in p]) == 1  # the compare chart, on one page
    # a chart never split: its charts, two a row, fill exactly one page per row of charts,
    # each page starting with a chart's title (a split chart would leave axes without one)
    n_charts = len(load_workbook(io.BytesIO(book))["Graphiques"]._charts)
    first = next(i for i, p in enumerate(flat) if "Graphiques natifs" in p)
    chart_pages = flat[first : first + (n_charts + 1) // 2]
    assert all(p.count("Année") >= 1 for p in chart_pages)
    after = flat[first + (n_charts + 1) // 2 :]
    assert not any("Emplois – Horlogerie" in p and "Année" in p for p in after[:1])


def synthetic_rows(n: int) -> pl.DataFrame:
    """Test rows (not shipped data) in the shape of `rows_files.filtered_rows`."""
    frame = pl.DataFrame({
        "period": [str(1990 + i % 35) for i in range(n)],
        "indicator": ["Emplois"] * n, "segment": ["Horlogerie"] * n,
        "geo": [f"Commune d'essai {i}" for i in range(n)], "entity": [None] * n,
        "value": [float(100 + i) for i in range(n)], "unit": ["personnes"] * n,
        "status": ["Source officielle"] * n, "approximate": ["non"] * n,
        "publisher": ["Éditeur d'essai"] * n, "source_url": ["https://example.org/x"] * n,
        "locator": [f"feuille!A{i}" for i in range(n)],
        "observation_id": [f"T{i:05d}" for i in range(n)], "_unit": ["persons"] * n,
    }, schema_overrides={"entity": pl.String})  # fmt: skip
    assert frame.columns[:-1] == [c for _, c in COLUMNS]
    return frame


def test_long_sheet_repeats_its_header_on_every_page(tmp_path: Path) -> None:
    pdf = to_pdf(xlsx_bytes(synthetic_rows(400), "fr"), "donnees.xlsx", tmp_path)
    text = pages(pdf)
    assert len(text) > 2
    assert all(w > h for w, h in page_sizes(pdf))
    for page in text:
        assert "Période" in page and "Identifiant" in page  # header row on each page
        assert "T0" in page  # and rows: one page wide, never a column cut to the next page
    first = text[0].splitlines()
    assert any("Commune d'essai 0" in line and "Source officielle" in line for line in first)


def test_deck_opens_in_16x9_with_its_series(pkg, scope_of, tmp_path: Path) -> None:
    data = deck_bytes(pkg, scope_of(QUERY), ["sector"])
    slides = len(Presentation(io.BytesIO(data)).slides)
    pdf = to_pdf(data, "diaporama.pptx", tmp_path)
    sizes = page_sizes(pdf)
    assert len(sizes) == slides
    assert all(abs(w / h - 16 / 9) < 0.01 for w, h in sizes)
    text = pages(pdf)
    assert "Cadran" in text[0] or text[0].strip()  # the title slide has its text
    chart = next(p for p in text if "Emplois – Horlogerie, France / Bourgogne-Franche-Comté" in p)
    assert "France" in chart and "Bourgogne-Franche-Comté" in chart
    assert "Sources" in chart


def word_boxes(pdf: Path, page: int) -> dict[str, float]:
    """The left x of each word on one page (`pdftotext -bbox`), of its lowest occurrence
    (the chart's words lie under the title and subtitle)."""
    html = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"],
                          check=True, capture_output=True, text=True).stdout  # fmt: skip
    found = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)</word>', html)
    return {w: float(x) for x, _, w in sorted(found, key=lambda f: float(f[1]))}


def test_deck_marks_sit_over_their_years(pkg, scope_of, tmp_path: Path) -> None:
    """Opened by LibreOffice, a mark's label is drawn at the start of its years' slots:
    `Covid` (2020) right of the axis label 2019 and left of 2020's, `Crise` (2009-2010) left
    of 2009's label (the labels are centred under their slots)."""
    query = "marks=2020:Covid;2009-2010:Crise"
    pdf = to_pdf(deck_bytes(pkg, scope_of(query), ["sector"]), "marks.pptx", tmp_path)
    x = word_boxes(pdf, 2)
    assert x["2019"] < x["Covid"] < x["2020"]
    assert x["Crise"] < x["2009"]
