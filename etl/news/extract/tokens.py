"""A number as written in a text: offsets, value and how it was said (shared by the scanner,
the range reader and the figure rules)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class NumberToken:
    """One quantity as written: offsets into the text, value in base units and how it was said."""

    start: int
    end: int
    value: float
    kind: str  # digits | words | approx | fraction | half
    value_max: float | None = None
    scale: float = 1.0
    currency: str | None = None
    percent: bool = False
    physical: str | None = None
    qualifier: str | None = None
    signed: bool = False
    approximate: bool = False
    core_start: int = 0
    core_end: int = 0
    raw_scale: bool = False  # a scale word/abbreviation was written
