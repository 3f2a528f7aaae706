"""Small openpyxl helpers shared by the report's sheets: styled write-only cells, links, widths.

Write-only worksheets take rows of values or `WriteOnlyCell`s; these helpers make the styled
ones (header, bold label, hyperlink) and set column widths before rows are written.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import polars as pl
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

BOLD = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="1F2A44")
HEADER_FONT = Font(bold=True, color="FFFFFF")
LINK_FONT = Font(color="0563C1", underline="single")
WRAP = Alignment(wrap_text=True, vertical="top")
LEFT = Alignment(horizontal="left", vertical="top")


def cell(ws: Any, value: object, **style: Any) -> WriteOnlyCell:
    out = WriteOnlyCell(ws, value=value)
    for key, val in style.items():
        setattr(out, key, val)
    return out


def link(ws: Any, text: str | None, url: str | None) -> WriteOnlyCell | str | None:
    if not url:
        return text
    out = cell(ws, text or url, font=LINK_FONT)
    out.hyperlink = url
    return out


def header(ws: Any, names: Iterable[str]) -> list[WriteOnlyCell]:
    return [cell(ws, n, font=HEADER_FONT, fill=HEADER_FILL) for n in names]


def widths(ws: Any, sizes: list[float]) -> None:
    """Column widths (in characters), set before any row is written."""
    for i, w in enumerate(sizes, 1):
        ws.column_dimensions[get_column_letter(i)].width = w


def text_width(frame: pl.DataFrame, col: str, title: str, cap: int = 60) -> float:
    """Width fitting the longest text of `col` (and its title), at most `cap`."""
    longest = frame.select(pl.col(col).cast(pl.String).str.len_chars().max()).item() or 0
    return float(min(cap, max(len(title) + 2, int(longest) + 2)))


def print_setup(ws: Any, header_row: bool = True, breaks_every: int = 0, offset: int = 0) -> None:
    """Print cleanly: landscape, fit to one page wide (as many high as needed), the header
    row repeated on each page, and a page break every `breaks_every` rows (so a block of
    that height, such as a chart, is never split across two pages)."""
    from openpyxl.worksheet.pagebreak import Break

    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    if header_row:
        ws.print_title_rows = "1:1"
    if breaks_every:
        for row in range(offset + breaks_every, 400, breaks_every):
            ws.row_breaks.append(Break(id=row))
