"""Periods of the figures of one text: sentence first, then the year governing the block.

Input: the text, its layout, its time expressions, the title's years and the figures
(`FigureSpan`) with their sentences. Output: one period ("YYYY", or None = current at
publication) per figure. Rules: the nearest time expression of the sentence
(`periods.sentence_period`); else, in the article proper, the year stated in an earlier sentence
of the paragraph while the text keeps its time frame (same tense, no "aujourd'hui", a forecast
only from a forecast; from a finished past into the present only for a year's flows, not for a
state); else the latest year stated in the title or in a lead sentence that carries a figure
("a year in a lead governs the block"), unless the figure's sentence looks ahead or speaks of
now, or tells in the present a state (staff, shops, a price) while the lead is on the year
before publication; after the article (other items of the page), the year of the item's own
date; and in "passe de X à Y" the earlier state X gets the earlier year. Inside the lead
paragraph a lead year frames only its own sentence and what follows; a heading line ending with a
colon gives its year to the dashed list under it; a carried forecast year frames only a clause
that looks ahead.
"""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple

from etl.news.extract.layout import Layout
from etl.news.extract.periods import (
    TimeExpr,
    change_pairs,
    exprs_in,
    forecast_after_past,
    in_closed_aside,
    in_detached_clause,
    no_period_markers,
    reports_the_day,
    sentence_frame,
    sentence_period,
)


class FigureSpan(NamedTuple):
    """What the period rules read of a figure besides the text around it."""

    start: int
    end: int
    percent: bool
    state: bool  # a head count, shops, sites, a unit price, a share, a habitual rate: no flow


_ITEM_RADIUS = 600
_CARRY_BACK = 3  # sentences a stated year is carried over, within one paragraph
# "contre 10 M€ en 2019": the year of a comparison base, not the frame of the sentence.
_BASE_YEAR = re.compile(r"\bcontre\s[^.;,]{0,40}?\b(?:en|pour|fin|à\s+fin)\s+$")
_FRAME_REACH = 500  # characters of a sentence read for its tense (a text without stops)


class _SentenceTimes:
    """Per sentence of a text, computed once: its `sentence_frame` (read on its first
    `_FRAME_REACH` characters, so a text without stops stays linear) and the years carried
    into it."""

    def __init__(self, text: str, lay: Layout) -> None:
        self.text, self.lay = text, lay
        self.seen: dict[int, str] = {}
        # sentence index -> (years carried into it, whether they cross from a finished past
        # into the present)
        self.carried: dict[int, tuple[list[str], bool]] = {}

    def __call__(self, i: int) -> str:
        got = self.seen.get(i)
        if got is None:
            part = self._part(i)
            got = self.seen[i] = sentence_frame(part, 0, len(part))
        return got

    def _part(self, i: int) -> str:
        s0, s1 = self.lay.sentences[i]
        return self.text[s0 : min(s1, s0 + _FRAME_REACH)].lower()

    def reported(self, i: int) -> bool:
        """Whether sentence `i` reports an event of the day (`periods.reports_the_day`)."""
        return reports_the_day(self._part(i))


_SPAN_FIRST = re.compile(r"(?:entre|de)\s+(?P<year>(?:19|20)\d\d)\s+(?:et|à)\s", re.IGNORECASE)


def _span_start_year(
    text: str, exprs: list[TimeExpr], sentence: tuple[int, int], later: str | None
) -> str | None:
    """The first year of the last span of years ("entre 2015 et 2022") in `sentence` (bounds)
    ending with `later`, the year of the later state of a change."""
    if not later:
        return None
    for e in reversed(exprs_in(exprs, *sentence)):
        m = _SPAN_FIRST.match(text, e.start, e.end)
        if m and e.period == later:
            return m.group("year")
    return None


