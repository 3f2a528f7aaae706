"""The evaluation's holdout, period error classes and confusion table, on records of our own."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from etl.news.tools.evaluate import format_report, period_class, score, select_part, split_holdout

ROOT = Path(__file__).resolve().parents[2]


def article(ident: str, text: str = "Elle emploie 40 salariés.") -> dict[str, object]:
    gold = {
        "span": "40",
        "start": text.index("40"),
        "end": text.index("40") + 2,
        "value": 40,
        "unit": "persons",
        "metric": "employees",
        "period": "2019",
        "approximate": False,
        "format_tags": ["bare_integer"],
    }
    return {
        "id": ident,
        "text": text,
        "published": "2024-05-01",
        "published_year_inferred": 2024,
        "figures": [gold],
    }


def test_holdout_is_every_third_article_in_id_order() -> None:
    arts = [article(i) for i in ("b2", "a1", "c3", "f6", "e5", "d4", "g7")]
    read, held = split_holdout(arts)
    assert [a["id"] for a in held] == ["c3", "f6"]
    assert sorted(a["id"] for a in read) == ["a1", "b2", "d4", "e5", "g7"]


def test_only_sets_with_a_holdout_are_split() -> None:
    arts = [article(str(i)) for i in range(6)]
    assert select_part(arts, Path("x/articles.jsonl"), holdout=False) == arts
    assert len(select_part(arts, Path("x/articles_2.jsonl"), holdout=False)) == 4
    assert [a["id"] for a in select_part(arts, Path("articles_2.jsonl"), holdout=True)] == [
        "2",
        "5",
    ]


def test_period_error_classes() -> None:
    assert period_class("2019", "2019", 2020) == "right"
    assert period_class("2020", "2019", 2020) == "publication year used instead"
    assert period_class("2018", "2019", 2020) == "off by one year"
    assert period_class(None, "2019", None) == "missing"
    assert period_class("2015", "2019", 2020) == "other"


def test_report_prints_period_classes_and_metric_and_unit_confusion() -> None:
    # The extractor reads no year here, so the publication year stands in for 2019.
    metrics = score([article("a1")])
    assert metrics["period_classes"]["publication year used instead"] == 1
    assert metrics["metric_confusion"] == {"employees -> employees": 1}
    assert metrics["unit_confusion"] == {"persons -> persons": 1}
    report = format_report(metrics).splitlines()
    assert (
        "period: right 0, off by one year 0, publication year used instead 1, missing 0, other 0"
        in report
    )
    metric_at = report.index("metric confusion (rows gold, columns predicted):")
    assert report[metric_at + 2].split() == ["employees", "1"]
    unit_at = report.index("unit confusion (rows gold, columns predicted):")
    assert report[unit_at + 2].split() == ["persons", "1"]


def test_holdout_cli_prints_aggregates_only(tmp_path: Path) -> None:
    path = tmp_path / "articles_2.jsonl"
    secret = "Le groupe emploie 40 salariés dans la vallée secrète."
    arts = [
        article(f"a{i}", secret if i % 3 == 2 else "Elle emploie 40 salariés.") for i in range(6)
    ]
    path.write_text("\n".join(json.dumps(a, ensure_ascii=False) for a in arts), encoding="utf-8")
    run = [sys.executable, "-m", "etl", "evaluate", str(path)]
    held = subprocess.run([*run, "--holdout"], capture_output=True, text=True, cwd=ROOT)
    assert held.returncode == 0 and "gold figures 2," in held.stdout
    assert "secrète" not in held.stdout and "metric confusion" not in held.stdout
    refused = subprocess.run(
        [*run, "--holdout", "--errors"], capture_output=True, text=True, cwd=ROOT
    )
    assert refused.returncode == 2 and "aggregates only" in refused.stderr
    read = subprocess.run([*run, "--errors"], capture_output=True, text=True, cwd=ROOT)
    assert "gold figures 4," in read.stdout and "secrète" not in read.stdout


def test_evaluate_reads_the_dev_set_of_cadran_shared_by_default(tmp_path: Path) -> None:
    """Without a path, `evaluate` scores news_dev/articles.jsonl of $CADRAN_SHARED, as the tests
    and benches find the shared folder."""
    dev = tmp_path / "news_dev"
    dev.mkdir()
    (dev / "articles.jsonl").write_text(json.dumps(article("a1")), encoding="utf-8")
    env = {**os.environ, "CADRAN_SHARED": str(tmp_path)}
    got = subprocess.run(
        [sys.executable, "-m", "etl", "evaluate"], capture_output=True, text=True, cwd=ROOT, env=env
    )
    assert got.returncode == 0, got.stderr
    assert "gold figures 1, scored predictions 1, matched 1" in got.stdout
