"""Files to grids: the cells of one xlsx sheet or one csv file, with their addresses.

xlsx: cached values of formulas (a formula Excel never computed is an error, not a blank),
merged ranges filled with their top-left value so multi-row headers read naturally.
csv: UTF-8 (with or without BOM) or cp1252, `;` `,` or tab delimiters, sniffed when the
manifest does not say. Every failure is a `SourceError` naming file, sheet, row and column.
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException

from etl.errors import SourceError

ENCODINGS = ("utf-8-sig", "cp1252")


@dataclass(frozen=True)
class Grid:
    """Cells as rows (1-based addresses in locators), from one sheet or csv file."""

    file: str
    sheet: str | None
    rows: tuple[tuple[object, ...], ...]

    def cell(self, row: int, col: int) -> object:
        """Value at 1-based row and column, None outside the grid."""
        if row < 1 or row > len(self.rows):
            return None
        values = self.rows[row - 1]
        return values[col - 1] if 0 < col <= len(values) else None

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)

    def locator(self, row: int, col: int) -> str:
        """'Sheet!B7' for workbooks, 'file.csv#cell=7,2' (RFC 7111) for csv."""
        if self.sheet is not None:
            return f"{self.sheet}!{get_column_letter(col)}{row}"
        return f"{Path(self.file).name}#cell={row},{col}"

    def error(
        self, message: str, row: int | None = None, col: int | None = None, text: object = None
    ) -> SourceError:
        return SourceError(
            message,
            file=self.file,
            sheet=self.sheet,
            row=row,
            column=get_column_letter(col) if col else None,
            text=None if text is None else str(text),
        )


def read_grid(
    path: Path, sheet: str | None = None, encoding: str | None = None, delimiter: str | None = None
) -> Grid:
    """Read one table file into a grid; the extension picks the reader."""
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return read_xlsx(path, sheet)
    if suffix in (".csv", ".tsv", ".txt"):
        return read_csv(path, encoding, delimiter)
    raise SourceError(f"unsupported file type '{suffix}' (use .xlsx or .csv)", file=str(path))


def read_xlsx(path: Path, sheet: str | None) -> Grid:
    try:
        book = load_workbook(path, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise SourceError(
            f"not a readable xlsx workbook ({type(exc).__name__})", file=str(path)
        ) from None
    name = sheet or book.sheetnames[0]
    if name not in book.sheetnames:
        raise SourceError(
            f"sheet not found; the workbook has {book.sheetnames}", file=str(path), sheet=name
        )
    ws = book[name]
    rows = [list(r) for r in ws.iter_rows(values_only=True)]
    for merged in ws.merged_cells.ranges:
        top_left = ws.cell(merged.min_row, merged.min_col).value
        for r in range(merged.min_row, merged.max_row + 1):
            for c in range(merged.min_col, merged.max_col + 1):
                rows[r - 1][c - 1] = top_left
    _check_formulas(path, name, rows)
    return Grid(str(path), name, tuple(tuple(r) for r in rows))


def _check_formulas(path: Path, sheet: str, rows: list[list[object]]) -> None:
    """A formula whose cached value is missing reads as None: tell it apart from a blank."""
    formulas = load_workbook(path, data_only=False, read_only=True)[sheet]
    for r, values in enumerate(formulas.iter_rows(values_only=True), start=1):
        for c, value in enumerate(values, start=1):
            if isinstance(value, str) and value.startswith("=") and rows[r - 1][c - 1] is None:
                raise SourceError(
                    "formula without a cached value (open and save the file in a spreadsheet app)",
                    file=str(path),
                    sheet=sheet,
                    row=r,
                    column=get_column_letter(c),
                    text=value,
                )


def decode(path: Path, data: bytes, encoding: str | None) -> str:
    """Decode with the manifest's encoding, else UTF-8 (BOM or not), else cp1252."""
    tried = [encoding] if encoding else list(ENCODINGS)
    first_error: UnicodeDecodeError | None = None
    for name in tried:
        try:
            return data.decode("utf-8-sig" if name.lower() in ("utf-8", "utf8") else name)
        except UnicodeDecodeError as exc:
            first_error = first_error or exc
        except LookupError:
            raise SourceError(f"unknown encoding '{name}'", file=str(path)) from None
    assert first_error is not None
    offset = first_error.start
    line_start = data.rfind(b"\n", 0, offset) + 1
    prefix = data[line_start:offset].decode("utf-8", errors="replace")
    delimiter = sniff_delimiter(data[:4096].decode("utf-8", errors="replace"))
    raise SourceError(
        f"bytes that are not {' or '.join(tried)} at character {len(prefix) + 1} of the line",
        file=str(path),
        row=data.count(b"\n", 0, offset) + 1,
        column=get_column_letter(prefix.count(delimiter) + 1),
        text=data[offset : offset + 4].hex(" "),
    )


def read_csv(path: Path, encoding: str | None, delimiter: str | None) -> Grid:
    text = decode(path, path.read_bytes(), encoding)
    if delimiter is None:
        delimiter = sniff_delimiter(text)
    elif delimiter in ("tab", "\\t"):
        delimiter = "\t"
    try:
        rows = [
            tuple(c if c != "" else None for c in row)
            for row in csv.reader(io.StringIO(text), delimiter=delimiter)
        ]
    except csv.Error as exc:
        raise SourceError(f"malformed csv: {exc}", file=str(path)) from None
    return Grid(str(path), None, tuple(rows))


def sniff_delimiter(text: str) -> str:
    """The delimiter among ; tab , that splits the most of the first lines the same way.

    The most common field count wins, not the first line's: title lines above a table
    ("Chiffres clés, édition 2024") must not decide how the table is split."""
    lines = [line for line in text.splitlines()[:20] if line.strip()]
    best, best_score = ",", -1.0
    for candidate in (";", "\t", ","):
        counts = [len(next(csv.reader([line], delimiter=candidate))) - 1 for line in lines]
        split = [c for c in counts if c > 0]
        if not split:
            continue
        mode = max(set(split), key=lambda c: (split.count(c), c))
        score = split.count(mode) * 100 + mode
        if score > best_score:
            best, best_score = candidate, score
    return best
