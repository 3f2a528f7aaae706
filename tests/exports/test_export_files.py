"""File handling shared by every export: safe names, atomic writes under concurrency."""

from __future__ import annotations

import threading
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from openpyxl import load_workbook

from dashboard.exports.excel import write_excel
from dashboard.exports.scope import safe_filename, scope_from_query


@given(st.text(max_size=200))
def test_safe_filename_is_plain_ascii(stem: str) -> None:
    name = safe_filename(stem, "xlsx")
    assert name.isascii() and name.endswith(".xlsx")
    assert "/" not in name and "\\" not in name and not name.startswith(".")
    assert len(name) <= 85
    assert set(name) <= set("abcdefghijklmnopqrstuvwxyz0123456789._-")


def test_safe_filename_examples() -> None:
    assert safe_filename("Chiffre d'affaires – Besançon/../etc", "png") == (
        "chiffre-d-affaires-besancon-.-etc.png"
    )
    assert safe_filename("../../", "zip") == "cadran.zip"


def test_concurrent_writes_to_one_path_leave_one_whole_file(pkg, tmp_path: Path) -> None:
    out = tmp_path / "same.xlsx"
    queries = ["", "from=2015", "from=2018", "indicator=all&segment=all&geo=all"]
    errors: list[BaseException] = []

    def run(query: str) -> None:
        try:
            write_excel(pkg, scope_from_query(pkg, query), out)
        except BaseException as exc:  # collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(q,)) for q in queries * 2]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert errors == []
    assert [p.name for p in tmp_path.iterdir()] == ["same.xlsx"]  # no temporary file left
    assert load_workbook(out).sheetnames[0] == "Lisez-moi"
