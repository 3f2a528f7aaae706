"""Property tests (hypothesis): manifest values of every type, cell and news text with
surrogates, control and invisible characters, markup-like text and huge numbers. Whatever
the input, the result is a correct value or one clear error line, never a traceback."""

from __future__ import annotations

import datetime as dt
import io
import math
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rich.console import Console

from etl.build_cli import _line
from etl.errors import ManifestError, SourceError
from etl.news.extract.figures import extract_figures
from etl.news.ingest.text_files import read_text
from etl.stats.cells import INVISIBLE, parse_cell
from etl.stats.grid import Grid
from etl.stats.layouts import read_table
from etl.stats.manifest import (
    FOOTNOTE_KEYS,
    LABEL_KEYS,
    SOURCE_KEYS,
    TABLE_KEYS,
    _citation,
    _label_rule,
    _table,
    load_manifest,
)

from .test_readers import MANIFEST_HEAD

SETTINGS = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
INVISIBLES = "".join(map(chr, INVISIBLE))
MARKUP = ["[/b]", "[labels]", "[[tables]]", "[red]", "[/]", "[bold red]x[/bold red]", "\\["]

huge_ints = st.integers(min_value=-(10**420), max_value=10**420)
any_float = st.floats(allow_nan=True, allow_infinity=True)
# Text of every kind: surrogates and control characters included, plus markup-like pieces.
pieces = st.sampled_from([*INVISIBLES, *"\x00\x07\x1b\r\n\t ;,0123456789.-€%", *MARKUP])
any_text = st.one_of(
    st.text(st.characters(codec=None), max_size=40),
    st.lists(pieces, max_size=20).map("".join),
)
scalars = st.one_of(
    st.none(), st.booleans(), huge_ints, any_float, any_text, st.dates(),
    st.datetimes(), st.times(),
)  # fmt: skip
toml_values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(any_text, inner, max_size=3)
    ),
    max_leaves=6,
)


def one_line(error: Exception) -> str:
    line = str(error)
    assert "\n" not in line and "Traceback" not in line, line
    return line


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "t.csv").write_text("Année;Effectifs\n2024;3 000\n", encoding="utf-8")
    return tmp_path


BASE_TABLE = {"file": "t.csv", "layout": "years_as_rows", "labels": {"Effectifs": "jobs"}}


@SETTINGS
@given(key=st.sampled_from(TABLE_KEYS), value=toml_values)
def test_any_value_for_any_table_key_is_read_or_named(folder: Path, key: str, value: object):
    raw = {**BASE_TABLE, key: value}
    try:
        spec = _table(raw, 0, folder / "source.toml", {"ok"})
    except ManifestError as exc:
        line = one_line(exc)
        assert line.startswith(str(folder / "source.toml"))
        assert "tables[0]" in line
        return
    assert spec.file == raw["file"] or key == "file"


@SETTINGS
@given(key=st.sampled_from(LABEL_KEYS), value=toml_values)
def test_any_value_for_any_label_key_is_read_or_named(folder: Path, key: str, value: object):
    raw = {"indicator": "jobs", key: value}
    try:
        rule = _label_rule(raw, "tables[0].labels['x']", folder / "source.toml")
    except ManifestError as exc:
        assert "tables[0].labels['x']" in one_line(exc)
        return
    for bound in (rule.min_value, rule.max_value):
        assert bound is None or math.isfinite(bound)
    assert rule.scale is None or (math.isfinite(rule.scale) and rule.scale > 0)


@SETTINGS
@given(key=st.sampled_from(SOURCE_KEYS), value=toml_values)
def test_any_value_for_any_source_key_is_read_or_named(folder: Path, key: str, value: object):
    raw = {"id": "ok", "title": "T", "publisher": "P", "url": "https://x.org", "licence": "L"}
    try:
        citation = _citation({**raw, key: value}, "source", folder / "source.toml", "statistics")
    except ManifestError as exc:
        assert "source" in one_line(exc)
        return
    assert citation.source_id and citation.kind


