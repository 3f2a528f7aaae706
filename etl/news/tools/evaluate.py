"""Score the figure extractor against hand-labelled articles, as LABELS.md "Scoring" describes.

Input: a JSON-lines file of labelled articles (`text`, `published`, `published_year_inferred`,
`figures`, `neutral_spans`). Output: a metrics dict (precision, recall, F1 of detection; unit,
metric, effective period and approximate accuracy on matched pairs; recall per format tag) and,
for development, the list of misses and false positives.

Matching: a prediction and a gold figure match when their character spans overlap and their
values agree within 0.5 % (a predicted value inside a gold range counts); one-to-one, greedy by
overlap. Unmatched predictions overlapping a neutral span are ignored.

Holdout: in a set named in `HOLDOUT_SETS`, every third article by id order is kept out of
development. `split_holdout` separates it; the command line scores the read part by default and
the holdout only on request, as aggregates (its texts and errors are never printed).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from etl.news.extract.figures import extract_figures

# text, publication date, title -> figures as JSON
Extractor = Callable[[str, str | None, str | None], list[dict[str, Any]]]
JOB_FAMILY = {"employees", "jobs"}
HOLDOUT_SETS = frozenset(["articles_2.jsonl"])
PERIOD_CLASSES = ("right", "off by one year", "publication year used instead", "missing", "other")


def _default_extractor(
    text: str, published: str | None, title: str | None = None
) -> list[dict[str, Any]]:
    return [f.to_json() for f in extract_figures(text, published, title=title)]


def _overlap(a: dict[str, Any], b: dict[str, Any]) -> int:
    return min(a["end"], b["end"]) - max(a["start"], b["start"])


def values_agree(pred: float, gold: dict[str, Any]) -> bool:
    """Within 0.5 % of the gold value, or inside the gold range."""
    gv = float(gold["value"])
    if gold.get("value_max") is not None and gv <= pred <= float(gold["value_max"]):
        return True
    return abs(pred - gv) <= 0.005 * abs(gv) if gv else pred == 0


def match(preds: list[dict[str, Any]], golds: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """One-to-one (pred index, gold index) pairs, largest overlap first."""
    cands = [
        (_overlap(p, g), i, j)
        for i, p in enumerate(preds)
        for j, g in enumerate(golds)
        if _overlap(p, g) > 0 and values_agree(float(p["value"]), g)
    ]
    cands.sort(key=lambda c: -c[0])
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, i, j in cands:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return pairs


def metric_ok(pred: dict[str, Any], gold: dict[str, Any]) -> bool:
    """Lenient metric agreement: same, listed in metric_alt, or both in employees/jobs."""
    p, g = pred.get("metric"), gold.get("metric")
    if p == g or p in (gold.get("metric_alt") or []):
        return True
    return p in JOB_FAMILY and g in JOB_FAMILY


def effective_period(fig: dict[str, Any], inferred: int | None) -> str | None:
    """The figure's period, else the article's (inferred) publication year."""
    if fig.get("period"):
        return str(fig["period"])
    return str(inferred) if inferred is not None else None


def period_class(pred: str | None, gold: str | None, published: int | None) -> str:
    """Why an effective period is wrong: one of `PERIOD_CLASSES`."""
    if pred == gold:
        return "right"
    if pred is not None and published is not None and pred[:4] == str(published):
        return "publication year used instead"
    if pred is None:
        return "missing"
    if gold is not None and abs(int(pred[:4]) - int(gold[:4])) == 1:
        return "off by one year"
    return "other"


def split_holdout(
    articles: list[dict[str, Any]],
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(read part, holdout): the holdout is every third article in id order."""
    order = sorted(range(len(articles)), key=lambda i: str(articles[i].get("id")))
    held = {i for k, i in enumerate(order) if k % 3 == 2}
    read = [a for i, a in enumerate(articles) if i not in held]
    return read, [a for i, a in enumerate(articles) if i in held]


def select_part(articles: list[dict[str, Any]], path: Path, holdout: bool) -> list[dict[str, Any]]:
    """The articles to score: a set without holdout whole; otherwise its read part, or its
    holdout when asked."""
    if path.name not in HOLDOUT_SETS:
        return articles
    read, held = split_holdout(articles)
    return held if holdout else read


def _ratio(num: int, den: int) -> float:
    return round(num / den, 4) if den else 0.0


