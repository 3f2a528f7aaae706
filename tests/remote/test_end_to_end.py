"""With the producers' stand-in on 127.0.0.1: `fetch --stats` then `build` fills the package
with establishments and jobs by commune, department and region (and Eurostat's countries,
Sirene's communes), the Territoires map query shows them, and a second fetch adds nothing."""

from __future__ import annotations

import html
import json
from pathlib import Path

import polars as pl

from dashboard import charts, queries
from dashboard.data import load
from dashboard.geo_queries import place_values
from dashboard.layouts import sources as sources_page
from dashboard.layouts.sector import available
from dashboard.view import View
from etl.cli import main
from tests.dashboard.test_maps import tile_labels
from tests.remote.fixtures import EUROSTAT, EUROSTAT_2008, SIRENE, URSSAF


def fetch(checkout: Path, capsys, *extra: str) -> tuple[int, str]:
    code = main(
        ["fetch", "--stats", "--raw", str(checkout / "raw"), "--archive",
         str(checkout / "fetched"), "--feeds", str(checkout / "no-feeds.toml"), *extra]
    )  # fmt: skip
    return code, capsys.readouterr().err


def build(checkout: Path, capsys) -> tuple[int, str]:
    code = main(
        ["build", "--raw", str(checkout / "raw"), "--out", str(checkout / "tidy"),
         "--cache", str(checkout / "cache")]
    )  # fmt: skip
    return code, capsys.readouterr().err


def line(out: str, source: str) -> list[str]:
    for row in out.splitlines():
        cells = [c.strip() for c in row.strip().strip("│").split("│")]
        if cells and cells[0] == source:
            return cells
    raise AssertionError(f"no summary line for {source}:\n{out}")


def page_text(component: object) -> str:
    """Every text a Dash component tree shows, one piece per line."""
    if isinstance(component, str | int | float):
        return str(component)
    children = getattr(component, "children", None)
    if children is None:
        return ""
    items = children if isinstance(children, list | tuple) else [children]
    return "\n".join(page_text(c) for c in items)


def fig_bfc_line(pkg, lang: str) -> str:
    """The source line under the departments map of Bourgogne-Franche-Comté (jobs)."""
    view = View(indicator="jobs", geo="FR-BFC", lang=lang)
    fig = charts.CHARTS["departments_values"].build(pkg, view)
    return html.unescape(fig.layout.annotations[-1].text)


def value(obs: pl.DataFrame, source: str, indicator: str, geo: str, period: str) -> float | None:
    rows = obs.filter(
        (pl.col("source_id") == source)
        & (pl.col("indicator") == indicator)
        & (pl.col("geo").cast(pl.String) == geo)
        & (pl.col("period").cast(pl.String) == period)
    )
    assert rows.height <= 1
    return rows["value"][0] if rows.height else None