def _carried_years(
    text: str,
    lay: Layout,
    exprs: list[TimeExpr],
    figures: list[int],
    frames: _SentenceTimes,
    pos: int,
    state: bool,
) -> list[str]:
    """The years stated in an earlier sentence of the same paragraph that still frame the
    sentence at `pos` ("En 2012, la filière pesait 2 Md€. Elle comptait 9 000 salariés."):
    those of the nearest earlier sentence stating a year, when every sentence from there on
    keeps its time frame (no "aujourd'hui", no switch between a finished past and the present,
    nothing looking ahead). Empty when nothing carries."""
    i = lay.sentence_index(pos)
    got = frames.carried.get(i)
    if got is None:
        got = frames.carried[i] = _carried_into(text, lay, exprs, frames, i)
    years, into_present = got
    if not years or (into_present and state):
        return []  # "En 2012, elle a vendu 9 000 montres. Elle emploie 40 personnes": now
    s0, s1 = lay.sentences[i]
    if frames(i) == "future" and _clause_frame(text, pos, s0, s1) != "future":
        return []  # "elle emploie 28 horlogers et en recrutera six": a forecast frames its clause
    for e in exprs_in(exprs, s0, s1):
        if e.end > pos and forecast_after_past(text, e, pos, pos + 1, s0):
            continue
        if e.base >= 0 and not e.base <= pos < e.start:
            continue  # "contre 91,2 un an plus tôt" dates that figure only
        if e.end > pos or not in_closed_aside(text, exprs, e, pos, s0, figures):
            return []  # the sentence states its own time
    return years


_CLAUSE_SPLIT = re.compile(r"[;:]|(?<!\d),|,(?!\d)|\s(?:et|mais|puis|tandis\s+que|quand)\s")


def _clause_frame(text: str, pos: int, s0: int, s1: int) -> str:
    """`sentence_frame` of the clause holding `pos` (between commas, "et", "mais"...)."""
    lo = max(s0, pos - 200)
    edges = [m.end() for m in _CLAUSE_SPLIT.finditer(text, lo, pos)]
    after = _CLAUSE_SPLIT.search(text, pos, min(s1, pos + 200))
    clause = text[edges[-1] if edges else lo : after.start() if after else min(s1, pos + 200)]
    low = clause.lower()
    return sentence_frame(low, 0, len(low))


def _carried_into(
    text: str, lay: Layout, exprs: list[TimeExpr], frames: _SentenceTimes, i: int
) -> tuple[list[str], bool]:
    """The part of `_carried_years` that depends on the sentence `i` only."""
    p0, _ = lay.paragraph_of(lay.sentences[i][0])
    stated: list[tuple[str, bool]] = []  # (year, is a forecast year)
    j = i - 1
    while j >= max(i - _CARRY_BACK, 0) and lay.sentences[j][1] > p0:
        found = exprs_in(exprs, *lay.sentences[j])
        if any(not e.period for e in found):
            return [], False  # "aujourd'hui"
        stated = [
            (e.period[:4], e.ahead)
            for e in found
            if (e.stated or e.relative)
            and e.base < 0
            and not _BASE_YEAR.search(text, max(0, e.start - 60), e.start)
            and not in_detached_clause(text, e, *lay.sentences[j])
        ]
        if stated or found:
            break
        j -= 1
    if not stated:
        return [], False
    frame = frames(i)
    if frame in ("now", "conditional", "mixed") or frames.reported(i):
        return [], False
    # a forecast year ("perspectives pour 2010") frames only another forecast
    years = [yr for yr, ahead in stated if frame == "future" or not ahead]
    if not years:
        return [], False
    into_present = False
    for k in range(j, i):
        earlier = frames(k)
        if (earlier, frame) == ("past", "present"):
            into_present = True  # frames a year's flows ("elles progressent de 9 %") only
        elif earlier != frame and (earlier, frame) != ("present", "past"):
            return [], False  # a fact does not frame a forecast, nor a forecast a fact
    return years, into_present


