"""Our news digests: every figure they state is real, and the extractor reads each one back.

`data/raw/news/digests/INDEX.csv` lists, for each digest, the shared figures it restates.
The digests are our own sentences, not the dev set, so reading them back is a check of the
extractor on text its rules were not written from.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from etl.news.extract.figures import extract_figures
from tests.shared import SECTOR_FIGURES, shared_path

ROOT = Path(__file__).resolve().parents[2]
DIGESTS = ROOT / "data" / "raw" / "news" / "digests"


def shared_figures() -> dict[str, dict[str, str]]:
    return {
        r["figure_id"]: r
        for r in csv.DictReader(shared_path(*SECTOR_FIGURES).open(encoding="utf-8"))
    }


def index() -> list[dict[str, str]]:
    return list(csv.DictReader((DIGESTS / "INDEX.csv").open(encoding="utf-8")))


def test_index_lists_every_digest() -> None:
    listed = {row["file"] for row in index()}
    assert listed == {p.name for p in DIGESTS.glob("*.txt")}
    assert len(listed) >= 30


@pytest.mark.parametrize("row", index(), ids=lambda r: r["file"][:40])
def test_digest_figures_are_real_and_read_back(row: dict[str, str]) -> None:
    figures = shared_figures()
    head, body = (DIGESTS / row["file"]).read_text(encoding="utf-8").split("\n\n", 1)
    url = re.search(r"^url: (.+)$", head, re.M).group(1).strip()
    published = re.search(r"^published: (\S+)$", head, re.M).group(1)
    ids = [i for i in row["figure_ids"].split("|") if i]
    for fid in ids:
        assert figures[fid]["source_url"] == url, f"{fid} is cited from another article"
    values = [float(figures[fid]["value"]) for fid in ids]
    found = extract_figures(body, published if len(published) == 10 else published[:4])

    def close(figure, b: float) -> bool:  # a range's two bounds are two figures of the source
        bounds = [figure.value] + ([figure.value_max] if figure.value_max is not None else [])
        return any(abs(a - b) <= abs(b) * 0.005 + 1e-9 for a in bounds)

    for fid, value in zip(ids, values, strict=True):
        assert any(close(f, value) for f in found), f"{fid} ({value}) not extracted"
    if ids:  # the seed page's items restate the seed, checked in test_seed.py
        stray = [f.span for f in found if not any(close(f, v) for v in values)]
        assert stray == [], "figures that no listed source gives"
