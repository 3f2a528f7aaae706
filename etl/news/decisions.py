"""Review decisions on news figures: `data/news_decisions.txt` and the review store, applied by
every build.

A decision names its figure by a key that survives extractor changes: the item (its own
address, else its news id), a hash of the normalised sentence and the span text as written.
One decision per line of the text file, `#` starts a comment:

    approve https://a.example/x s:1a2b3c4d5e6f "3,9 milliards d'euros"  # checked
    reject  news-0123456789abcdef s:1a2b3c4d5e6f "14 %"  # a price, not revenue
    correct https://a.example/x s:1a2b3c4d5e6f "423 M€" seen=9f8e7d6c period=2024 indicator=revenue
    correct https://a.example/x s:1a2b3c4d5e6f "12 700" entity=   # the whole sector

`seen=` is the fingerprint of what the extractor proposed when the decision was taken: when
the extraction of that span changes, the decision is not applied and the figure goes back to
the review queue with the old decision shown. Decisions without `seen=` (written by hand)
apply whatever the extraction.

Effects: `reject` sets status `rejected` (the figure stays in news_figures, never in
observations). `approve` makes a figure with an indicator, place and period `reported`.
`correct` replaces the named fields, then counts as approved. A bad line is a warning naming
the line; the build goes on. The review store (`etl.news.decision_store`) wins over the file.
"""

from __future__ import annotations

import hashlib
import json
import re
import shlex
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from etl.schema import DATE_PATTERN

VERBS = ("approve", "reject", "correct")
FIELDS = {
    "value": float,
    "value_max": float,
    "period": str,
    "indicator": str,
    "geo": str,
    "segment": str,
    "entity": str,
    "unit": str,
    "metric": str,
}
# What the extractor proposes for a figure: a change in any of these re-opens its review.
PROPOSAL = (
    "value",
    "value_max",
    "unit",
    "metric",
    "period",
    "indicator",
    "obs_geo",
    "obs_period",
    "obs_entity",
    "segment",
)
_PERIOD = re.compile(DATE_PATTERN)
_HASH = re.compile(r"^s:[0-9a-f]{12}$")


def normalise_sentence(sentence: str) -> str:
    """Unicode-compatible form, single spaces, no case: what an extractor change cannot alter."""
    text = unicodedata.normalize("NFKC", sentence).replace("\u2019", "'")
    return " ".join(text.split()).casefold()


def sentence_hash(sentence: str) -> str:
    return "s:" + hashlib.sha1(normalise_sentence(sentence).encode("utf-8")).hexdigest()[:12]


def review_key(ref: str, sentence: str, span: str) -> str:
    """`<item> s:<sentence hash> <span>`: the stable key of one figure."""
    return make_key(ref, sentence_hash(sentence), span)


def make_key(ref: str, shash: str, span: str) -> str:
    return f"{ref} {shash} {span}"


def split_key(key: str) -> tuple[str, str, str]:
    ref, shash, span = key.split(" ", 2)
    return ref, shash, span


def item_ref(news_id: str, url: str | None) -> str:
    """The item's own address when its id was made from it, else its news id."""
    if url and news_id == "news-" + hashlib.sha1(url.encode("utf-8")).hexdigest()[:16]:
        return url
    return news_id


def fingerprint(row: dict[str, Any]) -> str:
    """Hash of the extractor's proposal for a figure row (before any decision)."""
    proposal = [row.get(k) for k in PROPOSAL]
    return hashlib.sha1(json.dumps(proposal, default=str).encode("utf-8")).hexdigest()[:8]


@dataclass
class Decision:
    line: int
    verb: str
    key: str
    changes: dict[str, Any] = field(default_factory=dict)
    comment: str = ""
    seen: str | None = None  # fingerprint of the proposal decided on
    where: str = ""  # file and line, or "review store"

    def describe(self) -> str:
        """The decision in a few words, shown when it no longer applies."""
        fields = " ".join(f"{k}={'' if v is None else v}" for k, v in self.changes.items())
        text = " ".join(p for p in (self.verb, fields) if p)
        return f"{text} ({self.comment})" if self.comment else text


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _number_text(value: Any) -> str:
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value)


def format_decision(d: Decision) -> str:
    """One line of the text file for `d` (comment included)."""
    ref, shash, span = split_key(d.key)
    words = [d.verb, ref, shash, _quote(span)]
    if d.seen:
        words.append(f"seen={d.seen}")
    for name, value in d.changes.items():
        text = "" if value is None else _number_text(value)
        needs_quotes = any(c in text for c in " \"'#\\")
        words.append(f"{name}={_quote(text) if needs_quotes else text}")
    line = " ".join(words)
    comment = " ".join(d.comment.split())
    return f"{line}  # {comment}" if comment else line


