"""Topics of a news item from its vocabulary, as listed in `data/raw/reference/topics.csv`.

Each line of the file is a topic: a code, French and English labels, a kind and a pattern (a
Python regular expression of French keywords, case-insensitive). Coarse topics (watchmaking,
economy, other) say what an item is broadly about; fine topics (employment, sector_revenue,
exports...) say which figures it bears on, so that a chart shows only the items of its
indicator's topics (`indicators.topics`). A pattern is searched in the title and in each
sentence of the text on its own, so a lookahead can ask for two words in one sentence
("chiffre d'affaires" with "filière"). `other` has no pattern: it is given when no coarse
topic is found.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import polars as pl

from etl.errors import SourceError
from etl.reference_rows import reference_rows

TOPICS_FILE = Path(__file__).resolve().parents[3] / "data" / "raw" / "reference" / "topics.csv"
TOPIC_KINDS = ("coarse", "fine")
COLUMNS = ("code", "label_fr", "label_en", "kind", "pattern", "description")
FALLBACK = "other"
_SENTENCE_END = re.compile(r"(?<=[.!?»])\s+|\n+")


@dataclass(frozen=True)
class Topic:
    code: str
    label_fr: str
    label_en: str
    kind: str
    pattern: re.Pattern[str] | None
    description: str


@dataclass(frozen=True)
class Topics:
    """The topic list of one reference folder, in file order."""

    topics: tuple[Topic, ...]

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(t.code for t in self.topics)

    def of(self, title: str, text: str) -> list[str]:
        """Codes whose pattern matches the title or a sentence of the text, in file order.

        `other` when no coarse topic matches (fine topics may still be found).
        """
        sentences = [title, *(s for s in _SENTENCE_END.split(text) if s.strip())]
        found = [
            t.code
            for t in self.topics
            if t.pattern is not None and any(t.pattern.search(s) for s in sentences)
        ]
        coarse = {t.code for t in self.topics if t.kind == "coarse"}
        if not coarse & set(found) and FALLBACK in self.codes:
            found.insert(0, FALLBACK)
        return found

    def checked(self, raw: str) -> list[str]:
        """Topics given in a digest header ("watchmaking, economy"), keeping only known codes."""
        given = {t.strip().lower() for t in re.split(r"[,;|]", raw) if t.strip()}
        return [c for c in self.codes if c in given]

    def frame(self) -> pl.DataFrame:
        """The package's `topics` rows (the patterns stay in the reference file)."""
        return pl.DataFrame(
            [
                {"code": t.code, "label_fr": t.label_fr, "label_en": t.label_en,
                 "kind": t.kind, "description": t.description or None}
                for t in self.topics
            ],
            schema={c: pl.String for c in ("code", "label_fr", "label_en", "kind", "description")},
        )  # fmt: skip


def load_topics(path: Path = TOPICS_FILE) -> Topics:
    """Read and check the topics file; a bad line is named with its row."""
    topics: list[Topic] = []
    for number, values in reference_rows(path, COLUMNS):
        if not re.fullmatch(r"[a-z][a-z0-9_]*", values["code"]):
            raise SourceError(
                "code must be snake_case", file=str(path), row=number, text=values["code"]
            )
        if values["code"] in {t.code for t in topics}:
            raise SourceError("duplicate code", file=str(path), row=number, text=values["code"])
        if values["kind"] not in TOPIC_KINDS:
            raise SourceError(
                f"kind must be one of {TOPIC_KINDS}",
                file=str(path),
                row=number,
                text=values["kind"],
            )
        if not values["pattern"] and values["code"] != FALLBACK:
            raise SourceError("empty pattern", file=str(path), row=number, text=values["code"])
        try:
            pattern = re.compile(values["pattern"], re.IGNORECASE) if values["pattern"] else None
        except re.error as exc:
            raise SourceError(
                f"pattern is not a valid regular expression: {exc}",
                file=str(path),
                row=number,
                text=values["pattern"],
            ) from None
        topics.append(Topic(**{**values, "pattern": pattern}))  # type: ignore[arg-type]
    return Topics(tuple(topics))


@cache
def shipped_topics() -> Topics:
    """The topics of the shipped reference folder (for callers without a Reference)."""
    return load_topics(TOPICS_FILE)


def topics_of(title: str, text: str, topics: Topics | None = None) -> list[str]:
    """Topic codes the vocabulary of an item supports (see `Topics.of`)."""
    return (topics or shipped_topics()).of(title, text)


def checked_topics(raw: str, topics: Topics | None = None) -> list[str]:
    """Known topic codes given in a digest header (see `Topics.checked`)."""
    return (topics or shipped_topics()).checked(raw)
