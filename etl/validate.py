"""A written package checked against its own `datapackage.json` before it is published.

Every constraint the descriptor declares for a Parquet resource is checked on the file as
written: column names and order, types, `required`, `unique`, `enum`, `pattern`, the primary
key (unique, never empty) and foreign keys (every non-empty value found in the table it
points to). Checks are polars expressions, one pass per table, so they cost little on every
build; offending rows are only looked up when a check fails. The CSV copies are written from
the same frames, so checking the Parquet files covers them.

A broken package raises `PackageInvalid` naming the table, the column, the rule and the first
offending rows (1-based data rows of the file, with their primary key), and the build never
swaps it in.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl

from etl.errors import SourceError

SHOWN_ROWS = 3  # offending rows named in an error line

# Table Schema type -> the Parquet (polars) types that hold it.
_ACCEPTED_TYPES: dict[str, tuple[type[pl.DataType], ...]] = {
    "string": (pl.String, pl.Categorical, pl.Enum),
    "number": (pl.Float64, pl.Float32, pl.Int64, pl.Int32, pl.Int16, pl.Int8),
    "integer": (pl.Int64, pl.Int32, pl.Int16, pl.Int8, pl.UInt64, pl.UInt32, pl.UInt16, pl.UInt8),
    "boolean": (pl.Boolean,),
    "date": (pl.Date,),
    "datetime": (pl.Datetime,),
    "year": (pl.Int64, pl.Int32, pl.Int16),
}


@dataclass(frozen=True)
class Problem:
    """One broken rule: table, column(s), the rule, and the offending data rows (1-based)."""

    table: str
    column: str
    rule: str
    rows: tuple[int, ...] = ()
    shown: str = ""

    def __str__(self) -> str:
        return f"{self.table}.{self.column}: {self.rule}" + (
            f": {self.shown}" if self.shown else ""
        )


@dataclass
class PackageInvalid(SourceError):
    """A package whose files break a rule of its own descriptor; it is not published."""

    problems: tuple[Problem, ...] = field(default=())


def _parquet_resources(descriptor: dict[str, Any]) -> list[dict[str, Any]]:
    return [r for r in descriptor.get("resources", []) if r.get("format") == "parquet"]


def _shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _offending(frame: pl.DataFrame, bad: pl.Expr, columns: list[str]) -> tuple[list[int], str]:
    """Offending data rows (1-based) and 'row 3 (observation_id='obs-1', status='x'); ...'."""
    found = (
        frame.with_row_index("_row", offset=1)
        .filter(bad.fill_null(False))
        .select("_row", *dict.fromkeys(columns))
    )
    shown = []
    for row in found.head(SHOWN_ROWS).iter_rows(named=True):
        number = row.pop("_row")
        values = ", ".join(f"{k}={_shown(v)}" for k, v in row.items())
        shown.append(f"row {number} ({values})")
    total = found.height
    more = f" and {total - SHOWN_ROWS} more" if total > SHOWN_ROWS else ""
    line = f"{total} row{'s' if total != 1 else ''}: " + "; ".join(shown) + more
    return found["_row"].to_list(), line


def _field_rules(field: dict[str, Any], primary: list[str]) -> list[tuple[str, pl.Expr]]:
    """(rule, expression true on an offending row) for each constraint of one field."""
    name = field["name"]
    col = pl.col(name)
    constraints = field.get("constraints", {})
    rules: list[tuple[str, pl.Expr]] = []
    if constraints.get("required") or name in primary:
        rules.append(("required: empty value", col.is_null()))
    if constraints.get("unique"):
        rules.append(("unique: value used twice", col.is_not_null() & col.is_duplicated()))
    if "enum" in constraints:
        allowed = [str(v) for v in constraints["enum"]]
        text = col.cast(pl.String)
        rules.append((f"enum: not one of {allowed}", text.is_not_null() & ~text.is_in(allowed)))
    if "pattern" in constraints:
        # Table Schema patterns match the whole value.
        pattern = f"^(?:{constraints['pattern']})$"
        text = col.cast(pl.String)
        rules.append(
            (
                f"pattern: does not match {constraints['pattern']}",
                text.is_not_null() & ~text.str.contains(pattern),
            )
        )
    return rules


def _type_error(field: dict[str, Any], dtype: pl.DataType) -> str | None:
    accepted = _ACCEPTED_TYPES.get(field.get("type", "any"))
    if accepted is None or isinstance(dtype, accepted):
        return None
    return f"type: declared {field['type']}, the file holds {dtype}"


def check_table(
    resource: dict[str, Any], frame: pl.DataFrame, others: dict[str, pl.DataFrame]
) -> list[Problem]:
    """Every rule `resource` declares that `frame` breaks (empty when the table is valid)."""
    name = resource["name"]
    schema = resource.get("schema", {})
    fields = schema.get("fields", [])
    primary = schema.get("primaryKey", [])
    primary = [primary] if isinstance(primary, str) else list(primary)
    declared = [f["name"] for f in fields]
    if frame.columns != declared:
        missing = [c for c in declared if c not in frame.columns]
        extra = [c for c in frame.columns if c not in declared]
        column = ", ".join(missing + extra) or "(order)"
        rule = f"columns differ from the descriptor's (missing {missing}, undeclared {extra})"
        return [Problem(name, column, rule)]
    typed = [
        Problem(name, f["name"], error)
        for f in fields
        if (error := _type_error(f, frame.schema[f["name"]]))
    ]
    if typed:
        return typed
    rules = [
        (f["name"], rule, bad, [*primary, f["name"]])
        for f in fields
        for rule, bad in _field_rules(f, primary)
    ]
    unique = {f["name"] for f in fields if f.get("constraints", {}).get("unique")}
    if primary and not (len(primary) == 1 and primary[0] in unique):
        key = pl.struct(primary) if len(primary) > 1 else pl.col(primary[0])
        rules.append((", ".join(primary), "primary key: used twice", key.is_duplicated(), primary))
    for fk in schema.get("foreignKeys", []):
        rules.extend(_foreign_key_rules(name, fk, others, primary))
    if not rules:
        return []
    counts = frame.select(
        bad.fill_null(False).sum().alias(str(i)) for i, (_, _, bad, _) in enumerate(rules)
    ).row(0)
    problems = []
    for (column, rule, bad, shown), count in zip(rules, counts, strict=True):
        if count:
            rows, line = _offending(frame, bad, shown)
            problems.append(Problem(name, column, rule, tuple(rows), line))
    return problems


def _foreign_key_rules(
    name: str, fk: dict[str, Any], others: dict[str, pl.DataFrame], primary: list[str]
) -> list[tuple[str, str, pl.Expr, list[str]]]:
    fields = fk["fields"] if isinstance(fk["fields"], list) else [fk["fields"]]
    reference = fk["reference"]
    target_fields = reference["fields"]
    target_fields = target_fields if isinstance(target_fields, list) else [target_fields]
    target_name = reference.get("resource") or name
    target = others.get(target_name)
    column = ", ".join(fields)
    to = f"{target_name}.{', '.join(target_fields)}"
    if target is None:
        return [(column, f"foreign key: table {target_name} is not in the package",
                 pl.lit(True), fields)]  # fmt: skip
    # Rows with an empty key point nowhere and are valid (as in Table Schema).
    present = pl.all_horizontal(pl.col(f).is_not_null() for f in fields)
    if len(fields) == 1:
        known = target[target_fields[0]].cast(pl.String).drop_nulls().unique().implode()
        found = pl.col(fields[0]).cast(pl.String).is_in(known)
    else:
        keys = target.select(pl.struct(pl.col(t).cast(pl.String) for t in target_fields))
        found = pl.struct(pl.col(f).cast(pl.String) for f in fields).is_in(
            keys.to_series().implode()
        )
    rule = f"foreign key: value missing from {to}"
    return [(column, rule, present & ~found, [*primary, *fields])]


def check_folder(folder: Path) -> list[Problem]:
    """Every rule the Parquet resources of the package in `folder` break."""
    descriptor = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    resources = _parquet_resources(descriptor)
    frames = {r["name"]: pl.read_parquet(folder / r["path"]) for r in resources}
    return [p for r in resources for p in check_table(r, frames[r["name"]], frames)]


def check_package(folder: Path, shown_as: Path | None = None) -> None:
    """Raise PackageInvalid naming each rule the package in `folder` breaks (nothing for a
    valid package). `shown_as` is the folder the error names (the package, not its staging
    folder)."""
    problems = check_folder(folder)
    if problems:
        raise PackageInvalid(
            "the package breaks its own datapackage.json, so it was not published: "
            + " | ".join(map(str, problems)),
            file=str((shown_as or folder) / "datapackage.json"),
            problems=tuple(problems),
        )
