"""Layout of a news text: sentences, paragraphs, the lead and where the article proper ends.

Input: a text. Output: sentence and paragraph boundaries (offsets), the lead paragraph and the
offset of the first end-of-article marker ("Laisser un commentaire", "Lire aussi"...), after
which a page holds other items with their own dates.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

# One leading character class (the engine jumps between candidates), then: end punctuation
# not after "M." / "Dr." / "etc." and followed by a capital, or line breaks, or "; ".
# Linear time: a run of punctuation is tried from its first two marks only (the second for
# "etc..."), and the marks and spaces after it are taken possessively (no backtracking).
_SENT_END = re.compile(
    r"[.!?…;\n](?:(?<=[.!?…])(?<![.!?…][.!?…].)(?<!\bM.)(?<!\bMM.)(?<!\bDr.)(?<!\betc.)"
    r"[.!?…]*+[»\"”)]?\s++"
    r"(?=[«\"“(]?\s?[A-ZÀ-ÖØ-Þ0-9–-])|(?<=\n)\n*|(?<=;)\s)"
)
# Spaces before a marker, but not line breaks: `^\s*` would rescan every run of blank lines
# from each of its lines (time growing with the square of the run).
_END_MARKERS = re.compile(
    r"^[^\S\n]*(?:Laisser un commentaire|Soyez le premier à commenter|Lire aussi|À lire aussi|"
    r"A lire aussi|Sur le même sujet|Articles similaires|Vous aimerez aussi|Commentaires|"
    r"Nos derniers articles|Dans la même rubrique)",
    re.IGNORECASE | re.MULTILINE,
)
_META_LINE = re.compile(r"^\s*(?:Publié|Mis à jour|Article publié|Modifié|Par\s)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Layout:
    """Offsets of sentences and paragraphs of one text."""

    sentences: list[tuple[int, int]]
    paragraphs: list[tuple[int, int]]
    lead: tuple[int, int] | None
    article_end: int
    sentence_starts: list[int]
    paragraph_starts: list[int]

    def sentence_index(self, pos: int) -> int:
        """Index of the sentence holding `pos`."""
        return max(bisect.bisect_right(self.sentence_starts, pos) - 1, 0)

    def sentence_of(self, pos: int) -> tuple[int, int]:
        """Bounds of the sentence holding `pos`."""
        return self.sentences[self.sentence_index(pos)]

    def previous_sentence(self, pos: int) -> tuple[int, int]:
        """Bounds of the sentence before the one holding `pos` (itself if first)."""
        return self.sentences[max(self.sentence_index(pos) - 1, 0)]

    def paragraph_of(self, pos: int) -> tuple[int, int]:
        """Bounds of the paragraph (line) holding `pos`."""
        i = bisect.bisect_right(self.paragraph_starts, pos) - 1
        return self.paragraphs[max(i, 0)]


def _split(text: str, rx: re.Pattern[str]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos = 0
    for m in rx.finditer(text):
        if m.start() > pos:
            out.append((pos, m.start() + (1 if text[m.start()] in ".!?…" else 0)))
        pos = m.end()
    if pos < len(text):
        out.append((pos, len(text)))
    return out or [(0, len(text))]


def layout(text: str) -> Layout:
    """Split `text` into sentences and paragraphs and find its lead and article end."""
    sentences = _split(text, _SENT_END)
    paragraphs = _split(text, re.compile(r"\n+"))
    m = _END_MARKERS.search(text)
    article_end = m.start() if m else len(text)
    lead = None
    for a, b in paragraphs:
        if a >= article_end:
            break
        chunk = text[a:b].strip()
        if len(chunk) >= 100 and chunk[-1] in '.!?»"”)' and not _META_LINE.match(chunk):
            lead = (a, b)
            break
    return Layout(
        sentences,
        paragraphs,
        lead,
        article_end,
        [a for a, _ in sentences],
        [a for a, _ in paragraphs],
    )
