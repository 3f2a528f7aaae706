"""What the package keeps of a fetched item: each figure with its sentence, not the article.

The full text of a fetched article stays in the local fetch archive (`data/fetched/`); the
package row of the item holds its title, outlet, date, address, topics, places and, as its
text, the sentences that hold its figures (figure offsets are moved to match). An item with
no figure keeps its title as text, the only words of it the package may show.

It sits in the news stage, not in etl/fetch/, so the build reads the archive without
importing the fetcher: etl/fetch/ uses the news readers, never the other way round.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from etl.news.corpus import read_corpus
from etl.news.ingest.news_item import NewsItem
from etl.report import SourceReport

if TYPE_CHECKING:
    from etl.reference import Reference

FETCHED_ITEMS = "items"  # the folder of the archive the build reads


def _sentence_span(text: str, fig: dict[str, Any]) -> tuple[int, int]:
    """Where the figure's sentence sits in the text (the occurrence holding the figure)."""
    sentence = fig.get("sentence") or ""
    start, end = int(fig["start"]), int(fig["end"])
    pos = text.find(sentence) if sentence else -1
    while pos != -1:
        if pos <= start and end <= pos + len(sentence):
            return pos, pos + len(sentence)
        pos = text.find(sentence, pos + 1)
    return start, end


def keep_figure_sentences(item: NewsItem, figures: list[dict[str, Any]]) -> None:
    """Replaces the item's text by its figure sentences and moves the figure offsets."""
    spans = sorted({_sentence_span(item.text, f) for f in figures})
    merged: list[list[int]] = []
    for a, b in spans:
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    pieces, moved, pos = [], [], 0
    for a, b in merged:
        pieces.append(item.text[a:b])
        moved.append((a, b, pos - a))
        pos += (b - a) + 2  # the "\n\n" between two sentences
    for fig in figures:
        for a, b, shift in moved:
            if a <= fig["start"] and fig["end"] <= b:
                fig["start"] += shift
                fig["end"] += shift
                break
    item.text = "\n\n".join(pieces) or item.title
    item.lead = pieces[0] if pieces else ""


def read_fetched(
    fetched_dir: Path, reference: Reference, cache_dir: Path, full: bool
) -> tuple[list[tuple[NewsItem, list[dict[str, Any]]]], list[SourceReport]]:
    """The shown items of the fetch archive, read like any news, then cut to their figures."""
    items_dir = fetched_dir / FETCHED_ITEMS
    if not items_dir.is_dir():
        return [], []
    pairs, reports = read_corpus(items_dir, fetched_dir, reference, cache_dir, full)
    for item, figures in pairs:
        keep_figure_sentences(item, figures)
    good = [r for r in reports if r.status in ("built", "cached")]
    summary = []
    if good:  # one line for the archive, not one per item
        status = "built" if any(r.status == "built" for r in good) else "cached"
        rows = sum(r.rows for r in good)
        summary = [SourceReport(f"fetched ({len(good)} items)", status, rows)]
    return pairs, summary + [r for r in reports if r not in good]