def _lead_years_at(
    lay: Layout,
    figures_at: list[int],
    exprs: list[TimeExpr],
    undated: bool = False,
    loose: bool = False,
) -> list[tuple[str, int]]:
    """(year, start of its sentence) of the years stated in the lead sentences that carry a
    figure; the latest governs the article. In an `undated` text (no publication date given or
    stated), the year its lead looks back on ("le bilan de l'année passée") governs even without
    figures, since "current" would say nothing there. A lead without figures hands over to the
    "l'an dernier" of the next paragraph. `loose` also takes years that do not open their
    clause ("a réalisé en 2024 un chiffre d'affaires de"), in any lead sentence of an undated
    text: they frame only the flows told after them."""
    years: list[tuple[str, int]] = []
    if lay.lead is None:
        return years
    lead_end = handed = lay.lead[1]
    k = bisect.bisect_left(figures_at, lay.lead[0])
    if not (k < len(figures_at) and figures_at[k] < lead_end):
        i = bisect.bisect_right(lay.paragraph_starts, lead_end)
        if i < len(lay.paragraphs) and lay.paragraphs[i][0] < lay.article_end:
            lead_end = lay.paragraphs[i][1]
    first = lay.sentence_index(lay.lead[0])
    for s_start, s_end in lay.sentences[first:]:
        if s_start >= lead_end:
            break
        k = bisect.bisect_left(figures_at, s_start)
        carries = k < len(figures_at) and figures_at[k] < s_end
        years += [
            (e.period[:4], s_start)
            for e in exprs_in(exprs, s_start, s_end)
            if e.base < 0
            and (
                (e.relative and (carries or undated))
                or (carries and e.governs and s_start < handed)
                or (loose and (carries or undated) and e.stated and not (e.ahead or e.compared))
            )
        ]
    return years


_LIST_MARK = re.compile(r"[^\S\n]*[–—•*·▪-]")
_LIST_REACH = 40  # list items read back to find the heading line


def _list_year(text: str, lay: Layout, exprs: list[TimeExpr], pos: int) -> str | None:
    """The year of the heading that opens the list holding `pos` ("Chiffres clés 2024 :" then
    lines "– chiffre d'affaires : 58 M€ ;"): the last year stated in the heading's last
    sentence, when that line ends with a colon."""
    i = bisect.bisect_right(lay.paragraph_starts, pos) - 1
    if i <= 0 or not _LIST_MARK.match(text, lay.paragraphs[i][0]):
        return None
    k = i - 1
    while k > max(0, i - _LIST_REACH) and _LIST_MARK.match(text, lay.paragraphs[k][0]):
        k -= 1
    h0, h1 = lay.paragraphs[k]
    if _LIST_MARK.match(text, h0) or not text[h0:h1].rstrip().endswith(":"):
        return None
    s0 = lay.sentence_of(max(h0, h1 - 2))[0]
    years = [e.period[:4] for e in exprs_in(exprs, max(h0, s0), h1) if e.period and e.base < 0]
    return years[-1] if years else None


_RESPECTIVELY = re.compile(r"\brespectivement\b", re.IGNORECASE)


def _pair_respectively(
    text: str,
    exprs: list[TimeExpr],
    spans: list[FigureSpan],
    sentences: list[tuple[int, int]],
    periods: list[str | None],
    origins: list[str],
) -> None:
    """ "En 2021 et 2022, les ventes ont bondi respectivement de 11 % et de 6,5 %": the n years
    listed before "respectivement" go, in order, to the n figures after it in the sentence."""
    for s0, s1 in sorted(set(sentences)):
        m = _RESPECTIVELY.search(text, s0, s1)
        if not m:
            continue
        years = [e.period[:4] for e in exprs_in(exprs, s0, m.start()) if e.stated and e.base < 0]
        after = [i for i, f in enumerate(spans) if sentences[i] == (s0, s1) and f.start > m.end()]
        if len(years) >= 2 and len(set(years)) == len(years) and len(after) == len(years):
            for i, year in zip(after, years, strict=True):
                periods[i], origins[i] = year, "sentence"


def assign_periods(
    text: str,
    lay: Layout,
    exprs: list[TimeExpr],
    spans: list[FigureSpan],
    sentences: list[tuple[int, int]],
    published: int | None = None,
    title_years: tuple[str, ...] = (),
) -> list[str | None]:
    """Period per figure, `sentences` = their sentences; `published`: the year of the text's
    publication date, None when it gives none (its reference year was inferred)."""
    return traced_periods(text, lay, exprs, spans, sentences, published, title_years)[0]


