"""`python -m etl decisions export|migrate`: the review store back into the text file, and old
figure-id decision lines rewritten with stable keys."""

from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path
from typing import Any

from etl.news.decision_store import export, store_path
from etl.news.decisions import review_key
from etl.news.stage import DECISIONS

TIDY = Path(__file__).resolve().parents[3] / "data" / "tidy"
_FIG = re.compile(r"^(\s*\w+\s+)(fig-[0-9a-f]{16})\b")


def migrate_lines(lines: list[str], figures: dict[str, str]) -> tuple[list[str], list[str]]:
    """Lines with `fig-<id>` replaced by `<item> s:<hash> "<span>"` (`figures`: id -> new
    reference); an id not in `figures` is kept as a comment so the decision is not lost."""
    out, lost = [], []
    for line in lines:
        m = _FIG.match(line)
        if not m:
            out.append(line)
        elif m.group(2) in figures:
            out.append(m.group(1) + figures[m.group(2)] + line[m.end() :])
        else:
            lost.append(m.group(2))
            out.append(f"# not found when migrating (no figure {m.group(2)}): {line.strip()}")
    return out, lost


def figure_references(tidy: Path) -> dict[str, str]:
    """figure_id -> `<item> s:<hash> "<span>"` from a built package's CSV files."""
    from etl.news.decisions import item_ref, split_key

    urls = {r["news_id"]: r["url"] for r in _csv(tidy / "news_items.csv")}
    out = {}
    for r in _csv(tidy / "news_figures.csv"):
        ref, shash, span = split_key(
            review_key(
                item_ref(r["news_id"], urls.get(r["news_id"]) or None), r["sentence"], r["span"]
            )
        )
        quoted = '"' + span.replace("\\", "\\\\").replace('"', '\\"') + '"'
        out[r["figure_id"]] = f"{ref} {shash} {quoted}"
    return out


def _csv(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def run(args: argparse.Namespace) -> int:
    text_file = Path(args.file)
    if args.action == "export":
        store = store_path(args.state)
        n = export(text_file, store)
        print(f"{n} decisions from {store} written into {text_file}")
        return 0
    lines = text_file.read_text(encoding="utf-8").splitlines()
    new, lost = migrate_lines(lines, figure_references(Path(args.tidy)))
    text_file.write_text("\n".join(new) + "\n", encoding="utf-8")
    print(f"{text_file}: migrated; {len(lost)} ids not found (kept as comments)")
    for fid in lost:
        print(f"  {fid}", file=sys.stderr)
    return 0


def add_parsers(sub: Any) -> None:
    """Register `decisions` on the argparse sub-parsers of etl/cli.py."""
    p = sub.add_parser("decisions", help="review decisions: export the store, migrate old lines")
    p.add_argument("action", choices=("export", "migrate"))
    p.add_argument("--file", default=str(DECISIONS), help="the text file of decisions")
    p.add_argument("--state", default=None, help="state folder (default $CADRAN_STATE or state/)")
    p.add_argument("--tidy", default=str(TIDY), help="built package whose figure ids to migrate")
    p.set_defaults(func=run)
