"""The repository must not contain the dev articles' texts: no run of eight words of a dev
article appears in any file of the repository (tests read the dev sets from ../shared only).

Words are runs of letters and digits joined by apostrophes or hyphens ("l'horlogerie",
"Bourgogne-Franche-Comté"). An article's title may be cited as a source (data/raw's source
lists name the articles they quote figures from), so runs of the title are allowed; so are
runs inside the official names of the bodies the articles cite, listed in `NAMES`.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from etl.news.tools.evaluate import load_articles
from tests.shared import shared_path

ROOT = Path(__file__).resolve().parents[2]
RUN = 8
NAMES = (
    "Comité professionnel de développement de l'horlogerie, de la bijouterie, de la "
    "joaillerie et de l'orfèvrerie",
)
_WORD = re.compile(r"\w+(?:['’ʼ-]\w+)*")


def _runs(text: str) -> set[tuple[str, ...]]:
    words = _WORD.findall(text.lower())
    return {tuple(words[i : i + RUN]) for i in range(len(words) - RUN + 1)}


def test_no_run_of_eight_words_from_a_dev_article_is_in_the_repository() -> None:
    dev: set[tuple[str, ...]] = set()
    for name in ("articles.jsonl", "articles_2.jsonl"):
        for art in load_articles(shared_path("news_dev", name)):
            dev |= _runs(art["text"]) - _runs(art.get("title") or "")
    for name in NAMES:
        dev -= _runs(name)
    files = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.split(b"\0")
    found = []
    for name in filter(None, files):
        path = ROOT / name.decode()
        if not path.is_file():
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue
        shared = _runs(text) & dev
        if shared:
            found.append(f"{name.decode()}: {' '.join(sorted(shared)[0])}")
    assert not found, "dev article text in the repository:\n" + "\n".join(found)
