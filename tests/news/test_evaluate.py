"""The scorer follows LABELS.md "Scoring", and the extractor meets the dev-set targets."""

from __future__ import annotations

import pytest

from etl.news.tools.evaluate import load_articles, match, metric_ok, score, values_agree
from tests.shared import DEV_SET, shared_path


def gold(span: str, start: int, value: float, **extra: object) -> dict[str, object]:
    return {"span": span, "start": start, "end": start + len(span), "value": value, **extra}


def test_values_agree_within_half_a_percent_or_inside_a_gold_range() -> None:
    assert values_agree(1004, {"value": 1000})
    assert not values_agree(1006, {"value": 1000})
    assert values_agree(27, {"value": 25, "value_max": 30})
    assert not values_agree(31, {"value": 25, "value_max": 30})


def test_match_needs_overlap_and_value() -> None:
    golds = [gold("plus de 200", 10, 200)]
    assert match([gold("200", 18, 200)], golds) == [(0, 0)]
    assert match([gold("200", 40, 200)], golds) == []
    assert match([gold("plus de 200", 10, 250)], golds) == []


def test_metric_leniency() -> None:
    assert metric_ok({"metric": "jobs"}, {"metric": "employees"})
    assert metric_ok({"metric": "exports"}, {"metric": "revenue", "metric_alt": ["exports"]})
    assert not metric_ok({"metric": "revenue"}, {"metric": "investment"})


def test_score_counts_false_positives_but_ignores_neutral_spans() -> None:
    text = "Elle emploie 40 salariés sur 900 m2 et 12 machines."
    article = {
        "id": "t",
        "text": text,
        "published": "2020-01-01",
        "published_year_inferred": 2020,
        "figures": [
            gold(
                "40",
                13,
                40,
                unit="persons",
                metric="employees",
                period=None,
                approximate=False,
                format_tags=["bare_integer"],
            )
        ],
        "neutral_spans": [{"span": "900 m2", "start": 29, "end": 35}],
    }
    preds = [
        gold("40", 13, 40, unit="persons", metric="jobs", period="2020", approximate=False),
        gold("900", 29, 900),
        gold("12", 39, 12),
    ]
    m = score([article], extractor=lambda _text, _published, _title: preds)
    assert (m["matched"], m["predicted_scored"], m["precision"], m["recall"]) == (1, 2, 0.5, 1.0)
    assert m["metric_accuracy"] == 1.0 and m["period_accuracy"] == 1.0
    assert m["recall_by_format"] == {"bare_integer": 1.0}
    assert [e["kind"] for e in m["errors"]] == ["false positive"]


@pytest.fixture(scope="module")
def dev_metrics() -> dict[str, object]:
    return score(load_articles(shared_path(*DEV_SET)))


def test_dev_set_targets(dev_metrics) -> None:
    assert dev_metrics["gold"] == 139
    assert dev_metrics["f1"] >= 0.95
    assert dev_metrics["unit_accuracy"] >= 0.95
    assert dev_metrics["metric_accuracy"] >= 0.90
    assert dev_metrics["period_accuracy"] >= 0.95


def test_dev_set_recall_per_format(dev_metrics) -> None:
    assert all(r >= 0.9 for r in dev_metrics["recall_by_format"].values())
