"""Which fetched items are shown: the rules are data (`data/raw/reference/relevance.csv`).

Each row is a rule; an item is shown when one rule matches, every non-empty condition of
that rule holding: `topics` (one of them, `|`-separated), `keywords` (one of them as a whole
word, case ignored), `region` (a place of that region named in the text, from the gazetteer)
and `figure_metrics` (a figure extracted whose metric is one of them, or `any` figure). The decision says which rule matched and
on what evidence, or what the item lacked; items not shown stay in the fetch archive.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

RELEVANCE_FILE = "relevance.csv"
COLUMNS = ("rule", "topics", "keywords", "region", "figure_metrics", "why")


class RelevanceError(ValueError):
    """The relevance file cannot be used as written."""


@dataclass(frozen=True)
class Rule:
    name: str
    topics: frozenset[str]
    keywords: re.Pattern[str] | None
    region: str | None
    figure_metrics: frozenset[str]  # empty: no condition; "any": any figure
    why: str


@dataclass(frozen=True)
class Facts:
    """What the build would read from an item: its topics, regions named, figure metrics."""

    topics: frozenset[str]
    geo: frozenset[str]
    metrics: tuple[str, ...]  # one per figure
    text: str


@dataclass(frozen=True)
class Decision:
    shown: bool
    why: str


def _split(cell: str | None) -> list[str]:
    return [v.strip() for v in (cell or "").split("|") if v.strip()]


def load_rules(path: Path) -> list[Rule]:
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
    except FileNotFoundError:
        raise RelevanceError(f"{path}: no relevance rules") from None
    rules = []
    for n, row in enumerate(rows, start=2):
        if set(row) != set(COLUMNS):
            raise RelevanceError(f"{path.name}: columns must be {', '.join(COLUMNS)}")
        if not (row["rule"] or "").strip():
            raise RelevanceError(f"{path.name} line {n}: the rule has no name")
        words = _split(row["keywords"])
        pattern = (
            re.compile(r"\b(" + "|".join(map(re.escape, words)) + r")\b", re.IGNORECASE)
            if words
            else None
        )
        rules.append(
            Rule(
                row["rule"].strip(),
                frozenset(_split(row["topics"])),
                pattern,
                (row["region"] or "").strip() or None,
                frozenset(_split(row["figure_metrics"])),
                (row["why"] or "").strip(),
            )
        )
    if not rules:
        raise RelevanceError(f"{path.name}: no rule")
    return rules


def _matches(rule: Rule, facts: Facts) -> str | None:
    """The evidence when every condition of the rule holds, else None."""
    evidence = []
    if rule.topics:
        hit = sorted(rule.topics & facts.topics)
        if not hit:
            return None
        evidence.append(f"topic {hit[0]}")
    if rule.keywords is not None:
        m = rule.keywords.search(facts.text)
        if not m:
            return None
        evidence.append(f"word '{m.group(0)}'")
    if rule.region:
        if rule.region not in facts.geo:
            return None
        evidence.append(f"a place in {rule.region}")
    if rule.figure_metrics:
        hits = [
            m for m in facts.metrics if "any" in rule.figure_metrics or m in rule.figure_metrics
        ]
        if not hits:
            return None
        evidence.append(f"{len(hits)} figure(s): {', '.join(sorted(set(hits)))}")
    return ", ".join(evidence)


def judge(rules: list[Rule], facts: Facts) -> Decision:
    for rule in rules:
        evidence = _matches(rule, facts)
        if evidence is not None:
            return Decision(True, f"shown by rule {rule.name} ({rule.why}): {evidence}")
    areas = sorted(facts.geo) or ["none"]
    return Decision(
        False,
        "no rule matched: topics "
        + ", ".join(sorted(facts.topics) or ["none"])
        + f"; areas named {', '.join(areas)}; figures "
        + (", ".join(sorted(set(facts.metrics))) or "none"),
    )
