"""The Données rows as files (issue 13, item 6): CSV in two named dialects (standard; French
Excel with semicolons, decimal comma and a BOM) and an Excel sheet, read back; the route
refuses an unknown dialect or code with one line."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from flask import Flask
from openpyxl import load_workbook

from dashboard.data import ENV_VAR
from dashboard.exports.rows_files import csv_bytes, file_name, filtered_rows, xlsx_bytes
from dashboard.exports.web import register_routes


def test_french_excel_dialect(pkg) -> None:
    frame = filtered_rows(pkg, {"indicator": "revenue", "geo": "FR"}, "fr")
    data = csv_bytes(frame, "excel-fr", "fr")
    assert data.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:6] == ["Période", "Indicateur", "Segment", "Territoire", "Entité", "Valeur"]
    by_year = {r[0]: r for r in rows[1:] if r[7] == "Source officielle" and r[2] == "Horlogerie"}
    assert by_year["2024"][5] == "423000000,0" and by_year["2024"][6] == "€"
    assert len(rows) - 1 == frame.height


def test_standard_dialect_in_english(pkg) -> None:
    frame = filtered_rows(pkg, {"indicator": "jobs", "geo": "FR-BFC"}, "en")
    text = csv_bytes(frame, "standard", "en").decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert {r["Place"] for r in rows} == {"Bourgogne-Franche-Comté"}
    assert {r["Value"] for r in rows} >= {"3870.0", "3700.0"}
    assert {r["Status"] for r in rows} == {"Official source"}
    with pytest.raises(ValueError):
        csv_bytes(frame, "tsv", "en")


def test_excel_sheet_keeps_numbers_with_formats(pkg) -> None:
    frame = filtered_rows(pkg, {"indicator": "revenue"}, "fr")
    ws = load_workbook(io.BytesIO(xlsx_bytes(frame, "fr"))).active
    assert ws.max_row == frame.height + 1 and ws.freeze_panes == "A2"
    values = {r[5].value: r[5].number_format for r in ws.iter_rows(min_row=2)}
    assert "M€" in values[423e6]
    assert file_name({"indicator": "revenue", "geo": None}, "csv", "standard") == (
        "cadran-donnees-revenue-standard.csv"
    )


@pytest.fixture(scope="module")
def client(package_dir: Path):
    server = Flask("rows-test")
    server.config[ENV_VAR] = str(package_dir)
    register_routes(server)
    return server.test_client()


def test_route_names_the_dialect_and_refuses_bad_options(client) -> None:
    resp = client.get("/export/donnees.csv?indicator=jobs&dialect=standard")
    assert resp.status_code == 200
    assert 'filename="cadran-donnees-jobs-standard.csv"' in resp.headers["Content-Disposition"]
    assert client.get("/export/donnees.csv?indicator=jobs").data.startswith(b"\xef\xbb\xbf")
    bad = client.get("/export/donnees.csv?dialect=tsv")
    assert bad.status_code == 400 and b"dialect" in bad.data
    assert client.get("/export/donnees.xlsx?geo=NOPE").status_code == 400
