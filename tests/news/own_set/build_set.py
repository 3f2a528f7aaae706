"""Build the own generalisation sets from their marked-up texts: `articles.jsonl` from
`source.py` (own01-own30), `second_set.jsonl` from `source_2.py` (own31-own60) and
`third_set.jsonl` from `source_3.py` (own61-own90), `fourth_set.jsonl` from `source_4.py`
(own91-own120), `fifth_set.jsonl` from `source_5.py` (own121-own150) and `sixth_set.jsonl`
from `source_6.py` (own151-own180).

Mark-up, so offsets are computed rather than typed: `[[span|value|unit|metric|period|opts]]`
for a figure (period `-` when current; opts comma-separated: `a` approximate, `max=N`,
`alt=m1/m2`, `cur=CHF`), `<<span>>` for a negative span, `{{span}}` for a neutral span.
Run: `python tests/news/own_set/build_set.py` (rewrites both files beside it).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from source import ARTICLES  # noqa: E402
from source_2 import ARTICLES as ARTICLES_2  # noqa: E402
from source_3 import ARTICLES as ARTICLES_3  # noqa: E402
from source_4 import ARTICLES as ARTICLES_4  # noqa: E402
from source_5 import ARTICLES as ARTICLES_5  # noqa: E402
from source_6 import ARTICLES as ARTICLES_6  # noqa: E402

MARK = re.compile(r"\[\[(.+?)\]\]|<<(.+?)>>|\{\{(.+?)\}\}")
QUALIFIERS = (
    "plus de",
    "près de",
    "environ",
    "quelque",
    "jusqu'à",
    "jusqu’à",
    "à peine",
    "moins de",
    "presque",
    "au moins",
    "autour de",
    "pas moins de",
    "un peu plus de",
    "un peu moins de",
    "quasiment",
    "presque",
    "dont",
    "au-delà de",
    "entre",
    "de ",
)
WORDS = re.compile(
    r"\b(un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|"
    r"quinze|seize|vingt|trente|quarante|cinquante|soixante|cent|cents|mille|quart|quarts|"
    r"tiers|moitié)\b",
    re.I,
)
APPROX = re.compile(
    r"(dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|"
    r"soixantaine|centaine|millier)",
    re.I,
)


def _tags(span: str, fig: dict) -> list[str]:
    tags = []
    low = span.lower()
    if "%" in span:
        tags.append("percent")
    if any(
        q in low
        for q in (
            "plus de",
            "près de",
            "environ",
            "quelque",
            "jusqu",
            "moins de",
            "presque",
            "au moins",
            "autour de",
            "quasiment",
            "à peine",
        )
    ):
        tags.append("qualifier")
    if "euro" in low or "€" in span:
        tags.append("currency_eur")
    if re.search(r"\bmillions?\b|\bmilliards?\b", low):
        tags.append("scale_word")
    if re.search(r"\d\s?(M€|Md|Mds|M d|k€|M\b)", span):
        tags.append("scale_abbrev")
    if APPROX.search(span):
        tags.append("approx_noun")
    elif WORDS.search(span) and not re.search(r"\d", span):
        tags.append("number_in_words")
    if fig.get("value_max") is not None:
        tags.append("range")
    if re.match(r"[+\-–]", span):
        tags.append("signed")
    if re.search(r"\d,\d", span):
        tags.append("decimal_comma")
    if re.search(r"\d[ \u202f\u00a0]\d{3}", span):
        tags.append("thousands_space")
    if re.fullmatch(r"\d+", span):
        tags.append("bare_integer")
    if not tags:
        tags.append("plain_number")
    return tags


def _sentence(text: str, start: int, end: int) -> str:
    left = max(
        text.rfind(". ", 0, start),
        text.rfind("\n", 0, start),
        text.rfind("? ", 0, start),
        text.rfind("! ", 0, start),
    )
    left = 0 if left < 0 else left + 1
    cands = [
        i for i in (text.find(". ", end), text.find("\n", end), text.find("? ", end)) if i >= 0
    ]
    right = min(cands) + 1 if cands else len(text)
    return text[left:right].strip()


def build(art: dict) -> dict:
    raw = art["text"].strip()
    out, figs, negs, neus = [], [], [], []
    pos = 0
    length = 0
    for m in MARK.finditer(raw):
        out.append(raw[pos : m.start()])
        length += m.start() - pos
        if m.group(1):
            parts = m.group(1).split("|")
            span, value, unit, metric, period = parts[:5]
            opts = parts[5].split(",") if len(parts) > 5 and parts[5] else []
            fig = {
                "span": span,
                "start": length,
                "end": length + len(span),
                "value": float(value),
                "unit": unit,
                "metric": metric,
                "period": None if period == "-" else period,
                "entity": art.get("entity"),
                "geo": art.get("geo"),
                "approximate": False,
            }
            for o in opts:
                if o == "a":
                    fig["approximate"] = True
                elif o.startswith("max="):
                    fig["value_max"] = float(o[4:])
                    fig["approximate"] = True
                elif o.startswith("alt="):
                    fig["metric_alt"] = o[4:].split("/")
                elif o.startswith("cur="):
                    fig["currency"] = o[4:]
                elif o.startswith("e="):
                    fig["entity"] = o[2:]
            low = span.lower()
            for q in QUALIFIERS:
                if low.startswith(q) and q not in ("entre", "de ", "dont"):
                    fig["qualifier"] = q
                    fig["approximate"] = True
                    break
            if fig["value"] == int(fig["value"]):
                fig["value"] = int(fig["value"])
                if "value_max" in fig:
                    fig["value_max"] = int(fig["value_max"])
            figs.append(fig)
        else:
            span = m.group(2) or m.group(3)
            rec = {"span": span, "start": length, "end": length + len(span)}
            (negs if m.group(2) else neus).append(rec)
        out.append(span)
        length += len(span)
        pos = m.end()
    out.append(raw[pos:])
    text = "".join(out)
    for f in figs:
        assert text[f["start"] : f["end"]] == f["span"], f
        f["sentence"] = _sentence(text, f["start"], f["end"])
        f["format_tags"] = _tags(f["span"], f)
    for s in negs + neus:
        assert text[s["start"] : s["end"]] == s["span"], s
    pub = art["published"]
    return {
        "id": art["id"],
        "url": f"https://example.invalid/{art['id']}",
        "published": pub,
        "published_year_inferred": int(pub[:4])
        if pub
        else art.get("published_year_inferred", art.get("year")),
        "title": art["title"],
        "text": text,
        "figures": figs,
        "neutral_spans": neus,
        "negative_spans": negs,
    }


def main() -> None:
    sets = (
        (ARTICLES, "articles.jsonl"),
        (ARTICLES_2, "second_set.jsonl"),
        (ARTICLES_3, "third_set.jsonl"),
        (ARTICLES_4, "fourth_set.jsonl"),
        (ARTICLES_5, "fifth_set.jsonl"),
        (ARTICLES_6, "sixth_set.jsonl"),
    )
    for articles, name in sets:
        rows = [build(a) for a in articles]
        with (HERE / name).open("w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        n = sum(len(r["figures"]) for r in rows)
        words = [len(r["text"].split()) for r in rows]
        print(f"{name}: {len(rows)} articles, {n} figures, words {min(words)}..{max(words)}")


if __name__ == "__main__":
    main()
