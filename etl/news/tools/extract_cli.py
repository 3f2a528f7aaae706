"""`extract` and `evaluate` sub-commands of `python -m etl` (wired by etl/cli.py).

extract: JSON lines `{"id", "text", "published", "title"?}` (stdin with `--jsonl -`, or a file) or .txt /
.html files -> one JSON line `{"id", "figures": [...]}` per input on stdout. A bad input line
gives one error line on stderr naming it; the others still go through; exit code 1 at the end.
evaluate: score the extractor on labelled articles (LABELS.md), as text or `--json`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from etl.news.extract.figures import extract_many
from etl.news.tools.evaluate import format_report, load_articles, score, select_part
from etl.stats.cells import INVISIBLE, strip_invisible

# the shared folder beside the repository, or $CADRAN_SHARED (as the tests and benches read it)
DEFAULT_DEV_SET = (
    Path(os.environ.get("CADRAN_SHARED") or Path(__file__).resolve().parents[3].parent / "shared")
    / "news_dev"
    / "articles.jsonl"
)
_BLOCKS = (
    "p, div, li, h1, h2, h3, h4, h5, h6, tr, br, section, article, header, footer, "
    "blockquote, table, ul, ol, figcaption, aside, nav"
)
_PUBLISHED = re.compile(r"^\d{4}(?:-\d{2}-\d{2})?$")


def html_text(html: str) -> str:
    """Visible text of an HTML page (scripts, styles and navigation chrome dropped)."""
    from selectolax.lexbor import LexborHTMLParser as HTMLParser

    tree = HTMLParser(html)
    for node in tree.css("script, style, noscript, template, svg, head"):
        node.decompose()
    for node in tree.css(_BLOCKS):
        node.insert_after("\n")  # block ends break lines; inline tags keep sentences whole
    body = tree.body or tree.root
    if body is None:
        return ""
    text = body.text(separator="", strip=False)
    text = re.sub(r"[ \t]*\n[ \t]*", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def _published(value: Any, where: str) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, int) and not isinstance(value, bool) and 1000 <= value <= 2999:
        return str(value)  # a bare year given as a number
    if isinstance(value, str) and re.match(r"^\d{4}-\d{2}-\d{2}T", value):
        value = value[:10]  # an ISO timestamp: its date
    if not isinstance(value, str) or not _PUBLISHED.match(value) or not _real_date(value):
        raise ValueError(f"{where}: 'published' must be YYYY-MM-DD, YYYY or null, got {value!r}")
    return value


def _real_date(value: str) -> bool:
    """'2024-99-99' has the shape of a date but is none."""
    try:
        dt.date.fromisoformat(value if len(value) > 4 else f"{value}-01-01")
    except ValueError:
        return False
    return value[:4] != "0000"


def _surrogate_at(text: str) -> int | None:
    """Offset of the first lone surrogate (text that cannot be written as UTF-8), if any."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        return exc.start
    return None


def _lines(stream: TextIO) -> Iterator[tuple[int, str | None]]:
    """(number, text) of each line; text None when the line's bytes are not UTF-8."""
    binary = getattr(stream, "buffer", None)
    for lineno, raw in enumerate(binary if binary is not None else stream, start=1):
        if isinstance(raw, str):
            yield lineno, raw
            continue
        try:
            yield lineno, raw.decode("utf-8")
        except UnicodeDecodeError:
            yield lineno, None


def _jsonl_records(stream: TextIO, name: str, errors: list[str]) -> Iterator[dict[str, Any]]:
    for lineno, line in _lines(stream):
        where = f"{name}, line {lineno}"
        if line is None:
            errors.append(f"{where}: bytes that are not UTF-8")
            continue
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
            if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
                raise ValueError(f"{where}: expected an object with a string 'text'")
            if not isinstance(rec.get("id"), str | int | float | type(None)) or isinstance(
                rec.get("id"), bool
            ):
                raise ValueError(f"{where}: 'id' must be a string, a number or null")
            for field in ("id", "text"):
                at = _surrogate_at(rec[field]) if isinstance(rec.get(field), str) else None
                if at is not None:
                    raise ValueError(f"{where}: '{field}' holds a lone surrogate at character {at}")
            rec["published"] = _published(rec.get("published"), where)
        except json.JSONDecodeError as exc:
            errors.append(f"{where}: invalid JSON ({exc.msg} at column {exc.colno})")
            continue
        except (ValueError, RecursionError) as exc:
            errors.append(
                str(exc) if isinstance(exc, ValueError) else f"{where}: nested too deeply"
            )
            continue
        yield {"id": rec.get("id"), "text": rec["text"], "published": rec["published"]}


