"""A small data package written with polars for the dashboard tests.

Its descriptor declares the package version and the Table Schema of each Parquet file as the
ETL writes them (`etl.schema`, the one import of etl: tests may tie both sides), so the
dashboard reads the fixture under the same contract as a built package.

Observations hold the headline series (French watchmaking revenue as printed by its sources,
with the 2012-2014 and 2016-2017 gaps), a disagreeing 2009 row, a press-reported row and a few
jobs and companies figures. For the maps of values: jobs by region in 2018 for five regions,
two departments, the former Franche-Comté (FR-FC, which is not Bourgogne-Franche-Comté), a
company's row and a commune's row that a map must not add up. News items are short test texts
written for these tests, with fine topics (package 2.0); N4 is a local company item (Besançon,
workforce in 1950) that must never sit on the French revenue chart.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date
from pathlib import Path

import polars as pl

from etl.publish import PACKAGE_VERSION
from etl.schema import TABLES_BY_NAME

HEADLINE = {
    2009: 230e6, 2010: 232e6, 2011: 290e6, 2015: 295e6, 2018: 321e6, 2019: 349e6,
    2020: 271e6, 2021: 341e6, 2022: 381e6, 2023: 410e6, 2024: 423e6,
}  # fmt: skip

SOURCES = pl.DataFrame(
    {
        "source_id": ["franceclat", "insee_bfc", "press_est", "fnamac", "site_ip"],
        "title": [
            "Chiffres clés", "Horlogerie en Franche-Comté", "Article de presse",
            "L'emploi horloger par région", "Les régions horlogères",
        ],
        "publisher": [
            "Francéclat", "Insee", "L'Est Républicain", "FNAMAC (reprise Francéclat)",
            "Site d'information horlogère (193.34.136.102)",
        ],
        "url": [
            "https://example.org/fc", "https://example.org/insee", "https://example.org/er",
            "https://example.org/fnamac", "https://example.org/ip",
        ],
        "published_on": [
            date(2025, 6, 1), date(2011, 1, 1), date(2025, 10, 1), date(2019, 3, 1),
            date(2019, 5, 2),
        ],
        "retrieved_on": [date(2026, 11, 1)] * 5,
        "licence": [
            "Reproduction autorisée", "Licence Ouverte", "Citation", "Citation", "Citation",
        ],
        "kind": ["statistics", "publication", "news", "publication", "publication"],
        "raw_path": [None] * 5,
        "publisher_name": [
            "Francéclat", "Insee", "L'Est Républicain", "FNAMAC",
            "site non identifié (193.34.136.102)",
        ],
        "producer": [
            "Francéclat", "Insee", "L'Est Républicain", "Francéclat",
            "site non identifié (193.34.136.102)",
        ],
        "producer_kind": ["official", "official", "news", "official", "secondary"],
        "publisher_verified": [True, True, True, True, False],
    },
    schema_overrides={"raw_path": pl.String},
)  # fmt: skip

INDICATORS = pl.DataFrame(
    {
        "code": ["revenue", "jobs", "companies", "establishments"],
        "label_fr": ["Chiffre d'affaires", "Emplois", "Entreprises", "Établissements"],
        "label_en": ["Revenue", "Jobs", "Companies", "Establishments"],
        "unit": ["EUR", "persons", "companies", "establishments"],
        "description": ["", "", "", ""],
        "topics": [["sector_revenue"], ["employment"], ["companies"], ["companies"]],
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
        "code": ["FR", "FR-BFC", "FR-ARA", "FR-25", "FR-39", "FR-74", "25056",
                 "FR-IDF", "FR-GES", "FR-PAC", "FR-NAQ", "FR-FC"],
        "label_fr": [
            "France", "Bourgogne-Franche-Comté", "Auvergne-Rhône-Alpes",
            "Doubs", "Jura", "Haute-Savoie", "Besançon",
            "Île-de-France", "Grand Est", "Provence-Alpes-Côte d'Azur", "Nouvelle-Aquitaine",
            "Franche-Comté",
        ],
        "label_en": [
            "France", "Bourgogne-Franche-Comté", "Auvergne-Rhône-Alpes",
            "Doubs", "Jura", "Haute-Savoie", "Besançon",
            "Paris Region", "Grand Est", "Provence-Alpes-Côte d'Azur", "Nouvelle-Aquitaine",
            "Franche-Comté",
        ],
        "level": [
            "country", "region", "region", "department", "department", "department", "commune",
            "region", "region", "region", "region", "former_region",
        ],
        "parent": [None, "FR", "FR", "FR-BFC", "FR-BFC", "FR-ARA", "FR-25",
                   "FR", "FR", "FR", "FR", "FR"],
        "insee_code": [None, "27", "84", "25", "39", "74", "25056",
                       "11", "44", "93", "75", None],
        "population": [None, None, None, None, None, None, 120000,
                       None, None, None, None, None],
    }
)  # fmt: skip

# Jobs in 2018 by region (five regions of thirteen) and department, for the maps of values.
REGION_JOBS_2018 = {
    "FR-BFC": 3870, "FR-ARA": 1200, "FR-IDF": 800, "FR-GES": 400, "FR-PAC": 150,
}  # fmt: skip
DEPARTMENT_JOBS_2018 = {"FR-25": 2500, "FR-39": 900}


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
    # Maps of values (rows O0018 and after): exact places only are mapped.
    for geo, value in {**REGION_JOBS_2018, **DEPARTMENT_JOBS_2018}.items():
        source = "insee_bfc" if geo == "FR-BFC" else "fnamac"
        rows.append(dict(indicator="jobs", value=float(value), unit="persons", period="2018",
                         geo=geo, segment="watchmaking", status="official", source_id=source,
                         approximate=False))  # fmt: skip
    rows += [
        # former Franche-Comté: not Bourgogne-Franche-Comté, never mapped as it
        dict(indicator="jobs", value=2000.0, unit="persons", period="2018", geo="FR-FC",
             segment="watchmaking", status="official", source_id="insee_bfc", approximate=False),
        # one company's jobs in a region: not the region's jobs
        dict(indicator="jobs", value=55.0, unit="persons", period="2018", geo="FR-NAQ",
             segment="watchmaking", status="official", source_id="site_ip", approximate=False,
             entity="Gamma"),
        dict(indicator="establishments", value=363.0, unit="establishments", period="2018",
             geo="FR-BFC", segment="watchmaking", status="official", source_id="insee_bfc",
             approximate=False),
        dict(indicator="jobs", value=3700.0, unit="persons", period="2016", geo="FR-BFC",
             segment="watchmaking", status="official", source_id="insee_bfc", approximate=False),
        # a trade body's members: their own series, never mixed into the sector's companies
        dict(indicator="companies", value=70.0, unit="companies", period="2023", geo="FR",
             segment="watchmaking", status="official", source_id="fnamac", approximate=True,
             entity="France Horlogerie"),
        dict(indicator="companies", value=100.0, unit="companies", period="2024", geo="FR",
             segment="watchmaking", status="official", source_id="fnamac", approximate=True,
             entity="France Horlogerie"),
    ]  # fmt: skip
    for i, row in enumerate(rows):
        row["observation_id"] = f"O{i:04d}"
        row["locator"] = "news:N2" if row["status"] == "reported" else f"sheet!A{i + 2}"
        row.setdefault("entity", None)
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
    "Texte d'essai numéro quatre. En 1950, l'usine Lip de Besançon comptait environ 1 300 "
    "salariés ; son chiffre d'affaires n'est pas donné.",
    "Texte d'essai numéro cinq. La filière horlogère française a réalisé 423 millions d'euros "
    "de chiffre d'affaires en 2024.",
]


def news_items() -> pl.DataFrame:
    return pl.DataFrame(
        {
            "news_id": ["N1", "N2", "N3", "N4", "N5"],
            "outlet": ["Journal A", "Journal B", "Journal C", "Journal D", "Journal E"],
            "url": [f"https://example.org/n{i}" for i in range(1, 6)],
            "published_on": [
                date(2024, 3, 5),
                date(2025, 10, 1),
                date(2025, 11, 20),
                date(2018, 5, 25),
                date(2025, 3, 20),
            ],
            "updated_on": [None] * 5,
            "title": [
                "Alpha en hausse",
                "Beta recrute à Besançon",
                "Marché stable en Haute-Savoie",
                "Lip à Besançon : 1 300 salariés en 1950",
                "La filière horlogère à 423 millions",
            ],
            "lead": [
                "Premier article d'essai.",
                "Deuxième article d'essai.",
                "Troisième.",
                "Quatrième.",
                "Cinquième.",
            ],
            "text": NEWS_TEXT,
            "places": [[], ["25056"], [], ["25056"], []],
            "geo": [["FR-BFC"], ["FR-25", "FR-BFC"], ["FR-74"], ["FR-25", "FR-BFC"], []],
            "topics": [
                ["watchmaking", "economy", "companies"],
                ["watchmaking", "employment"],
                ["economy"],
                ["watchmaking", "economy", "employment", "sector_revenue"],
                ["watchmaking", "economy", "sector_revenue"],
            ],
            "source_id": ["press_est"] * 5,
        },
        schema_overrides={"updated_on": pl.Date},
    )


def news_figures() -> pl.DataFrame:
    spans = [(1, "120 personnes"), (3, "environ 1 300"), (4, "423 millions d'euros")]
    starts = [NEWS_TEXT[i].index(span) for i, span in spans]
    return pl.DataFrame(
        {
            "figure_id": ["NF1", "NF2", "NF3"], "news_id": ["N2", "N4", "N5"],
            "span": [s for _, s in spans], "start": starts,
            "end": [a + len(s) for a, (_, s) in zip(starts, spans, strict=True)],
            "value": [120.0, 1300.0, 423e6], "value_max": [None] * 3,
            "unit": ["persons", "persons", "EUR"], "metric": ["jobs", "employees", "revenue"],
            "period": ["2025-10", "1950", "2024"], "entity": ["Beta", "Lip", "la filière"],
            "geo": ["25056", "25056", "FR"], "approximate": [False, True, False],
            "qualifier": [None] * 3, "currency": [None, None, "EUR"],
            "sentence": [NEWS_TEXT[i] for i, _ in spans], "indicator": ["jobs", "jobs", "revenue"],
            # N5's figure is the press-reported 2024 revenue row (O0012) of the French chart
            "observation_id": ["O0017", None, "O0012"],
            "status": ["reported", "extracted", "reported"],
            # the review page's key and the extraction fingerprint (made up, required)
            "review_key": [f"{n} s:test {s}" for n, (_, s) in zip(["N2", "N4", "N5"], spans,
                                                                  strict=True)],
            "extraction": ["test-nf1", "test-nf2", "test-nf3"],
        },
        schema_overrides={"value_max": pl.Float64, "qualifier": pl.String, "currency": pl.String,
                          "observation_id": pl.String},
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
    descriptor = describe(tables, "cadran-test", "2026-11-20T10:00:00Z")
    (folder / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    return folder


def describe(tables: Iterable[str], name: str, created: str) -> dict:
    """A descriptor listing `tables` as Parquet resources with the ETL's schema and version."""
    return {
        "name": name,
        "version": PACKAGE_VERSION,
        "created": created,
        "resources": [
            {"name": n, "path": f"{n}.parquet", "format": "parquet",
             "schema": TABLES_BY_NAME[n].table_schema("parquet")}
            for n in tables
        ],
    }  # fmt: skip
