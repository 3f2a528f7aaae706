"""What a chart shows, as a small validated value parsed from (and written back to) the URL query.

Every page and every chart is a function of a `View`, so a share link is just the query string
of `View.to_query()`; the exports (Excel, PNG, PPTX, /embed/<chart_id>) parse the same query
with `parse_view`. Unknown or malformed values never raise: they fall back to the default and
a `Notice` says which parameter was ignored, so the page can tell the user.

Query parameters (all optional):
    indicator   indicator code (default revenue)           segment  segment code (watchmaking)
    geo         geography code (FR)                        mode     level | yoy | index
    base        base year of the index (first year shown)  from, to first and last year shown
    lang        fr | en                                    news     0 hides the news annotations
    entity      organisation the figures are about (France Horlogerie...); empty = whole sector
    scale       linear | log (value axis)
    title, subtitle, note   the reader's own words on the chart (replace the title; under it;
                            before the source line), kept in every export
    marks       the reader's annotations of a year or a period: `2020:Covid;1973-1976:Lip`

Compare: `geo`, `segment` and `entity` take several comma-separated values (`geo=FR,FR-BFC`,
`segment=watches,jewellery`, `entity=,France Horlogerie` where the empty name is the whole
sector). The first value stays in `geo`/`segment`/`entity`, so every single-series reader works
unchanged; the others are in `more_geos`/`more_segments`/`more_entities`, and `View.members()`
gives one single-series view per line (at most `MAX_MEMBERS`).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import asdict, dataclass, replace
from typing import Literal
from urllib.parse import parse_qs, urlencode

from dashboard import i18n

Mode = Literal["level", "yoy", "index"]
MODES: tuple[str, ...] = ("level", "yoy", "index")
SCALES: tuple[str, ...] = ("linear", "log")
MAX_MEMBERS = 6  # lines on one compare chart (one colour each of the palette)
LISTED = {"geo": "more_geos", "segment": "more_segments", "entity": "more_entities"}
WORD_LIMITS = {"title": 120, "subtitle": 200, "note": 300}  # characters kept of each
MAX_MARKS, MARK_CHARS = 6, 40
LANGS: tuple[str, ...] = ("fr", "en")
YEAR_MIN, YEAR_MAX = 1900, 2100


@dataclass(frozen=True)
class View:
    """The state of a chart. Defaults give the headline series: French watchmaking revenue."""

    indicator: str = "revenue"
    segment: str = "watchmaking"
    geo: str = "FR"
    mode: Mode = "level"
    base: int | None = None
    start: int | None = None
    end: int | None = None
    lang: str = "fr"
    news: bool = True  # news annotations on series charts (`news=0` hides them)
    entity: str | None = None  # figures about one organisation; None = the whole segment
    scale: str = "linear"  # value axis: linear | log
    more_geos: tuple[str, ...] = ()  # places compared with `geo`
    more_segments: tuple[str, ...] = ()  # segments compared with `segment`
    more_entities: tuple[str | None, ...] = ()  # organisations compared (None: whole sector)
    title: str | None = None  # the reader's title (replaces the built one)
    subtitle: str | None = None
    note: str | None = None
    marks: tuple[tuple[int, int, str], ...] = ()  # (first year, last year, label)

    def to_query(self) -> str:
        """Query string (without `?`) holding only the values that differ from the defaults;
        compared values are joined with commas after the first (`geo=FR,FR-BFC`)."""
        default = View()
        names = {"start": "from", "end": "to"}
        pairs = []
        for key, value in asdict(self).items():
            if key.startswith("more_"):
                continue
            if key == "marks":
                if value:
                    pairs.append(("marks", marks_text(self.marks)))
                continue
            more = getattr(self, LISTED[key]) if key in LISTED else ()
            if more:
                pairs.append((key, ",".join(v or "" for v in (value, *more))))
            elif value is not None and value != getattr(default, key):
                pairs.append((names.get(key, key), _query_value(value)))
        return urlencode(pairs, safe=",")

    @property
    def compared(self) -> bool:
        """True when the view draws several series (places, segments or organisations)."""
        return bool(self.more_geos or self.more_segments or self.more_entities)

    def members(self) -> list[View]:
        """One single-series view per compared line: every place x segment x organisation, in
        the order given, at most MAX_MEMBERS."""
        out = [
            replace(self, geo=g, segment=s, entity=e, more_geos=(), more_segments=(),
                    more_entities=())
            for s in (self.segment, *self.more_segments)
            for g in (self.geo, *self.more_geos)
            for e in (self.entity, *self.more_entities)
        ]  # fmt: skip
        return out[:MAX_MEMBERS]

    def single(self) -> View:
        """The first series only (what a one-series reader draws)."""
        return self.members()[0]

    def with_(self, **changes: object) -> View:
        return replace(self, **changes)  # type: ignore[arg-type]


def marks_text(marks: tuple[tuple[int, int, str], ...]) -> str:
    """`2020:Covid;1973-1976:reprise de Lip` (the URL form of the reader's annotations)."""
    return ";".join(f"{a}:{label}" if a == b else f"{a}-{b}:{label}" for a, b, label in marks)


def parse_marks(raw: str) -> tuple[tuple[tuple[int, int, str], ...], list[str]]:
    """Annotations from `YEAR[-YEAR]:label;...`; the parts that do not read are returned."""
    kept: list[tuple[int, int, str]] = []
    bad: list[str] = []
    for part in raw.split(";"):
        when, _, label = part.partition(":")
        first, _, last = when.strip().partition("-")
        label = " ".join(label.split())[:MARK_CHARS]
        try:
            a, b = _year(first.strip()), _year((last or first).strip())
        except ValueError:
            a = b = None
        if a is None or b is None or a > b or not label or len(kept) == MAX_MARKS:
            if part.strip():
                bad.append(part.strip())
            continue
        kept.append((a, b, label))
    return tuple(kept), bad


def _query_value(value: object) -> str:
    return ("1" if value else "0") if isinstance(value, bool) else str(value)


@dataclass(frozen=True)
class Notice:
    """A query parameter that was not understood and the value used instead."""

    param: str
    given: str
    used: str


@dataclass(frozen=True)
class Choices:
    """Valid codes, usually read from the package; empty collections accept any code."""

    indicators: Collection[str] = ()
    segments: Collection[str] = ()
    geos: Collection[str] = ()
    entities: Collection[str] = ()


def query_to_dict(query: str | Mapping[str, object] | None) -> dict[str, str]:
    """Accept `?a=1&b=2`, `a=1`, or a mapping (Dash Pages passes query params as kwargs)."""
    if query is None:
        return {}
    if isinstance(query, Mapping):
        return {str(k): str(v[-1] if isinstance(v, list) else v) for k, v in query.items()}
    parsed = parse_qs(query.lstrip("?"), keep_blank_values=True)
    return {k: v[-1] for k, v in parsed.items()}


def _year(raw: str | None) -> int | None:
    if raw is None or raw == "":
        return None
    if raw.isdigit() and YEAR_MIN <= int(raw) <= YEAR_MAX:
        return int(raw)
    raise ValueError(raw)


def parse_view(
    query: str | Mapping[str, object] | None,
    choices: Choices = Choices(),
    default: View = View(),
) -> tuple[View, list[Notice]]:
    """Validate query parameters into a View; each rejected value becomes a Notice."""
    params = query_to_dict(query)
    notices: list[Notice] = []
    values: dict[str, object] = {}

    def pick(param: str, attr: str, allowed: Collection[str]) -> None:
        raw = params.get(param)
        if raw is None:
            return
        if raw in allowed or (not allowed and attr not in ("mode", "lang") and raw):
            values[attr] = raw
        else:
            notices.append(Notice(param, raw, str(getattr(default, attr) or "")))

    def pick_list(param: str, allowed: Collection[str], blank_ok: bool = False) -> None:
        """Several comma-separated codes: the valid ones kept in order, each other a Notice."""
        raw = params.get(param)
        if raw is None or (raw == "" and blank_ok):
            return
        kept: list[str | None] = []
        for code in raw.split(",") if "," in raw else [raw]:
            code = code.strip()
            if blank_ok and code == "":
                value: str | None = None
            elif code and (code in allowed or not allowed):
                value = code
            else:
                notices.append(Notice(param, code, str(getattr(default, param) or "")))
                continue
            if value not in kept:
                kept.append(value)
        if kept:
            values[param] = kept[0]
            values[LISTED[param]] = tuple(kept[1:MAX_MEMBERS])

    pick("lang", "lang", LANGS)
    pick("indicator", "indicator", choices.indicators)
    pick_list("segment", choices.segments)
    pick_list("geo", choices.geos)
    pick("mode", "mode", MODES)
    pick("scale", "scale", SCALES)
    pick_list("entity", choices.entities, blank_ok=True)  # empty: the whole sector
    for key, limit in WORD_LIMITS.items():
        text = " ".join((params.get(key) or "").split())[:limit]
        if text:
            values[key] = text
    if params.get("marks"):
        values["marks"], bad = parse_marks(params["marks"])
        notices.extend(Notice("marks", part, "") for part in bad)
    if "news" in params:
        if params["news"] in ("0", "1"):
            values["news"] = params["news"] == "1"
        else:
            notices.append(Notice("news", params["news"], "1"))
    for param, attr in (("base", "base"), ("from", "start"), ("to", "end")):
        try:
            year = _year(params.get(param))
        except ValueError:
            notices.append(Notice(param, params[param], str(getattr(default, attr) or "")))
            continue
        if year is not None:
            values[attr] = year
    view = replace(default, **values)  # type: ignore[arg-type]
    if view.start is not None and view.end is not None and view.start > view.end:
        notices.append(Notice("from", str(view.start), ""))
        notices.append(Notice("to", str(view.end), ""))
        view = replace(view, start=None, end=None)
    return view, notices


def lang_of(query: str | Mapping[str, object] | None) -> str:
    """Only the language of a query (fr unless lang=en)."""
    return i18n.lang_of(str(query_to_dict(query).get("lang") or ""))
