"""Grids to records: one function per layout named in a manifest.

- `years_as_columns`: a label column names the indicator, header rows hold the years.
- `years_as_rows`: a period column holds the years, header rows name the indicators.
- `records`: one figure per row, columns named in the manifest (optionally with a citation
  per row, for compilations of figures from many publications).
- `combined_key`: Eurostat's TSV style: the first column holds several codes joined by
  commas, named by its header (`unit,indic_sb,nace_r2,geo\\time`); the other header cells are
  periods. The manifest names the part the labels map (`label_part`), the part giving the
  place (`geo_part`) and the rows to read (`select`).

Flags the manifest declares (`flags`, e.g. `295 e` for an estimate) are read like footnote
marks: their note and approximate mark go on the figure; the value is kept.

Each record is a plain dict with the observation fields (geo still as written: places are
resolved later against the gazetteer). Scales come, in this order, from the cell ('423 M€'),
then the row label text ('en milliers'), the column header, a title cell above the header,
and last the manifest (label rule, then table). One scale applies once. A scale or unit the
table states that contradicts the manifest is an error, and so is a table that yields no row
(unless `allow_empty`), a mapped label that matches nothing, a value that does not fit in a
float, and a value 1000 times off the other values of its series.
"""

from __future__ import annotations

import hashlib
import math
import re
import statistics
from collections.abc import Iterator
from typing import Any

from openpyxl.utils import column_index_from_string

from etl.errors import SourceError
from etl.schema import DATE_PATTERN, PERIOD_PATTERN
from etl.stats.cells import Cell, normalise, parse_cell, scale_from_text, split_footnote
from etl.stats.grid import Grid
from etl.stats.manifest import (
    Citation,
    Footnote,
    LabelRule,
    Manifest,
    TableSpec,
    label_key,
    real_date,
)

Record = dict[str, Any]
_YEAR = re.compile(r"(?<!\d)(1[89]\d{2}|20\d{2})(?!\d)")
_PERIOD = re.compile(PERIOD_PATTERN)
_KEY_PERIOD = re.compile(r"^(?P<year>\d{4})(?:[-M](?P<month>\d{2})|Q(?P<quarter>[1-4]))?$")
_PUBLISHED = re.compile(DATE_PATTERN)
_TRUE = {"true", "vrai", "oui", "yes", "1", "x", "~", "environ"}
_FALSE = {"false", "faux", "non", "no", "0", ""}
STOP_WINDOW = 500  # characters of a label the stop pattern looks at: bounded work per row
OUTLIER_RATIO = 1000.0


def _text(value: object) -> str:
    return "" if value is None else normalise(str(value))


def _header(grid: Grid, rows: tuple[int, ...], col: int) -> str:
    parts: list[str] = []
    for r in rows:
        text = _text(grid.cell(r, col))
        if text and text not in parts:
            parts.append(text)
    return " ".join(parts)


def _column(grid: Grid, letter: str) -> int:
    try:
        return column_index_from_string(letter)
    except ValueError:
        raise grid.error(f"'{letter}' is not a column letter") from None


def _year_of(header: str) -> tuple[str, tuple[str, ...]] | None:
    """'2024' -> ('2024', ()); '2024*' -> ('2024', ('*',)); 'Libellé' -> None."""
    body, marks = split_footnote(header)
    match = _YEAR.search(body)
    return (match.group(1), marks) if match else None


