"""Each reader feature on files the tests write: xlsx with merged headers, csv encodings..."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from etl.errors import SourceError
from etl.pipeline import collect
from etl.stats.grid import read_csv, read_grid, sniff_delimiter

MANIFEST_HEAD = """
[source]
id = "{id}"
title = "Test source"
publisher = "Test publisher"
url = "https://example.org/{id}"
published_on = 2024-05-01
retrieved_on = 2026-11-26
licence = "CC-BY-4.0"
"""


def write_source(raw: Path, name: str, tables: str, files: dict[str, bytes | Workbook]) -> Path:
    folder = raw / name
    folder.mkdir(parents=True)
    (folder / "source.toml").write_text(MANIFEST_HEAD.format(id=name) + tables, encoding="utf-8")
    for file, content in files.items():
        if isinstance(content, Workbook):
            content.save(folder / file)
        else:
            (folder / file).write_bytes(content)
    return folder


def observations(raw: Path, tmp_path: Path):
    result = collect(raw, tmp_path / "cache", full=True)
    assert not result.failed, [r.error for r in result.failed]
    return dict((t.name, f) for t, f in result.tables)["observations"]


def francéclat_workbook() -> Workbook:
    wb = Workbook()
    ws = wb.active
    ws.title = "Chiffres"
    ws["A1"] = "Chiffres clés (en millions d'euros)"
    ws["A3"] = "Indicateur"
    ws.merge_cells("A3:A4")
    ws["B3"] = "Année"
    ws.merge_cells("B3:D3")
    ws["B4"], ws["C4"], ws["D4"] = 2022, "2023", "2024*"
    ws["A5"], ws["B5"], ws["C5"], ws["D5"] = "Production horlogère (1)", "381", "410\u00a0(1)", 423
    ws["A6"], ws["B6"], ws["C6"], ws["D6"] = "Emplois", "2\u202f968", "n.d.", "3.000"
    ws["A7"], ws["B7"], ws["C7"], ws["D7"] = "Exportations", "1,5 Md€", "–", "…"
    ws["A9"] = "(1) Source : Francéclat"
    ws["A10"] = "* provisoire"
    second = wb.create_sheet("Bis")
    second["A1"], second["B1"] = "Libellé", "2020"
    second["A2"], second["B2"] = "Emplois", "2 898"
    return wb


FRANCECLAT_TABLES = """
[[tables]]
file = "cc.xlsx"
sheet = "Chiffres"
layout = "years_as_columns"
header_rows = [3, 4]
first_data_row = 5

[tables.labels."Production horlogère"]
indicator = "revenue"
scale = "M€"
unit = "EUR"

[tables.labels."Emplois"]
indicator = "jobs"

[tables.labels."Exportations"]
indicator = "exports"

[tables.footnotes."*"]
note = "provisoire"

[tables.footnotes."1"]
note = "Francéclat"

[[tables]]
file = "cc.xlsx"
sheet = "Bis"
layout = "years_as_columns"
header_rows = [1]