def traced_periods(
    text: str,
    lay: Layout,
    exprs: list[TimeExpr],
    spans: list[FigureSpan],
    sentences: list[tuple[int, int]],
    published: int | None = None,
    title_years: tuple[str, ...] = (),
) -> tuple[list[str | None], list[str]]:
    """`assign_periods` with, per figure, where its period came from ("sentence", "carried",
    "block", "list" or "item"), for measuring the rules."""
    markers = no_period_markers(text)
    starts = [f.start for f in spans]
    lead_at = _lead_years_at(lay, starts, exprs, published is None)
    lead_at += [(yr, -1) for yr in title_years]
    lead = sorted({yr for yr, _ in lead_at})
    block = lead[-1] if lead else None
    # any year a lead sentence states ("a réalisé en 2024 un chiffre d'affaires de")
    loose = [yr for yr, _ in _lead_years_at(lay, starts, exprs, published is None, True)]
    flow_block = max(loose) if loose else None
    # Inside the lead paragraph a lead year frames only what follows it: what comes before is
    # left to the sentence and to the year carried within the paragraph.
    lead_para = lay.paragraph_of(lay.lead[0]) if lay.lead else (0, -1)
    frames = _SentenceTimes(text, lay)
    periods: list[str | None] = []
    origins: list[str] = []
    for (start, end, _, state), sent in zip(spans, sentences, strict=True):
        period, decided = sentence_period(text, markers, exprs, starts, (start, end), sent)
        origins.append("sentence" if decided else "block")
        if not decided:
            carried = (
                _carried_years(text, lay, exprs, starts, frames, start, state)
                if start < lay.article_end
                else []
            )
            listed = _list_year(text, lay, exprs, start) if start < lay.article_end else None
            if listed:
                period = listed
                origins[-1] = "list"
            elif carried:
                period = carried[-1]
                origins[-1] = "carried"
            elif start < lay.article_end:
                period = block
                if not block and flow_block and not state and published is None:
                    # with no publication date "current" says nothing: a year a lead sentence
                    # states frames the flows told after it
                    period = flow_block
                if lead_para[0] <= start < lead_para[1]:
                    before = [yr for yr, at in lead_at if at <= start]
                    period = max(before) if before else None
                frame = frames(lay.sentence_index(start)) if period else ""
                if frame in ("now", "future"):
                    period = None  # a forecast or a "now" is not the governing year's
                elif state and frame == "present" and published and period == str(published - 1):
                    # a lead on last year's results; "le réseau emploie 640 personnes" says
                    # what the company is at publication
                    period = None
            else:
                p0, p1 = lay.paragraph_of(start)
                lo, hi = max(p0, start - _ITEM_RADIUS), min(p1, start + _ITEM_RADIUS)
                dated = [e for e in exprs_in(exprs, lo, hi) if e.explicit_date]
                period = dated[0].period[:4] if dated else None
                origins[-1] = "item"
        periods.append(period[:4] if period else None)
    if "respectivement" in text:
        _pair_respectively(text, exprs, spans, sentences, periods, origins)
    for i in change_pairs(text, [(f.start, f.end) for f in spans]):
        later = periods[i + 1]
        both_percent = spans[i].percent and spans[i + 1].percent
        same = periods[i] == later and origins[i] == origins[i + 1]
        where = sentences[i + 1]
        if origins[i + 1] == "carried":  # the span may sit in the sentence the year came from
            where = (lay.paragraph_of(spans[i + 1].start)[0], where[1])
        first = _span_start_year(text, exprs, where, later)
        if first and (same or periods[i] is None):
            periods[i] = first  # "passés de 120 à 180 salariés entre 2015 et 2022"
        elif both_percent and later and (same or periods[i] is None):
            earlier = [yr for yr in lead if yr < later] if origins[i] != "sentence" else []
            periods[i] = earlier[-1] if earlier else str(int(later) - 1)
    return periods, origins