def test_fetch_then_build_fills_jobs_and_establishments_by_place(
    checkout, producers, capsys, monkeypatch
):
    code, out = fetch(checkout, capsys)
    assert code == 0, out
    assert line(out, URSSAF)[1] == "new"
    assert line(out, EUROSTAT)[1] == "new"
    assert line(out, SIRENE)[1] == "new"
    assert "97999" in line(out, URSSAF)[4]  # the unknown commune is named in the notes

    code, out = build(checkout, capsys)
    assert code == 0, out
    obs = pl.read_parquet(checkout / "tidy" / "observations.parquet")
    sources = pl.read_parquet(checkout / "tidy" / "sources.parquet")

    # communes, as the producer gives them (arrondissements counted for Paris)
    assert value(obs, URSSAF, "jobs", "25056", "2024") == 320
    assert value(obs, URSSAF, "establishments", "25411", "2023") == 8
    assert value(obs, URSSAF, "establishments", "75056", "2024") == 3
    assert value(obs, URSSAF, "jobs", "25321", "2022") is None  # empty cell: never 0
    # department and region totals, exact only
    assert value(obs, URSSAF, "jobs", "FR-25", "2024") == 320 + 420 + 160
    assert value(obs, URSSAF, "establishments", "FR-BFC", "2024") == 12 + 9 + 5 + 4
    assert value(obs, URSSAF, "jobs", "FR-BFC", "2023") == 310 + 410 + 150 + 62
    assert value(obs, URSSAF, "jobs", "FR-25", "2022") is None  # a masked cell in the group
    assert value(obs, URSSAF, "jobs", "FR-BFC", "2022") is None
    assert value(obs, URSSAF, "jobs", "FR-39", "2022") == 60  # its own group is complete
    assert value(obs, URSSAF, "establishments", "FR-ARA", "2024") == 2
    assert any("where=code_ape" in h and "2652Z" in h for h in producers.hits)  # 4777Z not asked
    # Eurostat by country, a confidential cell left out; Sirene counted by commune
    assert value(obs, EUROSTAT, "companies", "FR", "2022") == 155
    assert value(obs, EUROSTAT, "jobs", "IT", "2021") == 2500
    assert value(obs, EUROSTAT, "jobs", "IT", "2022") is None
    # Eurostat before 2021 from sbs_na_ind_r2: each country and year from one source only
    assert value(obs, EUROSTAT_2008, "companies", "FR", "2020") == 145
    assert value(obs, EUROSTAT_2008, "jobs", "DE", "2008") == 6000
    assert value(obs, EUROSTAT_2008, "companies", "FR", "2021") is None  # sbs_ovw_act's year
    eurostat = obs.filter(pl.col("source_id").is_in([EUROSTAT, EUROSTAT_2008]))
    assert eurostat.height == eurostat.select("indicator", "geo", "period").unique().height
    points, _ = queries.series(obs, sources, View(indicator="companies", geo="FR"))
    assert dict(zip(points["period"], points["value"], strict=True)) == {
        "2019": 140, "2020": 145, "2021": 150, "2022": 155,
    }  # fmt: skip
    sirene = obs.filter(pl.col("source_id") == SIRENE)
    assert dict(zip(sirene["geo"].cast(pl.String), sirene["value"], strict=True)) == {
        "25056": 3, "25411": 1, "39368": 1,
    }  # fmt: skip
    assert set(obs.filter(pl.col("source_id") == URSSAF)["status"].cast(pl.String)) == {"official"}
    # each source keeps its licence in the package
    licences = dict(zip(sources["source_id"], sources["licence"], strict=True))
    assert licences[URSSAF].startswith("ODbL")
    assert licences[EUROSTAT].startswith("CC BY 4.0")
    assert licences[SIRENE].startswith("Licence Ouverte")
    assert "verified = false" in out  # the build says the manifests are not verified yet
    descriptor = json.loads((checkout / "tidy" / "datapackage.json").read_text())
    odbl = [lic for lic in descriptor["licenses"] if lic["name"] == "ODbL-1.0"]
    assert len(odbl) == 1 and URSSAF in odbl[0]["title"] and EUROSTAT not in odbl[0]["title"]

    # the Territoires map query reads them: departments of Bourgogne-Franche-Comté in 2024
    geos = pl.read_parquet(checkout / "tidy" / "geographies.parquet")
    view = View(indicator="jobs", segment="watchmaking", lang="fr")
    mapped = place_values(obs, sources, geos, view, "department", region="FR-BFC", year=2024)
    table = dict(zip(mapped.table["code"], mapped.table["value"], strict=True))
    assert table["FR-25"] == 900 and table["FR-39"] == 65 and table["FR-70"] is None
    regions = place_values(obs, sources, geos, view, "region", year=2023)
    assert dict(zip(regions.table["code"], regions.table["value"], strict=True))["FR-BFC"] == 932

    # what the reader sees on the Territoires tiles, in French and in English
    pkg = load(checkout / "tidy")
    fig = charts.CHARTS["departments_values"].build(pkg, View(indicator="jobs", geo="FR-BFC"))
    assert fig.layout.title.text == "Emplois par département, 2024 – Bourgogne-Franche-Comté"
    bars = dict(zip(fig.data[0].y, fig.data[0].text, strict=True))
    assert bars["Doubs"] == "900" and bars["Jura"] == "65" and bars["Nièvre"] == "pas de donnée"
    assert "Urssaf" in fig.layout.annotations[-1].text
    fig = charts.CHARTS["regions_values"].build(pkg, View(indicator="establishments", lang="en"))
    assert tile_labels(fig)["FR-BFC"] == "BFC<br>30"
    assert tile_labels(fig)["FR-GES"] == "GES<br>no data"

    # the chart's source line, the image footer and the deck line carry Urssaf's ODbL terms
    assert fig_bfc_line(pkg, "fr").endswith(
        "· données Urssaf sous licence ODbL 1.0 (partage à l'identique)"
    )
    assert "Urssaf data under the ODbL 1.0 licence (share alike)" in fig_bfc_line(pkg, "en")
    footer = charts.CHARTS["departments_values"].build(pkg, View(indicator="jobs", geo="FR-BFC"))
    assert footer.layout.meta["cadran_footer"][-1] == (
        "Données Urssaf sous licence ODbL 1.0 (partage à l&#x27;identique)."
    )
    eurostat_only = charts.CHARTS["sector"].build(pkg, View(indicator="companies"))
    assert "ODbL" not in " ".join(eurostat_only.layout.meta["cadran_footer"])

    # the Sources page shows each source's licence, in French and in English
    monkeypatch.setenv("CADRAN_DATA", str(checkout / "tidy"))
    french = page_text(sources_page.layout({"lang": "fr"}))
    assert "ODbL 1.0 (Open Database License) ; données Urssaf, open.urssaf.fr" in french
    assert "CC BY 4.0 (politique de réutilisation d'Eurostat)" in french
    english = page_text(sources_page.layout({"lang": "en"}))
    assert "ODbL 1.0 (Open Database License); data Urssaf, open.urssaf.fr" in english
    assert "Open Licence 2.0 (Etalab); Sirene database" in english

    # Secteur offers the series by place; the jobs card cites an official figure
    _, places = available(pkg, "jobs", "fr")
    labels = {o["value"]: o["label"] for o in places}
    assert labels["FR-25"] == "Doubs" and labels["FR-BFC"] == "Bourgogne-Franche-Comté"
    assert labels["25056"] == "Besançon"
    points, _ = queries.series(obs, sources, View(indicator="jobs", geo="FR-25"))
    assert dict(zip(points["period"], points["value"], strict=True)) == {"2023": 870, "2024": 900}
    card = queries.latest_card(obs, sources, View(indicator="jobs"), "persons")
    assert (card.value, card.period, card.source, card.status) == (
        4100,
        "2022",
        "Eurostat",
        "official",
    )

    # a second fetch, forced, downloads the same answers: nothing new is archived
    tables = sorted((checkout / "fetched" / "stats" / URSSAF / "tables").iterdir())
    before = len(producers.hits)
    code, out = fetch(checkout, capsys, "--feed", URSSAF)
    assert code == 0, out
    assert line(out, URSSAF)[1] == "unchanged"
    assert sorted((checkout / "fetched" / "stats" / URSSAF / "tables").iterdir()) == tables
    assert len(producers.hits) > before
    # and a run without --feed asks nobody: every source was fetched within `every`
    before = len(producers.hits)
    code, out = fetch(checkout, capsys)
    assert code == 0
    assert {line(out, s)[1] for s in (URSSAF, EUROSTAT, SIRENE)} == {"not due"}
    assert len(producers.hits) == before
    current = json.loads((checkout / "fetched" / "stats" / URSSAF / "current.json").read_text())
    assert current["query"].startswith(producers.base) and "2652Z" in current["query"]
    assert current["retrieved_at"] and len(current["sha256"]) == 64