class TableReader:
    """Reads one table of a manifest; keeps the context error messages need."""

    def __init__(
        self, manifest: Manifest, spec: TableSpec, grid: Grid, reference: Any = None
    ) -> None:
        self.manifest = manifest
        self.units: dict[str, str] = getattr(reference, "indicator_units", None) or {}
        self.ranges: dict[str, tuple[float | None, float | None]] = (
            getattr(reference, "ranges", None) or {}
        )
        self.spec = spec
        self.grid = grid
        self.stop = re.compile(spec.stop_pattern, re.IGNORECASE)
        self.missing = frozenset(spec.missing)
        self.flags = frozenset(spec.flags)
        self.matched: set[str] = set()
        self.title = self._title_scale()

    def stops(self, label: str) -> bool:
        return bool(self.stop.search(label[:STOP_WINDOW]))

    def _title_scale(self) -> tuple[float | None, str | None, str]:
        """Scale and unit stated in a title cell above the header ('En millions d'euros HT')."""
        found: tuple[float | None, str | None, str] = (None, None, "")
        if self.spec.layout == "records":
            return found
        for row in range(1, min(self.spec.header_rows)):
            for col in range(1, self.grid.width + 1):
                text = _text(self.grid.cell(row, col))
                stated = scale_from_text(text) if text else None
                if stated is None:
                    continue
                if found[2] and (found[0], found[1]) != stated:
                    raise self.grid.error(
                        f"title cells state two different scales ({found[2]!r} and this one)",
                        row=row,
                        col=col,
                        text=text,
                    )
                found = (stated[0], stated[1], text)
        return found

    def records(self) -> Iterator[Record]:
        layout = self.spec.layout
        if layout == "years_as_columns":
            yield from self._years_as_columns()
        elif layout == "years_as_rows":
            yield from self._years_as_rows()
        elif layout == "combined_key":
            yield from self._combined_key()
        else:
            yield from self._records()

    # -- matrix layouts ---------------------------------------------------------------
    def _first_row(self) -> int:
        return self.spec.first_data_row or max(self.spec.header_rows) + 1

    def _last_row(self) -> int:
        return self.spec.last_data_row or len(self.grid.rows)

    def _rule(self, label: str, row: int, col: int, has_values: bool) -> LabelRule | None:
        key = label_key(label)
        if key in self.spec.ignore_labels:
            return None
        rule = self.spec.labels.get(key)
        if rule is not None:
            self.matched.add(key)
        if rule is None and has_values:
            raise self.grid.error(
                "label missing from the manifest's [labels] mapping", row=row, col=col, text=label
            )
        return rule

    def _years_as_columns(self) -> Iterator[Record]:
        label_col = _column(self.grid, self.spec.label_column)
        years: dict[int, tuple[str, tuple[str, ...], str]] = {}
        for col in range(1, self.grid.width + 1):
            if col == label_col:
                continue
            header = _header(self.grid, self.spec.header_rows, col)
            found = _year_of(header)
            if found:
                years[col] = (found[0], found[1], header)
        if not years:
            raise self.grid.error(f"no year found in header rows {list(self.spec.header_rows)}")
        for row in range(self._first_row(), self._last_row() + 1):
            label = _text(self.grid.cell(row, label_col))
            if not label:
                continue
            if self.stops(label):
                break
            cells = {c: self.grid.cell(row, c) for c in years}
            has_values = any(_text(v) for v in cells.values())
            rule = self._rule(label, row, label_col, has_values)
            if rule is None:
                continue
            for col, (period, year_marks, header) in years.items():
                yield from self._value(rule, label, header, period, row, col, year_marks)

    def _years_as_rows(self) -> Iterator[Record]:
        period_col = _column(self.grid, self.spec.period_column)
        rules: dict[int, tuple[LabelRule, str]] = {}
        for col in range(1, self.grid.width + 1):
            if col == period_col:
                continue
            header = _header(self.grid, self.spec.header_rows, col)
            if not header:
                continue
            has_values = any(
                _text(self.grid.cell(r, col))
                for r in range(self._first_row(), self._last_row() + 1)
            )
            rule = self._rule(header, min(self.spec.header_rows), col, has_values)
            if rule is not None:
                rules[col] = (rule, header)
        for row in range(self._first_row(), self._last_row() + 1):
            raw = _text(self.grid.cell(row, period_col))
            if not raw:
                continue
            if self.stops(raw):
                break
            found = _year_of(raw)
            if not found:
                raise self.grid.error(
                    "no year in the period column", row=row, col=period_col, text=raw
                )
            for col, (rule, header) in rules.items():
                yield from self._value(rule, header, header, found[0], row, col, found[1])

    def _value(
        self,
        rule: LabelRule,
        label: str,
        header: str,
        period: str,
        row: int,
        col: int,
        period_marks: tuple[str, ...],
        geo: str | None = None,
    ) -> Iterator[Record]:
        raw = self.grid.cell(row, col)
        try:
            cell = parse_cell(raw, self.missing, self.flags)
        except ValueError as exc:
            raise self.grid.error(
                f"cannot read a number: {exc}", row=row, col=col, text=raw
            ) from None
        if cell.missing or cell.value is None:
            return
        scale, unit = self._scale(cell, rule, label, header, row, col)
        value = _finite(cell.value * scale)
        if value is None:
            raise self.grid.error(
                "value too large to store (overflow)", row=row, col=col, text=_text(raw)[:80]
            )
        self._check_range(rule.indicator, unit, value, rule, row, col, raw)
        notes = [self._footnote(m, row, col) for m in (*cell.footnotes, *period_marks)]
        notes += [self.spec.flags[f] for f in cell.flags]
        source_id = next(
            (n.source_id for n in notes if n.source_id), self.manifest.source.source_id
        )
        yield {
            "indicator": rule.indicator,
            "value": value,
            "unit": unit,
            "period": period,
            "geo": geo or rule.geo or self.spec.geo,
            "segment": rule.segment or self.spec.segment,
            "entity": rule.entity or self.spec.entity,
            "approximate": rule.approximate or any(n.approximate for n in notes),
            "status": self.spec.status,
            "source_id": source_id,
            "locator": self.grid.locator(row, col),
            "original_text": _text(raw),
            "note": " ; ".join(n.note for n in notes if n.note) or None,
            "ref": None,
            **self._where(row, col),
        }

    def _where(self, row: int, col: int) -> dict[str, Any]:
        """Cell address kept beside the record so later checks can name it."""
        return {"_file": self.grid.file, "_sheet": self.grid.sheet, "_row": row, "_col": col}

    def _scale(
        self, cell: Cell, rule: LabelRule, label: str, header: str, row: int, col: int
    ) -> tuple[float, str | None]:
        """One scale and one unit, in the order cell > label > header > title > manifest."""
        from_label = scale_from_text(label) or (None, None)
        from_header = scale_from_text(header) or (None, None)
        title = self.title
        if title[1] and self.units.get(rule.indicator, title[1]) != title[1]:
            title = (None, None, "")  # 'en millions d'euros' over the table says nothing of jobs
        stated_scales = (cell.scale, from_label[0], from_header[0], title[0])
        stated = next((s for s in stated_scales if s is not None and s != 1.0), None)
        declared = rule.scale if rule.scale is not None else self.spec.scale
        if stated is not None and declared is not None and stated != declared:
            raise self.grid.error(
                f"the table states a scale of {stated:g} but the manifest says {declared:g}",
                row=row,
                col=col,
                text=_text(self.grid.cell(row, col)) or label,
            )
        stated_units = (cell.unit, from_label[1], from_header[1], title[1])
        unit = next((u for u in stated_units if u), None)
        if unit and rule.unit and unit != rule.unit:
            raise self.grid.error(
                f"the table states the unit {unit} but the manifest says {rule.unit}",
                row=row,
                col=col,
                text=_text(self.grid.cell(row, col)) or label,
            )
        return (stated if stated is not None else declared or 1.0), unit or rule.unit

    def _footnote(self, mark: str, row: int, col: int) -> Footnote:
        note = self.spec.footnotes.get(mark)
        if note is None:
            raise self.grid.error(
                f"footnote mark '{mark}' is not declared in the manifest's [footnotes]",
                row=row,
                col=col,
                text=self.grid.cell(row, col),
            )
        return note

    # -- combined key (Eurostat TSV) ----------------------------------------------------
    def _key_names(self, header_row: int) -> list[str]:
        """'unit,indic_sb,nace_r2,geo\\time' -> ['unit', 'indic_sb', 'nace_r2', 'geo']."""
        text = _text(self.grid.cell(header_row, 1))
        names = [n.strip() for n in text.split("\\")[0].split(",")]
        if "\\" not in text or not all(names):
            raise self.grid.error(
                "the first header cell must name the key parts, such as 'unit,geo\\time'",
                row=header_row,
                col=1,
                text=text,
            )
        for option, part in (("label_part", self.spec.label_part),
                             ("geo_part", self.spec.geo_part),
                             *(("select", p) for p in self.spec.select)):  # fmt: skip
            if part is not None and part not in names:
                raise self.grid.error(
                    f"{option} '{part}' is not a part of the key {names}",
                    row=header_row,
                    col=1,
                    text=text,
                )
        return names

    def _combined_key(self) -> Iterator[Record]:
        header_row = self.spec.header_rows[0]
        names = self._key_names(header_row)
        periods: dict[int, tuple[str, str]] = {}
        for col in range(2, self.grid.width + 1):
            header = _text(self.grid.cell(header_row, col))
            if header:
                periods[col] = (self._key_period(header, header_row, col), header)
        for row in range(self._first_row(), self._last_row() + 1):
            key = _text(self.grid.cell(row, 1))
            if not key:
                continue
            parts = [p.strip() for p in key.split(",")]
            if len(parts) != len(names):
                raise self.grid.error(
                    f"the key has {len(parts)} parts where the header names {len(names)}",
                    row=row,
                    col=1,
                    text=key,
                )
            part = dict(zip(names, parts, strict=True))
            if any(part[n] not in wanted for n, wanted in self.spec.select.items()):
                continue
            label = part[self.spec.label_part] if self.spec.label_part else key
            has_values = any(_text(self.grid.cell(row, c)) for c in periods)
            rule = self._rule(label, row, 1, has_values)
            if rule is None:
                continue
            geo = part[self.spec.geo_part] if self.spec.geo_part else None
            for col, (period, header) in periods.items():
                yield from self._value(rule, label, header, period, row, col, (), geo)

    def _key_period(self, header: str, row: int, col: int) -> str:
        """Eurostat periods: 2024, 2024-03 or 2024M03, 2024Q1 (a quarter, as a range)."""
        match = _KEY_PERIOD.match(header)
        if match is None:
            raise self.grid.error(
                "period header must be YYYY, YYYY-MM, YYYYMmm or YYYYQn", row=row, col=col,
                text=header,
            )  # fmt: skip
        year, month, quarter = match.group("year", "month", "quarter")
        if quarter:
            first = 3 * int(quarter) - 2
            return f"{year}-{first:02d}/{year}-{first + 2:02d}"
        if month and not 1 <= int(month) <= 12:
            raise self.grid.error("no such month", row=row, col=col, text=header)
        return f"{year}-{month}" if month else year

    # -- records layout ---------------------------------------------------------------
    def _records(self) -> Iterator[Record]:
        header_row = self.spec.header_rows[0]
        names = {_text(self.grid.cell(header_row, c)): c for c in range(1, self.grid.width + 1)}
        wanted = {**self.spec.columns, **self.spec.citation}
        for field, name in wanted.items():
            if name not in names:
                raise self.grid.error(
                    f"column '{name}' (for {field}) not found in the header",
                    row=header_row,
                    text=sorted(names),
                )
        col = {field: names[name] for field, name in wanted.items()}
        for row in range(self._first_row(), self._last_row() + 1):
            values = {f: self.grid.cell(row, c) for f, c in col.items()}
            if not any(_text(v) for v in values.values()):
                continue
            yield self._record(values, col, row)

    def _record(self, values: dict[str, object], col: dict[str, int], row: int) -> Record:
        def text(field: str, default: str | None = None) -> str | None:
            return _text(values.get(field)) or default

        try:
            cell = parse_cell(values["value"], self.missing, self.flags)
        except ValueError as exc:
            raise self.grid.error(
                f"cannot read a number: {exc}", row=row, col=col["value"], text=values["value"]
            ) from None
        if cell.value is None:
            raise self.grid.error("missing value in a records table", row=row, col=col["value"])
        period = text("period")
        if period and isinstance(values.get("period"), float) and float(period).is_integer():
            period = str(int(float(period)))
        if period and not (_PERIOD.match(period) and all(map(real_date, period.split("/")))):
            raise self.grid.error(
                "period must be YYYY, YYYY-MM, YYYY-MM-DD or a/b",
                row=row,
                col=col["period"],
                text=period,
            )
        approx = (text("approximate") or "").lower()
        if approx not in _TRUE | _FALSE:
            raise self.grid.error(
                "approximate must be true or false", row=row, col=col["approximate"], text=approx
            )
        value = self._finite_value(cell, row, col["value"], values["value"])
        unit = text("unit") or cell.unit
        if cell.unit and unit != cell.unit:
            raise self.grid.error(
                f"the cell states the unit {cell.unit} but the unit column says {unit}",
                row=row,
                col=col["value"],
                text=_text(values["value"])[:80],
            )
        self._check_range(text("indicator"), unit, value, None, row, col["value"], values["value"])
        flagged = [self.spec.flags[f] for f in cell.flags]
        source_id = self.manifest.source.source_id
        citation = None
        if self.spec.citation:
            citation = self._citation(values, row, col)
            source_id = citation.source_id
        return {
            "indicator": text("indicator"),
            "value": value,
            "unit": unit,
            "period": period,
            "geo": text("geo", self.spec.geo),
            "segment": text("segment", self.spec.segment),
            "entity": text("entity", self.spec.entity),
            "approximate": approx in _TRUE or any(f.approximate for f in flagged),
            "status": self.spec.status,
            "source_id": source_id,
            "locator": self.grid.locator(row, col["value"]),
            "original_text": _text(values["value"]),
            "note": " ; ".join(f.note for f in flagged if f.note) or None,
            "ref": text("ref"),
            "_citation": citation,
            **self._where(row, col["value"]),
        }

    def _finite_value(self, cell: Cell, row: int, col: int, raw: object) -> float:
        value = _finite((cell.value or 0.0) * (cell.scale or 1.0))
        if value is None:
            raise self.grid.error(
                "value too large to store (overflow)", row=row, col=col, text=_text(raw)[:80]
            )
        return value

    def _check_range(
        self,
        indicator: str | None,
        unit: str | None,
        value: float,
        rule: LabelRule | None,
        row: int,
        col: int,
        raw: object,
    ) -> None:
        """A value outside its indicator's plausible range (indicators.csv, or the label's own
        min_value / max_value) is a misread, not a figure. Ranges are in the canonical unit."""
        low, high = self.ranges.get(indicator or "", (None, None))
        if rule is not None:
            low = rule.min_value if rule.min_value is not None else low
            high = rule.max_value if rule.max_value is not None else high
        if unit is not None and unit != self.units.get(indicator or "", unit):
            return
        if (low is not None and value < low) or (high is not None and value > high):
            raise self.grid.error(
                f"value {value:g} of {indicator} is outside its plausible range "
                f"[{_bound(low)}, {_bound(high)}] (check the scale; a label may set "
                "min_value / max_value)",
                row=row,
                col=col,
                text=_text(raw)[:80],
            )

    def _citation(self, values: dict[str, object], row: int, col: dict[str, int]) -> Citation:
        fields = {f: _text(values.get(f)) for f in self.spec.citation}
        for required in ("publisher", "title", "url"):
            if not fields.get(required):
                raise self.grid.error(
                    f"missing citation {required}", row=row, col=col.get(required)
                )
        published = fields.get("published_on") or None
        if published and not (_PUBLISHED.match(published) and real_date(published)):
            raise self.grid.error(
                "publication date must be YYYY-MM-DD, YYYY-MM or YYYY",
                row=row,
                col=col["published_on"],
                text=published,
            )
        digest = hashlib.sha1(fields["url"].encode()).hexdigest()[:10]
        return Citation(
            source_id=f"{self.manifest.source.source_id}-{digest}",
            title=fields["title"],
            publisher=fields["publisher"],
            url=fields["url"],
            published_on=published,
            retrieved_on=self.manifest.source.retrieved_on,
            licence=self.manifest.source.licence,
            kind="publication",
        )


