"""A news page's text -> its news items (title, body, dates), page furniture left out.

Input: the plain text of a page, one paragraph or heading per line. Output: `PageItem`s.
Regional news pages often hold one article, then a list of short items from the same
outlet, then widgets (job offers, polls, weather readings). The rules are structural, not
fitted to one page:

- a *paragraph* is a long line ending like a sentence; a *short line* is anything else;
- a *furniture* line (comment prompts, job offers, polls, sharing, newsletter...) closes the
  current item; after it only title + paragraph pairs start new items;
- the page's main article is the first zone when it has a byline stamp ("Publié le ...") or
  when the page has no furniture at all: its subheadings and bullets stay in its body;
- in a list, an item is a short title line directly followed by paragraph lines, dated by the
  latest full date of its own text (else its neighbour's, else the page's);
- credit lines ("Illustration © ...") and widget readings never reach an item.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from etl.news.ingest.dates import item_date, stamp

FURNITURE = re.compile(
    r"^(soyez le premier à commenter|laisser un commentaire|\d*\s*commentaires?\b|réagir|"
    r"offres? d.emploi|sondage|newsletter|abonnez|s.abonner|inscrivez|devenez membre|"
    r"publiez gratuitement|partager|partagez|lire aussi|à lire aussi|voir aussi|publicité|"
    r"mentions légales|politique de confidentialité|cookies|tous droits réservés|"
    r"suivez-nous|retrouvez-nous|météo|articles? similaires|les plus lus)",
    re.IGNORECASE,
)
CREDIT = re.compile(r"©|\b(crédit|credit|photo|illustration)s?\s*:", re.IGNORECASE)
BULLET = re.compile(r"^[•·\-–*▪◦]\s")
_SENTENCE_END = re.compile(r"[.!?…][»\"”)]?$|[»\"”]$")
_SENTENCES = re.compile(r"(?<=[.!?…])\s+(?=[«\"“A-ZÀ-Ý0-9])")


@dataclass
class PageItem:
    """One item of a page before enrichment: what the page itself says."""

    title: str
    text: str
    published_on: dt.date | None = None
    updated_on: dt.date | None = None
    own_date: bool = False
    warnings: list[str] = field(default_factory=list)


def is_paragraph(line: str) -> bool:
    """A body line: a sentence-ending line of some length, or any long line."""
    return (len(line) >= 60 and bool(_SENTENCE_END.search(line))) or len(line) > 200


def is_furniture(line: str) -> bool:
    return bool(FURNITURE.match(line.strip(" •·-–*")))


def is_credit(line: str) -> bool:
    return len(line) < 120 and bool(CREDIT.search(line)) and not is_paragraph(line)


def is_title(line: str) -> bool:
    """A heading: short, has words, does not read as a sentence ending in a full stop."""
    words = re.findall(r"[A-Za-zÀ-ÿ]{2,}", line)
    return (
        len(words) >= 2
        and len(line) <= 200
        and not line.endswith((".", ":", ";", ","))
        and not BULLET.match(line)
        and not is_furniture(line)
        and not is_credit(line)
        and stamp(line) is None
    )


def lead_of(text: str, limit: int = 400) -> str:
    """The first sentence, or two when the first is short: what a list view shows."""
    body = " ".join(text.split())
    parts = _SENTENCES.split(body)
    lead = parts[0] if parts else ""
    if len(lead) < 120 and len(parts) > 1:
        lead = f"{lead} {parts[1]}"
    return lead if len(lead) <= limit else lead[: limit - 1].rsplit(" ", 1)[0] + "…"


def _clean_lines(text: str) -> list[str]:
    lines = [" ".join(raw.replace("\u00a0", " ").split()) for raw in text.splitlines()]
    return [ln for ln in lines if ln]


def _article(lines: list[str]) -> tuple[PageItem | None, int]:
    """The page's main article from its first lines, and the index where it stops."""
    title = lines[0]
    published = updated = None
    body: list[str] = []
    i = 1
    while i < len(lines) and not is_furniture(lines[i]):
        found = stamp(lines[i])
        if found and found[0] == "published" and published is None:
            published = found[1]
        elif found:
            updated = found[1]
        elif not is_credit(lines[i]) and not (body and lines[i] == body[-1]):
            body.append(lines[i])
        i += 1
    if not body:
        return None, i
    item = PageItem(title, "\n\n".join(body), published, updated, own_date=published is not None)
    return item, i


def _listed(lines: list[str], start: int) -> list[PageItem]:
    """Title (+ byline stamps) + paragraph groups after the main article; the rest is dropped."""
    items: list[PageItem] = []
    i = start
    while i < len(lines) - 1:
        j = i + 1
        stamps = []
        while j < len(lines) and len(stamps) < 3 and stamp(lines[j]):
            stamps.append(stamp(lines[j]))
            j += 1
        if is_title(lines[i]) and j < len(lines) and is_paragraph(lines[j]):
            body = [lines[j]]
            j += 1
            while j < len(lines) and (is_paragraph(lines[j]) or BULLET.match(lines[j])):
                if not is_furniture(lines[j]):
                    body.append(lines[j])
                j += 1
            item = PageItem(lines[i], "\n\n".join(body))
            for kind, when in stamps:  # type: ignore[misc]
                if kind == "published":
                    item.published_on, item.own_date = when, True
                else:
                    item.updated_on = when
            items.append(item)
            i = j
        else:
            i += 1
    return items


def _dated_title(lines: list[str]) -> int | None:
    """Index of the first title with a byline stamp on the next line (the main article)."""
    for t, line in enumerate(lines):
        if is_title(line) and t + 1 < len(lines) and stamp(lines[t + 1]):
            return t
    return None


def split_page(text: str, page_date: dt.date | None = None) -> list[PageItem]:
    """Every news item of a page's text, in page order, each with its publication date."""
    lines = _clean_lines(text)
    if not lines:
        return []
    head = _dated_title(lines)
    items: list[PageItem] = []
    start = 0
    if head is not None or not any(is_furniture(ln) for ln in lines):
        head = head or 0  # lines above the first dated title are site navigation
        article, start = _article(lines[head:])
        start += head
        if article is not None:
            items.append(article)
            page_date = page_date or article.published_on
    listed = _listed(lines, start)
    latest = page_date.year + 1 if page_date else None
    for item in listed:
        if not item.own_date:
            own = item_date(f"{item.title}\n{item.text}", latest)
            item.published_on, item.own_date = own, own is not None
    for item, date in zip(listed, _neighbour_dates(listed), strict=True):
        if item.published_on is None:
            item.published_on = date or page_date
    return items + listed


def _neighbour_dates(items: list[PageItem]) -> list[dt.date | None]:
    """Lists run in date order: an undated item shares the date of the nearest dated item
    above it, else below it. Two passes, so a long list of undated items stays linear."""
    above: list[dt.date | None] = []
    last: dt.date | None = None
    for item in items:
        above.append(last)
        if item.own_date:
            last = item.published_on
    below: list[dt.date | None] = [None] * len(items)
    last = None
    for pos in range(len(items) - 1, -1, -1):
        below[pos] = last
        if items[pos].own_date:
            last = items[pos].published_on
    return [a if a is not None else b for a, b in zip(above, below, strict=True)]
