"""`python -m etl build` and `python -m etl validate`: run the build, print a summary.

Bad input never shows a traceback: each failed source is one line naming file, sheet, row,
column and text; the exit code is 1 when any source failed, 2 when nothing could be built.
Text that comes from the sources is printed as plain text: rich never reads it as markup
(a cell holding '[/b]' or a label '[tables]' prints as written).
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from rich.console import Console
from rich.progress import Progress
from rich.table import Table as RichTable
from rich.text import Text

from etl.cache import DEFAULT_CACHE
from etl.errors import SourceError
from etl.pipeline import BuildResult, build, collect, discover
from etl.publish import write_package

ROOT = Path(__file__).resolve().parents[1]


def add_parsers(sub: argparse._SubParsersAction) -> None:
    b = sub.add_parser("build", help="build the tidy data package from data/raw")
    b.add_argument("--raw", type=Path, default=ROOT / "data" / "raw", help="folder of the sources")
    b.add_argument(
        "--out", type=Path, default=ROOT / "data" / "tidy", help="package folder to (re)place"
    )
    b.add_argument("--cache", type=Path, default=DEFAULT_CACHE, help="incremental build cache")
    b.add_argument("--full", action="store_true", help="rebuild every source, ignoring the cache")
    b.add_argument(
        "--wait",
        type=float,
        default=600.0,
        help="seconds to wait for another build of the same package before stopping",
    )
    b.set_defaults(func=run_build)
    v = sub.add_parser("validate", help="check data/raw without writing anything")
    v.add_argument("--raw", type=Path, default=ROOT / "data" / "raw", help="folder of the sources")
    v.set_defaults(func=run_validate)
    d = sub.add_parser("schema-docs", help="rewrite the table reference in docs/data-package.md")
    d.set_defaults(func=run_schema_docs)


def _run(args: argparse.Namespace, write: bool) -> int:
    console = Console(stderr=True)
    total = len(discover(args.raw))
    try:
        with Progress(console=console, transient=True, disable=total < 5) as bar:
            task = bar.add_task("sources", total=total)

            def step(name: str) -> None:
                bar.update(task, advance=1, description=name)

            if write:
                result = build(
                    args.raw,
                    args.out,
                    args.cache,
                    full=args.full,
                    progress=step,
                    wait=args.wait,
                    notify=lambda message: console.print(Text(message)),
                )
            else:
                with tempfile.TemporaryDirectory() as tmp:
                    result = collect(args.raw, Path(tmp), full=True, progress=step)
                    # written to a scratch folder only to check it against its descriptor
                    write_package(Path(tmp) / "tidy", result.tables, result.sources, result.extra)
    except (SourceError, OSError) as exc:
        console.print(_line("error:", str(exc)), highlight=False, soft_wrap=True)
        console.print("nothing was written; the previous data package is unchanged")
        return 2
    except Exception as exc:  # a defect of ours, never a traceback for the user: one line
        message = f"unexpected {type(exc).__name__} in the build: {str(exc)[:300]}"
        console.print(_line("error:", message), highlight=False, soft_wrap=True)
        console.print("nothing was written; the previous data package is unchanged")
        return 2
    _summary(console, result, write, args)
    return 1 if result.failed else 0


def _summary(console: Console, result: BuildResult, write: bool, args: argparse.Namespace) -> None:
    table = RichTable(title="Cadran build" if write else "Cadran validate")
    for col in ("source", "status", "rows", "warnings"):
        table.add_column(col, justify="right" if col in ("rows", "warnings") else "left")
    for r in result.reports:
        style = {"failed": "red", "kept": "yellow"}.get(r.status, "")
        table.add_row(Text(r.name), Text(r.status, style=style), str(r.rows), str(len(r.warnings)))
    console.print(table)
    for r in result.reports:
        for w in r.warnings:
            console.print(
                _line("warning", f"{r.name}: {w}", "yellow"), highlight=False, soft_wrap=True
            )
    for r in result.failed:
        kept = " (its previous rows were kept)" if r.status == "kept" else ""
        console.print(_line("failed", f"{r.error}{kept}"), highlight=False, soft_wrap=True)
    rows = {t.name: f.height for t, f in result.tables}
    console.print(Text(", ".join(f"{n}: {h}" for n, h in rows.items())), highlight=False)
    if write:
        console.print(Text(f"data package written to {args.out}"), highlight=False)


def _line(label: str, text: str, style: str = "red") -> Text:
    """A coloured label, then the message as plain text (no markup read in it); characters
    that cannot be written (lone surrogates) are shown escaped instead of crashing the print."""
    safe = text.encode("utf-8", "backslashreplace").decode("utf-8")
    return Text.assemble((label, style), " ", safe)


def run_build(args: argparse.Namespace) -> int:
    return _run(args, write=True)


def run_validate(args: argparse.Namespace) -> int:
    return _run(args, write=False)


def run_schema_docs(args: argparse.Namespace) -> int:
    from etl import schema_docs

    schema_docs.write()
    return 0
