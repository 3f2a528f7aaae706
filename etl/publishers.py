"""Publishers reference: who published a source, who produced its figures, and of what kind.

`data/raw/reference/publishers.csv` maps each raw publisher name, written as the sources cite
it, to a display name, the body that produced the figures (only when the raw name or the
source says so; else the publisher itself), a kind and whether the display name was verified.
Kinds: `official` (statistics offices, public bodies, trade bodies and federations publishing
their own figures) and `secondary` (press and sites relaying figures). The kind is the
producer's: Francéclat's figures relayed by FNAMAC are official, cited through FNAMAC.

`data/raw/reference/stated_producers.csv` names the producer of one publication (by its URL)
when that publication itself says whose figures it gives ("… (chiffres Francéclat)"), with the
words that say so; it wins over the publisher's line for that publication only.

A statistics source citing a publisher missing from the file is a build error (never a guess).
A news item's outlet need not be listed: its figures are `news` whatever the outlet, and an
unlisted outlet keeps its own name, marked unverified.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import polars as pl

from etl.errors import SourceError
from etl.reference_rows import reference_rows

PUBLISHERS_FILE = "publishers.csv"
STATED_PRODUCERS_FILE = "stated_producers.csv"
PUBLISHER_KINDS = ("official", "secondary")
COLUMNS = ("raw_name", "display_name", "producer", "kind", "verified", "note")
_BOOLEANS = {"true": True, "false": False}


@dataclass(frozen=True)
class Publisher:
    raw_name: str
    display_name: str
    producer: str
    kind: str
    verified: bool
    note: str


@dataclass(frozen=True)
class StatedProducer:
    url: str
    producer: str
    kind: str
    evidence: str


@dataclass(frozen=True)
class Described:
    """What the package says about one citation's publisher."""

    publisher_name: str
    producer: str
    producer_kind: str
    publisher_verified: bool


@dataclass(frozen=True)
class Publishers:
    """The publishers reference and the producers that single publications state."""

    by_name: dict[str, Publisher]
    by_url: dict[str, StatedProducer]

    def describe(self, raw_name: str, url: str | None) -> Described | None:
        """None when the publisher is not in the reference."""
        ref = self.by_name.get(raw_name)
        if ref is None:
            return None
        stated = self.by_url.get(url or "")
        if stated is not None:
            return Described(ref.display_name, stated.producer, stated.kind, ref.verified)
        return Described(ref.display_name, ref.producer, ref.kind, ref.verified)


def _check_kind(kind: str, path: Path, number: int) -> None:
    if kind not in PUBLISHER_KINDS:
        raise SourceError(
            f"kind must be one of {PUBLISHER_KINDS}", file=str(path), row=number, text=kind
        )


def load_publishers(path: Path) -> dict[str, Publisher]:
    """Raw publisher name -> its reference line; every bad line is named with its row."""
    out: dict[str, Publisher] = {}
    for number, values in reference_rows(path, COLUMNS):
        for column in ("raw_name", "display_name", "producer"):
            if not values[column]:
                raise SourceError(f"empty {column}", file=str(path), row=number)
        _check_kind(values["kind"], path, number)
        if values["verified"].lower() not in _BOOLEANS:
            raise SourceError(
                "verified must be true or false",
                file=str(path),
                row=number,
                text=values["verified"],
            )
        if values["raw_name"] in out:
            raise SourceError(
                "duplicate raw_name", file=str(path), row=number, text=values["raw_name"]
            )
        out[values["raw_name"]] = Publisher(
            **{**values, "verified": _BOOLEANS[values["verified"].lower()]}  # type: ignore[arg-type]
        )
    return out


def load_stated_producers(path: Path) -> dict[str, StatedProducer]:
    """Publication URL -> the producer it states; an absent file states none."""
    if not path.is_file():
        return {}
    out: dict[str, StatedProducer] = {}
    for number, values in reference_rows(path, ("url", "producer", "kind", "evidence")):
        if not values["url"] or not values["producer"] or not values["evidence"]:
            raise SourceError("url, producer and evidence are required", file=str(path), row=number)
        _check_kind(values["kind"], path, number)
        if values["url"] in out:
            raise SourceError("duplicate url", file=str(path), row=number, text=values["url"])
        out[values["url"]] = StatedProducer(**values)
    return out


def load_publishers_reference(folder: Path) -> Publishers:
    return Publishers(
        load_publishers(folder / PUBLISHERS_FILE),
        load_stated_producers(folder / STATED_PRODUCERS_FILE),
    )


def unknown_publisher(raw_name: str, file: str | None, row: int | None = None) -> SourceError:
    """The build error for a publisher missing from the reference: what, where, and the fix."""
    return SourceError(
        f"publisher {raw_name!r} is not in data/raw/reference/{PUBLISHERS_FILE}: add a line "
        "for it there (raw_name, display_name, producer, kind, verified, note)",
        file=file,
        row=row,
    )


def describe_sources(sources: pl.DataFrame, publishers: Publishers) -> pl.DataFrame:
    """The sources table with publisher_name, producer, producer_kind and publisher_verified.

    Statistics and publication sources take them from the reference; news items are `news`, named as the reference says when their
    outlet is listed, else by the outlet as printed, unverified.
    """
    rows = []
    for publisher, kind, url in sources.select("publisher", "kind", "url").iter_rows():
        ref = publishers.by_name.get(publisher)
        described = publishers.describe(publisher, url)
        if kind == "news":
            rows.append(
                (
                    ref.display_name if ref else publisher,
                    None,
                    "news",
                    ref.verified if ref else False,
                )
            )
        elif described is None:
            # Only rows kept from a source's last good build get here (the source itself has
            # failed on the missing line): the cautious kind, the name as cited, unverified.
            rows.append((publisher, None, "secondary", False))
        else:
            rows.append(
                (described.publisher_name, described.producer, described.producer_kind,
                 described.publisher_verified)
            )  # fmt: skip
    names = ["publisher_name", "producer", "producer_kind", "publisher_verified"]
    columns = pl.DataFrame(
        rows or None,
        schema={"publisher_name": pl.String, "producer": pl.String, "producer_kind": pl.String,
                "publisher_verified": pl.Boolean},
        orient="row",
    )  # fmt: skip
    out = sources.drop(names, strict=False).hstack(columns)
    return out.with_columns(pl.col("producer").fill_null(pl.col("publisher_name")))
