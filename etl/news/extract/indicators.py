"""A news figure -> the sector indicator it measures, its segment, entity, place and status.

Input: one extracted figure (dict with the `Figure` fields plus `geo_code`), the item's
topics, places and publication date, and the reference tables. Output: `Mapping`.

Status rules (documented in the package's news_figures table):
- `reported`: the item is about watchmaking, the metric maps to an indicator of
  `data/raw/reference/indicators.csv` in its canonical unit, the figure is about the French
  sector (or one company of it) and has a place: it becomes an observation;
- `candidate`: a watchmaking item's figure that looks like a sector figure but one of those
  checks fails (Swiss or jewellery perimeter, growth rate or share, no place, odd unit):
  kept for curation (`data/news_decisions.txt` can approve or correct it);
- `extracted`: any other figure (items not about watchmaking, prices, widget-free context).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

SECTOR_METRICS = {
    "revenue": "revenue",
    "companies": "companies",
    "members": "companies",  # as the statistics count them: companies, entity = the body
    "exports": "exports",
    "imports": "imports",
    "production": "production",
    "stores": "stores",
    "participants": "participants",
    "investment": "investment",
}
CANDIDATE_METRICS = {"growth_rate": "growth_rate", "market_share": "market_share"}
WATCH_SEGMENTS = frozenset(
    [
        "watchmaking",
        "watches",
        "clocks_time_systems",
        "watch_components",
        "watch_cases",
        "bracelets",
        "mechanical_movements",
        "mechanical_watches",
        "watch_after_sales_service",
    ]
)
_SECTOR = re.compile(
    r"\b(fili[èe]re|secteur|industrie|horlog\w*|march[ée]|profession|branche|"
    r"entreprises?|[ée]tablissements?|fabricants?)\b",
    re.IGNORECASE,
)
_DETERMINER = re.compile(r"(?:les?|la|l['’ʼ]|une?|des|ses|son|sa|leur)\b", re.IGNORECASE)
_FRANCE = re.compile(r"\bFrance\b|\bfran[çc]ais\w*", re.IGNORECASE)
_SWISS = re.compile(r"\bsuisses?\b|\bSuisse\b|francs suisses|\bCHF\b", re.IGNORECASE)
_CUTS = re.compile(r"suppr\w*|licenci\w*|plan social|d[ée]parts?", re.IGNORECASE)
_CREATED = re.compile(r"cr[ée]ation|cr[ée]er|cr[ée]és?|embauch\w*|recrut\w*", re.IGNORECASE)
_SEGMENT_RULES = (
    (re.compile(r"horlogerie[- ]bijouterie|HBJO|montres et (?:les )?bijoux|bijouterie[- ]joaillerie et horlogerie", re.IGNORECASE), "watchmaking_jewellery"),
    (re.compile(r"\bhorloges?\b|systèmes horaires|horlogerie d.édifice", re.IGNORECASE), "clocks_time_systems"),
    (re.compile(r"bijouterie fantaisie", re.IGNORECASE), "costume_jewellery"),
    (re.compile(r"\bbijou\w*|joaill\w*", re.IGNORECASE), "jewellery"),
)  # fmt: skip


@dataclass
class Mapping:
    indicator: str | None
    segment: str
    entity: str | None
    geo: str | None
    period: str | None
    status: str
    why: str = ""


def segment_of(sentence: str, company: bool, title: str = "") -> str:
    """Watchmaking unless the sentence names another perimeter (jewellery, clocks, watches);
    a sentence that names none ("Ses exportations...") takes the perimeter of the title."""
    for text in (sentence, title):
        for pattern, code in _SEGMENT_RULES:
            if pattern.search(text):
                if code == "jewellery" and re.search(r"horlog|montre", text, re.IGNORECASE):
                    return "watchmaking_jewellery"
                return code
        if re.search(r"horlog|montre", text, re.IGNORECASE):
            break
    if company and re.search(r"\bmontres?\b", sentence, re.IGNORECASE):
        return "watches"
    return "watchmaking"


def company_of(entity: str | None, is_place: Any) -> str | None:
    """The company a figure is about, None when it is about a sector, a market or a place."""
    if not entity:
        return None
    name = re.sub(r"\s*\(.*?\)\s*", " ", entity).strip(" ,.")
    name = re.sub(r"^(?:[Ee]n|[Àà]|[Dd]ans)\s+", "", name)
    if not name or not name[0].isupper() or _DETERMINER.match(name) or is_place(name):
        return None
    return name


def indicator_of(fig: dict[str, Any], company: bool) -> tuple[str | None, bool]:
    """(indicator code, sure) for a figure's metric; employees of the sector count as jobs."""
    metric = fig["metric"]
    if metric in ("employees", "jobs"):
        sentence = fig.get("sentence") or ""
        if metric == "jobs" and _CUTS.search(sentence):
            return "job_cuts", True
        if metric == "jobs" and _CREATED.search(sentence):
            return "jobs_created", True
        return "jobs", True  # headcounts of a sector or a company, as the statistics hold them
    if metric in SECTOR_METRICS:
        return SECTOR_METRICS[metric], True
    if metric in CANDIDATE_METRICS:
        return CANDIDATE_METRICS[metric], False
    return None, False


def map_figure(
    fig: dict[str, Any],
    topics: list[str],
    places: list[str],
    published_year: int | None,
    units: dict[str, str],
    is_place: Any,
    title: str = "",
) -> Mapping:
    """Indicator, segment, entity, geo, period and status of one news figure."""
    sentence = fig.get("sentence") or ""
    company = company_of(fig.get("entity"), is_place)
    indicator, sure = indicator_of(fig, company is not None)
    segment = segment_of(sentence, company is not None, title)
    period = fig.get("period") or (str(published_year) if published_year else None)
    if period and fig["metric"] != "participants":
        period = period[:4]
    geo = fig.get("geo_code")
    if geo is None and company and len(places) == 1:
        geo = places[0]
    if geo is None and company is None and _FRANCE.search(sentence):
        geo = "FR"
    out = Mapping(indicator, segment, company, geo, period, "extracted")
    if "watchmaking" not in topics:
        out.why = "item not about watchmaking"
        return out
    out.status = "candidate"
    checks = (
        (indicator is None, "metric is not a sector indicator"),
        (not sure, f"{fig['metric']} needs a reader to say of what"),
        (
            indicator is not None and units.get(indicator) != fig["unit"],
            "unit differs from the indicator's",
        ),
        (segment not in WATCH_SEGMENTS, f"perimeter is {segment}"),
        (
            bool(_SWISS.search(sentence)) or fig.get("currency") == "CHF" or geo == "CH",
            "Swiss figure",
        ),
        (geo is None, "no place"),
        (period is None, "no period"),
        (
            company is None and not _SECTOR.search(f"{sentence} {fig.get('entity') or ''}"),
            "sector not named in the sentence",
        ),
        (
            indicator == "companies" and fig["metric"] == "members" and company is None,
            "members of which body?",
        ),
    )
    for failed, why in checks:
        if failed:
            out.why = why
            return out
    out.status = "reported"
    return out