def score(articles: Iterable[dict[str, Any]], extractor: Extractor | None = None) -> dict[str, Any]:
    """Metrics over all articles plus an `errors` list (misses and false positives)."""
    extract = extractor or _default_extractor
    tp = fp = n_gold = 0
    ok: Counter[str] = Counter()
    tag_total: Counter[str] = Counter()
    tag_hit: Counter[str] = Counter()
    errors: list[dict[str, Any]] = []
    metric_pairs: Counter[tuple[str, str]] = Counter()
    unit_pairs: Counter[tuple[str, str]] = Counter()
    period_classes: Counter[str] = Counter()
    for art in articles:
        golds = art.get("figures") or []
        preds = extract(art["text"], art.get("published"), art.get("title"))
        inferred = art.get("published_year_inferred")
        pairs = match(preds, golds)
        matched_p = {i for i, _ in pairs}
        matched_g = {j for _, j in pairs}
        n_gold += len(golds)
        tp += len(pairs)
        for i, j in pairs:
            p, g = preds[i], golds[j]
            metric_pairs[(str(g.get("metric")), str(p.get("metric")))] += 1
            unit_pairs[(str(g.get("unit")), str(p.get("unit")))] += 1
            kind = period_class(
                effective_period(p, inferred), effective_period(g, inferred), inferred
            )
            period_classes[kind] += 1
            checks = {
                "unit": p.get("unit") == g.get("unit"),
                "metric": metric_ok(p, g),
                "period": kind == "right",
                "approximate": bool(p.get("approximate")) == bool(g.get("approximate")),
            }
            for k, good in checks.items():
                ok[k] += good
                if not good:
                    errors.append(
                        {
                            "id": art.get("id"),
                            "kind": f"wrong {k}",
                            "span": g["span"],
                            "gold": g.get(k),
                            "pred": p.get(k),
                            "sentence": g.get("sentence"),
                        }
                    )
        for j, g in enumerate(golds):
            for tag in g.get("format_tags") or []:
                tag_total[tag] += 1
                tag_hit[tag] += j in matched_g
            if j not in matched_g:
                errors.append(
                    {
                        "id": art.get("id"),
                        "kind": "miss",
                        "span": g["span"],
                        "start": g["start"],
                        "gold": g.get("value"),
                    }
                )
        for i, p in enumerate(preds):
            if i in matched_p:
                continue
            if any(_overlap(p, n) > 0 for n in art.get("neutral_spans") or []):
                continue
            fp += 1
            errors.append(
                {
                    "id": art.get("id"),
                    "kind": "false positive",
                    "span": p["span"],
                    "start": p["start"],
                    "pred": p.get("value"),
                }
            )
    precision, recall = _ratio(tp, tp + fp), _ratio(tp, n_gold)
    f1 = round(2 * precision * recall / (precision + recall), 4) if precision + recall else 0.0
    return {
        "gold": n_gold,
        "predicted_scored": tp + fp,
        "matched": tp,
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "unit_accuracy": _ratio(ok["unit"], tp),
        "metric_accuracy": _ratio(ok["metric"], tp),
        "period_accuracy": _ratio(ok["period"], tp),
        "approximate_accuracy": _ratio(ok["approximate"], tp),
        "recall_by_format": {t: _ratio(tag_hit[t], n) for t, n in sorted(tag_total.items())},
        "metric_confusion": {
            f"{g} -> {p}": n for (g, p), n in sorted(metric_pairs.items(), key=lambda x: -x[1])
        },
        "unit_confusion": {
            f"{g} -> {p}": n for (g, p), n in sorted(unit_pairs.items(), key=lambda x: -x[1])
        },
        "period_classes": {c: period_classes[c] for c in PERIOD_CLASSES},
        "errors": errors,
    }


def load_articles(path: Path) -> list[dict[str, Any]]:
    """Labelled articles from a JSON-lines file (blank lines skipped)."""
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


TARGETS = {"f1": 0.96, "unit_accuracy": 0.96, "metric_accuracy": 0.90, "period_accuracy": 0.93}


def targets_line(metrics: dict[str, Any]) -> str:
    """Which of the targets of issue 14 the metrics meet."""
    missed = [f"{k} {metrics[k]:.3f} < {t}" for k, t in TARGETS.items() if metrics[k] < t]
    goals = ", ".join(f"{k.split('_')[0]} >= {t}" for k, t in TARGETS.items())
    return f"targets ({goals}): " + ("met" if not missed else "missed: " + "; ".join(missed))


def format_report(metrics: dict[str, Any], errors: bool = False, tables: bool = True) -> str:
    """Human-readable lines for the terminal; `tables` adds the period classes and the metric
    confusion table (left out for a holdout)."""
    lines = [
        f"gold figures {metrics['gold']}, scored predictions {metrics['predicted_scored']}, "
        f"matched {metrics['matched']}",
        f"detection  precision {metrics['precision']:.3f}  recall {metrics['recall']:.3f}  "
        f"F1 {metrics['f1']:.3f}",
        f"on matched unit {metrics['unit_accuracy']:.3f}  metric {metrics['metric_accuracy']:.3f}"
        f"  period {metrics['period_accuracy']:.3f}  approximate "
        f"{metrics['approximate_accuracy']:.3f}",
        "recall by format: "
        + ", ".join(f"{t} {v:.2f}" for t, v in metrics["recall_by_format"].items()),
    ]
    lines += [targets_line(metrics)]
    if tables:
        periods = metrics["period_classes"].items()
        lines += ["period: " + ", ".join(f"{c} {n}" for c, n in periods)]
        lines += ["metric confusion (rows gold, columns predicted):"]
        lines += _confusion_table(metrics["metric_confusion"])
        lines += ["unit confusion (rows gold, columns predicted):"]
        lines += _confusion_table(metrics["unit_confusion"])
    if errors:
        lines += [json.dumps(e, ensure_ascii=False) for e in metrics["errors"]]
    return "\n".join(lines)


def _confusion_table(pairs: dict[str, int]) -> list[str]:
    """Gold metrics as rows, predicted metrics as columns, counts in the cells."""
    cells = {tuple(k.split(" -> ")): n for k, n in pairs.items()}
    gold = sorted({g for g, _ in cells})
    pred = sorted({p for _, p in cells})
    width = max([len(m) for m in gold + pred] + [5])
    head = " " * (width + 1) + " ".join(f"{p[:7]:>7}" for p in pred)
    rows = [
        f"{g:<{width}} " + " ".join(f"{cells.get((g, p), 0) or '.':>7}" for p in pred) for g in gold
    ]
    return [head, *rows]