@SETTINGS
@given(key=st.sampled_from(FOOTNOTE_KEYS), value=toml_values, mark=any_text)
def test_any_footnote_is_read_or_named(folder: Path, key: str, value: object, mark: str):
    raw = {**BASE_TABLE, "footnotes": {mark: {key: value}}}
    try:
        spec = _table(raw, 0, folder / "source.toml", {"ok"})
    except ManifestError as exc:
        assert "tables[0].footnotes" in one_line(exc)
        return
    assert str(mark) in spec.footnotes


@SETTINGS
@given(key=any_text, value=toml_values)
def test_unknown_keys_are_named_on_one_line(folder: Path, key: str, value: object):
    if key in TABLE_KEYS:
        return
    with pytest.raises(ManifestError) as err:
        _table({**BASE_TABLE, key: value}, 0, folder / "source.toml", {"ok"})
    assert "unknown key 'tables[0]." in one_line(err.value)


@SETTINGS
@given(cell=st.one_of(any_text, huge_ints, any_float, st.booleans(), st.none()))
def test_any_cell_is_a_finite_value_or_a_reason(cell: object):
    try:
        parsed = parse_cell(cell)
    except ValueError as exc:
        assert "\n" not in str(exc)
        return
    assert parsed.value is None or math.isfinite(parsed.value)


@SETTINGS
@given(
    number=st.integers(min_value=0, max_value=10**12),
    positions=st.lists(st.tuples(st.integers(0, 30), st.sampled_from(INVISIBLES)), max_size=5),
)
def test_invisible_characters_never_change_a_value(number: int, positions: list) -> None:
    text = f"{number:,}".replace(",", "\u202f")
    for at, char in positions:
        at = min(at, len(text))
        text = text[:at] + char + text[at:]
    assert parse_cell(text).value == number


@SETTINGS
@given(message=any_text, found=any_text)
def test_error_lines_print_as_written(message: str, found: str) -> None:
    error = SourceError(message, file="raw/x/t.csv", row=3, column="B", text=found)
    out = io.StringIO()
    console = Console(file=out, width=10_000, color_system=None, legacy_windows=False)
    console.print(_line("failed", str(error)), highlight=False)
    printed = out.getvalue()
    plain = str(error)
    if plain.isprintable():
        assert printed == f"failed {plain}\n"


@SETTINGS
@given(
    rows=st.lists(
        st.lists(st.one_of(any_text, huge_ints, any_float, st.none()), max_size=4), max_size=6
    )
)
def test_any_grid_reads_or_fails_with_a_located_line(folder: Path, rows: list) -> None:
    path = folder / "source.toml"
    table = '[[tables]]\nfile = "t.csv"\nlayout = "years_as_columns"\n[tables.labels]\n"Effectifs" = "jobs"\n'
    path.write_text(MANIFEST_HEAD.format(id="prop") + table, encoding="utf-8")
    manifest = load_manifest(path)
    grid = Grid(str(folder / "t.csv"), None, (("Indicateur", "2023", "2024"), *map(tuple, rows)))
    try:
        records = read_table(manifest, manifest.tables[0], grid)
    except SourceError as exc:
        assert one_line(exc).startswith(str(folder / "t.csv"))
        return
    assert all(math.isfinite(r["value"]) for r in records)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(body=any_text, title=any_text)
def test_any_news_text_gives_items_and_figures_or_one_line(
    tmp_path: Path, body: str, title: str
) -> None:
    safe = lambda text: text.encode("utf-8", "replace").decode("utf-8")  # noqa: E731 (a file is UTF-8)
    content = (
        f"title: {safe(title)}\noutlet: X\npublished: 2025-01-02\n\n{safe(body)} 120 salariés\n"
    )
    path = tmp_path / "d.txt"
    path.write_text(content, encoding="utf-8")
    try:
        items = read_text(path, "raw/news/d.txt")
    except SourceError as exc:
        assert one_line(exc).startswith("raw/news/d.txt")
        return
    for item in items:
        assert not any(c in item.text for c in INVISIBLES)
        for figure in extract_figures(item.text, "2025-01-02"):
            assert math.isfinite(figure.value)


@SETTINGS
@given(text=any_text, published=st.one_of(st.none(), st.dates().map(dt.date.isoformat)))
def test_figure_extraction_never_raises(text: str, published: str | None) -> None:
    for figure in extract_figures(text, published):
        assert math.isfinite(figure.value)
