"""Errors about bad input: one readable line naming the file, sheet, row, column and text.

Readers raise `SourceError`; the build catches it per source, prints `str(error)` and goes
on with the other sources. No traceback is ever shown for bad input.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class SourceError(Exception):
    """Bad input in a source file, located as precisely as the reader can."""

    message: str
    file: str | None = None
    sheet: str | None = None
    row: int | None = None
    column: str | None = None
    text: str | None = None

    def __str__(self) -> str:
        where = [self.file or "?"]
        if self.sheet is not None:
            where.append(f"sheet '{self.sheet}'")
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.column is not None:
            where.append(f"column {self.column}")
        line = ", ".join(where) + f": {self.message}"
        if self.text is not None:
            line += f" (found {self.text!r})"
        return line

    def at(self, **where: object) -> SourceError:
        """Fill in location fields that are still unknown (inner code knows less)."""
        for key, value in where.items():
            if getattr(self, key) is None:
                setattr(self, key, value)
        return self


class ManifestError(SourceError):
    """A manifest (source.toml) that is missing, malformed or inconsistent."""
