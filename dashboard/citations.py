"""Who gives the numbers of a chart, in words a reader can cite.

Input: the rows a chart draws (at least `source_id` and `period`) and the package's `sources`
table. Output: one `SourceUse` per source (its display name, the periods it gives, a citation
line ready to paste), and the texts built from them: the short source line under a chart
(`Sources : Francéclat (2018–2024), Europa Star (2009–2011) et 3 autres — voir Sources`) and
the full list the images, decks and workbooks print. Pure functions, no I/O.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import polars as pl

from dashboard.i18n import and_others, colon, format_date, format_period, join_words, pick, t

KIND_RANK = {"official": 0, "secondary": 1, "news": 2}
NAMED = 2  # sources named in a line that also says "et N autres"; up to NAMED + 1 all named


@dataclass(frozen=True)
class SourceUse:
    """One source behind a chart: who, which periods, and how to cite it."""

    source_id: str
    name: str  # display name of the publisher (package 2.0 `publisher_name`)
    producer: str  # body that produced the figures (equals `name` when it did itself)
    title: str
    url: str
    periods: tuple[str, ...]  # sorted, distinct
    citation: str
    rank: int = 1  # 0 official producer, 1 secondary (or unknown: package < 2.0), 2 news
    licence: str = ""  # the source's own terms (`sources.licence`)

    @property
    def years(self) -> tuple[int, int] | None:
        years = [int(p[:4]) for p in self.periods if p[:4].isdigit()]
        return (min(years), max(years)) if years else None


def year_span(years: tuple[int, int] | None) -> str:
    if years is None:
        return ""
    first, last = years
    return str(first) if first == last else f"{first}–{last}"


def _published(row: dict, lang: str) -> str:
    if row.get("published_on") is not None:
        return format_date(row["published_on"], lang)
    text = row.get("published_on_text")
    return format_period(text, lang) if text else ""


def citation(row: dict, lang: str) -> str:
    """`Francéclat, « Chiffres clés », 1er juin 2025, https://… (consulté le 1er novembre 2026).`

    The publisher is cited verbatim (the carrier of the figures); the display name and the
    producer are the reader's words for it and come first when they differ.
    """
    name = row.get("publisher_name") or row.get("publisher") or row.get("source_id") or "?"
    verbatim = row.get("publisher") or ""
    producer = row.get("producer") or name
    who = name if verbatim in ("", name) else f"{name} [{verbatim}]"
    if producer != name:
        who += f" ({t('figures_by', lang).format(producer=producer)})"
    title = row.get("title") or ""
    quoted = pick((f"« {title} »", f"“{title}”"), lang) if title else ""
    parts = [p for p in (who, quoted, _published(row, lang), row.get("url") or "") if p]
    text = ", ".join(parts)
    if row.get("retrieved_on") is not None:
        text += f" ({t('accessed', lang)} {format_date(row['retrieved_on'], lang)})"
    return text + "."


def source_uses(rows: pl.DataFrame, sources: pl.DataFrame, lang: str) -> list[SourceUse]:
    """The sources of `rows`, most points first (then the most recent), each with its periods."""
    if rows.is_empty() or "source_id" not in rows.columns:
        return []
    given = (
        rows.select(pl.col("source_id").cast(pl.String), pl.col("period").cast(pl.String))
        .drop_nulls("source_id")
        .group_by("source_id")
        .agg(pl.col("period").drop_nulls().unique().sort())
    )
    table = given.join(sources, on="source_id", how="left")
    uses = []
    for r in table.iter_rows(named=True):
        name = r.get("publisher_name") or r.get("publisher") or r["source_id"]
        uses.append(SourceUse(
            r["source_id"], name, r.get("producer") or name, r.get("title") or "",
            r.get("url") or "", tuple(r["period"]), citation(r, lang),
            KIND_RANK.get(r.get("producer_kind") or "", 1), r.get("licence") or "",
        ))  # fmt: skip
    return sorted(uses, key=_order)


def _order(u: SourceUse) -> tuple:
    """Official producers first, then the sources giving the most points, the latest first."""
    return (u.rank, -len(u.periods), -((u.years or (0, 0))[1]), u.name, u.source_id)


@dataclass(frozen=True)
class NamedSource:
    """A publisher as a source line names it: all its documents together."""

    name: str
    years: tuple[int, int] | None


def by_publisher(uses: list[SourceUse]) -> list[NamedSource]:
    """Uses grouped by display name, in the order of their first use; years spanned."""
    spans: dict[str, list[int]] = {}
    for u in uses:
        span = spans.setdefault(u.name, [])
        if u.years:
            span.extend(u.years)
    return [NamedSource(n, (min(y), max(y)) if y else None) for n, y in spans.items()]


def _named(source: NamedSource) -> str:
    span = year_span(source.years)
    return f"{source.name} ({span})" if span else source.name


SHARE_ALIKE = ("ODbL",)  # licences whose figures must be shared under the same terms


def share_alike(uses: list[SourceUse], lang: str) -> list[str]:
    """`données Urssaf sous licence ODbL 1.0 (partage à l'identique)`: the terms a reader who
    shares these figures must keep, for each publisher under a share-alike licence."""
    found: dict[str, str] = {}
    for u in uses:
        if u.licence.startswith(SHARE_ALIKE):
            found.setdefault(u.name, u.licence.split(" (")[0].split(" ;")[0])
    return [t("share_alike", lang).format(who=who, licence=lic) for who, lic in found.items()]


def source_line(uses: list[SourceUse], updated: date | None, lang: str) -> str:
    """`Sources : Francéclat (2018–2024), Europa Star (2009–2011) et 3 autres — voir Sources ·
    mise à jour : 1er octobre 2025`: every name it gives is citable, the rest is in the panel."""
    named = by_publisher(uses)
    if not named:  # nothing drawn, nobody to cite
        return f"{t('updated', lang).capitalize()}{colon(lang)}{format_date(updated, lang)}"
    label = t("sources_word" if len(named) > 1 else "source", lang)
    if len(named) <= NAMED + 1:
        names = join_words([_named(s) for s in named], lang) or "–"
    else:
        rest = and_others(len(named) - NAMED, lang)
        names = f"{', '.join(_named(s) for s in named[:NAMED])} {rest} — {t('see_sources', lang)}"
    terms = "".join(f" · {line}" for line in share_alike(uses, lang))
    return f"{label}{colon(lang)}{names} · {t('updated', lang)}{colon(lang)}{format_date(updated, lang)}{terms}"


def footer_lines(uses: list[SourceUse], updated: date | None, lang: str) -> list[str]:
    """Every publisher with its years, for images and decks (no "et N autres")."""
    named = by_publisher(uses)
    label = t("sources_word" if len(named) > 1 else "source", lang)
    body = ", ".join(_named(s) for s in named) or "–"
    terms = [line[:1].upper() + line[1:] + "." for line in share_alike(uses, lang)]
    return [f"{label}{colon(lang)}{body}.", f"{t('updated', lang).capitalize()}{colon(lang)}"
            f"{format_date(updated, lang)}", *terms]  # fmt: skip