def parse_line(raw: str, where: str, n: int = 0) -> tuple[Decision | None, str | None]:
    """(decision, None), (None, warning) or (None, None) for a blank or comment line."""
    try:
        lexer = shlex.shlex(raw, posix=True)
        lexer.whitespace_split = True
        lexer.commenters = "#"
        words = list(lexer)
    except ValueError as exc:
        return None, f"{where}: {exc} (found {raw.strip()!r})"
    if not words:
        return None, None
    comment = raw.rsplit(" #", 1)[1].strip() if " #" in raw else ""
    verb = words[0].lower()
    if len(words) >= 2 and words[1].startswith("fig-"):
        return None, (
            f"{where}: figure ids no longer identify figures; run "
            f"`python -m etl decisions migrate` (found {raw.strip()!r})"
        )
    if verb not in VERBS or len(words) < 4 or not _HASH.match(words[2]):
        return None, (
            f"{where}: expected 'approve|reject|correct <item> s:<hash> \"<span>\"' "
            f"(found {raw.strip()!r})"
        )
    rest = words[4:]
    seen = None
    if rest and rest[0].startswith("seen="):
        seen, rest = rest[0][5:], rest[1:]
    if verb != "correct" and rest:
        return None, f"{where}: {verb} takes no fields (found {' '.join(rest)!r})"
    changes, bad = parse_changes(rest)
    if bad:
        return None, f"{where}: {bad}"
    if verb == "correct" and not changes:
        return None, f"{where}: correct needs field=value pairs"
    key = make_key(words[1], words[2], words[3])
    return Decision(n, verb, key, changes, comment, seen or None, where), None


def parse_decisions(path: Path) -> tuple[list[Decision], list[str]]:
    """Decisions of the file (none when it does not exist) and warnings for bad lines."""
    if not path.is_file():
        return [], []
    decisions: list[Decision] = []
    warnings: list[str] = []
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        decision, warning = parse_line(raw, f"{path.name} line {n}", n)
        if decision:
            decisions.append(decision)
        if warning:
            warnings.append(warning)
    return decisions, warnings


def parse_changes(pairs: list[str]) -> tuple[dict[str, Any], str | None]:
    """`field=value` words -> changes (an empty text clears the field), or the problem."""
    out: dict[str, Any] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or name not in FIELDS:
            return {}, f"unknown field {pair!r} (fields: {', '.join(FIELDS)})"
        if value == "" and FIELDS[name] is str and name not in ("indicator", "period"):
            out[name] = None  # `entity=` clears the field
            continue
        if name == "period" and not _PERIOD.match(value):
            return {}, f"period must be YYYY, YYYY-MM or YYYY-MM-DD (found {value!r})"
        try:
            out[name] = float(value.replace("_", "")) if FIELDS[name] is float else value
        except ValueError:
            return {}, f"{name} is not a number (found {value!r})"
    return out, None


def merge(file_decisions: list[Decision], store_decisions: list[Decision]) -> list[Decision]:
    """One decision per key: the store's wins over the file's."""
    by_key = {d.key: d for d in file_decisions}
    by_key.update({d.key: d for d in store_decisions})
    return list(by_key.values())


def apply_decisions(
    rows: list[dict[str, Any]], decisions: list[Decision], indicators: set[str]
) -> list[str]:
    """Apply decisions to figure rows in place (matched by `review_key`); return warnings.

    Sets `review` on each decided row: approved, corrected, rejected, or stale when the
    extraction changed since the decision (then `previous_decision` says what it was)."""
    by_key: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        by_key.setdefault(row["review_key"], []).append(row)
    warnings: list[str] = []
    for d in decisions:
        matched = by_key.get(d.key)
        if not matched:
            warnings.append(f"{d.where}: no figure has the key {d.key!r}")
            continue
        if d.changes.get("indicator") and d.changes["indicator"] not in indicators:
            warnings.append(f"{d.where}: unknown indicator {d.changes['indicator']!r}")
            continue
        for row in matched:
            if d.seen and d.seen != row["extraction"]:
                row["review"] = "stale"
                row["previous_decision"] = d.describe()
                warnings.append(f"{d.where}: the extraction of {d.key!r} changed; back to review")
                continue
            if warning := _apply(row, d):
                warnings.append(warning)
    return warnings


def _apply(row: dict[str, Any], d: Decision) -> str | None:
    if d.verb == "reject":
        row["status"], row["review"] = "rejected", "rejected"
        return None
    for name, value in d.changes.items():
        row[name] = value
        if f"obs_{name}" in row:  # the observation's copy of a field follows the correction
            row[f"obs_{name}"] = value
    row["review"] = "corrected" if d.verb == "correct" else "approved"
    missing = [k for k in ("indicator", "geo", "period") if not row.get(f"obs_{k}", row.get(k))]
    if missing:
        row["status"] = "candidate"
        return f"{d.where}: {d.key!r} has no {', '.join(missing)}; add them with correct"
    row["status"] = "reported"
    return None
