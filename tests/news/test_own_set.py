"""Regression guard on the own generalisation set (tests/news/own_set): thirty short articles
written by the team, labelled by the rules of LABELS.md. The floors are the scores measured after
the rounds of rules it led to (2026-11-30), minus 0.02; they need no shared folder."""

from __future__ import annotations

from pathlib import Path

from etl.news.tools.evaluate import load_articles, score

OWN_SET = Path(__file__).parent / "own_set" / "articles.jsonl"
FLOORS = {
    "f1": 0.998 - 0.02,
    "unit_accuracy": 0.996 - 0.02,
    "metric_accuracy": 0.988 - 0.02,
    "period_accuracy": 0.858 - 0.02,
}


def test_own_set_scores_stay_above_their_floors() -> None:
    articles = load_articles(OWN_SET)
    assert len(articles) == 30
    metrics = score(articles)
    low = {k: metrics[k] for k, floor in FLOORS.items() if metrics[k] < floor}
    assert not low, f"below the floors {FLOORS}: {low}"


def test_own_set_offsets_match_their_spans() -> None:
    for art in load_articles(OWN_SET):
        for fig in art["figures"] + art["neutral_spans"] + art["negative_spans"]:
            assert art["text"][fig["start"] : fig["end"]] == fig["span"], (art["id"], fig)