def test_an_unfetched_remote_source_is_skipped_with_a_note(checkout, capsys):
    code, out = build(checkout, capsys)
    assert code == 0, out
    assert line(out, URSSAF)[1] == "skipped"
    assert "not fetched yet" in out and "fetch --stats" in out
    obs = pl.read_parquet(checkout / "tidy" / "observations.parquet")
    assert obs.filter(pl.col("source_id") == URSSAF).height == 0


def test_a_new_answer_is_fetched_and_rebuilt_an_old_one_stays(checkout, producers, capsys):
    assert fetch(checkout, capsys, "--feed", URSSAF)[0] == 0
    assert build(checkout, capsys)[0] == 0
    producers.ods["etablissements-et-effectifs-salaries-au-niveau-commune-x-ape-last"][0][
        "effectifs_salaries_2024"
    ] = 333  # the producer revises Besançon's 2024 figure (fictitious)
    code, out = fetch(checkout, capsys, "--feed", URSSAF)
    assert code == 0 and line(out, URSSAF)[1] == "new"
    code, out = build(checkout, capsys)
    assert code == 0 and line(out, URSSAF)[1] == "built"  # not the cached rows
    obs = pl.read_parquet(checkout / "tidy" / "observations.parquet")
    assert value(obs, URSSAF, "jobs", "25056", "2024") == 333
    assert value(obs, URSSAF, "jobs", "FR-25", "2024") == 333 + 420 + 160
    tables = list((checkout / "fetched" / "stats" / URSSAF / "tables").iterdir())
    assert len(tables) == 2  # the first answer is kept in the archive, never overwritten