[tables.labels."Emplois"]
indicator = "jobs"
segment = "watches"
"""


def test_xlsx_merged_headers_footnotes_scales_and_sheets(
    reference_only: Path, tmp_path: Path
) -> None:
    write_source(reference_only, "fc", FRANCECLAT_TABLES, {"cc.xlsx": francéclat_workbook()})
    obs = observations(reference_only, tmp_path)
    got = {(r["indicator"], r["segment"], r["period"]): r for r in obs.iter_rows(named=True)}
    assert got[("revenue", "watchmaking", "2022")]["value"] == 381e6
    assert got[("revenue", "watchmaking", "2023")]["value"] == 410e6
    assert got[("revenue", "watchmaking", "2024")]["value"] == 423e6
    assert got[("revenue", "watchmaking", "2024")]["note"] == "provisoire"
    assert got[("revenue", "watchmaking", "2024")]["locator"] == "Chiffres!D5"
    assert got[("jobs", "watchmaking", "2022")]["value"] == 2968
    assert got[("jobs", "watchmaking", "2024")]["value"] == 3000
    assert ("jobs", "watchmaking", "2023") not in got  # n.d. stays a gap
    assert got[("exports", "watchmaking", "2022")]["value"] == 1.5e9
    assert got[("jobs", "watches", "2020")]["locator"] == "Bis!B2"
    assert obs.height == 7


def test_formula_cached_values(reference_only: Path, tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws["A1"], ws["B1"] = "Libellé", 2024
    ws["A2"], ws["B2"] = "Emplois", "=1000+2000"
    write_source(
        reference_only,
        "f",
        '[[tables]]\nfile = "f.xlsx"\nlayout = "years_as_columns"\n[tables.labels]\n"Emplois" = "jobs"\n',
        {"f.xlsx": wb},
    )
    result = collect(reference_only, tmp_path / "cache", full=True)
    assert "formula without a cached value" in result.failed[0].error
    assert "row 2, column B" in result.failed[0].error


@pytest.mark.parametrize(
    ("encoding", "delimiter", "bom"),
    [("utf-8", ";", False), ("utf-8", ",", True), ("cp1252", ";", False), ("utf-8", "\t", False)],
)
def test_csv_encodings_and_delimiters(
    reference_only: Path, tmp_path: Path, encoding: str, delimiter: str, bom: bool
) -> None:
    rows = [
        ["Année", "Chiffre d'affaires (M€)", "Effectifs"],
        ["2023", "410", "3\u00a0000" if encoding == "utf-8" else "3 000"],
        ["2024", "423", "n.d."],
    ]
    text = (
        "\n".join(delimiter.join(f'"{c}"' if delimiter in c else c for c in r) for r in rows) + "\n"
    )
    data = text.encode(encoding)
    if bom:
        data = b"\xef\xbb\xbf" + data
    tables = '[[tables]]\nfile = "t.csv"\nlayout = "years_as_rows"\n[tables.labels]\n"Chiffre d\'affaires (M€)" = { indicator = "revenue" }\n"Effectifs" = "jobs"\n'
    write_source(reference_only, "csvsrc", tables, {"t.csv": data})
    obs = observations(reference_only, tmp_path)
    got = {(r["indicator"], r["period"]): r["value"] for r in obs.iter_rows(named=True)}
    assert got == {("revenue", "2023"): 410e6, ("revenue", "2024"): 423e6, ("jobs", "2023"): 3000}


def test_cp1252_accents_survive(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_bytes("Libellé;2024\nProduction horlogère;423\n".encode("cp1252"))
    grid = read_csv(path, None, None)
    assert grid.rows[1][0] == "Production horlogère"


def test_undecodable_bytes_named(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_bytes(b"Libelle;2024\nProduction;42\x81\x8d\n")
    with pytest.raises(SourceError) as err:
        read_grid(path, encoding="utf-8")
    assert "t.csv, row 2, column B: bytes that are not utf-8" in str(err.value)


def test_sniff_delimiter() -> None:
    assert sniff_delimiter("a;b;c\n1;2,5;3\n") == ";"
    assert sniff_delimiter("a\tb\n1\t2\n") == "\t"
    assert sniff_delimiter("a,b\n1,2\n") == ","


def test_records_layout_with_citations_and_commune_names(
    reference_only: Path, tmp_path: Path
) -> None:
    csv = (
        "id,ind,val,year,place,seg,approx,pub,title,link,date\n"
        "A1,jobs,120,2023,Morteau,watchmaking,true,Le Journal,Un titre,https://example.org/a,2023-05-02\n"
        "A2,revenue,1 500 000,2023,FR-25,watchmaking,false,Autre,Autre titre,https://example.org/b,2023-06\n"
    )
    tables = """
[[tables]]
file = "r.csv"
layout = "records"
[tables.columns]
ref = "id"
indicator = "ind"
value = "val"
period = "year"
geo = "place"
segment = "seg"
approximate = "approx"
[tables.citation]
publisher = "pub"
title = "title"
url = "link"
published_on = "date"
"""
    write_source(reference_only, "rec", tables, {"r.csv": csv.encode()})
    result = collect(reference_only, tmp_path / "cache", full=True)
    frames = {t.name: f for t, f in result.tables}
    obs = frames["observations"].sort("ref")
    assert obs["geo"].to_list() == ["25411", "FR-25"]
    assert obs["approximate"].to_list() == [True, False]
    assert obs["value"].to_list() == [120, 1.5e6]
    assert obs["unit"].to_list() == ["persons", "EUR"]  # canonical units of the indicators
    sources = frames["sources"].sort("url")
    assert sources["publisher"].to_list() == ["Le Journal", "Autre"]
    assert sources["published_on"].to_list() == ["2023-05-02", "2023-06"]
    assert frames["geographies"].filter(code="25411")["label_fr"].item() == "Morteau"
