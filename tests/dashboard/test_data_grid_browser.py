"""The Données grid a reader can use (issue 13, item 6), in headless Chromium at 1440x900:
values in full with French formats, status and source visible without scrolling, column
choice, and the filtered rows downloaded as French Excel CSV, standard CSV and Excel."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from openpyxl import load_workbook
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser
expect.set_options(timeout=20_000)
WIDE = {"width": 1440, "height": 900}


def inside_viewport(page: Page, selector: str) -> bool:
    box = page.locator(selector).first.bounding_box()
    assert box is not None, selector
    return (
        box["x"] >= 0
        and box["x"] + box["width"] <= WIDE["width"]
        and (box["y"] + box["height"] <= WIDE["height"])
    )


@pytest.mark.parametrize(
    ("lang", "status", "source", "value"),
    [("fr", "Statut", "Source", "3\u202f870 personnes"),
     ("en", "Status", "Source", "3,870 people")],
)  # fmt: skip
def test_value_status_and_source_fit_the_screen(
    page: Page, live_server: str, lang: str, status: str, source: str, value: str
) -> None:
    page.set_viewport_size(WIDE)
    page.goto(f"{live_server}/donnees?indicator=jobs&lang={lang}")
    grid = page.locator("#data-grid")
    expect(grid.locator(".ag-row").first).to_be_visible()
    for field, word in (("status", status), ("source", source)):
        head = f'#data-grid .ag-header-cell[col-id="{field}"]'
        expect(page.locator(head)).to_contain_text(word)
        assert inside_viewport(page, head), field
        assert inside_viewport(page, f'#data-grid .ag-row[row-index="0"] [col-id="{field}"]')
    cell = grid.locator('.ag-cell[col-id="value"]', has_text=value)
    expect(cell).to_have_count(1)
    cut = page.evaluate(
        """() => [...document.querySelectorAll('#data-grid .ag-cell[col-id="value"]')]
            .filter(c => c.scrollWidth > c.clientWidth).map(c => c.textContent)"""
    )
    assert cut == []  # every value readable in full


def test_column_choice(page: Page, live_server: str) -> None:
    page.goto(f"{live_server}/donnees")
    grid = page.locator("#data-grid")
    expect(grid.locator(".ag-row").first).to_be_visible()
    expect(grid.locator('.ag-header-cell[col-id="observation_id"]')).to_have_count(0)
    page.get_by_text("Colonnes affichées").click()
    page.locator("#data-columns").get_by_label("Identifiant").check()
    expect(grid.locator('.ag-header-cell[col-id="observation_id"]')).to_have_count(1)
    page.locator("#data-columns").get_by_label("Segment").uncheck()
    expect(grid.locator('.ag-header-cell[col-id="segment"]')).to_have_count(0)


def download(page: Page, selector: str) -> bytes:
    with page.expect_download() as info:
        page.locator(selector).click()
    return Path(info.value.path()).read_bytes()


def test_filtered_rows_download_in_two_csv_dialects_and_excel(page: Page, live_server: str) -> None:
    page.goto(f"{live_server}/donnees?indicator=jobs&geo=FR-BFC")
    expect(page.locator("#data-count")).to_contain_text("lignes affichées")
    shown = int(page.locator("#data-count").inner_text().split()[0])
    link = page.locator("#data-downloads a.dl-csv_excel_fr")
    expect(link).to_have_text("CSV pour Excel en français (point-virgule, virgule décimale, "
                              "UTF-8 avec BOM)")  # fmt: skip
    with page.expect_download() as info:
        link.click()
    assert info.value.suggested_filename == "cadran-donnees-jobs-fr-bfc-excel-fr.csv"
    french = Path(info.value.path()).read_bytes()
    assert french.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM: Excel reads the accents
    rows = list(csv.DictReader(io.StringIO(french.decode("utf-8-sig")), delimiter=";"))
    assert len(rows) == shown
    assert {r["Territoire"] for r in rows} == {"Bourgogne-Franche-Comté"}
    assert "3870,0" in {r["Valeur"] for r in rows}  # decimal comma
    standard = download(page, "#data-downloads a.dl-csv_standard")
    assert not standard.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(standard.decode("utf-8"))))
    assert "3870.0" in {r["Valeur"] for r in rows} and len(rows) == shown
    book = load_workbook(io.BytesIO(download(page, "#data-downloads a.dl-xlsx_file")))
    sheet = book.active
    assert sheet.max_row == shown + 1
    values = [r[5].value for r in sheet.iter_rows(min_row=2)]
    assert 3870 in values
    # the links follow the filters
    page.locator("#data-status").click()
    page.get_by_role("option", name="Source officielle").click()
    expect(page.locator("#data-downloads a.dl-xlsx_file")).to_have_attribute(
        "href", "/export/donnees.xlsx?indicator=jobs&geo=FR-BFC&status=official&lang=fr"
    )