def _file_records(paths: list[str], published: str | None, errors: list[str]):
    for p in paths:
        path = Path(p)
        try:
            raw = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            errors.append(f"{p}: cannot read ({exc})")
            continue
        text = html_text(raw) if path.suffix.lower() in (".html", ".htm") else raw
        yield {"id": p, "text": text, "published": published}


def run_extract(args: argparse.Namespace) -> int:
    """Extract figures from JSON lines or text/HTML files; print one JSON line per input."""
    errors: list[str] = []
    try:
        published = _published(args.published, "--published")
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.jsonl:
        if args.jsonl == "-":
            records = list(_jsonl_records(sys.stdin, "stdin", errors))
        else:
            try:
                with open(args.jsonl, "rb") as fh:  # decoded line by line: one bad line
                    records = list(_jsonl_records(fh, args.jsonl, errors))  # type: ignore[arg-type]
            except OSError as exc:
                print(f"error: {args.jsonl}: cannot read ({exc})", file=sys.stderr)
                return 1
    elif args.files:
        records = list(_file_records(args.files, published, errors))
    else:
        print("error: give --jsonl FILE|- or one or more .txt/.html files", file=sys.stderr)
        return 2
    for msg in errors:
        print(f"error: {msg}", file=sys.stderr)
    out = sys.stdout
    originals = [record["text"] for record in records]
    for record in records:
        record["text"] = strip_invisible(record["text"])
    for result, original in zip(
        extract_many(records, workers=args.workers), originals, strict=True
    ):
        _offsets_in(original, result["figures"])
        out.write(json.dumps(result, ensure_ascii=False) + "\n")
    out.flush()
    return 1 if errors else 0


def _offsets_in(original: str, figures: list[dict[str, Any]]) -> None:
    """Figures were read with invisible characters removed ('1\u200b200' is 1200): give their
    offsets and spans back in the text as the caller sent it."""
    if not figures or not any(ord(c) in INVISIBLE for c in original):
        return
    kept = [i for i, c in enumerate(original) if ord(c) not in INVISIBLE]
    for figure in figures:
        start, end = figure["start"], figure["end"]
        figure["start"] = kept[start]
        figure["end"] = kept[end - 1] + 1 if end > start else kept[start]
        figure["span"] = original[figure["start"] : figure["end"]]


def run_evaluate(args: argparse.Namespace) -> int:
    """Score the extractor on a labelled JSON-lines file."""
    path = Path(args.path)
    try:
        articles = load_articles(path)
    except (OSError, json.JSONDecodeError) as exc:
        print(f"error: {path}: {exc}", file=sys.stderr)
        return 1
    if args.holdout and args.errors:
        print("error: the holdout is scored as aggregates only (no --errors)", file=sys.stderr)
        return 2
    metrics = score(select_part(articles, path, args.holdout))
    if args.json:
        if not args.errors:
            metrics = {k: v for k, v in metrics.items() if k != "errors"}
        print(json.dumps(metrics, ensure_ascii=False, indent=2))
    else:
        print(format_report(metrics, errors=args.errors, tables=not args.holdout))
    return 0


def add_parsers(sub: Any) -> None:
    """Register `extract` and `evaluate` on the argparse sub-parsers of etl/cli.py."""
    ex = sub.add_parser("extract", help="extract economic figures from French news text")
    ex.add_argument("files", nargs="*", help=".txt or .html files (id = file path)")
    ex.add_argument(
        "--jsonl", metavar="FILE", help='JSON lines {"id","text","published"}; - = stdin'
    )
    ex.add_argument("--published", help="publication date of the files: YYYY-MM-DD or YYYY")
    ex.add_argument("--workers", type=int, default=None, help="processes for large inputs")
    ex.set_defaults(func=run_extract)
    ev = sub.add_parser("evaluate", help="score figure extraction on labelled articles")
    ev.add_argument("path", nargs="?", default=str(DEFAULT_DEV_SET), help="labelled JSON lines")
    ev.add_argument("--json", action="store_true", help="print the metrics as JSON")
    ev.add_argument("--errors", action="store_true", help="list misses and false positives")
    ev.add_argument(
        "--holdout",
        action="store_true",
        help="score only the held-out third of a set that has one (aggregates only)",
    )
    ev.set_defaults(func=run_evaluate)