def _bound(value: float | None) -> str:
    return "-" if value is None else f"{value:g}"


def _finite(value: float) -> float | None:
    return value if math.isfinite(value) else None


def read_table(
    manifest: Manifest, spec: TableSpec, grid: Grid, reference: Any = None
) -> list[Record]:
    """All records of one table; raises SourceError on the first bad cell.

    `reference` (an `etl.reference.Reference`) gives each indicator's unit, so that a scale
    stated in a title cell applies only to the rows it can be about."""
    reader = TableReader(manifest, spec, grid, reference)
    try:
        records = list(reader.records())
    except SourceError:
        raise
    except re.error as exc:
        raise SourceError(f"bad stop_pattern: {exc}", file=str(manifest.path)) from None
    unmatched = [key for key in spec.labels if key not in reader.matched]
    if spec.layout != "records" and unmatched:
        raise grid.error(
            f"[labels] {unmatched} match no label of the table "
            "(check the spelling, header_rows, label_column, first_data_row and last_data_row)"
        )
    if not records and not spec.allow_empty:
        raise grid.error(
            "the table yields no figure (check header_rows, first_data_row, delimiter and "
            "encoding; set allow_empty = true if it is empty on purpose)"
        )
    check_series(records, grid)
    return records


def check_series(records: list[Record], grid: Grid) -> None:
    """A value 1000 times off the other values of its series is a misread scale, not news."""
    series: dict[tuple[Any, ...], list[Record]] = {}
    for rec in records:
        key = tuple(rec.get(k) for k in ("indicator", "unit", "segment", "geo", "entity"))
        series.setdefault(key, []).append(rec)
    for recs in series.values():
        if len(recs) < 3:
            continue
        recs.sort(key=lambda r: str(r.get("period")))
        for i, rec in enumerate(recs):
            others = [abs(r["value"]) for r in recs[max(i - 2, 0) : i + 3] if r is not rec]
            typical = statistics.median(others)
            value = abs(rec["value"])
            if value and typical and max(value / typical, typical / value) >= OUTLIER_RATIO:
                raise grid.error(
                    f"value {rec['value']:g} is {OUTLIER_RATIO:g} times off the other values "
                    f"of its series (typically {typical:g}): check the scale",
                    row=rec.get("_row"),
                    col=rec.get("_col"),
                    text=rec.get("original_text"),
                )
