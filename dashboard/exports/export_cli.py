"""`python -m dashboard export ...`: Excel report, chart image, deck, data bundle, standalone HTML.

    export excel [view] [--out FILE.xlsx]
    export chart CHART_ID [view] [--format png|svg|pdf] [--preset 16x9|4x3|square|WxH]
                 [--transparent] [--out FILE]
    export chart --list
    export deck [view] [--chart ID ...] [--out FILE.pptx]
    export data [view] [--out FILE.zip]
    export html CHART_ID [view] [--out FILE.html]

View options (as in the dashboard's URLs): --indicator --segment --geo (a code or `all`),
--from --to (years), --mode level|yoy|index, --base YEAR, --lang fr|en, --entity NAME (an
organisation; several comma-separated compare them, an empty name is the whole sector),
--scale linear|log, the reader's words --title --subtitle --note and --marks
('2020:Covid;1973-1976:Lip'); --data DIR picks the package (default $CADRAN_DATA or
data/tidy). Without --out, a safe name is made from the view.
Exit codes: 0 written, 1 package unreadable, 2 bad option or nothing to export (one line on
stderr, no file written).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from dashboard.data import PackageError, load
from dashboard.exports.scope import ExportError, export_name, safe_filename, scope_from_query

VIEW_OPTIONS = ("indicator", "segment", "geo", "from", "to", "mode", "base", "lang", "entity",
                "scale", "title", "subtitle", "note", "marks")  # fmt: skip


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2
        print(f"error: {self.prog}: {message}", file=sys.stderr)
        raise SystemExit(2)


def _view_args(p: argparse.ArgumentParser) -> None:
    for name in VIEW_OPTIONS:
        p.add_argument(f"--{name}", dest=f"v_{name}", metavar=name.upper())
    p.add_argument("--data", default=None, help="data package folder")
    p.add_argument("--out", type=Path, default=None, help="output file")


def parser() -> argparse.ArgumentParser:
    root = _Parser(prog="python -m dashboard export", description=__doc__,
                   formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    sub = root.add_subparsers(dest="kind", required=True, parser_class=_Parser)
    _view_args(sub.add_parser("excel", help="Excel report of a view"))
    chart = sub.add_parser("chart", help="image of one chart (PNG, SVG, PDF)")
    chart.add_argument("chart_id", nargs="?")
    chart.add_argument("--list", action="store_true", help="list chart ids")
    chart.add_argument("--format", choices=("png", "svg", "pdf"), default=None)
    chart.add_argument("--preset", default="16x9", help="16x9, 4x3, square or WIDTHxHEIGHT")
    chart.add_argument("--transparent", action="store_true", help="no background")
    _view_args(chart)
    deck = sub.add_parser("deck", help="PowerPoint deck of a view")
    deck.add_argument("--chart", action="append", dest="charts", help="chart id (repeatable)")
    _view_args(deck)
    _view_args(sub.add_parser("data", help="CSV + Parquet + datapackage.json of a view, zipped"))
    html = sub.add_parser("html", help="standalone HTML of one chart (works offline)")
    html.add_argument("chart_id")
    _view_args(html)
    return root


def _query(args: argparse.Namespace) -> dict[str, str]:
    return {k: getattr(args, f"v_{k}") for k in VIEW_OPTIONS if getattr(args, f"v_{k}")}


def _out(args: argparse.Namespace, default: str, suffix: str) -> Path:
    if args.out is None:
        return Path(default)
    if args.out.suffix.lower() != f".{suffix}":
        raise ExportError(f"option --out: {str(args.out)!r} should end with .{suffix}")
    if args.out.is_dir():
        raise ExportError(f"option --out: {str(args.out)!r} is a folder")
    return args.out


def run(args: argparse.Namespace) -> Path | None:
    """Do the export described by parsed `args`; return the file written."""
    if args.kind == "chart" and args.list:
        from dashboard.exports.images import chart_list

        for cid, what in chart_list(args.v_lang or "fr"):
            print(f"{cid}\t{what}")
        return None
    pkg = load(args.data)
    scope = scope_from_query(pkg, _query(args))
    if args.kind == "excel":
        from dashboard.exports.excel import write_excel

        return write_excel(pkg, scope, _out(args, export_name(scope, "rapport", "xlsx"), "xlsx"))
    if args.kind == "deck":
        from dashboard.exports.deck import write_deck

        out = _out(args, export_name(scope, "diaporama", "pptx"), "pptx")
        return write_deck(pkg, scope, out, args.charts)
    if args.kind == "data":
        from dashboard.exports.bundle import write_bundle

        return write_bundle(pkg, scope, _out(args, export_name(scope, "donnees", "zip"), "zip"))
    if args.chart_id is None:
        raise ExportError("chart id missing (see `export chart --list`)")
    if args.kind == "html":
        from dashboard.exports.embed import write_standalone_html

        out = _out(args, safe_filename(f"cadran-{args.chart_id}", "html"), "html")
        return write_standalone_html(pkg, args.chart_id, scope.view, out)
    from dashboard.exports.atomic import write_bytes_atomic
    from dashboard.exports.images import chart_image, image_spec, stop_server

    fmt = args.format or (args.out.suffix.lstrip(".").lower() if args.out else "png")
    spec = image_spec(fmt, args.preset, args.transparent)
    out = _out(args, safe_filename(f"cadran-{args.chart_id}-{args.preset}", fmt), fmt)
    try:
        return write_bytes_atomic(out, chart_image(pkg, args.chart_id, scope.view, spec))
    finally:
        stop_server()


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    try:
        out = run(args)
    except ExportError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except PackageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if out is not None:
        print(out)
    return 0
