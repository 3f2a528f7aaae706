"""A small data package written with polars for the dashboard tests (no etl import).

Observations hold the headline series (French watchmaking revenue as printed by its sources,
with the 2012-2014 and 2016-2017 gaps), a disagreeing 2009 row, a press-reported row and a few
jobs and companies figures. News items are short test texts written for these tests.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import polars as pl

HEADLINE = {
    2009: 230e6, 2010: 232e6, 2011: 290e6, 2015: 295e6, 2018: 321e6, 2019: 349e6,
    2020: 271e6, 2021: 341e6, 2022: 381e6, 2023: 410e6, 2024: 423e6,
}  # fmt: skip

SOURCES = pl.DataFrame(
    {
        "source_id": ["franceclat", "insee_bfc", "press_est"],
        "title": ["Chiffres clés", "Horlogerie en Franche-Comté", "Article de presse"],
        "publisher": ["Francéclat", "Insee", "L'Est Républicain"],
        "url": ["https://example.org/fc", "https://example.org/insee", "https://example.org/er"],
        "published_on": [date(2025, 6, 1), date(2011, 1, 1), date(2025, 10, 1)],
        "retrieved_on": [date(2026, 11, 1)] * 3,
        "licence": ["Reproduction autorisée", "Licence Ouverte", "Citation"],
        "kind": ["statistics", "publication", "news"],
        "raw_path": [None, None, None],
    },
    schema_overrides={"raw_path": pl.String},
)

INDICATORS = pl.DataFrame(
    {
        "code": ["revenue", "jobs", "companies"],
        "label_fr": ["Chiffre d'affaires", "Emplois", "Entreprises"],
        "label_en": ["Revenue", "Jobs", "Companies"],
        "unit": ["EUR", "persons", "companies"],
        "description": ["", "", ""],
    }
)

SEGMENTS = pl.DataFrame(
    {
        "code": ["watchmaking", "watches"],
        "label_fr": ["Horlogerie", "Montres"],
        "label_en": ["Watchmaking", "Watches"],
        "description": ["", ""],
    }
)

GEOGRAPHIES = pl.DataFrame(
    {
        "code": ["FR", "FR-BFC", "FR-ARA", "FR-25", "FR-39", "FR-74", "25056"],
        "label_fr": [
            "France", "Bourgogne-Franche-Comté", "Auvergne-Rhône-Alpes",
            "Doubs", "Jura", "Haute-Savoie", "Besançon",
        ],
        "label_en": [
            "France", "Bourgogne-Franche-Comté", "Auvergne-Rhône-Alpes",
            "Doubs", "Jura", "Haute-Savoie", "Besançon",
        ],
        "level": [
            "country", "region", "region", "department", "department", "department", "commune",
        ],
        "parent": [None, "FR", "FR", "FR-BFC", "FR-BFC", "FR-ARA", "FR-25"],
        "insee_code": [None, "27", "84", "25", "39", "74", "25056"],
        "population": [None, None, None, None, None, None, 120000],
    }
)  # fmt: skip


def _obs_rows() -> list[dict]:
    rows = []
    for year, value in HEADLINE.items():
        rows.append(
            dict(indicator="revenue", value=value, unit="EUR", period=str(year), geo="FR",
                 segment="watchmaking", status="official", source_id="franceclat",
                 approximate=False)
        )  # fmt: skip
    rows += [
        dict(indicator="revenue", value=157e6, unit="EUR", period="2009", geo="FR",
             segment="watchmaking", status="official", source_id="insee_bfc", approximate=False),
        dict(indicator="revenue", value=423e6, unit="EUR", period="2024", geo="FR",
             segment="watchmaking", status="reported", source_id="press_est", approximate=True),
        dict(indicator="revenue", value=55e6, unit="EUR", period="2018", geo="FR",
             segment="watches", status="official", source_id="franceclat", approximate=False),
        dict(indicator="jobs", value=2830, unit="persons", period="2018", geo="FR",
             segment="watchmaking", status="official", source_id="franceclat", approximate=False),
        dict(indicator="jobs", value=3000, unit="persons", period="2015", geo="FR",
             segment="watchmaking", status="official", source_id="franceclat", approximate=True),
        dict(indicator="companies", value=78, unit="companies", period="2020", geo="FR",
             segment="watchmaking", status="official", source_id="franceclat", approximate=False),
        dict(indicator="jobs", value=120, unit="persons", period="2025-10", geo="25056",
             segment="watchmaking", status="reported", source_id="press_est", approximate=False),
    ]  # fmt: skip
    for i, row in enumerate(rows):
        row["observation_id"] = f"O{i:04d}"
        row["locator"] = "news:N2" if row["status"] == "reported" else f"sheet!A{i + 2}"
        row["entity"] = None
        row["original_text"] = None
        row["note"] = None
        row["ref"] = None
    return rows


def observations() -> pl.DataFrame:
    frame = pl.DataFrame(_obs_rows(), infer_schema_length=None)
    return frame.with_columns(
        pl.col("period").str.slice(0, 7).str.pad_end(7, "x")
        .str.replace("x+$", "").str.replace(r"^(\d{4})$", "$1-01")
        .str.to_date("%Y-%m").alias("period_start"),
        pl.col("entity").cast(pl.String), pl.col("original_text").cast(pl.String),
        pl.col("note").cast(pl.String), pl.col("ref").cast(pl.String),
    )  # fmt: skip


NEWS_TEXT = [
    "Texte d'essai numéro un. L'entreprise Alpha annonce un chiffre d'affaires en hausse.",
    "Texte d'essai numéro deux. À Besançon, Beta recrute 120 personnes d'ici la fin de l'année.",
    "Texte d'essai numéro trois. Le marché régional <b>reste</b> stable selon Gamma.",
]


def news_items() -> pl.DataFrame:
    return pl.DataFrame(
        {
            "news_id": ["N1", "N2", "N3"],
            "outlet": ["Journal A", "Journal B", "Journal C"],
            "url": ["https://example.org/n1", "https://example.org/n2", "https://example.org/n3"],
            "published_on": [date(2024, 3, 5), date(2025, 10, 1), date(2025, 11, 20)],
            "updated_on": [None, None, None],
            "title": [
                "Alpha en hausse",
                "Beta recrute à Besançon",
                "Marché stable en Haute-Savoie",
            ],
            "lead": ["Premier article d'essai.", "Deuxième article d'essai.", "Troisième."],
            "text": NEWS_TEXT,
            "places": [[], ["25056"], []],
            "geo": [["FR-BFC"], ["FR-25", "FR-BFC"], ["FR-74"]],
            "topics": [["watchmaking", "economy"], ["watchmaking"], ["economy"]],
            "source_id": ["press_est", "press_est", "press_est"],
        },
        schema_overrides={"updated_on": pl.Date},
    )


def news_figures() -> pl.DataFrame:
    text = NEWS_TEXT[1]
    span = "120 personnes"
    start = text.index(span)
    return pl.DataFrame(
        {
            "figure_id": ["NF1"], "news_id": ["N2"], "span": [span], "start": [start],
            "end": [start + len(span)], "value": [120.0], "value_max": [None], "unit": ["persons"],
            "metric": ["jobs"], "period": ["2025-10"], "entity": ["Beta"], "geo": ["25056"],
            "approximate": [False], "qualifier": [None], "currency": [None],
            "sentence": [text], "indicator": ["jobs"], "observation_id": ["O0017"],
            "status": ["reported"],
        },
        schema_overrides={"value_max": pl.Float64, "qualifier": pl.String, "currency": pl.String},
    )  # fmt: skip


def write_package(folder: Path, with_news: bool = True) -> Path:
    """Write the fixture package (Parquet + datapackage.json) into `folder`; return it."""
    folder.mkdir(parents=True, exist_ok=True)
    tables = {
        "sources": SOURCES, "indicators": INDICATORS, "segments": SEGMENTS,
        "geographies": GEOGRAPHIES, "observations": observations(),
    }  # fmt: skip
    if with_news:
        tables["news_items"] = news_items()
        tables["news_figures"] = news_figures()
    for name, frame in tables.items():
        frame.write_parquet(folder / f"{name}.parquet")
    descriptor = {
        "name": "cadran-test",
        "created": "2026-11-20T10:00:00Z",
        "resources": [{"name": n, "path": f"{n}.parquet"} for n in tables],
    }
    (folder / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    return folder
