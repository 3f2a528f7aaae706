"""Bulk row XML: escaping, empty cells, styles, and the splice into a saved workbook."""

from __future__ import annotations

import math
from pathlib import Path
from xml.etree import ElementTree as ET

import polars as pl
from openpyxl import Workbook, load_workbook

from dashboard.exports.fast_rows import rows_xml, rows_xml_chunks, splice_rows


def test_rows_xml_escapes_and_skips_empty_cells() -> None:
    frame = pl.DataFrame(
        {
            "text": ["a & b <c>", None, " padded ", "bell\x07"],
            "value": [1.5, None, math.nan, 423e6],
            "style": [3, 3, 3, 4],
        }
    )
    xml = rows_xml(frame, 2, {"value": "style"})
    root = ET.fromstring(f"<sheetData>{xml}</sheetData>")
    rows = root.findall("row")
    assert [r.get("r") for r in rows] == ["2", "3", "4", "5"]
    assert [c.get("r") for c in rows[0]] == ["A2", "B2"]
    assert rows[0][0].find("is/t").text == "a & b <c>"
    assert len(rows[1]) == 0  # both cells empty
    assert [c.get("r") for c in rows[2]] == ["A4"]  # NaN is left out
    padded = rows[2][0].find("is/t")
    assert padded.text == " padded "
    assert padded.get("{http://www.w3.org/XML/1998/namespace}space") == "preserve"
    assert rows[3][0].find("is/t").text == "bell"  # control character dropped
    assert (rows[3][1].get("s"), rows[3][1].find("v").text) == ("4", "423000000.0")


def test_splice_into_saved_workbook(tmp_path: Path) -> None:
    wb = Workbook(write_only=True)
    wb.create_sheet("Un")
    ws = wb.create_sheet("Données")
    ws.append(["Nom", "Valeur"])
    path = tmp_path / "w.xlsx"
    wb.save(path)
    frame = pl.DataFrame({"name": [f"n{i}" for i in range(50)], "value": list(range(50))})
    splice_rows(path, "Données", rows_xml_chunks(frame, 2), "A1:B51")
    back = load_workbook(path)["Données"]
    assert back.max_row == 51
    assert [c.value for c in back[51]] == ["n49", 49]
    assert back["A1"].value == "Nom"
